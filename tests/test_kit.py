"""The kit's tools in lesson format 2: student copies, workspaces, validation, scaffolding and the CLI."""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import nbformat
import pytest
import yaml

from artech import i18n, messages
from artech.format import messages as author
from artech.format import curriculum
from artech.format import lesson as L
from artech.format import translations as T
from artech.format.scaffold import new_lesson
from artech.teacher.cli import main
from artech.teacher.workspace import PLACED, notebook_name, welcome_name, write_workspace
from conftest import FIXTURES, REPO, is_message, lesson_as_planned, message_pattern, said

ARTECH = [sys.executable, "-m", "artech.teacher.cli"]
VALID = FIXTURES / "valid"
SMALL = VALID / "design" / "a-small-lesson"
SMALL_ID = "design-a-small-lesson"
INVALID = sorted(p for p in (FIXTURES / "invalid").iterdir() if p.is_dir())
CUT = "\x00"  # a value a test does not compare (it may vary, like a Python error's own words)


class Said:
    """A message the kit must say, by key: its words in the language spoken now, with the values given
    exactly (a ``CUT`` value may be anything). ``in_(line)``: does that line say it?"""

    def __init__(self, key, **values):
        assert key in author.TEXT or key in messages.TEXT, key
        self.key = key
        self.values = {name: value for name, value in values.items() if value is not CUT}

    def in_(self, line: str) -> bool:
        return is_message(line, self.key, **self.values)

    def __repr__(self):
        return f"Said({self.key!r}, {self.values!r})"


def _say(key, **values):
    """A message by key, from the student catalogue or the authors' one."""
    return Said(key, **values)


def _plan_say(key, **values):
    """A message about the plan (the authors' catalogue: ``curriculum.say``)."""
    assert key in curriculum.TEXT, key
    return Said(key, **values)


def _lesson(fixture, folder="design/a-small-lesson"):
    base = fixture / "lessons" if (fixture / "curriculum.yml").exists() else fixture
    return base / folder


def _expected(name: str, fixture) -> tuple[list[str], list[str]]:
    """For each broken fixture: the problem it must be told (as fragments of messages by key) and the
    words that line must hold to name the file. One failure mode per fixture."""
    folder = _lesson(fixture)
    nb, facts, checks = str(folder / L.NOTEBOOK), str(folder / L.FACTS), str(folder / L.CHECKS)
    meta_label = 'the notebook\'s "artech" metadata'
    table = {
        # the notebook
        "not-a-notebook": (_say("cannot_read", path=nb, detail="NotJSONError"), [nb]),
        "not-a-lesson": (_say("not_a_lesson", path=nb), [nb]),
        "missing-metadata-field": (_say("v_schema", where=meta_label, field="(top)",
                                        error="'vocabulary' is a required property"), [nb]),
        "no-title": (_say("v_no_title"), [nb]),
        "objective-without-verb": (_say("v_objective_verb", objective="I can the colours of light."), [nb]),
        "objective-with-vague-verb": (_say("v_vague_verb", objective="I can understand colour.", verb="understand"),
                                      [nb]),
        "no-make-it-yours": (_say("v_student_section", section="Make it yours"), [nb]),
        "teacher-notes-missing-section": (_say("v_teacher_section", section="Misconceptions"), [nb]),
        "image-without-alt-text": (_say("v_alt_text", src="picture.png"), [nb]),
        "image-file-missing": (_say("v_missing_image", src="missing.png"), [nb]),
        # solutions
        "exercise-without-solution": (_say("v_no_solution", id="first-step"), [nb]),
        "solution-outside-markers": (_say("v_solution_left", line="answer = 42"), [nb]),
        "unbalanced-solution-markers": (_say("v_markers", cell=3, marker=L.BEGIN), [nb]),
        # checks.py
        "checks-cell-in-notebook": (_say("v_checks_cell", cell=2), [nb]),
        "no-checks-file": (_say("v_no_checks_file"), [nb]),
        "checks-file-broken": (_say("checks_file_broken", path=checks, line=10, detail=CUT), [nb, checks]),
        "check-without-definition": (_say("v_no_definition", id="second-step"), [nb]),
        "exercise-without-hint": (_say("v_no_hint", id="first-step"), [nb]),
        "hint-in-student-copy": (_say("v_hint_shown", id="first-step", hint="Write `answer = 42` and run the cell."),
                                 [nb]),
        # mistakes.yml
        "mistakes-unknown-exercise": (_say("v_mistakes_unknown", file=L.MISTAKES, id="first-stpe",
                                           suggestion=" " + said("did_you_mean", suggestion="first-step")),
                                      [nb, L.MISTAKES]),
        "mistakes-without-code": (_say("v_mistakes_code", file=L.MISTAKES, id="first-step", n=1), [nb, L.MISTAKES]),
        # lesson.yml
        "facts-missing": (_say("facts_missing", path=facts), [nb, facts]),
        "facts-bad-yaml": (_say("facts_bad_yaml", path=facts, line=5), [nb, facts]),
        "facts-missing-field": (_say("v_schema", where=L.FACTS, field="(top)",
                                     error="'duration' is a required property"), [nb, L.FACTS]),
        "level-out-of-range": (_say("v_schema", where=L.FACTS, field="level",
                                    error="5 is greater than the maximum of 4"), [nb, L.FACTS]),
        "facts-unknown-field": (_plan_say("facts_unknown_field", file="lessons/design/a-small-lesson/lesson.yml",
                                          field="title", known=CUT, suggestion=""),
                                ["lessons/design/a-small-lesson/lesson.yml"]),
        # the folder
        "numbered-folder": (_plan_say("folder_numbered", file="lessons/design/01-a-small-lesson", slug="a-small-lesson"),
                            ["lessons/design/01-a-small-lesson"]),
        "folder-not-a-slug": (_plan_say("folder_not_slug", file="lessons/design/A_Small_Lesson", name="A_Small_Lesson"),
                              ["lessons/design/A_Small_Lesson"]),
        "folder-not-a-strand": (_say("v_strand_folder", folder="art", strands=", ".join(L.STRANDS)),
                                [str(fixture / "art" / "a-small-lesson" / L.NOTEBOOK)]),
    }
    also: dict = {}  # every fixture is broken in one way and gets one message
    if name not in table:
        return None
    return [table[name][0], *also.get(name, [])], table[name][1]


