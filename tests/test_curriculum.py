"""The curriculum map (curriculum.yml) and its checks (artech.format.curriculum), in lesson format 2.

Most failure tests copy the kit (lessons/, projects/, curriculum.yml) to a temporary folder, break one
thing, and check that a new problem appears that names the file and the offending id. A written
lesson's entry in the plan is only `- id: ...`; its facts live in its folder, and the plan's checks
see them there (``curriculum.load`` merges them in).
"""

from __future__ import annotations

import copy
import shutil
import re
from pathlib import Path

import nbformat
import pytest
import yaml

from artech.format import curriculum, lesson
from conftest import is_message, lesson_as_planned, said

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures" / "curriculum"

# The lessons that are written, with the folders they live in (the folder is the id, without a number).
WRITTEN = {
    "design-mixing-colours": ("Mixing colours with light", "design", 1, "design/mixing-colours"),
    "design-shapes-and-patterns": ("Shapes and patterns", "design", 1, "design/shapes-and-patterns"),
    "design-composing-a-picture": ("Composing a picture", "design", 1, "design/composing-a-picture"),
    "design-rules-that-make-art": ("Rules that make art", "design", 2, "design/rules-that-make-art"),
    "design-the-design-cycle": ("Make, test, improve", "design", 2, "design/the-design-cycle"),
    "design-designing-with-users": ("Designing with someone else", "design", 2, "design/designing-with-users"),
    "design-pictures-from-data": ("Pictures from data", "design", 3, "design/pictures-from-data"),
    "design-design-for-everyone": ("Design for everyone", "design", 3, "design/design-for-everyone"),
    "design-telling-a-story-with-data": ("Telling a story with data", "design", 3, "design/telling-a-story-with-data"),
    "design-privacy-by-design": ("Privacy by design", "design", 4, "design/privacy-by-design"),
    "design-machines-that-decide": ("Machines that decide", "design", 4, "design/machines-that-decide"),
    "design-co-design-studio": ("Co-design studio", "design", 4, "design/co-design-studio"),
    "programming-drawing-with-instructions": (
        "Drawing with instructions", "programming", 1, "programming/drawing-with-instructions"),
    "programming-repeat-after-me": ("Repeat after me", "programming", 1, "programming/repeat-after-me"),
    "programming-choose-your-path": ("Choose your own path", "programming", 1, "programming/choose-your-path"),
    "programming-names-and-recipes": ("Names and recipes", "programming", 2, "programming/names-and-recipes"),
    "programming-lists-of-things": ("Lists of things", "programming", 2, "programming/lists-of-things"),
    "programming-events-and-the-game-loop": (
        "Events and the game loop", "programming", 2, "programming/events-and-the-game-loop"),
    "programming-dictionaries-and-data": ("Dictionaries and data", "programming", 3, "programming/dictionaries-and-data"),
    "programming-search-and-sort": ("Searching and sorting", "programming", 3, "programming/search-and-sort"),
    "programming-objects": ("Objects that know and do", "programming", 3, "programming/objects"),
    "programming-simulating-the-world": ("Simulating the world", "programming", 4, "programming/simulating-the-world"),
    "programming-testing-your-code": ("Testing your code", "programming", 4, "programming/testing-your-code"),
    "programming-software-for-people": ("Software for people", "programming", 4, "programming/software-for-people"),
    "tinkering-music-from-numbers": ("Music from numbers", "tinkering", 1, "tinkering/music-from-numbers"),
    "tinkering-light-it-up": ("Light it up", "tinkering", 1, "tinkering/light-it-up"),
    "tinkering-pictures-made-of-numbers": ("Pictures made of numbers", "tinkering", 1, "tinkering/pictures-made-of-numbers"),
    "tinkering-a-first-game": ("A first game", "tinkering", 2, "tinkering/a-first-game"),
    "tinkering-button-band": ("A button band", "tinkering", 2, "tinkering/button-band"),
    "tinkering-measuring-the-world": ("Measuring the world", "tinkering", 2, "tinkering/measuring-the-world"),
    "tinkering-photo-filters": ("Photo filters", "tinkering", 3, "tinkering/photo-filters"),
    "tinkering-data-logger": ("A data logger", "tinkering", 3, "tinkering/data-logger"),
    "tinkering-physics-toys": ("Physics toys", "tinkering", 3, "tinkering/physics-toys"),
    "tinkering-robots-that-move": ("Robots that move", "tinkering", 4, "tinkering/robots-that-move"),
    "tinkering-robots-that-sense": ("Robots that sense", "tinkering", 4, "tinkering/robots-that-sense"),
    "tinkering-smart-device-prototype": ("A smart-device prototype", "tinkering", 4, "tinkering/smart-device-prototype"),
}


