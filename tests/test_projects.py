"""Challenge project folders: `artech validate` reads every part and says, per problem, the file and what to do.

The fixture `tests/fixtures/projects/a-small-project/` has every part, as small as it can be; each test
breaks one thing in a copy of it (the failure modes a school adapting a project to its town meets).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from artech.format import project
from artech.format.validate import all_problems
from artech.teacher.cli import main
from conftest import FIXTURES, REPO, is_message

SMALL = FIXTURES / "projects" / "a-small-project"


@pytest.fixture
def copy(tmp_path) -> Path:
    """A kit root with the small project in projects/real_challenges/."""
    folder = tmp_path / "kit" / project.PROJECTS / SMALL.name
    shutil.copytree(SMALL, folder)
    return folder


def _problems(folder: Path) -> list[str]:
    return project.problems(folder, folder.parents[2])


def _facts(folder: Path) -> dict:
    return yaml.safe_load((folder / project.FACTS).read_text(encoding="utf-8"))


def _write_facts(folder: Path, facts: dict) -> None:
    (folder / project.FACTS).write_text(yaml.safe_dump(facts, sort_keys=False, allow_unicode=True), encoding="utf-8")


def _one(found: list[str], key: str, **values) -> None:
    assert len(found) == 1 and is_message(found[0], key, **values), found


def test_the_small_project_has_every_part(copy):
    assert _problems(copy) == []
    rows = project.load_rows(copy / "data" / "readings.csv")
    assert [r["value"] for r in rows] == ["412", "415", "413"]


def test_a_step_whose_notebook_is_missing_is_named_with_a_near_miss(copy):
    (copy / "steps" / "try-it-out").rename(copy / "steps" / "try-it-ou")  # the folder got a typo
    found = _problems(copy)
    _one(found, "p_missing_step", step="try-it-out", file="projects/real_challenges/a-small-project/steps/try-it-out/lesson.ipynb")
    assert "try-it-ou" in found[0]  # did you mean the folder that is there?


def test_a_misspelt_data_file_is_found_and_the_near_miss_named(copy):
    (copy / "data" / "readings.csv").rename(copy / "data" / "readngs.csv")
    found = _problems(copy)
    _one(found, "p_data_missing", file="projects/real_challenges/a-small-project/data/readings.csv")
    assert "readngs.csv" in found[0]


@pytest.mark.parametrize("field, key", [("source", "p_data_no_source"), ("licence", "p_data_no_licence")])
def test_data_without_source_or_licence_is_refused(copy, field, key):
    facts = _facts(copy)
    facts["data"][0][field] = "  "
    _write_facts(copy, facts)
    _one(_problems(copy), key, data="readings.csv")


def test_a_data_file_that_does_not_load_is_said(copy):
    (copy / "data" / "readings.csv").write_text("day,value\n1,412\n2\n", encoding="utf-8")
    _one(_problems(copy), "p_data_unreadable", file="projects/real_challenges/a-small-project/data/readings.csv")


def test_a_step_without_its_dutch_edition_is_untranslated(copy):
    (copy / "steps" / "many-ideas" / "lesson.nl.ipynb").unlink()
    _one(_problems(copy), "p_untranslated_step", step="many-ideas", language="Nederlands")


def test_a_step_whose_english_changed_after_it_was_translated_is_named(copy):
    """A school rewrites a task in English; the Dutch edition still says the old one. Validate names the
    cell in the step's own folder and the command that records the new translation."""
    import nbformat

    path = copy / "steps" / "many-ideas" / "lesson.ipynb"
    nb = nbformat.read(path, 4)
    nb.cells[0].source += "\n\nNew: ask two neighbours as well."
    nbformat.write(nb, path)
    folder = f"projects/real_challenges/{SMALL.name}/steps/many-ideas"
    _one(_problems(copy), "t_cell_stale", file=f"{folder}/lesson.nl.ipynb", cell=nb.cells[0].id, folder=folder)


