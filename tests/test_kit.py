"""The kit's tools: student copies, workspaces, validation, scaffolding and the CLI."""

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

from artech.format import lesson as L
from artech.teacher.cli import main, write_workspace
from conftest import FIXTURES, REPO

ARTECH = [sys.executable, "-m", "artech.cli"]
VALID = FIXTURES / "valid"
INVALID = sorted(p for p in (FIXTURES / "invalid").iterdir() if p.is_dir())

# What each broken fixture must be told (a fragment of the message that names the problem).
EXPECTED = {
    "ages-do-not-match-level": 'Set ages to "10-12"',
    "check-without-definition": 'no cell tagged "checks" defines @exercise("second-step"',
    "duplicate-id": 'the id "design-a-small-lesson" is also used by',
    "exercise-without-hint": 'the exercise "first-step" has no hint',
    "exercise-without-solution": 'the check for "first-step" has no solution cell',
    "image-file-missing": "an image file (missing.png) is not in the lesson folder",
    "image-without-alt-text": "an image (picture.png) has no alt text",
    "level-out-of-range": "level 5 is greater than the maximum of 4",
    "missing-metadata-field": "'duration' is a required property",
    "no-make-it-yours": 'no "Make it yours" heading',
    "no-title": "there is no title",
    "not-a-lesson": "is not an ArTech lesson",
    "not-a-notebook": "I could not read",
    "objective-with-vague-verb": 'uses "understand"',
    "objective-without-verb": "starting with a verb",
    "solution-outside-markers": 'still shows solution text ("answer = 42")',
    "strand-does-not-match-folder": 'says strand "programming" but lives in lessons/design/',
    "teacher-notes-missing-section": 'no "Misconceptions" heading',
    "unbalanced-solution-markers": '"### BEGIN SOLUTION" line without its partner',
}


# --- the student copy ---------------------------------------------------------
def test_assignments_become_named_blanks():
    src = "# Pure red light\n### BEGIN SOLUTION\nred = (255, 0, 0)\ngreen = (0, 255, 0)\n### END SOLUTION\nshow(red)"
    assert L.student_source(src) == (
        "# Pure red light\nred = ...  # ✏️ your answer here\ngreen = ...  # ✏️ your answer here\nshow(red)"
    )


def test_statements_become_a_marked_place_that_still_runs():
    src = "for side in range(4):\n    ### BEGIN SOLUTION\n    pen.forward(100)\n    pen.left(90)\n    ### END SOLUTION"
    out = L.student_source(src)
    assert out == "for side in range(4):\n    # ✏️ Your code here\n    ..."
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
    nb = L.read(VALID / "design" / "01-a-small-lesson" / "lesson.ipynb")
    nb.cells[4].outputs = [nbformat.v4.new_output("stream", text="done")]
    student = L.student_copy(nb)
    assert not any(L.is_teacher(c) for c in student.cells)
    checks_cell = next(c for c in student.cells if L.is_checks(c))
    assert checks_cell.metadata["editable"] is False and checks_cell.metadata["jupyter"]["source_hidden"]
    check_cell = next(c for c in student.cells if L.check_calls(c))
    assert check_cell.outputs == [] and check_cell.metadata["deletable"] is False
    assert L.is_student_copy(student) and not L.is_student_copy(nb)


# --- workspaces -----------------------------------------------------------------
def test_workspace_writes_every_lesson_and_keeps_student_edits(tmp_path, monkeypatch):
    from nbformat.sign import NotebookNotary

    monkeypatch.setenv("JUPYTER_DATA_DIR", str(tmp_path / "jupyter-data"))  # where trust is recorded
    lines = []
    ws = tmp_path / "ws"
    added, kept = write_workspace(ws, REPO, out=lines.append)
    copies = sorted(ws.glob("*/*/lesson.ipynb"))
    assert len(copies) == len(L.find_lessons(REPO)) and added >= len(copies) and kept == 0
    assert (ws / "welcome.ipynb").exists()
    for path in copies:
        nb = nbformat.read(path, 4)
        assert L.is_student_copy(nb)
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
    assert any("kept" in line and "your work is safe" in line for line in lines)


def test_workspace_adds_new_lessons_and_leaves_an_edited_welcome_alone(tmp_path):
    root = tmp_path / "kit"
    shutil.copytree(VALID, root / "lessons")
    ws = tmp_path / "ws"
    write_workspace(ws, root, out=lambda _: None)
    welcome = ws / "welcome.ipynb"
    assert "A small lesson" in welcome.read_text()
    shutil.copytree(root / "lessons" / "design" / "01-a-small-lesson", root / "lessons" / "design" / "02-more")
    write_workspace(ws, root, out=lambda _: None)
    assert (ws / "design" / "02-more" / "lesson.ipynb").exists()
    assert welcome.read_text().count("A small lesson") == 2  # the kit's page follows the kit
    welcome.write_text(welcome.read_text().replace("Welcome", "My notes"))
    write_workspace(ws, root, out=lambda _: None)
    assert "My notes" in welcome.read_text()  # ...until someone edits it


# --- validation -------------------------------------------------------------------
def test_every_failure_fixture_has_an_expected_message():
    assert {p.name for p in INVALID} == set(EXPECTED)