# The lessons these tests change as planned entries of the plan: the kit copy has them planned again,
# whether or not they are written by now (a written lesson's facts live in its folder).
PLANNED_IN_TESTS = ("design-shapes-and-patterns", "design-composing-a-picture", "design-privacy-by-design",
                    "design-machines-that-decide", "design-co-design-studio", "programming-repeat-after-me",
                    "programming-choose-your-path", "programming-objects", "tinkering-physics-toys",
                    "tinkering-data-logger")

LESSON, PROJECT = "word_lesson", "word_project"  # the kind words the kit puts into its messages


def did_you_mean(suggestion: str) -> str:
    """The ``{suggestion}`` a plan message ends with: ' Did you mean `x`?' in the language spoken."""
    return " " + said("did_you_mean", suggestion=suggestion)


# ----------------------------------------------------------------- helpers


def write_lesson(root: Path, folder: str, title: str, level: int = 1, **facts) -> Path:
    """A minimal format-2 lesson folder: a notebook with a heading and metadata, and its lesson.yml."""
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell(f"# {title}\n\nA test lesson.")]
    nb.metadata[lesson.META_KEY] = {"version": 2, "objectives": ["I can test."], "vocabulary": []}
    path = root / "lessons" / folder / lesson.NOTEBOOK
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)
    values = {"level": level, "duration": 45, "prerequisites": [], "projects": [], "slo_goals": [7],
              "design_cycle": "prototype", **facts}
    (path.parent / lesson.FACTS).write_text(yaml.safe_dump(values, sort_keys=False), encoding="utf-8")
    return path


def edit_facts(root: Path, lesson_id: str, change) -> None:
    """Change the lesson.yml of written lesson ``lesson_id`` with ``change(facts)``."""
    path = lesson.folder_of(lesson_id, root) / lesson.FACTS
    facts = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(facts)
    path.write_text(yaml.safe_dump(facts, sort_keys=False, allow_unicode=True), encoding="utf-8")


@pytest.fixture
def kit(tmp_path: Path) -> Path:
    """A copy of the kit: the real plan, the real lesson folders and the projects."""
    for name in ("lessons", "projects"):
        shutil.copytree(REPO / name, tmp_path / name)
    shutil.copy(REPO / "curriculum.yml", tmp_path / "curriculum.yml")
    for planned in PLANNED_IN_TESTS:
        lesson_as_planned(tmp_path, planned)
    return tmp_path


def plan_of(root: Path) -> dict:
    """The plan as it is written in the file (not merged with the lesson folders)."""
    return yaml.safe_load((root / "curriculum.yml").read_text(encoding="utf-8"))


def save(root: Path, plan: dict) -> None:
    (root / "curriculum.yml").write_text(yaml.safe_dump(plan, allow_unicode=True, sort_keys=False), encoding="utf-8")


def lesson_entry(plan: dict, lesson_id: str) -> dict:
    return next(item for item in plan["lessons"] if item["id"] == lesson_id)


def project_entry(plan: dict, project_id: str) -> dict:
    return next(item for item in plan["projects"] if item["id"] == project_id)


def as_planned(root: Path, project_id: str, open_data: list | None = None) -> Path:
    """The kit copy as it was before ``project_id`` was written: its folder gone, its facts (and
    ``open_data``, data sets in packages) back in its plan entry, which says `status: planned`."""
    merged = project_entry(curriculum.load(root), project_id)
    plan = plan_of(root)
    project_entry(plan, project_id).update(
        status="planned", levels=list(merged["levels"]), prepared_by=list(merged["prepared_by"]),
        slo_goals=list(merged["slo_goals"]), open_data=open_data or [])
    shutil.rmtree(root / "projects" / "real_challenges" / project_id, ignore_errors=True)
    save(root, plan)
    return root


A_PACKAGE = {"package": "bokeh_sampledata", "dataset": "bokeh_sampledata.gapminder",
             "licence": "CC BY 2.0", "note": "Life expectancy and population per country."}