def test_a_missing_brief_or_a_rubric_that_differs_between_languages(copy):
    (copy / "brief.nl.md").unlink()
    rubric = yaml.safe_load((copy / "rubric.nl.yml").read_text(encoding="utf-8"))
    rubric["criteria"][0]["id"] = "luisteren"  # translated the id too: the editions no longer match
    (copy / "rubric.nl.yml").write_text(yaml.safe_dump(rubric, allow_unicode=True), encoding="utf-8")
    found = _problems(copy)
    assert len(found) == 2, found
    assert is_message(found[0], "p_no_brief", language="Nederlands")
    assert is_message(found[1], "p_rubric_differs", ids="listening")


def test_a_project_that_skips_a_step_of_the_design_cycle(copy):
    facts = _facts(copy)
    facts["steps"] = [s for s in facts["steps"] if s["phase"] != "test"]
    _write_facts(copy, facts)
    _one(_problems(copy), "p_cycle_incomplete", missing="test")


def test_periods_and_unknown_fields(copy):
    facts = _facts(copy)
    facts["periods"], facts["periode"] = 14, 8
    _write_facts(copy, facts)
    found = _problems(copy)
    assert len(found) == 2, found
    assert is_message(found[0], "p_unknown_key", key="periode") and "periods" in found[0]
    assert is_message(found[1], "p_periods", found="14")


def test_a_folder_without_project_yml_is_said_not_skipped(copy):
    (copy / project.FACTS).unlink()
    _one(_problems(copy), "p_no_facts", file="projects/real_challenges/a-small-project/project.yml")


def test_artech_validate_reads_project_folders_of_the_kit(tmp_path, capsys):
    kit = tmp_path / "kit"
    for part in ("lessons", "projects"):
        shutil.copytree(REPO / part, kit / part)
    shutil.copy(REPO / "curriculum.yml", kit / "curriculum.yml")
    folder = kit / project.PROJECTS / SMALL.name
    shutil.copytree(SMALL, folder)
    assert all_problems(kit)[0] == []  # the kit with a correct project: nothing to say
    (folder / "data" / "readings.csv").rename(folder / "data" / "readngs.csv")
    assert main(["validate", str(kit)]) == 2
    out = capsys.readouterr().out
    assert is_message(out, "p_data_missing", file="projects/real_challenges/a-small-project/data/readings.csv")


# --- a project in a student's workspace -------------------------------------------------
def test_a_students_workspace_gets_each_written_projects_brief_steps_and_data(tmp_path):
    import nbformat

    from artech import i18n
    from artech.format import lesson as L
    from artech.teacher.workspace import notebook_name, welcome_name, write_workspace

    kit = tmp_path / "kit"
    shutil.copytree(REPO / "lessons", kit / "lessons")
    shutil.copytree(SMALL, kit / project.PROJECTS / SMALL.name)
    for lang, title in (("nl", "# Een klein project"), ("en", "# A small project")):
        ws = tmp_path / f"ws-{lang}"
        write_workspace(ws, kit, out=lambda s: None, lang=lang)
        mine = ws / "projects" / SMALL.name
        assert (mine / project.BRIEF).read_text(encoding="utf-8").startswith(title)
        assert (mine / "data" / "readings.csv").read_bytes() == (SMALL / "data" / "readings.csv").read_bytes()
        steps = [s["id"] for s in _facts(SMALL)["steps"]]
        for step in steps:
            nb = nbformat.read(mine / "steps" / step / notebook_name(lang), 4)
            assert L.is_student_copy(nb) and not L.teacher_cells(nb)
            assert nb.metadata["artech"]["lang"] == lang
        welcome = "\n".join(c.source for c in nbformat.read(ws / welcome_name(lang), 4).cells)
        with i18n.use(lang):
            assert f"[{title[2:]}](projects/{SMALL.name}/brief.md)" in welcome


# --- the kit's own projects -------------------------------------------------------------
KIT_PROJECTS = project.find_projects(REPO)


@pytest.mark.parametrize("folder", KIT_PROJECTS, ids=[p.name for p in KIT_PROJECTS])
def test_each_kit_project_validates(folder):
    assert project.problems(folder, REPO) == []


