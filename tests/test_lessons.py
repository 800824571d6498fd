"""Every lesson, both ways: its checks pass on the answers and fail kindly on the blank student copy.

The student copy is run from its first cell only, as a student would: there is no hidden cell to run
first. nbval, run over lessons/ by the same pytest command, proves the stored outputs.
"""

import nbformat
import pytest
from babel.messages.pofile import read_po

from artech import i18n
from artech.messages import say
from artech.format import lesson as L
from artech.format import mistakes as M
from artech.format import readability as R
from artech.format import translations as T
from artech.format.validate import lesson_problems
from artech.teacher.grade import check_notebook
from conftest import REPO

LESSONS = L.find_lessons(REPO)
IDS = [L.lesson_id(p.parent) for p in LESSONS]
# Every lesson in every language it is taught in: the English source and each complete language.
EDITIONS = [T.edition_path(p.parent, lang) for p in LESSONS for lang in [i18n.SOURCE, *T.required_languages()]]
EDITION_IDS = [f"{L.lesson_id(p.parent)}-{L.meta(L.read(p)).get('lang', 'en')}" if p.is_file() else str(p)
               for p in EDITIONS]


def test_there_are_lessons():
    assert len(LESSONS) >= 3, "each strand should have at least its first lesson"
    assert {p.parent.parent.name for p in LESSONS} == set(L.STRANDS)


@pytest.mark.parametrize("path", EDITIONS, ids=EDITION_IDS)
def test_lesson_validates(path):
    assert path.is_file(), f"{path.name} is missing"
    assert lesson_problems(path) == []
    lang = L.meta(L.read(path)).get("lang")
    if lang:
        assert T.edition_problems(path.parent, lang) == []


@pytest.mark.parametrize("path", LESSONS, ids=IDS)
def test_lesson_has_three_exercises_checks_beside_it_and_full_teacher_notes(path):
    nb = L.read(path)
    assert len(L.exercises(nb)) >= 3
    assert set(L.defined_checks(path.parent)) == {e["id"] for e in L.exercises(nb)}
    assert L.teacher_cells(nb), "teacher notes are tagged 'teacher'"
    assert not any(L.is_checks(c) for c in nb.cells), "checks live in checks.py, not in the notebook"


def _typed_in(path) -> nbformat.NotebookNode:
    """The student copy with the answers typed in where the blanks are."""
    master = L.read(path)
    answers = {c.id: L.solution_source(c.source) for c in master.cells if L.has_solution(c)}
    nb = L.student_copy(master, L.lesson_id(path.parent))
    for cell in nb.cells:
        if cell.get("id") in answers:
            cell.source = answers[cell.id]
    return nb


def _translated(path, lang: str, english: str) -> str:
    """The translation of one of a lesson's check sentences, from its catalogue."""
    with T.checks_catalogue(path.parent, lang).open("rb") as fh:
        return read_po(fh).get(english).string


@pytest.mark.parametrize("path", EDITIONS, ids=EDITION_IDS)
def test_student_copy_from_its_first_cell_is_done_with_answers_and_not_yet_blank(path, tmp_path):
    lesson = L.lesson_id(path.parent)
    lang = L.meta(L.read(path)).get("lang") or i18n.SOURCE
    expected = [e["id"] for e in L.exercises(L.read(path))]
    answered, blank = tmp_path / "answered.ipynb", tmp_path / "blank.ipynb"
    nbformat.write(_typed_in(path), answered)
    nbformat.write(L.student_copy(L.read(path), lesson), blank)

    done = check_notebook(answered)
    assert done["lesson"] == lesson and [e["id"] for e in done["exercises"]] == expected
    assert all(e["status"] == "done" for e in done["exercises"]), done["exercises"]

    not_yet = check_notebook(blank)
    assert [e["id"] for e in not_yet["exercises"]] == expected
    defined = L.defined_checks(path.parent)
    for ex in not_yet["exercises"]:
        assert ex["status"] == "not yet", ex
        assert ex["message"] and "Traceback" not in ex["message"]
        first_hint = defined[ex["id"]]["hints"][0]
        # the hint is the edition's own: its translation in the edition's catalogue, else the English
        assert ex["hint"] == (first_hint if lang == i18n.SOURCE else _translated(path, lang, first_hint))
    # "done" in the edition's words: the kit's sentence with the exercise's own praise, both translated
    with i18n.use(lang):
        for ex in done["exercises"]:
            praise = defined[ex["id"]]["praise"]
            praise = (praise if lang == i18n.SOURCE else _translated(path, lang, praise)) if praise else say("praise")
            assert ex["message"] == say("done", praise=praise)