def new_problems(root: Path, change) -> list[str]:
    """Problems that appear after ``change(plan)`` and were not there before."""
    before = set(curriculum.problems(root))
    plan = plan_of(root)
    change(plan)
    save(root, plan)
    return [p for p in curriculum.problems(root) if p not in before]


def new_problems_after(root: Path, action) -> list[str]:
    """Problems that appear after ``action()`` (a change to the lesson folders) and were not there before."""
    before = set(curriculum.problems(root))
    action()
    return [p for p in curriculum.problems(root) if p not in before]


def assert_says(problems: list[str], message: str, /, *words: str, file: str = "curriculum.yml", **values) -> None:
    """Some new problem is ``message`` (a key) about ``file``, with these ``values`` (compared by key, in the
    language spoken; a value not given may be anything), and holds every one of ``words`` too."""
    assert problems, "expected a new problem, found none"
    assert message in curriculum.TEXT, message
    assert any(p.startswith(f"{file}:") and is_message(p, message, file=file, **values) and all(w in p for w in words)
               for p in problems), (message, values, words, problems)


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
            title, strand, level, folder = WRITTEN[item["id"]]
            assert (item["title"], item["strand"], item["level"], item["status"]) == (title, strand, level, "written")
            assert item["folder"] == REPO / "lessons" / folder
        else:
            assert item["status"] == "planned", item["id"]
    assert {g["number"] for g in plan["slo_goals"]} == set(range(1, 10))


def test_written_lessons_are_only_an_id_in_the_file():
    """Each fact in one place: the file keeps a written lesson's place in the order, nothing else."""
    raw = {item["id"]: item for item in plan_of(REPO)["lessons"]}
    assert {lid for lid, item in raw.items() if "status" not in item} == set(WRITTEN)
    assert all(raw[lid] == {"id": lid} for lid in WRITTEN)
    assert sorted(lesson.lesson_id(p.parent) for p in lesson.find_lessons(REPO)) == sorted(WRITTEN)


def test_load_takes_a_written_lessons_facts_from_its_folder():
    merged = lesson_entry(curriculum.load(REPO), "design-mixing-colours")
    path = REPO / "lessons" / "design" / "mixing-colours"
    facts = yaml.safe_load((path / lesson.FACTS).read_text(encoding="utf-8"))
    nb = lesson.read(path / lesson.NOTEBOOK)
    assert merged["title"] == lesson.title(nb)
    assert merged["objectives"] == lesson.meta(nb)["objectives"]
    for key in ("level", "duration", "prerequisites", "projects", "slo_goals", "design_cycle"):
        assert merged[key] == facts[key], key
    assert merged["strand"] == "design" and merged["_repeated"] == []


def test_real_plan_open_data_is_complete():
    """A planned project names the package that carries its data; a written one names the file it ships,
    with the source and the licence from its project.yml."""
    for project in curriculum.load(REPO)["projects"]:
        needed = {"file", "dataset", "licence", "note"} if project.get("_written_folder") else set(curriculum.DATA_KEYS)
        for entry in project["open_data"]:
            assert needed <= set(entry), project["id"]
            assert all(str(entry[k]).strip() for k in needed), project["id"]
        if not project["open_data"]:
            assert project["data_note"], project["id"]


def test_copy_of_the_kit_has_no_problems(kit):
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
    assert found == [curriculum.say("missing_file", file="curriculum.yml")]


def test_broken_yaml_names_the_line():
    found = curriculum.problems(FIXTURES / "bad-yaml")
    assert found == [curriculum.say("bad_yaml", file="curriculum.yml", detail="line 5")]


def test_not_a_plan():
    found = curriculum.problems(FIXTURES / "not-a-plan")
    assert found == [curriculum.say("not_a_mapping", file="curriculum.yml")]


def test_missing_section(kit):
    found = new_problems(kit, lambda plan: plan.pop("levels"))
    # (the placeholder `{key}` cannot be given to conftest's is_message, whose own argument is `key`)
    assert_says(found, "missing_section", "`levels:`")