STEPS = [(p, s["id"], lang) for p in KIT_PROJECTS if (p / project.FACTS).is_file()
         for s in (yaml.safe_load((p / project.FACTS).read_text(encoding="utf-8")) or {}).get("steps") or []
         for lang in ("en", "nl")]


@pytest.mark.parametrize("folder, step, lang", STEPS, ids=[f"{p.name}-{s}-{lang}" for p, s, lang in STEPS])
def test_each_step_of_each_kit_project_runs_without_an_error(folder, step, lang):
    import nbformat

    from artech.format import translations as T
    from artech.teacher.cli import run_notebook

    path = T.edition_path(folder / project.STEPS / step, lang)
    nb = run_notebook(nbformat.read(path, 4), path.parent, path=path, timeout=120)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert errors == [], [f"{e.get('ename')}: {e.get('evalue')}" for e in errors]


# --- a school's own variant ------------------------------------------------------------
def test_a_school_makes_its_own_variant_and_the_original_is_untouched(copy, capsys):
    kit = copy.parents[2]
    before = {p.relative_to(copy): p.read_bytes() for p in copy.rglob("*") if p.is_file()}
    assert main(["project", "adapt", SMALL.name, "--as", "a-small-project-zwolle", "--root", str(kit)]) == 0
    variant = kit / project.PROJECTS / "a-small-project-zwolle"
    assert is_message(capsys.readouterr().out, "project_adapted")
    assert {p.relative_to(copy): p.read_bytes() for p in copy.rglob("*") if p.is_file()} == before
    assert _facts(variant)["adapted_from"] == SMALL.name
    assert project.problems(variant, kit) == []  # a variant validates as it is
    (variant / "brief.nl.md").write_text("# Een klein project in Zwolle\n\nMet de wijkteams van Zwolle.\n", encoding="utf-8")
    assert project.problems(variant, kit) == [] and (copy / "brief.nl.md").read_bytes() == before[Path("brief.nl.md")]

    # The same name again: nothing is copied over it.
    edited = (variant / "brief.nl.md").read_bytes()
    assert main(["project", "adapt", SMALL.name, "--as", "a-small-project-zwolle", "--root", str(kit)]) == 2
    assert is_message(capsys.readouterr().out, "project_exists")
    assert (variant / "brief.nl.md").read_bytes() == edited


@pytest.mark.parametrize("folder", KIT_PROJECTS, ids=[p.name for p in KIT_PROJECTS])
def test_a_school_adapts_each_kit_project_and_its_variant_validates(folder, tmp_path, capsys):
    """What an ICT coordinator does first with every one of the kit's projects: a copy under her town's
    name, which validates as it is, while the kit's own folder stays exactly as it was."""
    kit = tmp_path / "kit"
    kit.mkdir()
    shutil.copy(REPO / "curriculum.yml", kit / "curriculum.yml")
    original = kit / project.PROJECTS / folder.name
    shutil.copytree(folder, original)
    before = {p.relative_to(original): p.read_bytes() for p in original.rglob("*") if p.is_file()}
    town = f"{folder.name}-zwolle"
    assert main(["project", "adapt", folder.name, "--as", town, "--root", str(kit)]) == 0
    assert is_message(capsys.readouterr().out, "project_adapted")
    variant = kit / project.PROJECTS / town
    assert _facts(variant)["adapted_from"] == folder.name
    assert project.problems(variant, kit) == []
    assert {p.relative_to(original): p.read_bytes() for p in original.rglob("*") if p.is_file()} == before


@pytest.mark.parametrize("source, new, key", [
    ("a-smal-project", "mine", "project_unknown"),
    (SMALL.name, "Mijn Project!", "project_bad_id"),
])
def test_adapt_explains_a_mistake(copy, capsys, source, new, key):
    kit = copy.parents[2]
    assert main(["project", "adapt", source, "--as", new, "--root", str(kit)]) == 2
    out = capsys.readouterr().out
    assert is_message(out, key)
    if key == "project_unknown":
        assert SMALL.name in out  # did you mean the project that is there?
    assert sorted(p.name for p in (kit / project.PROJECTS).iterdir()) == [SMALL.name]


