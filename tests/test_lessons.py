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
