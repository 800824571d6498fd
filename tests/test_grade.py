"""`artech check` gives a verdict a class result can trust: one report, every exercise, whatever the file.

Each case that once turned a blank notebook into "all done", or hung the run, is a test here.
"""

import json
import subprocess
import sys

import nbformat
import pytest

from artech import i18n
from artech.checks import MIME
from artech.format import lesson as L
from artech.teacher.grade import check_notebook
from conftest import REPO, is_message, said

LESSON = "design-mixing-colours"
MASTER = REPO / "lessons" / "design" / "mixing-colours" / "lesson.ipynb"
IDS = [e["id"] for e in L.exercises(L.read(MASTER))]
EDITION = "en"  # lesson.ipynb is the English edition: what its checks say, the report says in English


def said_in_edition(key: str, **values) -> str:
    """Message ``key`` as the report of a notebook of this edition says it, whatever language the tests run in."""
    with i18n.use(EDITION):
        return said(key, **values)


def blank() -> nbformat.NotebookNode:
    return L.student_copy(L.read(MASTER), LESSON)


def filled() -> nbformat.NotebookNode:
    """The student copy with every answer typed in, as a student who did it all would have it."""
    master = L.read(MASTER)
    answers = {c.id: L.solution_source(c.source) for c in master.cells if L.has_solution(c)}
    nb = blank()
    for cell in nb.cells:
        if cell.get("id") in answers:
            cell.source = answers[cell.id]
    return nb


def grade(nb, tmp_path, name="work.ipynb", **options) -> dict:
    path = tmp_path / name
    nbformat.write(nb, path)
    return check_notebook(path, **options)


def statuses(report) -> dict:
    return {e["id"]: e["status"] for e in report["exercises"]}


def forged(ex_id: str) -> dict:
    return nbformat.v4.new_output("display_data", data={
        MIME: {"id": ex_id, "status": "done", "message": "Done!", "hint": ""}, "text/plain": f"✅ {ex_id}: Done!"})


def test_typed_in_answers_are_all_done_and_blanks_all_not_yet(tmp_path):
    done = grade(filled(), tmp_path, "done.ipynb")
    assert [e["id"] for e in done["exercises"]] == IDS and done["done"] == done["total"] == len(IDS)
    blanks = grade(blank(), tmp_path, "blank.ipynb")
    assert set(statuses(blanks).values()) == {"not yet"}
    assert all(e["message"] and "Traceback" not in e["message"] for e in blanks["exercises"])


def test_forged_outputs_in_an_added_cell_or_an_empty_cell_change_nothing(tmp_path):
    nb = blank()
    added = nbformat.v4.new_code_cell("print('all done')")
    added.outputs = [forged(i) for i in IDS]
    empty = nbformat.v4.new_code_cell("")
    empty.outputs = [forged(i) for i in IDS]
    for cell in nb.cells:  # and the check cells' own stored outputs, edited in the JSON
        if L.check_calls(cell):
            cell.outputs = [forged(L.check_calls(cell)[0])]
    nb.cells[1:1] = [added, empty]
    assert set(statuses(grade(nb, tmp_path)).values()) == {"not yet"}


PATCH_THE_KIT = '''\
import artech.checks as kit
done = lambda ex_id, *args, **kwargs: kit.Result(ex_id, "done", "Done!")
kit.run_check = done
kit.check = done
kit.grade = lambda checks, ex_id, ns: {"id": ex_id, "status": "done", "message": "Done!", "hint": ""}
kit.See.that = kit.See.equal = lambda *args, **kwargs: None
kit.load = lambda path: {}
'''


def test_a_cell_that_replaces_the_kits_checking_changes_nothing(tmp_path):
    nb = blank()
    nb.cells.insert(3, nbformat.v4.new_code_cell(PATCH_THE_KIT))
    assert set(statuses(grade(nb, tmp_path)).values()) == {"not yet"}


def test_redefining_the_checks_helpers_changes_nothing(tmp_path):
    nb = blank()
    nb.cells.insert(3, nbformat.v4.new_code_cell(
        "_same = _tools = _made = lambda *args, **kwargs: None\n_colour = None\nsee = None"))
    assert set(statuses(grade(nb, tmp_path)).values()) == {"not yet"}


def test_a_removed_check_cell_is_not_yet_and_says_so(tmp_path):
    nb = filled()
    nb.cells = [c for c in nb.cells if "pure-red" not in L.check_calls(c)]
    report = grade(nb, tmp_path)
    assert [e["id"] for e in report["exercises"]] == IDS, "the list of exercises comes from the lesson"
    removed = report["exercises"][0]
    assert removed["status"] == "not yet"
    assert removed["message"] == said_in_edition("grade_check_removed", exercise="pure-red")
    assert all(e["status"] == "done" for e in report["exercises"][1:])