# --- the design journal and its portfolio page ---------------------------------------------
@pytest.fixture
def journal(tmp_path):
    """A Dutch workspace of a kit with the small project; its journal, as a team wrote in it."""
    import nbformat

    from artech.teacher.workspace import write_workspace

    kit = tmp_path / "kit"
    shutil.copytree(REPO / "lessons", kit / "lessons")
    for name in ("curriculum.yml", "curriculum.nl.po"):
        shutil.copy(REPO / name, kit / name)
    shutil.copytree(SMALL, kit / project.PROJECTS / SMALL.name)
    write_workspace(tmp_path / "ws", kit, out=lambda s: None, lang="nl")
    path = tmp_path / "ws" / "projects" / SMALL.name / "dagboek.ipynb"
    nb = nbformat.read(path, 4)
    nb.cells[2].source += "\n\nDe bewoners lezen liever grote letters."
    nb.cells.insert(3, nbformat.v4.new_code_cell("geheim = 42"))  # code never goes into the portfolio
    nbformat.write(nb, path)
    return path


def test_each_project_gets_a_journal_with_a_section_per_step_in_order(journal):
    import nbformat

    headings = [c.source.splitlines()[0] for c in nbformat.read(journal, 4).cells if c.source.startswith("## ")]
    steps = [s["id"] for s in _facts(SMALL)["steps"]]
    assert len(headings) == len(steps)
    assert headings[0] == "## 1. Stap: meet-the-audience (Verkennen)"  # the step's Dutch title, the plan's Dutch phase
    assert headings[3].endswith("(Testen met mensen)")


def test_a_journal_becomes_one_printable_page_without_code_or_other_hosts(journal, capsys):
    import re

    assert main(["journal", "export", str(journal)]) == 0
    page = journal.with_suffix(".html")
    assert is_message(capsys.readouterr().out, "journal_exported")
    html = page.read_text(encoding="utf-8")
    assert "De bewoners lezen liever grote letters." in html and 'lang="nl"' in html
    assert "geheim = 42" not in html
    assert not re.search(r'(?:src|href)="(?:https?:)?//', html.split("<body", 1)[0] + re.sub(r"<a [^>]*>", "", html))
    first = page.read_bytes()
    assert main(["journal", "export", str(journal)]) == 0  # again: a second page, the first untouched
    assert page.read_bytes() == first and journal.with_name("dagboek-2.html").is_file()


def test_a_missing_or_broken_journal_gets_a_sentence(tmp_path, capsys):
    assert main(["journal", "export", str(tmp_path / "dagboek.ipynb")]) == 2
    assert is_message(capsys.readouterr().out, "journal_missing")
    (tmp_path / "kapot.ipynb").write_text("{ not json", encoding="utf-8")
    assert main(["journal", "export", str(tmp_path / "kapot.ipynb")]) == 2
    assert is_message(capsys.readouterr().out, "journal_unreadable")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kapot.ipynb"]


# --- peer review with the rubric ---------------------------------------------------------
@pytest.fixture
def review_ws(tmp_path):
    from artech.teacher.workspace import write_workspace

    kit = tmp_path / "kit"
    shutil.copytree(REPO / "lessons", kit / "lessons")
    shutil.copytree(SMALL, kit / project.PROJECTS / SMALL.name)
    lang = __import__("artech").i18n.chosen()
    write_workspace(tmp_path / "ws", kit, out=lambda s: None, lang=lang)
    return tmp_path / "ws" / "projects" / SMALL.name, lang


def test_each_project_gets_a_review_notebook_with_a_score_per_criterion(review_ws):
    import nbformat

    from artech.teacher.journal import review_name

    folder, lang = review_ws
    nb = nbformat.read(folder / review_name(lang), 4)
    scores = [c.source for c in nb.cells if c.cell_type == "code" and c.source.startswith("score(")]
    assert scores == ['score("listening", level=..., why="...", tip="...")']
    assert "reviewing(...)" in nb.cells[1].source