def kit_copy(tmp_path, name="kit"):
    """A copy of the kit (lessons/, projects/, curriculum.yml) that a test may change."""
    root = tmp_path / name
    for part in ("lessons", "projects"):
        shutil.copytree(REPO / part, root / part)
    shutil.copy(REPO / "curriculum.yml", root / "curriculum.yml")
    return root


def small_kit(tmp_path):
    """A kit with only the valid fixture's lesson (no plan: the grader and workspace don't need one)."""
    root = tmp_path / "small-kit"
    shutil.copytree(SMALL, root / "lessons" / "design" / "a-small-lesson")
    return root


def quiet(_line):
    pass


# --- the student copy ---------------------------------------------------------
def test_assignments_become_named_blanks():
    src = "# Pure red light\n### BEGIN SOLUTION\nred = (255, 0, 0)\ngreen = (0, 255, 0)\n### END SOLUTION\nshow(red)"
    answer = said("placeholder_answer")  # "✏️ your answer here", in the language spoken
    assert L.student_source(src) == (
        f"# Pure red light\nred = ...  # {answer}\ngreen = ...  # {answer}\nshow(red)"
    )


def test_statements_become_a_marked_place_that_still_runs():
    src = "for side in range(4):\n    ### BEGIN SOLUTION\n    pen.forward(100)\n    pen.left(90)\n    ### END SOLUTION"
    out = L.student_source(src)
    assert out == f"for side in range(4):\n    # {said('placeholder_code')}\n    ..."
    compile(out, "cell", "exec")


def test_a_blank_at_the_top_of_a_cell_shows_nothing_under_it():
    """A bare `...` as a cell's last line makes the notebook print "Ellipsis", which puzzles a child."""
    out = L.student_source("### BEGIN SOLUTION\nled.on()\nled.off()\n### END SOLUTION")
    assert out == f"# {said('placeholder_code')}"
    compile(out, "cell", "exec")


def test_function_body_keeps_its_indentation():
    src = "def double(n):\n    ### BEGIN SOLUTION\n    return n * 2\n    ### END SOLUTION"
    out = L.student_source(src)
    compile(out, "cell", "exec")
    assert "return n * 2" not in out


def test_mixed_region_keeps_the_names_it_must_make():
    src = "### BEGIN SOLUTION\nnotes = []\nfor n in range(3):\n    notes.append(n)\n### END SOLUTION"
    out = L.student_source(src)
    assert "notes = ..." in out and "append" not in out