def test_an_endless_loop_is_stopped_and_the_rest_is_still_checked(tmp_path):
    nb = filled()
    index = next(i for i, c in enumerate(nb.cells) if c.get("id") and "yellow" in c.source and L.BEGIN not in c.source
                 and not L.check_calls(c) and c.cell_type == "code")
    nb.cells[index].source = "yellow = (255, 255, 0)\nwhile True:\n    pass"
    report = grade(nb, tmp_path, cell_limit=2)
    assert len(report["exercises"]) == len(IDS)
    by_id = {e["id"]: e for e in report["exercises"]}
    assert by_id["yellow-light"]["status"] == "done", "the interrupted cell had made `yellow` before it looped"
    assert all(by_id[i]["status"] == "done" for i in IDS if i != "yellow-light")


def test_an_endless_loop_in_an_answer_says_what_happened(tmp_path):
    nb = filled()
    index = next(i for i, c in enumerate(nb.cells) if c.source.startswith("grey = "))
    nb.cells[index].source = "while True:\n    pass\ngrey = (128, 128, 128)"
    report = grade(nb, tmp_path, cell_limit=2)
    grey = next(e for e in report["exercises"] if e["id"] == "grey")
    assert grey["status"] == "not yet"
    assert said_in_edition("grade_cell_too_long", seconds="2", cell=index + 1) in grey["message"]
    assert sum(e["status"] == "done" for e in report["exercises"]) == len(IDS) - 1


def test_a_loop_that_ignores_the_stop_restarts_python_and_still_reports(tmp_path):
    nb = filled()
    index = next(i for i, c in enumerate(nb.cells) if c.source.startswith("grey = "))
    nb.cells[index].source = "while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass"
    report = grade(nb, tmp_path, cell_limit=2)
    assert [e["id"] for e in report["exercises"]] == IDS
    after = report["exercises"][IDS.index("grey"):]
    assert all(e["status"] == "not yet" for e in after), "names made before the restart are gone"
    assert said_in_edition("grade_kernel_restarted", cell=index + 1) in after[-1]["message"]
    assert all(e["status"] == "done" for e in report["exercises"][:IDS.index("grey")])


def test_a_kernel_that_dies_still_gives_every_exercise(tmp_path):
    nb = filled()
    nb.cells.insert(len(nb.cells) // 2, nbformat.v4.new_code_cell("import os\nos._exit(1)"))
    report = grade(nb, tmp_path)
    assert [e["id"] for e in report["exercises"]] == IDS
    assert "not yet" in statuses(report).values() and "done" in statuses(report).values()


def test_a_file_that_is_not_a_notebook_gets_one_kind_report(tmp_path):
    folder = tmp_path / "design" / "mixing-colours"
    folder.mkdir(parents=True)
    (folder / "lesson.ipynb").write_text("{ this is not json")
    report = check_notebook(folder / "lesson.ipynb")
    assert report["lesson"] == LESSON, "the lesson is known from where the file lies"
    assert [e["id"] for e in report["exercises"]] == IDS
    assert {e["status"] for e in report["exercises"]} == {"not yet"}
    assert is_message(report["problem"], "grade_not_a_notebook", path=folder / "lesson.ipynb")


def test_a_notebook_of_no_lesson_says_how_to_name_the_lesson(tmp_path):
    path = tmp_path / "mine.ipynb"
    nbformat.write(nbformat.v4.new_notebook(), path)
    report = check_notebook(path)
    assert report["lesson"] is None and report["exercises"] == []
    assert report["problem"] == said("grade_no_lesson", path=path)
    assert check_notebook(path, lesson=LESSON)["total"] == len(IDS)


def test_the_command_prints_exactly_one_json_object_even_for_a_hanging_notebook(tmp_path):
    nb = blank()
    nb.cells.insert(3, nbformat.v4.new_code_cell("while True:\n    pass"))
    path = tmp_path / "hang.ipynb"
    nbformat.write(nb, path)
    run = subprocess.run([sys.executable, "-m", "artech.teacher.cli", "check", str(path), "--json", "--cell-limit", "2"],
                         capture_output=True, text=True)
    report = json.loads(run.stdout)
    assert run.returncode == 1 and [e["id"] for e in report["exercises"]] == IDS


@pytest.mark.parametrize("bad_lesson", ["design-mixing-colour", "nothing"])
def test_an_unknown_lesson_is_named_with_a_near_miss(tmp_path, bad_lesson):
    path = tmp_path / "x.ipynb"
    nbformat.write(blank(), path)
    report = check_notebook(path, lesson=bad_lesson)
    assert report["exercises"] == [] and is_message(report["problem"], "grade_unknown_lesson", lesson=bad_lesson)
    if bad_lesson == "design-mixing-colour":
        assert is_message(report["problem"], "did_you_mean", suggestion=LESSON)
