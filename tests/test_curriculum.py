"""The curriculum map (curriculum.yml) and its checks (artech.curriculum).

Most failure tests copy the real plan to a temporary folder, break one thing,
and check that a new problem appears that names the file and the offending id.
"""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import nbformat
import pytest
import yaml

from artech.format import curriculum, lesson

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures" / "curriculum"

# The lessons being written now, with the folders they live in.
WRITTEN = {
    "design-mixing-colours": ("Mixing colours with light", "design", 1, "design/01-mixing-colours"),
    "programming-drawing-with-instructions": (
        "Drawing with instructions", "programming", 1, "programming/01-drawing-with-instructions"),
    "tinkering-music-from-numbers": ("Music from numbers", "tinkering", 1, "tinkering/01-music-from-numbers"),
    "tinkering-light-it-up": ("Light it up", "tinkering", 1, "tinkering/02-light-it-up"),
    "tinkering-a-first-game": ("A first game", "tinkering", 2, "tinkering/04-a-first-game"),
}


# ----------------------------------------------------------------- helpers


def write_notebook(root: Path, folder: str, lesson_id: str, title: str, strand: str, level: int, **extra) -> Path:
    """A minimal lesson notebook with the given metadata and heading."""
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell(f"# {title}\n\nA test lesson.")]
    nb.metadata[lesson.META_KEY] = {
        "version": 1, "id": lesson_id, "strand": strand, "level": level,
        "ages": lesson.LEVEL_AGES[level], "duration": 45, "objectives": ["I can test."],
        "prerequisites": [], "vocabulary": [], "projects": [], "slo_goals": [7], **extra,
    }
    path = root / "lessons" / folder / "lesson.ipynb"
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)
    return path


@pytest.fixture
def kit(tmp_path: Path) -> Path:
    """A copy of the real plan with the five written lessons as minimal notebooks."""
    shutil.copy(REPO / "curriculum.yml", tmp_path / "curriculum.yml")
    entries = {e["id"]: e for e in yaml.safe_load((REPO / "curriculum.yml").read_text())["lessons"]}
    for lesson_id, (title, strand, level, folder) in WRITTEN.items():
        same = {k: entries[lesson_id][k] for k in ("duration", "objectives", "prerequisites", "projects", "slo_goals")}
        write_notebook(tmp_path, folder, lesson_id, title, strand, level, **same)
    return tmp_path


def plan_of(root: Path) -> dict:
    return curriculum.load(root)


def save(root: Path, plan: dict) -> None:
    (root / "curriculum.yml").write_text(yaml.safe_dump(plan, allow_unicode=True, sort_keys=False), encoding="utf-8")


def lesson_entry(plan: dict, lesson_id: str) -> dict:
    return next(item for item in plan["lessons"] if item["id"] == lesson_id)


def project_entry(plan: dict, project_id: str) -> dict:
    return next(item for item in plan["projects"] if item["id"] == project_id)


def new_problems(root: Path, change) -> list[str]:
    """Problems that appear after ``change(plan)`` and were not there before."""
    before = set(curriculum.problems(root))
    plan = plan_of(root)
    change(plan)
    save(root, plan)
    return [p for p in curriculum.problems(root) if p not in before]


def assert_names(found: list[str], *words: str, file: str = "curriculum.yml") -> None:
    """Some new problem names the file and every one of ``words``."""
    assert found, "expected a new problem, found none"
    assert any(p.startswith(f"{file}:") and all(w in p for w in words) for p in found), found


# ------------------------------------------------------------- the real plan


def test_real_plan_has_no_problems():
    assert curriculum.problems(REPO) == []


def test_real_plan_shape():
    plan = curriculum.load(REPO)
    assert len(plan["lessons"]) == 36
    assert len(plan["projects"]) == 7
    assert sorted(p["challenge"] for p in plan["projects"]) == sorted(curriculum.CHALLENGES)
    for item in plan["lessons"]:
        if item["id"] in WRITTEN:
            title, strand, level, _ = WRITTEN[item["id"]]
            assert (item["title"], item["strand"], item["level"], item["status"]) == (title, strand, level, "written")
        else:
            assert item["status"] == "planned", item["id"]
    assert {g["number"] for g in plan["slo_goals"]} == set(range(1, 10))