def test_levels_and_strands(kit):
    def change(plan):
        plan["levels"][0]["ages"] = "9-12"
        spiral = plan["strands"][0]["spiral"][0]
        spiral["lessons"].append("design-mixing-colour")
        spiral["revisited"] = [1]

    found = new_problems(kit, change)
    assert_says(found, "level_ages", level=1, found="9-12", expected="10-12")
    assert_says(found, "spiral_unknown_lesson", ref="design-mixing-colour",
                suggestion=did_you_mean("design-mixing-colours"))
    assert_says(found, "spiral_bad_level", concept="colour", revisited=[1])


# --------------------------------------------------------------- the lessons


def test_broken_prerequisite_reference(kit):
    found = new_problems(kit, lambda plan: lesson_entry(plan, "programming-repeat-after-me")
                         ["prerequisites"].append("programming-drawing-with-instruction"))
    assert_says(found, "unknown_ref", kind=said(LESSON), id="programming-repeat-after-me",
                ref="programming-drawing-with-instruction", field="prerequisites", target=said(LESSON),
                suggestion=did_you_mean("programming-drawing-with-instructions"))


def test_broken_project_reference_from_a_planned_lesson(kit):
    found = new_problems(kit, lambda plan: lesson_entry(plan, "design-shapes-and-patterns")
                         ["projects"].append("no-such-project"))
    assert_says(found, "unknown_ref", kind=said(LESSON), id="design-shapes-and-patterns", ref="no-such-project",
                field="projects", target=said(PROJECT))


def test_duplicate_lesson_id(kit):
    def change(plan):
        lesson_entry(plan, "design-shapes-and-patterns")["id"] = "design-composing-a-picture"

    assert_says(new_problems(kit, change), "duplicate_id", id="design-composing-a-picture", kind=said(LESSON))


def test_duplicate_project_id(kit):
    def change(plan):
        project_entry(plan, "our-neighbourhood")["id"] = "learning-together"

    assert_says(new_problems(kit, change), "duplicate_id", id="learning-together", kind=said(PROJECT))


def test_missing_level_cell(kit):
    def change(plan):
        for item in plan["lessons"]:
            if item.get("strand") == "design" and item.get("level") == 4:
                item["level"] = 3

    found = new_problems(kit, change)
    assert_says(found, "cell_count", strand="design", count=0, level=4)
    assert_says(found, "cell_count", "`design-co-design-studio`", strand="design", count=6, level=3)


def test_prerequisite_at_a_higher_level_in_a_lessons_facts(kit):
    found = new_problems_after(kit, lambda: edit_facts(
        kit, "tinkering-light-it-up", lambda f: f["prerequisites"].append("tinkering-data-logger")))
    assert_says(found, "prerequisite_higher", id="tinkering-light-it-up", ref="tinkering-data-logger", ref_level=3)


def test_prerequisite_cycle_through_a_written_lesson(kit):
    found = new_problems_after(kit, lambda: edit_facts(
        kit, "programming-drawing-with-instructions", lambda f: f["prerequisites"].append("programming-choose-your-path")))
    assert_says(found, "prerequisite_cycle", "`programming-drawing-with-instructions`",
                "`programming-choose-your-path`")


def test_bad_objective(kit):
    found = new_problems(kit, lambda plan: lesson_entry(plan, "design-composing-a-picture")
                         ["objectives"].append("Students compose a picture."))
    assert_says(found, "bad_objective", id="design-composing-a-picture", objective="Students compose a picture.")


def test_objective_without_a_verb_word(kit):
    found = new_problems(kit, lambda plan: lesson_entry(plan, "design-composing-a-picture")
                         ["objectives"].append("I can  "))
    assert_says(found, "bad_objective", id="design-composing-a-picture", objective="I can  ")


def test_bad_strand_level_status_slo_and_step(kit):
    def change(plan):
        item = lesson_entry(plan, "tinkering-physics-toys")
        item.update(strand="tinkerring", status="done", slo_goals=[7, 10], design_cycle="protoype", duration=90)

    found = new_problems(kit, change)
    lid = "tinkering-physics-toys"
    assert_says(found, "bad_strand", id=lid, found="tinkerring", suggestion=did_you_mean("tinkering"))
    assert_says(found, "bad_status", kind=said(LESSON), id=lid, found="done")
    assert_says(found, "bad_slo", kind=said(LESSON), id=lid, found=10)
    assert_says(found, "bad_step", id=lid, found="protoype", suggestion=did_you_mean("prototype"))
    assert_says(found, "bad_duration", id=lid, found=90)