def test_score_says_kindly_what_a_review_still_needs(review_ws):
    from artech.review import ReviewError, reviewing, score
    from conftest import message_pattern

    folder, _ = review_ws
    with pytest.raises(ReviewError, match=message_pattern("review_no_team")):
        reviewing(...)
    with pytest.raises(ReviewError, match=message_pattern("review_unknown_criterion", criterion="listning")) as err:
        score("listning", level=3, why="x", start=folder)
    assert "listening" in str(err.value)  # did you mean…?
    with pytest.raises(ReviewError, match=message_pattern("review_bad_level", criterion="listening")):
        score("listening", level=..., why="They asked questions.", start=folder)
    with pytest.raises(ReviewError, match=message_pattern("review_bad_level", criterion="listening")):
        score("listening", level=5, why="They asked questions.", start=folder)
    with pytest.raises(ReviewError, match=message_pattern("review_no_why", criterion="listening")):
        score("listening", level=3, why="...", start=folder)
    assert is_message(repr(score("listening", level=3, why="They asked open questions.", start=folder)),
                      "review_saved", level="3")


def _filled(folder: Path, lang: str, team, level, name: str, extra: str = "") -> Path:
    import nbformat

    from artech.teacher.journal import review_name

    nb = nbformat.read(folder / review_name(lang), 4)
    nb.cells[1].source = nb.cells[1].source.replace("reviewing(...)", f"reviewing({team!r})")
    for c in nb.cells:
        if c.source.startswith("score("):
            c.source = f'score("listening", level={level}, why="Ze stelden open vragen.", tip="Vraag door.")' + extra
    path = folder.parents[2] / "handed-in" / name / review_name(lang)
    path.parent.mkdir(parents=True)
    nbformat.write(nb, path)
    return path


def test_the_teacher_collects_every_review_per_team_without_running_them(review_ws, tmp_path, capsys):
    import csv

    folder, lang = review_ws
    _filled(folder, lang, "team 2", 3, "from-team-1")
    _filled(folder, lang, "team 2", 4, "from-team-3")
    _filled(folder, lang, "team 1", 2, "from-team-2", extra="\nopen('pwned.txt', 'w').write('x')")
    _filled(folder, lang, ..., 3, "from-team-4")  # forgot to say which team
    handed_in = folder.parents[2] / "handed-in"
    (handed_in / "from-team-5").mkdir()
    (handed_in / "from-team-5" / "beoordeling.ipynb").write_text("{ broken", encoding="utf-8")
    out = tmp_path / "report"
    assert main(["review", "collect", str(handed_in), "--out", str(out)]) == 0
    assert is_message(capsys.readouterr().out, "reviews_written", reviews="5", teams="2")
    rows = list(csv.reader((out / "reviews.csv").open(encoding="utf-8")))[1:]
    assert sorted((r[0], r[2]) for r in rows) == [("team 1", "2"), ("team 2", "3"), ("team 2", "4")]
    page = (out / "reviews.html").read_text(encoding="utf-8")
    assert "Ze stelden open vragen." in page and "Vraag door." in page
    assert not list(tmp_path.rglob("pwned.txt")) and not (Path.cwd() / "pwned.txt").exists()  # read, never run
    import html as h

    text = h.unescape(page)
    assert sum(is_message(line, "reviews_no_team", file=_name(lang)) for line in text.split("<li>")) == 1
    assert sum(is_message(line, "reviews_unreadable", file="beoordeling.ipynb") for line in text.split("<li>")) == 1


def _name(lang: str) -> str:
    from artech.teacher.journal import review_name

    return review_name(lang)