def test_student_copy_drops_teacher_cells_locks_checks_and_clears_exercise_outputs():
    nb = L.read(SMALL / L.NOTEBOOK)
    check_index = next(i for i, c in enumerate(nb.cells) if L.check_calls(c))
    nb.cells[check_index].outputs = [nbformat.v4.new_output("stream", text="done")]
    student = L.student_copy(nb, SMALL_ID)
    assert not any(L.is_teacher(c) for c in student.cells)
    check_cell = next(c for c in student.cells if L.check_calls(c))
    assert check_cell.outputs == []
    assert check_cell.metadata["editable"] is False and check_cell.metadata["deletable"] is False
    assert "answer = 42" not in "\n".join(c.source for c in student.cells)
    assert L.is_student_copy(student) and not L.is_student_copy(nb)
    assert L.meta(student) == {"version": L.FORMAT_VERSION, "lesson": SMALL_ID, "copy": "student", "lang": "en"}
    assert L.lesson_of(student) == SMALL_ID


def test_student_copy_holds_no_hint_and_no_format_1_checks_cell():
    nb = L.read(FIXTURES / "invalid" / "checks-cell-in-notebook" / "design" / "a-small-lesson" / L.NOTEBOOK)
    assert any(L.is_checks(c) for c in nb.cells)
    student = L.student_copy(nb, SMALL_ID)
    shown = "\n".join(c.source for c in student.cells)
    assert not any(L.is_checks(c) for c in student.cells)
    for info in L.defined_checks(SMALL).values():
        assert info["hints"] and not any(hint in shown for hint in info["hints"])


def test_the_master_is_its_folders_lesson():
    nb = L.read(SMALL / L.NOTEBOOK)
    assert L.lesson_of(nb) is None  # the notebook itself does not repeat its id...
    assert L.lesson_of(nb, SMALL / L.NOTEBOOK) == SMALL_ID  # ...its folder is the id
    facts = L.facts(SMALL / L.NOTEBOOK)
    assert (facts["id"], facts["strand"], facts["title"], facts["ages"]) == (
        SMALL_ID, "design", "A small lesson", L.LEVEL_AGES[1])


# --- workspaces -----------------------------------------------------------------
# A workspace is one language, the one the tests run in (ARTECH_LANG, else Dutch): its lessons are
# les.ipynb and its welcome page welkom.ipynb in Dutch, lesson.ipynb and welcome.ipynb in English.
def _notebook() -> str:
    return notebook_name(i18n.chosen())


def _welcome() -> str:
    return welcome_name(i18n.chosen())


def _title(folder) -> str:
    """The title the welcome page lists for the lesson in ``folder``: its edition in the workspace's language."""
    return L.title(L.read(T.edition_path(folder, i18n.chosen())))


def test_workspace_writes_every_lesson_and_keeps_student_edits(tmp_path, monkeypatch):
    from nbformat.sign import NotebookNotary

    monkeypatch.setenv("JUPYTER_DATA_DIR", str(tmp_path / "jupyter-data"))  # where trust is recorded
    lines = []
    ws = tmp_path / "ws"
    added, kept = write_workspace(ws, REPO, out=lines.append)
    copies = sorted(ws.glob(f"*/*/{_notebook()}"))
    masters = L.find_lessons(REPO)
    assert sorted(p.relative_to(ws).parent for p in copies) == sorted(p.relative_to(REPO / "lessons").parent
                                                                     for p in masters)
    assert added >= len(copies) and kept == 0
    assert (ws / _welcome()).exists()
    assert not list(ws.rglob(L.CHECKS)) and not list(ws.rglob(L.FACTS)), "checks and facts stay in the kit"
    assert not list(ws.rglob(L.MISTAKES)), "the wrong answers the tests try are for authors, not students"
    for path in copies:
        nb = nbformat.read(path, 4)
        assert L.is_student_copy(nb) and L.lesson_of(nb) == L.lesson_id(path.parent)
        assert NotebookNotary().check_signature(nb), "trusted, so JupyterLab shows its pictures at once"

    # A student writes an answer; the kit is run again (or updated).
    target = copies[0]
    nb = nbformat.read(target, 4)
    nb.cells.append(nbformat.v4.new_code_cell("my_answer = 'mine'"))
    nbformat.write(nb, target)
    lines.clear()
    added2, kept2 = write_workspace(ws, REPO, out=lines.append)
    assert added2 == 0 and kept2 == added
    assert "my_answer = 'mine'" in target.read_text()
    assert messages.say("workspace_kept", path=target.relative_to(ws)) in lines


def _welcome_titles(ws, titles):
    """The place of each title on the welcome page (raises ValueError when one is not listed)."""
    text = "\n".join(c.source for c in nbformat.read(ws / _welcome(), 4).cells)
    return [text.index(f"[{title}]") for title in titles]


