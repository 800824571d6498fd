"""Every lesson, both ways: its checks pass on the solutions and fail kindly on the student copy.

(nbval, run over lessons/ by the same pytest command, proves the stored outputs.)
"""

import shutil

import nbformat
import pytest

from artech.format import lesson as L
from artech.teacher.cli import check_notebook
from artech.format.validate import lesson_problems
from conftest import REPO

LESSONS = L.find_lessons(REPO)
IDS = [p.parent.relative_to(REPO / "lessons").as_posix() for p in LESSONS]


def test_there_are_lessons():
    assert len(LESSONS) >= 3, "each strand should have at least its first lesson"
    assert {p.parent.parent.name for p in LESSONS} == set(L.STRANDS)


@pytest.mark.parametrize("path", LESSONS, ids=IDS)
def test_lesson_validates(path):
    assert lesson_problems(path) == []


@pytest.mark.parametrize("path", LESSONS, ids=IDS)
def test_lesson_has_three_exercises_and_full_teacher_notes(path):
    nb = L.read(path)
    assert len(L.exercises(nb)) >= 3
    assert L.teacher_cells(nb), "teacher notes are tagged 'teacher'"


@pytest.mark.parametrize("path", LESSONS, ids=IDS)
def test_checks_pass_on_solution_and_fail_kindly_on_student_copy(path, tmp_path):
    master = check_notebook(path)
    assert master["exercises"], "a lesson has exercises"
    for ex in master["exercises"]:
        assert ex["status"] == "done", ex

    student_dir = tmp_path / path.parent.name
    shutil.copytree(path.parent, student_dir)
    student_path = student_dir / "lesson.ipynb"
    nbformat.write(L.student_copy(L.read(path)), student_path)
    student = check_notebook(student_path)
    assert [e["id"] for e in student["exercises"]] == [e["id"] for e in master["exercises"]]
    for ex in student["exercises"]:
        assert ex["status"] == "not yet", ex
        assert ex["message"] and "Traceback" not in ex["message"]


@pytest.mark.parametrize("path", LESSONS, ids=IDS)
def test_student_copy_has_no_answers_and_no_teacher_cells(path):
    nb = L.read(path)
    student = L.student_copy(nb)
    text = "\n".join(c.source for c in student.cells if not L.is_checks(c))  # hints may quote an answer
    assert L.BEGIN not in text and L.END not in text
    assert not any(L.is_teacher(c) for c in student.cells)
    for cell in nb.cells:
        for region in L.solution_regions(cell.source):
            block = "\n".join(region).strip()
            assert block not in text
    for cell in student.cells:
        if L.check_calls(cell) or L.is_checks(cell):
            assert cell.metadata["editable"] is False