def test_the_kit_itself_validates(capsys):
    assert main(["validate", str(REPO)]) == 0, capsys.readouterr().out


def test_valid_fixture_validates(capsys):
    assert main(["validate", str(VALID)]) == 0
    assert "no problems found" in capsys.readouterr().out


@pytest.mark.parametrize("fixture", INVALID, ids=[p.name for p in INVALID])
def test_validate_fails_with_a_message_naming_the_file(fixture, capsys):
    assert main(["validate", str(fixture)]) == 2
    out = capsys.readouterr().out
    assert EXPECTED[fixture.name] in out
    problem = next(line for line in out.splitlines() if EXPECTED[fixture.name] in line)
    assert str(fixture) in problem and "lesson.ipynb" in problem


def test_new_lesson_validates_and_checks_both_ways(tmp_path):
    (tmp_path / "lessons").mkdir()
    (tmp_path / "pyproject.toml").write_text("")
    assert main(["new", "lesson", "--strand", "tinkering", "--level", "2", "--title", "Sensors and me",
                 "--root", str(tmp_path)]) == 0
    path = tmp_path / "lessons" / "tinkering" / "01-sensors-and-me" / "lesson.ipynb"
    assert L.title(L.read(path)) == "Sensors and me" and L.meta(L.read(path))["ages"] == "12-14"
    assert main(["validate", str(tmp_path)]) == 0


def test_new_lesson_follows_the_plan_and_marks_it_written(tmp_path):
    (tmp_path / "lessons").mkdir()
    (tmp_path / "pyproject.toml").write_text("")
    (tmp_path / "curriculum.yml").write_text(
        "# the plan\nlessons:\n"
        "  - id: design-first\n    title: First\n    strand: design\n    level: 1\n    status: written\n"
        "  - id: design-shapes\n    title: Shapes and you\n    strand: design\n    level: 1\n    status: planned  # next\n"
        "    objectives:\n      - I can draw a shape.\n"
    )
    from artech.format.scaffold import new_lesson

    path = new_lesson(tmp_path, "design", 1, "Shapes and you")
    assert path.parent.name == "02-shapes"
    assert L.meta(L.read(path))["objectives"] == ["I can draw a shape."]
    plan = (tmp_path / "curriculum.yml").read_text()
    assert "status: written  # next" in plan and plan.startswith("# the plan")
    with pytest.raises(ValueError, match="no lesson called \"Not planned\""):
        new_lesson(tmp_path, "design", 1, "Not planned")


# --- artech check ----------------------------------------------------------------------
def run_cli(*args, cwd=None):
    return subprocess.run(ARTECH + list(args), capture_output=True, text=True, cwd=cwd, timeout=600)


def test_check_json_reports_done_on_solutions_and_not_yet_on_the_student_copy(tmp_path):
    lesson = VALID / "design" / "01-a-small-lesson" / "lesson.ipynb"
    done = run_cli("check", "--json", str(lesson))
    assert done.returncode == 0
    report = json.loads(done.stdout)
    assert report == {"notebook": str(lesson), "exercises": [
        {"id": "first-step", "status": "done", "message": "Done! Nice work."}]}

    student = tmp_path / "lesson.ipynb"
    assert run_cli("student-copy", str(lesson), str(student)).returncode == 0
    not_yet = json.loads(run_cli("check", "--json", str(student)).stdout)
    [ex] = not_yet["exercises"]
    assert ex["status"] == "not yet" and "still `...`" in ex["message"] and "Hint:" in ex["message"]


def test_check_reports_an_error_when_the_check_cell_itself_fails(tmp_path):
    nb = L.read(VALID / "design" / "01-a-small-lesson" / "lesson.ipynb")
    nb.cells[1].source = "raise RuntimeError('checks cell broke')"  # the checks never get defined
    path = tmp_path / "lesson.ipynb"
    nbformat.write(nb, path)
    [ex] = json.loads(run_cli("check", "--json", str(path)).stdout)["exercises"]
    assert ex["status"] == "error"


@pytest.mark.parametrize("name", ["missing.ipynb", "not-a-lesson"])
def test_check_exits_2_on_what_is_not_a_lesson(name, tmp_path):
    path = tmp_path / "missing.ipynb" if name == "missing.ipynb" else (
        FIXTURES / "invalid" / "not-a-lesson" / "design" / "01-a-small-lesson" / "lesson.ipynb")
    result = run_cli("check", "--json", str(path))
    assert result.returncode == 2
    assert json.loads(result.stdout)["notebook"] == str(path)


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
                url = f"http://127.0.0.1:{port}/api/contents/welcome.ipynb?content=0"
                request = urllib.request.Request(url, headers={"Authorization": "token artech-test"})
                with urllib.request.urlopen(request, timeout=2) as r:
                    body = json.loads(r.read())
                break
            except OSError:
                time.sleep(0.5)
    finally:
        proc.terminate()
        out = proc.communicate(timeout=30)[0]
    # JupyterLab's own API lists the welcome page: the server runs in the workspace.
    assert body is not None, out[-2000:]
    assert body["name"] == "welcome.ipynb"
    assert (tmp_path / "ws" / "welcome.ipynb").exists()
    assert "added" in out