def test_lessons_out_of_order(kit):
    def change(plan):
        lessons = plan["lessons"]
        i = next(n for n, item in enumerate(lessons) if item["id"] == "design-rules-that-make-art")
        lessons.insert(0, lessons.pop(i))

    assert_says(new_problems(kit, change), "order", id="design-shapes-and-patterns", previous=2, strand="design")


def test_a_written_lesson_is_ordered_by_its_level_from_lesson_yml(kit):
    """Moving a written lesson's `- id:` after a higher-level lesson is an order problem, with the level
    taken from its folder."""
    def change(plan):
        lessons = plan["lessons"]
        entry = lessons.pop(next(n for n, item in enumerate(lessons) if item["id"] == "design-mixing-colours"))
        at = next(n for n, item in enumerate(lessons) if item["id"] == "design-rules-that-make-art")
        lessons.insert(at + 1, entry)

    found = new_problems(kit, change)
    assert_says(found, "order", id="design-mixing-colours", level=1, previous=2, strand="design")


# -------------------------------------------------------------- the projects


def test_project_prepared_by_a_lesson_above_its_level(kit):
    as_planned(kit, "learning-together")

    def change(plan):
        project_entry(plan, "learning-together")["prepared_by"].append("design-privacy-by-design")
        lesson_entry(plan, "design-privacy-by-design")["projects"].append("learning-together")

    found = new_problems(kit, change)
    assert_says(found, "project_too_early", project="learning-together", id="design-privacy-by-design", level=4)
    assert len(found) == 1  # the link is two-way, so only the level is wrong


def test_broken_prepared_by_reference(kit):
    found = new_problems(as_planned(kit, "connected-places"), lambda plan: project_entry(plan, "connected-places")
                         ["prepared_by"].append("design-postcards"))
    assert_says(found, "unknown_ref", kind=said(PROJECT), id="connected-places", ref="design-postcards",
                field="prepared_by", target=said(LESSON))


def test_one_way_link(kit):
    found = new_problems(kit, lambda plan: lesson_entry(plan, "programming-objects")["projects"].append("connected-places"))
    assert_says(found, "one_way_link", id="programming-objects", project="connected-places",
                which=said("one_way_lesson_lists", id="programming-objects"))


def test_one_way_link_from_a_written_lessons_facts(kit):
    found = new_problems_after(kit, lambda: edit_facts(
        kit, "design-mixing-colours", lambda f: f["projects"].remove("climate-made-visible")))
    assert_says(found, "one_way_link", id="design-mixing-colours", project="climate-made-visible",
                which=said("one_way_project_lists", id="climate-made-visible"))


def test_each_challenge_once(kit):
    found = new_problems(kit, lambda plan: project_entry(plan, "connected-places").update(challenge="climate change"))
    assert_says(found, "challenge_twice", "`connected-places`", challenge="climate change", count=2)
    assert_says(found, "challenge_missing", challenge="translocal solidarity")


def test_project_needs_stakeholders_and_a_data_note(kit):
    def change(plan):
        item = project_entry(plan, "our-neighbourhood")
        item["stakeholders"] = []
        del item["data_note"]

    found = new_problems(kit, change)
    assert_says(found, "no_stakeholders", id="our-neighbourhood")
    assert_says(found, "no_data_note", id="our-neighbourhood")


def test_open_data_entry_needs_a_licence(kit):
    found = new_problems(as_planned(kit, "connected-places", [dict(A_PACKAGE)]),
                         lambda plan: project_entry(plan, "connected-places")["open_data"][0].pop("licence"))
    assert_says(found, "bad_open_data", id="connected-places", field="licence")


def test_project_count(kit):
    def change(plan):
        extra = copy.deepcopy(project_entry(plan, "connected-places"))
        extra.update(id="connected-places-2", prepared_by=[])
        plan["projects"].append(extra)

    assert_says(new_problems(kit, change), "project_count", count=8)


# ------------------------------------------------------- the lesson folders


@pytest.mark.parametrize("field, value", [
    ("title", "Mixing light"), ("level", 2), ("duration", 30), ("objectives", ["I can drift."]),
    ("slo_goals", [9]), ("status", "written")])
