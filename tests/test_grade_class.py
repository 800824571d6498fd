"""`artech grade`: a class of 30 mixed submissions of one lesson, one per failure mode among them.

The class is made once for this file (``graded``) from the lesson in the kit: complete, half done and
blank notebooks, and one of each kind of trouble: an endless loop, a damaged file, a huge file, a
memory hog, forged outputs, code that reaches into the checks, a removed check cell, another lesson,
no lesson, and code that tries the network and the lesson's answers. Every one gets its own row; no
tampered notebook is counted done; the reports are written and say it in the teacher's language.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import nbformat
import pytest

from artech import i18n
from artech.teacher import classgrade, report
from artech.teacher.cli import main
from class_fixture import CELL_LIMIT, LESSON, _complete, make_class
from conftest import is_message, said


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    folder = tmp_path_factory.mktemp("class") / "handed-in"
    kinds = make_class(folder)  # 20 ordinary students, 10 with trouble: 30 rows
    result = classgrade.grade_class([folder], cell_limit=CELL_LIMIT, jobs=2)
    out = folder.parent / "report"
    html_path, csv_path = report.write(result, out)
    rows = {Path(r["file"]).name: r for r in result["rows"]}
    return {"result": result, "rows": rows, "kinds": kinds, "html": html_path, "csv": csv_path, "folder": folder}


def _done(row) -> int:
    return sum(1 for e in row["exercises"] if e["status"] == "done" and e.get("counted", True))


def test_thirty_submissions_give_thirty_rows_in_both_reports(graded):
    result = graded["result"]
    assert result["lesson"] == LESSON, "the lesson most notebooks name"
    assert len(result["rows"]) == 30
    with open(graded["csv"], encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert len(table) == 31 and table[0][0] == said("report_student")
    page = graded["html"].read_text(encoding="utf-8")
    assert page.count('<th scope="row">') == 30
    assert said("report_title", title=result["title"]) in page


def test_ordinary_students_get_what_they_did(graded):
    total = len(graded["result"]["exercises"])
    for name, kind in graded["kinds"].items():
        row = graded["rows"][name]
        if kind == "complete":
            assert _done(row) == total and not row["flags"], name
        elif kind == "blank":
            assert _done(row) == 0 and not row["flags"], name
        elif kind == "half":
            assert 0 < _done(row) < total and not row["flags"], name


def test_an_endless_loop_is_stopped_and_only_its_student_loses_time(graded):
    row = graded["rows"]["loop.ipynb"]
    red = next(e for e in row["exercises"] if e["id"] == "pure-red")
    with i18n.use("en"):  # the message the student saw, in the notebook's own language
        stopped = is_message(red["message"], "grade_cell_too_long", seconds=f"{CELL_LIMIT:g}") or \
            is_message(red["message"], "grade_kernel_restarted")
    assert red["status"] == "not yet" and stopped, red
    later = [e for e in row["exercises"] if e["id"] != "pure-red"]
    with i18n.use("en"):  # the loop was interrupted (the rest counts) or Python restarted (and the rest says so)
        told = all(e["status"] == "done" or is_message(e["message"], "grade_kernel_restarted") for e in later)
    assert told, later


def test_broken_huge_foreign_and_lessonless_files_are_said_in_words(graded):
    rows = graded["rows"]
    assert is_message(rows["damaged.ipynb"]["problem"], "grade_not_a_notebook_teacher")
    assert is_message(rows["huge.ipynb"]["problem"], "grade_too_big")
    assert is_message(rows["other-lesson.ipynb"]["problem"], "grade_other_lesson",
                      found="tinkering-music-from-numbers", lesson=LESSON)
    assert is_message(rows["no-lesson.ipynb"]["problem"], "grade_no_lesson_teacher")
    for name in ("damaged.ipynb", "huge.ipynb", "other-lesson.ipynb", "no-lesson.ipynb"):
        assert rows[name]["exercises"] == [] and _done(rows[name]) == 0


def test_a_memory_hog_is_capped_and_the_rest_of_its_notebook_still_counts(graded):
    row = graded["rows"]["memory.ipynb"]
    assert row["exercises"] and _done(row) == len(graded["result"]["exercises"]), "MemoryError, then the rest ran"


@pytest.mark.parametrize("name, key", [("forged.ipynb", "grade_flag_forged_output"),
                                       ("tampered.ipynb", "grade_flag_reaches_checks"),
                                       ("removed.ipynb", "grade_flag_check_removed")])
def test_a_notebook_that_hides_the_checks_is_flagged_and_never_counted_done(graded, name, key):
    row = graded["rows"][name]
    assert any(is_message(f, key) for f in row["flags"]), row["flags"]
    if name == "tampered.ipynb":
        assert _done(row) == 0, "code that reaches into the checks: nothing counts"
    if name == "forged.ipynb":
        assert _done(row) == 0, "a blank notebook with outputs that say done is not done"
    assert said("report_talk") in graded["html"].read_text(encoding="utf-8")


def test_a_removed_check_is_not_yet_and_the_others_still_count(graded):
    row = graded["rows"]["removed.ipynb"]
    grey = next(e for e in row["exercises"] if e["id"] == "grey")
    with i18n.use("en"):
        assert grey["status"] == "not yet" and is_message(grey["message"], "grade_check_removed", exercise="grey")


def test_the_checked_code_can_reach_neither_the_network_nor_the_answers(graded):
    row = graded["rows"]["probe.ipynb"]
    red = next(e for e in row["exercises"] if e["id"] == "pure-red")
    assert red["status"] == "done", "the probe's red is right only when the network and the answers were refused"


def test_the_report_says_per_exercise_what_to_explain_next(graded):
    per = report.summary(graded["result"])
    assert [s["id"] for s in per] == graded["result"]["exercises"]
    first = per[0]
    assert first["total"] == 30 and first["common"] is not None
    assert said("report_done_count", done=first["done"], total=30) in graded["html"].read_text(encoding="utf-8")


def test_students_are_named_by_file_by_folder_or_by_the_roster(tmp_path):
    roster_file = tmp_path / "roster.csv"
    roster_file.write_text("file,name\nstudent-01.ipynb,Anna de Vries\n", encoding="utf-8")
    roster = classgrade.read_roster(roster_file)
    assert classgrade.student_name(Path("x/student-01.ipynb"), roster) == "Anna de Vries"
    assert classgrade.student_name(Path("x/bram.ipynb"), {}) == "bram"
    assert classgrade.student_name(Path("/home/jan/ArTech/design/mixing-colours/les.ipynb"), {}, LESSON) == "jan"
    assert classgrade.student_name(Path("/home/jan/ArTech/design/mixing-colours/lesson.ipynb"), {}, LESSON) == "jan"
    with pytest.raises(ValueError, match=""):
        classgrade.read_roster(tmp_path / "missing.csv")


def test_artech_grade_without_a_lesson_says_which_there_are(tmp_path, capsys):
    (tmp_path / "a.ipynb").write_text("{ broken", encoding="utf-8")
    assert main(["grade", str(tmp_path), "--out", str(tmp_path / "out")]) == 2
    assert is_message(capsys.readouterr().out, "grade_no_class_lesson", lesson="?")
    assert not (tmp_path / "out").exists()


def test_artech_grade_writes_both_reports(tmp_path, capsys):
    nbformat.write(_complete(), tmp_path / "bram.ipynb")
    (tmp_path / "kees.ipynb").write_text(json.dumps({"not": "a notebook"}), encoding="utf-8")
    assert main(["grade", str(tmp_path), "--lesson", LESSON, "--out", str(tmp_path / "out"),
                 "--cell-limit", "5"]) == 0
    out = capsys.readouterr().out
    assert is_message(out, "grade_written", rows=2)
    assert (tmp_path / "out" / f"{LESSON}.html").is_file() and (tmp_path / "out" / f"{LESSON}.csv").is_file()