def test_real_plan_open_data_is_complete():
    for project in curriculum.load(REPO)["projects"]:
        for entry in project["open_data"]:
            assert set(curriculum.DATA_KEYS) <= set(entry), project["id"]
        if not project["open_data"]:
            assert project["data_note"], project["id"]


def test_copy_with_matching_notebooks_has_no_problems(kit):
    assert curriculum.problems(kit) == []


def test_lessons_by_is_a_full_grid():
    grid = curriculum.lessons_by(curriculum.load(REPO))
    assert set(grid) == set(lesson.STRANDS)
    assert all(len(cell) == 3 for row in grid.values() for cell in row.values())
    assert [item["id"] for item in grid["tinkering"][2]][0] == "tinkering-a-first-game"


def test_coverage_lists_every_goal_at_every_level():
    table = curriculum.coverage(curriculum.load(REPO))
    assert set(table) == {1, 2, 3, 4}
    assert all(set(row) == set(range(1, 10)) for row in table.values())
    assert "design-mixing-colours" in table[1][6]
    assert "safe-and-private-by-design" in table[4][3]


# ------------------------------------------------------------ the file itself


def test_missing_file(tmp_path):
    found = curriculum.problems(tmp_path)
    assert len(found) == 1
    assert found[0].startswith("curriculum.yml:") and "missing" in found[0]


def test_broken_yaml_names_the_line():
    found = curriculum.problems(FIXTURES / "bad-yaml")
    assert len(found) == 1
    assert found[0].startswith("curriculum.yml:") and "line 5" in found[0]


def test_not_a_plan():
    found = curriculum.problems(FIXTURES / "not-a-plan")
    assert len(found) == 1 and "named sections" in found[0]


def test_missing_section(kit):
    found = new_problems(kit, lambda plan: plan.pop("levels"))
    assert_names(found, "`levels:`")


def test_levels_and_strands(kit):
    def change(plan):
        plan["levels"][0]["ages"] = "9-12"
        spiral = plan["strands"][0]["spiral"][0]
        spiral["lessons"].append("design-mixing-colour")
        spiral["revisited"] = [1]

    found = new_problems(kit, change)
    assert_names(found, "level 1 says ages 9-12", "10-12")
    assert_names(found, "`design-mixing-colour`", "Did you mean `design-mixing-colours`?")
    assert_names(found, "\"colour\"", "revisited [1]")


# --------------------------------------------------------------- the lessons


def test_broken_prerequisite_reference(kit):
    found = new_problems(kit, lambda plan: lesson_entry(plan, "programming-repeat-after-me")
                         ["prerequisites"].append("programming-drawing-with-instruction"))
    assert_names(found, "`programming-repeat-after-me`", "`programming-drawing-with-instruction`", "Did you mean")


def test_broken_project_reference_from_lesson(kit):
    found = new_problems(kit, lambda plan: lesson_entry(plan, "design-mixing-colours")
                         ["projects"].append("no-such-project"))
    assert_names(found, "`design-mixing-colours`", "`no-such-project`", "project")


def test_duplicate_lesson_id(kit):
    def change(plan):
        lesson_entry(plan, "design-shapes-and-patterns")["id"] = "design-mixing-colours"

    assert_names(new_problems(kit, change), "`design-mixing-colours`", "more than one lesson")


def test_duplicate_project_id(kit):
    def change(plan):
        project_entry(plan, "our-neighbourhood")["id"] = "learning-together"

    assert_names(new_problems(kit, change), "`learning-together`", "more than one project")


def test_missing_level_cell(kit):
    def change(plan):
        for item in plan["lessons"]:
            if item["strand"] == "design" and item["level"] == 4:
                item["level"] = 3

    found = new_problems(kit, change)
    assert_names(found, "design strand has 0 lesson(s) at level 4")
    assert_names(found, "design strand has 6 lesson(s) at level 3", "`design-co-design-studio`")