def test_a_plan_entry_that_repeats_a_written_lessons_fact(kit, field, value):
    found = new_problems(kit, lambda plan: lesson_entry(plan, "design-mixing-colours").update({field: value}))
    assert found == [curriculum.say("plan_repeats_fact", file="curriculum.yml", id="design-mixing-colours",
                                    fields=f"`{field}:`", where="lessons/design/mixing-colours")]
    # ...and the lesson's own fact is the one the kit uses: the two copies cannot drift apart.
    merged = lesson_entry(curriculum.load(kit), "design-mixing-colours")
    assert merged.get(field) != value or field == "status"


def test_a_written_lessons_level_comes_from_lesson_yml(kit):
    edit_facts(kit, "tinkering-a-first-game", lambda f: f.update(level=3))
    assert lesson_entry(curriculum.load(kit), "tinkering-a-first-game")["level"] == 3
    found = curriculum.problems(kit)
    assert_says(found, "cell_count", strand="tinkering", count=2, level=2)
    assert_says(found, "cell_count", "`tinkering-a-first-game`", strand="tinkering", count=4, level=3)


def test_lesson_folder_not_in_plan(kit):
    write_lesson(kit, "design/paper-robots", "Paper robots")
    found = curriculum.problems(kit)
    assert_says(found, "notebook_not_planned", file="lessons/design/paper-robots", id="design-paper-robots")


def test_writing_a_planned_lesson_without_shrinking_its_entry(kit):
    """A folder for a planned lesson makes it written; its planned facts in the plan are then a second copy."""
    write_lesson(kit, "design/shapes-and-patterns", "Shapes and patterns",
                 prerequisites=["design-mixing-colours"], projects=["learning-together"])
    found = [p for p in curriculum.problems(kit)
             if is_message(p, "plan_repeats_fact", file="curriculum.yml", id="design-shapes-and-patterns",
                           where="lessons/design/shapes-and-patterns")]
    assert len(found) == 1
    assert all(f"`{key}:`" in found[0] for key in ("title", "status", "objectives", "design_cycle"))


def validated(kit) -> list[str]:
    """Everything `artech validate` says about the kit: the plan's problems and each folder's."""
    from artech.format.validate import all_problems

    return all_problems(kit)[0]


def test_numbered_lesson_folder(kit):
    (kit / "lessons" / "tinkering" / "light-it-up").rename(kit / "lessons" / "tinkering" / "02-light-it-up")
    found = validated(kit)
    where = "lessons/tinkering/02-light-it-up"
    assert curriculum.say("folder_numbered", file=where, slug="light-it-up") in found
    # the number makes it another id: the plan's lesson is missing and the folder is not planned
    assert_says(found, "written_missing", id="tinkering-light-it-up", strand="tinkering", slug="light-it-up")
    assert_says(found, "notebook_not_planned", file=where, id="tinkering-02-light-it-up")


def test_lesson_folder_that_is_not_a_slug(kit):
    write_lesson(kit, "design/Paper_Robots", "Paper robots")
    assert curriculum.say("folder_not_slug", file="lessons/design/Paper_Robots", name="Paper_Robots") \
        in validated(kit)


def test_lesson_yml_references_resolve(kit):
    edit_facts(kit, "tinkering-music-from-numbers", lambda f: f.update(prerequisites=["music-basics"],
                                                                      projects=["song-for-grandma"]))
    found = curriculum.problems(kit)
    where = "lessons/tinkering/music-from-numbers/lesson.yml"
    assert_says(found, "facts_unknown_ref", file=where, ref="music-basics", field="prerequisites",
                target=said(LESSON), suggestion="")
    assert_says(found, "facts_unknown_ref", file=where, ref="song-for-grandma", field="projects",
                target=said(PROJECT), suggestion="")


def test_lesson_yml_unknown_field_gets_a_suggestion(kit):
    edit_facts(kit, "tinkering-light-it-up", lambda f: f.update(duraton=50))
    where = "lessons/tinkering/light-it-up/lesson.yml"
    found = [p for p in validated(kit) if is_message(p, "facts_unknown_field", file=where, field="duraton")]
    assert len(found) == 1 and is_message(found[0], "facts_unknown_field", file=where, field="duraton",
                                          suggestion=did_you_mean("duration"))