@pytest.mark.parametrize("path", EDITIONS, ids=EDITION_IDS)
def test_student_copy_has_no_answers_hints_checks_or_teacher_cells(path):
    nb = L.read(path)
    student = L.student_copy(nb, L.lesson_id(path.parent))
    text = nbformat.writes(student)
    assert L.BEGIN not in text and L.END not in text
    assert "@exercise" not in text and "artech.checks" not in text and "see.that" not in text
    assert not any(L.is_teacher(c) or L.is_checks(c) for c in student.cells)
    for cell in nb.cells:
        for region in L.solution_regions(cell.source):
            block = "\n".join(region).strip()
            assert block not in "\n".join(c.source for c in student.cells)
    for ex_id, found in L.defined_checks(path.parent).items():
        for hint in found["hints"] + [found["praise"]]:
            assert len(hint) < 12 or hint not in text, f"{ex_id}: a hint or praise is in the student copy"
    answer_cells = {c.id for c in nb.cells if L.has_solution(c)}
    for cell in student.cells:
        assert cell.get("execution_count") is None
        if cell.get("id") in answer_cells:
            assert cell.outputs == [], "the output of an answer (a swatch, a drawing) would show the answer"
        if L.check_calls(cell):
            assert cell.metadata["editable"] is False and cell.metadata["deletable"] is False
            assert cell.outputs == []
        if L.PREDICT_TAG in L.tags(cell):
            assert cell.outputs == [], "a stored output would give the Predict-first answer away"
    assert student.metadata["artech"] == {"version": L.FORMAT_VERSION, "lesson": L.lesson_id(path.parent),
                                          "copy": "student", "lang": L.meta(nb).get("lang", i18n.SOURCE)}


@pytest.mark.parametrize("path", EDITIONS, ids=EDITION_IDS)
def test_first_code_cell_gives_check(path):
    first = next(c for c in L.read(path).cells if c.cell_type == "code")
    assert "from artech import" in first.source and "check" in first.source


@pytest.mark.parametrize("path", LESSONS, ids=IDS)
def test_every_exercise_has_wrong_answers_students_really_give(path):
    known = M.read(path.parent)
    assert M.problems(path.parent, [e["id"] for e in L.exercises(L.read(path))]) == []
    missing = [e["id"] for e in L.exercises(L.read(path)) if not known.get(e["id"])]
    assert not missing, f"{L.MISTAKES} has no wrong answer for {missing}"


def _mistaken(path, round_: int) -> tuple[nbformat.NotebookNode, dict[str, dict]]:
    """The typed-in student copy with each exercise's ``round_``-th wrong answer in place of its answer,
    and the right answer run again after the check, so a later exercise starts from a right state."""
    master = L.read(path)
    lang = L.meta(master).get("lang") or i18n.SOURCE
    names = L.meta(master).get("names") or {}
    wrong = M.read(path.parent)
    nb = _typed_in(path)
    by_id = {c.get("id"): c for c in nb.cells}
    tried: dict[str, dict] = {}
    for ex in reversed(L.exercises(master)):  # from the end, so inserting a cell moves no later index
        entries = wrong.get(ex["id"]) or []
        if round_ >= len(entries) or ex["solution"] is None:
            continue
        answer_cell = master.cells[ex["solution"]]
        mistake = M.code_for(entries[round_], lang, names)
        by_id[answer_cell.id].source = M.typed_in(answer_cell.source, mistake)
        right = nbformat.v4.new_code_cell(L.solution_source(answer_cell.source))
        right.id = f"right-again-{ex['id']}"
        at = next(i for i, c in enumerate(nb.cells) if c.get("id") == ex["cell_id"])
        nb.cells.insert(at + 1, right)
        tried[ex["id"]] = {**entries[round_], "typed": mistake}
    return nb, tried