def test_prerequisite_at_a_higher_level(kit):
    found = new_problems(kit, lambda plan: lesson_entry(plan, "tinkering-light-it-up")
                         ["prerequisites"].append("tinkering-data-logger"))
    assert_names(found, "`tinkering-light-it-up`", "`tinkering-data-logger`", "level 3")


def test_prerequisite_cycle(kit):
    found = new_problems(kit, lambda plan: lesson_entry(plan, "programming-drawing-with-instructions")
                         ["prerequisites"].append("programming-choose-your-path"))
    assert_names(found, "circle", "`programming-drawing-with-instructions`", "`programming-choose-your-path`")


def test_bad_objective(kit):
    found = new_problems(kit, lambda plan: lesson_entry(plan, "design-composing-a-picture")
                         ["objectives"].append("Students compose a picture."))
    assert_names(found, "`design-composing-a-picture`", "Students compose a picture.", "I can")


def test_objective_without_a_verb_word(kit):
    found = new_problems(kit, lambda plan: lesson_entry(plan, "design-composing-a-picture")
                         ["objectives"].append("I can  "))
    assert_names(found, "`design-composing-a-picture`")


def test_bad_strand_level_status_slo_and_step(kit):
    def change(plan):
        item = lesson_entry(plan, "tinkering-physics-toys")
        item.update(strand="tinkerring", status="done", slo_goals=[7, 10], design_cycle="protoype", duration=90)

    found = new_problems(kit, change)
    for words in (("strand `tinkerring`", "Did you mean `tinkering`?"), ("status `done`",), ("SLO goal `10`",),
                  ("`protoype`", "Did you mean `prototype`?"), ("90 minutes",)):
        assert_names(found, "`tinkering-physics-toys`", *words)


def test_lessons_out_of_order(kit):
    def change(plan):
        lessons = plan["lessons"]
        i = next(n for n, item in enumerate(lessons) if item["id"] == "design-rules-that-make-art")
        lessons.insert(0, lessons.pop(i))

    assert_names(new_problems(kit, change), "`design-shapes-and-patterns`", "comes after a level 2 lesson")


# -------------------------------------------------------------- the projects


def test_project_prepared_by_a_lesson_above_its_level(kit):
    def change(plan):
        project_entry(plan, "learning-together")["prepared_by"].append("design-privacy-by-design")
        lesson_entry(plan, "design-privacy-by-design")["projects"].append("learning-together")

    found = new_problems(kit, change)
    assert_names(found, "`learning-together`", "`design-privacy-by-design`", "level 4")
    assert len(found) == 1  # the link is two-way, so only the level is wrong


def test_broken_prepared_by_reference(kit):
    found = new_problems(kit, lambda plan: project_entry(plan, "connected-places")
                         ["prepared_by"].append("design-postcards"))
    assert_names(found, "`connected-places`", "`design-postcards`", "prepared_by")


def test_one_way_link(kit):
    found = new_problems(kit, lambda plan: lesson_entry(plan, "programming-objects")["projects"].append("connected-places"))
    assert_names(found, "`programming-objects`", "`connected-places`", "one way")


def test_each_challenge_once(kit):
    found = new_problems(kit, lambda plan: project_entry(plan, "connected-places").update(challenge="climate change"))
    assert_names(found, "\"climate change\" has 2 projects", "`connected-places`")
    assert_names(found, "no project works on the challenge \"translocal solidarity\"")


def test_project_needs_stakeholders_and_a_data_note(kit):
    def change(plan):
        item = project_entry(plan, "our-neighbourhood")
        item["stakeholders"] = []
        del item["data_note"]

    found = new_problems(kit, change)
    assert_names(found, "`our-neighbourhood`", "no stakeholders")
    assert_names(found, "`our-neighbourhood`", "data_note")


def test_open_data_entry_needs_a_licence(kit):
    found = new_problems(kit, lambda plan: project_entry(plan, "connected-places")["open_data"][0].pop("licence"))
    assert_names(found, "`connected-places`", "`licence`")


def test_project_count(kit):
    def change(plan):
        extra = copy.deepcopy(project_entry(plan, "connected-places"))
        extra.update(id="connected-places-2", prepared_by=[])
        plan["projects"].append(extra)

    assert_names(new_problems(kit, change), "8 project(s)")