def test_the_plan_and_the_project_folders_agree_on_what_is_written(tmp_path):
    kit = tmp_path / "kit"
    (kit / "lessons").mkdir(parents=True)
    shutil.copytree(SMALL, kit / project.PROJECTS / SMALL.name)
    plan = {"projects": [{"id": SMALL.name, "status": "planned"}, {"id": "not-there-yet", "status": "written"}]}
    (kit / "curriculum.yml").write_text(yaml.safe_dump(plan), encoding="utf-8")
    found = project.plan_problems(kit)
    assert len(found) == 2, found
    assert is_message(found[0], "p_plan_says_planned", id=SMALL.name)
    assert is_message(found[1], "p_plan_says_written", id="not-there-yet")
    plan["projects"] = [{"id": SMALL.name, "status": "written"}]
    (kit / "curriculum.yml").write_text(yaml.safe_dump(plan), encoding="utf-8")
    assert project.plan_problems(kit) == []


# --- every step notebook runs: a school's own variant, or one project folder ----------------------
def _add_cell(path: Path, source: str, *, both: bool = False) -> None:
    """A new last cell in the notebook at ``path``; with ``both``, in the Dutch edition too, with the same id
    and its translation stamp, as an author who adds a cell to a step does."""
    import nbformat

    from artech.teacher.translate import stamp

    nb = nbformat.read(path, as_version=4)
    cell = nbformat.v4.new_code_cell(source)
    nb.cells.append(cell)
    nbformat.write(nb, path)
    if both:
        dutch = path.with_name("lesson.nl.ipynb")
        nl = nbformat.read(dutch, as_version=4)
        nl.cells.append(nbformat.v4.new_code_cell(source, id=cell.id))
        nbformat.write(nl, dutch)
        stamp(path.parent, "nl", [cell.id], False, out=lambda *a: None)


def test_one_project_folder_is_validated_alone_with_every_step_run(copy, capsys):
    assert main(["validate", str(copy)]) == 0
    assert is_message(capsys.readouterr().out, "v_project_ok", folder=str(copy))
    _add_cell(copy / "steps" / "a-first-chart" / "lesson.nl.ipynb", "x = 1 / 0")
    assert main(["validate", str(copy)]) == 2
    out = capsys.readouterr().out
    assert is_message(out, "p_step_fails", file="projects/real_challenges/a-small-project/steps/a-first-chart/lesson.nl.ipynb",
                      error="ZeroDivisionError: division by zero")
    assert "x = 1 / 0" in out  # the cell is named by its first line, so the teacher can find it


def test_a_step_that_never_finishes_is_stopped_and_named(copy):
    _add_cell(copy / "steps" / "try-it-out" / "lesson.ipynb", "while True:\n    pass")
    found = project.run_problems(copy, copy.parents[2], seconds=3)
    _one(found, "p_step_stuck", file="projects/real_challenges/a-small-project/steps/try-it-out/lesson.ipynb", seconds=3)
    assert "while True:" in found[0]


def test_the_kit_runs_the_steps_of_a_schools_variant_and_leaves_its_own_projects_to_the_tests(tmp_path):
    kit = tmp_path / "kit"
    shutil.copytree(REPO / "lessons", kit / "lessons")
    shutil.copy(REPO / "curriculum.yml", kit / "curriculum.yml")
    written = yaml.safe_load((kit / "curriculum.yml").read_text(encoding="utf-8"))["projects"]
    for entry in written:  # the plan's written projects are in the copy, as they are in the kit
        if entry.get("status") == "written":
            shutil.copytree(REPO / project.PROJECTS / entry["id"], kit / project.PROJECTS / entry["id"])
    folder = kit / project.PROJECTS / SMALL.name
    shutil.copytree(SMALL, folder)
    _add_cell(folder / "steps" / "many-ideas" / "lesson.ipynb", "print(undefined_name)", both=True)
    assert not [p for p in all_problems(kit)[0] if is_message(p, "p_step_fails")]  # not a variant: not run
    facts = _facts(folder)
    facts["adapted_from"] = "climate-made-visible"
    _write_facts(folder, facts)
    found = [p for p in all_problems(kit)[0] if is_message(p, "p_step_fails")]
    assert len(found) == 2 and all("NameError" in p for p in found)  # in each language
    assert any("many-ideas/lesson.ipynb" in p for p in found) and any("many-ideas/lesson.nl.ipynb" in p for p in found)