def test_written_lesson_without_a_folder(kit):
    shutil.rmtree(kit / "lessons" / "tinkering" / "a-first-game")
    found = curriculum.problems(kit)
    assert curriculum.say("written_missing", file="curriculum.yml", id="tinkering-a-first-game",
                          strand="tinkering", slug="a-first-game") in found


def test_unreadable_notebook(kit):
    (kit / "lessons" / "design" / "mixing-colours" / "lesson.ipynb").write_text("not json", encoding="utf-8")
    found = curriculum.problems(kit)
    assert any(p.startswith("lessons/design/mixing-colours: ") and "NotJSONError" in p for p in found), found


@pytest.mark.parametrize("broken", ["lesson.ipynb", "lesson.yml"])
def test_an_unreadable_lesson_is_one_problem(kit, broken):
    (kit / "lessons" / "design" / "mixing-colours" / broken).write_text("not: [valid", encoding="utf-8")
    found = curriculum.problems(kit)
    assert len(found) == 1 and found[0].startswith("lessons/design/mixing-colours: "), found


# ---------------------------------------------------------------- the messages


def test_messages_follow_the_kit_style(kit):
    """Every message about the plan is translatable text from TEXT and names a file first."""
    used = set(re.findall(r'say\(\s*"(\w+)"', Path(curriculum.__file__).read_text()))
    used = {k for k in used if not k.startswith("word_") and k not in ("one_way_lesson_lists", "one_way_project_lists")}
    assert used and all("{file}" in "".join(curriculum.TEXT[key]) for key in used)
    plan = plan_of(kit)
    lesson_entry(plan, "design-shapes-and-patterns").update(level=7, strand="art")
    lesson_entry(plan, "design-mixing-colours").update(level=7)
    save(kit, plan)
    edit_facts(kit, "tinkering-light-it-up", lambda f: f.update(colour="red", projects=["nope"]))
    found = curriculum.problems(kit)
    assert len(found) >= 4
    for problem in found:
        assert problem.split(":", 1)[0] == "curriculum.yml" or problem.startswith("lessons/"), problem


# --- a written project's facts live in its folder -------------------------------------------------
def test_a_written_projects_facts_come_from_its_project_yml(kit):
    folder = kit / "projects" / "real_challenges" / "climate-made-visible"
    facts = yaml.safe_load((folder / "project.yml").read_text(encoding="utf-8"))
    entry = project_entry(curriculum.load(kit), "climate-made-visible")
    assert entry["levels"] == facts["levels"] and entry["prepared_by"] == facts["prepared_by"]
    assert entry["slo_goals"] == facts["slo_goals"]
    assert [d["file"] for d in entry["open_data"]] == [d["file"] for d in facts["data"]]
    assert all(d["licence"] and d["note"] for d in entry["open_data"]), "each data set with its source and licence"
    facts["slo_goals"] = [2, 9]
    (folder / "project.yml").write_text(yaml.safe_dump(facts, sort_keys=False), encoding="utf-8")
    assert project_entry(curriculum.load(kit), "climate-made-visible")["slo_goals"] == [2, 9], "one place to change"


def test_a_written_projects_entry_that_repeats_its_facts_is_refused(kit):
    def repeat(plan):
        project_entry(plan, "climate-made-visible").update(levels=[3, 4], slo_goals=[2, 4, 9])

    found = new_problems(kit, repeat)
    assert len(found) == 1 and is_message(found[0], "plan_repeats_project_fact", id="climate-made-visible",
                                          fields="`levels:`, `slo_goals:`"), found


@pytest.mark.parametrize("package, refused", [("eigen bestand", True), ("statsmodels", False),
                                               ("bokeh_sampledata", False), ("data/co2.csv", True)])
def test_a_planned_projects_open_data_names_a_package_pip_can_install(kit, package, refused):
    shutil.rmtree(kit / "projects" / "real_challenges" / "climate-made-visible")

    def plan_it(plan):
        project_entry(plan, "climate-made-visible").update(
            status="planned", levels=[3, 4], prepared_by=["design-mixing-colours"], slo_goals=[2],
            open_data=[{"package": package, "dataset": "co2", "licence": "Public domain", "note": "Weekly CO2."}])

    found = [p for p in new_problems(kit, plan_it) if "climate-made-visible" in p]
    bad = [p for p in found if is_message(p, "bad_package", id="climate-made-visible", package=package)]
    assert bool(bad) == refused, found