# -------------------------------------------------------------- the notebooks


def test_notebook_title_disagrees(kit):
    write_notebook(kit, "design/01-mixing-colours", "design-mixing-colours", "Mixing light", "design", 1)
    found = curriculum.problems(kit)
    assert_names(found, "title", "\"Mixing light\"", "`design-mixing-colours`", "Change `title:` in curriculum.yml",
                 file="lessons/design/01-mixing-colours/lesson.ipynb")


@pytest.mark.parametrize("field, value", [("duration", 30), ("objectives", ["I can drift."]), ("slo_goals", [9])])
def test_notebook_and_plan_must_not_drift(kit, field, value):
    path = kit / "lessons" / "design" / "01-mixing-colours" / "lesson.ipynb"
    nb = nbformat.read(path, 4)
    nb.metadata[lesson.META_KEY][field] = value
    nbformat.write(nb, path)
    found = [p for p in curriculum.problems(kit) if f"notebook's {field}" in p]
    assert len(found) == 1 and "design-mixing-colours" in found[0] and "lesson.ipynb" in found[0]


def test_notebook_level_disagrees(kit):
    write_notebook(kit, "tinkering/04-a-first-game", "tinkering-a-first-game", "A first game", "tinkering", 3)
    assert_names(curriculum.problems(kit), "level", "`tinkering-a-first-game`",
                 file="lessons/tinkering/04-a-first-game/lesson.ipynb")


def test_notebook_not_in_plan(kit):
    write_notebook(kit, "design/02-paper-robots", "design-paper-robots", "Paper robots", "design", 1)
    assert_names(curriculum.problems(kit), "`design-paper-robots`", "not in curriculum.yml",
                 file="lessons/design/02-paper-robots/lesson.ipynb")


def test_notebook_for_a_planned_lesson(kit):
    write_notebook(kit, "design/02-shapes-and-patterns", "design-shapes-and-patterns", "Shapes and patterns", "design", 1)
    assert_names(curriculum.problems(kit), "`design-shapes-and-patterns`", "status: planned",
                 file="lessons/design/02-shapes-and-patterns/lesson.ipynb")


def test_notebook_folder_number(kit):
    (kit / "lessons" / "tinkering" / "02-light-it-up").rename(kit / "lessons" / "tinkering" / "03-light-it-up")
    assert_names(curriculum.problems(kit), "`tinkering-light-it-up`", "02-",
                 file="lessons/tinkering/03-light-it-up/lesson.ipynb")


def test_notebook_references_resolve(kit):
    write_notebook(kit, "tinkering/01-music-from-numbers", "tinkering-music-from-numbers", "Music from numbers",
                   "tinkering", 1, prerequisites=["music-basics"], projects=["song-for-grandma"])
    found = curriculum.problems(kit)
    where = "lessons/tinkering/01-music-from-numbers/lesson.ipynb"
    assert_names(found, "`music-basics`", "prerequisites", file=where)
    assert_names(found, "`song-for-grandma`", "projects", file=where)


def test_written_lesson_without_notebook(kit):
    shutil.rmtree(kit / "lessons" / "tinkering" / "04-a-first-game")
    assert_names(curriculum.problems(kit), "`tinkering-a-first-game`", "no notebook")


def test_unreadable_notebook(kit):
    (kit / "lessons" / "design" / "01-mixing-colours" / "lesson.ipynb").write_text("not json", encoding="utf-8")
    found = curriculum.problems(kit)
    assert any(p.startswith("lessons/design/01-mixing-colours/lesson.ipynb:") for p in found), found


# ---------------------------------------------------------------- the messages


def test_messages_follow_the_kit_style(kit):
    """Every message is translatable text from TEXT and names a file first."""
    assert all("{file}" in text for text in curriculum.TEXT.values())
    plan = plan_of(kit)
    lesson_entry(plan, "design-mixing-colours").update(level=7, strand="art")
    save(kit, plan)
    for problem in curriculum.problems(kit):
        assert problem.split(":", 1)[0] in {"curriculum.yml"} or problem.startswith("lessons/"), problem