@pytest.mark.parametrize("path", EDITIONS, ids=EDITION_IDS)
def test_the_wrong_answers_students_give_get_a_kind_not_yet(path, tmp_path):
    """Each wrong answer of mistakes.yml, typed in where the answer goes, in this edition: "not yet", never an
    error, with the edition's words and what the message must name. One run per round of mistakes."""
    lang = L.meta(L.read(path)).get("lang") or i18n.SOURCE
    rounds = max([len(v) for v in M.read(path.parent).values()] or [0])
    assert rounds, f"{L.MISTAKES} lists no wrong answers"
    for round_ in range(rounds):
        nb, tried = _mistaken(path, round_)
        submission = tmp_path / f"mistakes-{round_}.ipynb"
        nbformat.write(nb, submission)
        report = {e["id"]: e for e in check_notebook(submission)["exercises"]}
        for ex_id, entry in tried.items():
            got = report[ex_id]
            assert got["status"] == "not yet", (ex_id, entry["typed"], got)
            assert got["message"] and "Traceback" not in got["message"], (ex_id, entry["typed"], got)
            for text in M.says_for(entry, lang):
                assert text.lower() in got["message"].lower(), (ex_id, entry["typed"], text, got["message"])


@pytest.mark.parametrize("path", EDITIONS, ids=EDITION_IDS)
def test_reading_ease_fits_the_level(path):
    level = L.read_facts(path.parent)["level"]
    ease, words = R.of_edition(path)
    assert ease >= R.MINIMUM[level], (
        f"{path}: reading ease {ease:.1f} over {words} words; level {level} needs at least {R.MINIMUM[level]}. "
        "Shorter sentences and shorter words raise it.")


def _template_lines(lang: str) -> set[str]:
    """The new-lesson template's instructions to the author, in ``lang``: a lesson that still has one is a stub."""
    from artech.format.messages import say as author_say

    with i18n.use(lang):
        texts = [author_say(k, title="") for k in ("scaffold_intro", "scaffold_exercise", "scaffold_make_it_yours",
                                                    "scaffold_teacher", "scaffold_makes")]
    return {ln.strip() for t in texts for ln in t.splitlines()
            if len(ln.strip()) > 25 and not ln.lstrip().startswith(("#", "|"))}


@pytest.mark.parametrize("path", EDITIONS, ids=EDITION_IDS)
def test_no_lesson_is_still_the_new_lesson_template(path):
    nb = L.read(path)
    template = _template_lines(L.meta(nb).get("lang") or i18n.SOURCE)
    left = [ln.strip() for c in nb.cells for ln in c.source.splitlines() if ln.strip() in template]
    left += [m for m in [L.meta(nb).get("makes")] if m in template]
    assert not left, f"{path}: still the template's words: {left}"
    assert "first-step" not in {e["id"] for e in L.exercises(nb)}, "the template's exercise is still there"


def test_a_data_file_that_two_lessons_share_is_the_same_in_both():
    """Each lesson folder carries its own data (a student's workspace copies one folder), so a shared data
    set is copied: the copies must stay the same file, or the lessons would disagree about one fact."""
    by_name: dict[str, list] = {}
    for path in LESSONS:
        for data in sorted((path.parent / "data").glob("*.*")):
            if data.name != "README.md":
                by_name.setdefault(data.name, []).append(data)
    shared = {name: paths for name, paths in by_name.items() if len(paths) > 1}
    assert "countries-2013.csv" in shared       # Dictionaries and data, and Searching and sorting
    for name, paths in shared.items():
        first = paths[0].read_bytes()
        assert all(p.read_bytes() == first for p in paths[1:]), f"{name} differs between {paths}"