def test_moving_a_lesson_in_the_plan_never_orphans_a_students_work(tmp_path):
    kit = kit_copy(tmp_path)
    ws = tmp_path / "ws"
    write_workspace(ws, kit, out=quiet)
    titles = [_title(kit / "lessons" / "tinkering" / slug) for slug in ("music-from-numbers", "light-it-up")]
    music, light = _welcome_titles(ws, titles)
    assert music < light

    work = ws / "tinkering" / "light-it-up" / _notebook()
    nb = nbformat.read(work, 4)
    nb.cells.append(nbformat.v4.new_code_cell("my_traffic_light = 'mine'"))
    nbformat.write(nb, work)
    before = work.read_bytes()

    plan = yaml.safe_load((kit / "curriculum.yml").read_text(encoding="utf-8"))
    lessons = plan["lessons"]
    moved = lessons.pop(next(i for i, e in enumerate(lessons) if e["id"] == "tinkering-light-it-up"))
    lessons.insert(next(i for i, e in enumerate(lessons) if e["id"] == "tinkering-music-from-numbers"), moved)
    (kit / "curriculum.yml").write_text(yaml.safe_dump(plan, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert curriculum.problems(kit) == []  # a move the plan allows

    lines = []
    added, _ = write_workspace(ws, kit, out=lines.append)
    assert added == 0, lines
    assert work.read_bytes() == before  # untouched, and still where the lesson's copy is
    assert [p for p in ws.rglob(_notebook()) if "light-it-up" in str(p)] == [work]  # no second copy
    music, light = _welcome_titles(ws, titles)
    assert light < music  # the welcome page follows the new order


def _autosave_like_jupyterlab(path):
    """Rewrite a notebook the way JupyterLab's autosave does: new ids, cell and notebook metadata, another
    indentation, the source as a list of lines; the same words."""
    nb = nbformat.read(path, 4)
    for n, c in enumerate(nb.cells):
        c.id = f"autosaved-{n}"
        c.metadata["jp-MarkdownHeadingCollapsed"] = False
        c.metadata["trusted"] = True
    nb.metadata["language_info"] = {"name": "python", "version": "3.12.0"}
    data = nbformat.writes(nb)
    path.write_text(json.dumps(json.loads(data), indent=2, sort_keys=False) + "\n", encoding="utf-8")


def test_the_welcome_page_is_refreshed_after_jupyterlab_autosave(tmp_path):
    kit = kit_copy(tmp_path)
    ws = tmp_path / "ws"
    write_workspace(ws, kit, out=quiet)
    welcome = ws / _welcome()
    words = [c.source for c in nbformat.read(welcome, 4).cells]
    original = welcome.read_text()
    _autosave_like_jupyterlab(welcome)
    assert welcome.read_text() != original and [c.source for c in nbformat.read(welcome, 4).cells] == words
    with pytest.raises(ValueError):
        _welcome_titles(ws, [_title(SMALL)])

    shutil.copytree(SMALL, kit / "lessons" / "design" / "a-small-lesson")  # the kit gets one more lesson
    write_workspace(ws, kit, out=quiet)
    assert (ws / "design" / "a-small-lesson" / _notebook()).exists()
    assert _welcome_titles(ws, [_title(SMALL)])  # the kit's page follows the kit


def test_an_edited_welcome_page_is_kept(tmp_path):
    kit = kit_copy(tmp_path)
    ws = tmp_path / "ws"
    write_workspace(ws, kit, out=quiet)
    welcome = ws / _welcome()
    nb = nbformat.read(welcome, 4)
    assert said("welcome_title") in nb.cells[0].source
    nb.cells[0].source = nb.cells[0].source.replace(said("welcome_title"), "# My notes")
    nb.cells.append(nbformat.v4.new_markdown_cell("My own plan for this term."))
    nbformat.write(nb, welcome)
    edited = welcome.read_text()

    shutil.copytree(SMALL, kit / "lessons" / "design" / "a-small-lesson")
    write_workspace(ws, kit, out=quiet)
    assert (ws / "design" / "a-small-lesson" / _notebook()).exists()  # the new lesson comes...
    assert welcome.read_text() == edited  # ...but the student's words stay


def _teacher_update(tmp_path, note: str):
    """A teacher's update (what an update link pulls): the mixing-colours lesson with ``note`` added."""
    update = tmp_path / "updates" / "klas-2b"
    lesson = update / "lessons" / "design" / "mixing-colours"
    if not lesson.exists():
        shutil.copytree(REPO / "lessons" / "design" / "mixing-colours", lesson)
    for master in lesson.glob("lesson*.ipynb"):
        nb = nbformat.read(REPO / "lessons" / "design" / "mixing-colours" / master.name, 4)
        nb.cells[1].source += f"\n\n{note}"
        nbformat.write(nb, master)
    return update


def _words(path):
    return "\n".join(c.source for c in nbformat.read(path, 4).cells)


def test_an_update_brings_a_fix_to_an_untouched_copy_and_puts_it_beside_a_changed_one(tmp_path):
    lang = i18n.chosen()
    newer = i18n.languages()[lang]["newer"]
    ws = tmp_path / "ws"
    write_workspace(ws, REPO, out=quiet)
    mine = ws / "design" / "mixing-colours" / _notebook()

    # A fix to a copy nobody changed: it is brought up to date (even after JupyterLab's autosave).
    _autosave_like_jupyterlab(mine)
    lines = []
    added, _ = write_workspace(ws, REPO, out=lines.append, updates=[_teacher_update(tmp_path, "Fix one.")])
    assert added == 1 and "Fix one." in _words(mine)
    assert messages.say("workspace_updated", path=mine.relative_to(ws)) in lines

    # The student works on it; the teacher fixes it again: the student's file stays, the fix is beside it.
    nb = nbformat.read(mine, 4)
    nb.cells.append(nbformat.v4.new_code_cell("my_answer = 'mine'"))
    nbformat.write(nb, mine)
    work = mine.read_bytes()
    lines.clear()
    write_workspace(ws, REPO, out=lines.append, updates=[_teacher_update(tmp_path, "Fix two.")])
    beside = mine.with_name(f"{mine.stem}.{newer}.ipynb")
    assert mine.read_bytes() == work and "Fix two." in _words(beside)
    assert messages.say("workspace_beside", path=beside.relative_to(ws), yours=mine.relative_to(ws)) in lines
    assert L.lesson_of(nbformat.read(beside, 4)) == "design-mixing-colours"  # its checks work as the lesson's

    # Nothing new: nothing moves. A third fix updates the untouched newer copy, not the student's.
    assert write_workspace(ws, REPO, out=quiet, updates=[_teacher_update(tmp_path, "Fix two.")])[0] == 0
    write_workspace(ws, REPO, out=quiet, updates=[_teacher_update(tmp_path, "Fix three.")])
    assert "Fix three." in _words(beside) and mine.read_bytes() == work
    assert not mine.with_name(f"{mine.stem}.{newer}-2.ipynb").exists()

    # The student works on the newer copy too: a fourth fix gets a second name; both are kept.
    nb = nbformat.read(beside, 4)
    nb.cells.append(nbformat.v4.new_code_cell("my_second_answer = 'mine too'"))
    nbformat.write(nb, beside)
    second_work = beside.read_bytes()
    write_workspace(ws, REPO, out=quiet, updates=[_teacher_update(tmp_path, "Fix four.")])
    assert beside.read_bytes() == second_work and mine.read_bytes() == work
    assert "Fix four." in _words(mine.with_name(f"{mine.stem}.{newer}-2.ipynb"))


def test_a_students_own_file_where_an_update_would_go_is_never_replaced(tmp_path):
    ws = tmp_path / "ws"
    write_workspace(ws, REPO, out=quiet)
    (ws / PLACED).unlink()  # a workspace from before the kit kept a record of what it placed
    mine = ws / "design" / "mixing-colours" / _notebook()
    nb = nbformat.read(mine, 4)
    nb.cells.append(nbformat.v4.new_code_cell("my_answer = 'mine'"))
    nbformat.write(nb, mine)
    work = mine.read_bytes()
    _, kept = write_workspace(ws, REPO, out=quiet, updates=[_teacher_update(tmp_path, "A fix.")])
    assert mine.read_bytes() == work and kept >= 1
    assert sorted(p.name for p in mine.parent.glob("*.ipynb")) == [mine.name], "no guess: the kit keeps it"


def test_the_checks_of_a_teachers_lesson_come_from_their_update(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert L.checks_folder(SMALL_ID) == L.folder_of(SMALL_ID)  # not in the kit: nowhere yet
    update = tmp_path / ".artech" / "updates" / "klas-2b" / "lessons" / "design" / "a-small-lesson"
    shutil.copytree(SMALL, update)
    assert L.checks_folder(SMALL_ID) == update
    assert L.checks_folder("design-mixing-colours") == L.folder_of("design-mixing-colours")  # the kit's own


def test_artech_link_prints_the_link_a_teacher_shares(capsys):
    from urllib.parse import parse_qs, urlsplit

    assert main(["link", "https://github.com/myschool/lessen.git", "--hub", "https://jupyter.school.nl/"]) == 0
    link, note = capsys.readouterr().out.strip().split("\n", 1)
    url = urlsplit(link)
    assert (url.netloc, url.path) == ("jupyter.school.nl", "/hub/user-redirect/git-pull")
    query = {k: v[0] for k, v in parse_qs(url.query).items()}
    assert query == {"repo": "https://github.com/myschool/lessen.git", "branch": "main",
                     "targetpath": ".artech/updates/lessen", "urlpath": "artech/update?from=lessen"}
    assert is_message(note, "cli_link_done", name="lessen")


@pytest.mark.parametrize("argv, key, values", [
    (["link", "lessen", "--hub", "https://jupyter.school.nl"], "cli_link_bad_repo", {"repo": "lessen"}),
    (["link", "https://github.com/myschool/lessen.git"], "cli_link_needs_hub", {"hub": ""}),
    (["link", "https://github.com/myschool/lessen.git", "--hub", "jupyter.school.nl"], "cli_link_needs_hub",
     {"hub": "jupyter.school.nl"}),
    (["link", "https://github.com/myschool/lessen.git", "--hub", "https://jupyter.school.nl", "--name", "../x"],
     "cli_link_bad_name", {"name": "../x"}),
])
def test_artech_link_explains_a_mistake(capsys, argv, key, values):
    assert main(argv) == 2
    assert is_message(capsys.readouterr().out.strip(), key, **values)


# --- validation -------------------------------------------------------------------
def test_every_failure_fixture_has_an_expected_message():
    missing = [p.name for p in INVALID if _expected(p.name, p) is None]
    assert not missing and len(INVALID) >= 27


def test_the_kit_itself_validates(capsys):
    assert main(["validate", str(REPO)]) == 0, capsys.readouterr().out


def test_valid_fixture_validates(capsys):
    assert main(["validate", str(VALID)]) == 0
    assert capsys.readouterr().out.strip() == author.say("v_ok", count=1)


def test_valid_fixture_is_a_format_2_lesson():
    assert sorted(p.name for p in SMALL.iterdir()) == sorted([L.CHECKS, L.FACTS, L.NOTEBOOK,
                                                             "lesson.nl.ipynb", "checks.nl.po"])
    nb = L.read(SMALL / L.NOTEBOOK)
    assert L.meta(nb)["version"] == 2 and not any(L.is_checks(c) for c in nb.cells)
    assert set(L.defined_checks(SMALL)) == {e["id"] for e in L.exercises(nb)} == {"first-step"}


@pytest.mark.parametrize("fixture", INVALID, ids=[p.name for p in INVALID])
def test_validate_fails_with_a_message_naming_the_file(fixture, capsys):
    assert main(["validate", str(fixture)]) == 2
    out = capsys.readouterr().out.splitlines()
    problems, summary = out[:-1], out[-1]
    wanted, names = _expected(fixture.name, fixture)
    assert summary == author.say("v_found", count=len(wanted))
    assert len(problems) == len(wanted), problems  # broken in exactly its one way
    for text in wanted:
        assert any(text.in_(line) for line in problems), (text, problems)
    line = next(line for line in problems if wanted[0].in_(line))
    assert all(name in line for name in names), (names, line)


def test_numbered_folder_is_flagged_without_a_plan_too(tmp_path, capsys):
    """A lesson folder validated alone (no curriculum.yml) is still told its name must not start with a number."""
    from artech.format import curriculum

    shutil.copytree(SMALL, tmp_path / "design" / "01-a-small-lesson")
    assert main(["validate", str(tmp_path)]) == 2
    assert curriculum.say("folder_numbered", file="design/01-a-small-lesson", slug="a-small-lesson") \
        in capsys.readouterr().out


# --- artech new lesson ----------------------------------------------------------------
def test_new_lesson_writes_a_folder_that_validates(tmp_path, capsys):
    (tmp_path / "lessons").mkdir()
    assert main(["new", "lesson", "--strand", "tinkering", "--level", "2", "--title", "Sensors and me",
                 "--root", str(tmp_path)]) == 0
    folder = tmp_path / "lessons" / "tinkering" / "sensors-and-me"
    assert sorted(p.name for p in folder.iterdir()) == sorted([L.CHECKS, L.FACTS, L.NOTEBOOK,
                                                               "lesson.nl.ipynb", "checks.nl.po"])
    facts = L.facts(folder / L.NOTEBOOK)
    assert (facts["id"], facts["title"], facts["level"], facts["ages"]) == (
        "tinkering-sensors-and-me", "Sensors and me", 2, "12-14")
    nb = L.read(folder / L.NOTEBOOK)
    assert set(L.defined_checks(folder)) == {e["id"] for e in L.exercises(nb)}
    assert not any(L.is_checks(c) for c in nb.cells)
    capsys.readouterr()
    assert main(["validate", str(tmp_path)]) == 0, capsys.readouterr().out


def test_new_lesson_follows_the_plan_and_shrinks_its_entry(tmp_path, capsys):
    kit = lesson_as_planned(kit_copy(tmp_path), "design-shapes-and-patterns")
    before = yaml.safe_load((kit / "curriculum.yml").read_text(encoding="utf-8"))
    planned = next(e for e in before["lessons"] if e["id"] == "design-shapes-and-patterns")
    assert main(["new", "lesson", "--strand", "design", "--level", "1", "--title", "Shapes and patterns",
                 "--root", str(kit)]) == 0
    path = kit / "lessons" / "design" / "shapes-and-patterns" / L.NOTEBOOK
    facts = L.facts(path)
    assert facts["objectives"] == planned["objectives"]
    for key in ("duration", "prerequisites", "projects", "slo_goals", "design_cycle"):
        assert facts[key] == planned[key], key

    text = (kit / "curriculum.yml").read_text(encoding="utf-8")
    assert text.startswith((REPO / "curriculum.yml").read_text(encoding="utf-8").splitlines()[0])  # comments kept
    after = yaml.safe_load(text)
    assert next(e for e in after["lessons"] if e["id"] == "design-shapes-and-patterns") == {
        "id": "design-shapes-and-patterns"}
    others = lambda plan: [e for e in plan["lessons"] if e["id"] != "design-shapes-and-patterns"]  # noqa: E731
    assert others(after) == others(before) and [e["id"] for e in after["lessons"]] == [
        e["id"] for e in before["lessons"]]
    assert lesson_entry_status(kit, "design-shapes-and-patterns") == "written"
    capsys.readouterr()
    assert main(["validate", str(kit)]) == 0, capsys.readouterr().out


def lesson_entry_status(root, lesson_id):
    return next(e for e in curriculum.load(root)["lessons"] if e["id"] == lesson_id)["status"]


def test_new_lesson_must_be_planned_and_new(tmp_path, capsys):
    kit = kit_copy(tmp_path)
    with pytest.raises(ValueError, match=message_pattern("new_not_in_plan", title="Not planned", strand="design",
                                                         level=1)):
        new_lesson(kit, "design", 1, "Not planned")
    assert not (kit / "lessons" / "design" / "not-planned").exists()
    assert main(["new", "lesson", "--strand", "design", "--level", "1", "--title", "Not planned",
                 "--root", str(kit)]) == 2
    assert is_message(capsys.readouterr().out, "new_not_in_plan", title="Not planned")
    small = small_kit(tmp_path)
    with pytest.raises(ValueError, match=message_pattern("new_exists", folder=small / "lessons" / "design" /
                                                         "a-small-lesson")):
        new_lesson(small, "design", 1, "A small lesson")


# --- artech check ----------------------------------------------------------------------
def run_cli(*args, cwd=None, env=None):
    return subprocess.run(ARTECH + list(args), capture_output=True, text=True, cwd=cwd, env=env)


def test_check_exit_codes_0_all_done_1_not_yet_2_could_not_check(tmp_path, monkeypatch, capsys):
    kit = small_kit(tmp_path)
    monkeypatch.setenv("ARTECH_HOME", str(kit))
    master = kit / "lessons" / "design" / "a-small-lesson" / L.NOTEBOOK

    assert main(["check", "--json", str(master)]) == 0
    report = json.loads(capsys.readouterr().out)
    with i18n.use("en"):  # lesson.ipynb is the English edition: its check speaks English in every language
        done = said("done", praise=said("praise"))
    assert report == {"notebook": str(master), "lesson": SMALL_ID, "done": 1, "total": 1, "exercises": [
        {"id": "first-step", "status": "done", "message": done, "hint": ""}]}

    student = tmp_path / "work.ipynb"
    assert main(["student-copy", str(master), str(student)]) == 0
    capsys.readouterr()
    assert main(["check", "--json", str(student)]) == 1
    [ex] = json.loads(capsys.readouterr().out)["exercises"]
    assert ex["status"] == "not yet" and ex["hint"] in [h for h in L.defined_checks(SMALL)["first-step"]["hints"]]

    missing = tmp_path / "missing.ipynb"
    assert main(["check", "--json", str(missing)]) == 2
    report = json.loads(capsys.readouterr().out)
    assert report["notebook"] == str(missing) and report["lesson"] is None and report["problem"]

    assert main(["check", "--json", "--lesson", "design-no-such-lesson", str(student)]) == 2
    report = json.loads(capsys.readouterr().out)
    assert report["exercises"] == [] and "design-no-such-lesson" in report["problem"]


def test_student_copy_goes_into_a_folder_never_over_a_file_and_a_bad_notebook_is_said_in_words(tmp_path, monkeypatch, capsys):
    kit = small_kit(tmp_path)
    monkeypatch.setenv("ARTECH_HOME", str(kit))
    master = kit / "lessons" / "design" / "a-small-lesson" / L.NOTEBOOK
    out = tmp_path / "class"
    out.mkdir()
    assert main(["student-copy", str(master), str(out)]) == 0          # a folder: the copy goes in it
    copy = out / L.NOTEBOOK
    assert is_message(capsys.readouterr().out, "student_copy_written", path=copy)
    assert L.is_student_copy(L.read(copy))
    copy.write_text("a student's work", encoding="utf-8")
    for target in (out, copy):                                           # never over a file
        assert main(["student-copy", str(master), str(target)]) == 2
        assert is_message(capsys.readouterr().out, "student_copy_exists", path=copy)
    assert copy.read_text(encoding="utf-8") == "a student's work"
    assert main(["student-copy", str(master), str(tmp_path / "nowhere" / "x.ipynb")]) == 2
    assert is_message(capsys.readouterr().out, "student_copy_no_folder", folder=tmp_path / "nowhere")
    broken = tmp_path / "broken.ipynb"
    broken.write_text("{ not json", encoding="utf-8")
    assert main(["student-copy", str(broken), str(tmp_path / "b.ipynb")]) == 2
    printed = capsys.readouterr().out
    assert is_message(printed, "cannot_read", path=broken, detail="NotJSONError") and "Traceback" not in printed
    assert not (tmp_path / "b.ipynb").exists()


def test_check_reports_an_error_when_the_lessons_check_itself_fails(tmp_path, monkeypatch, capsys):
    kit = small_kit(tmp_path)
    folder = kit / "lessons" / "design" / "a-small-lesson"
    (folder / L.CHECKS).write_text((folder / L.CHECKS).read_text().replace(
        "    see.equal(", "    raise RuntimeError('the check broke')\n    see.equal("))
    monkeypatch.setenv("ARTECH_HOME", str(kit))
    assert main(["check", "--json", str(folder / L.NOTEBOOK)]) == 1
    [ex] = json.loads(capsys.readouterr().out)["exercises"]
    assert ex["status"] == "error" and "RuntimeError" in ex["message"]


def test_check_exits_2_on_a_notebook_that_is_not_a_lesson(tmp_path):
    """No "artech" metadata and no lesson of the kit where it lies: nothing to check it against."""
    path = FIXTURES / "invalid" / "not-a-lesson" / "design" / "a-small-lesson" / L.NOTEBOOK
    env = {k: v for k, v in os.environ.items() if k != "ARTECH_HOME"}  # the kit this checkout is
    result = run_cli("check", "--json", str(path), env=env)
    assert result.returncode == 2, result.stderr
    report = json.loads(result.stdout)
    assert report["notebook"] == str(path) and report["lesson"] is None
    assert report["problem"] == messages.say("grade_no_lesson", path=path)


# --- artech start ----------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_start_makes_the_workspace_and_opens_jupyterlab_there(tmp_path):
    port = free_port()
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(tmp_path / "cfg"), JUPYTER_RUNTIME_DIR=str(tmp_path / "rt"),
               JUPYTER_TOKEN="artech-test")
    proc = subprocess.Popen(
        ARTECH + ["start", "--no-browser", "--dir", str(tmp_path / "ws"), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
    )
    try:
        body = None
        for _ in range(120):
            try:
                url = f"http://127.0.0.1:{port}/api/contents/{_welcome()}?content=0"
                request = urllib.request.Request(url, headers={"Authorization": "token artech-test"})
                with urllib.request.urlopen(request, timeout=2) as r:
                    body = json.loads(r.read())
                break
            except OSError:
                time.sleep(0.5)
    finally:
        proc.terminate()
        out = proc.communicate()[0]
    # JupyterLab's own API lists the welcome page: the server runs in the workspace.
    assert body is not None, out[-2000:]
    assert body["name"] == _welcome()
    assert (tmp_path / "ws" / _welcome()).exists()
    assert (tmp_path / "ws" / "design" / "mixing-colours" / _notebook()).exists()
    assert is_message(out, "workspace_added", path=os.path.join("design", "mixing-colours", _notebook()))
