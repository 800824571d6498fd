"""The teacher site: built from its sources by `mkdocs build --strict`, complete, and private.

The site is built once per test session (the ``built_site`` fixture in conftest.py, see
tests/site_build.py), and every test here reads that one build. A second build, in a copy of the
kit with one lesson folder added, proves that a new lesson needs no other change.

Format 2: a lesson's facts come from ``lesson.facts``, its hints and praise from its ``checks.py``.
The student page shows neither hints nor praise, and a solution only inside its folded box; no
``checks.py`` or ``lesson.yml`` is published. The teacher guide shows the answers and the hints.
"""

from __future__ import annotations

import hashlib
import html as h
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

import nbformat
import pytest

from artech import i18n
from artech.format import lesson as L
from conftest import REPO
from site_build import build_site

pytest.importorskip("mkdocs")
pytest.importorskip("material")
pytest.importorskip("mkdocs_jupyter")

from artech.site import guide, parts, sources, student  # noqa: E402  (the site needs mkdocs)
from artech.site.words import say  # noqa: E402

LESSONS = L.find_lessons(REPO)
IDS = [L.lesson_id(p.parent) for p in LESSONS]
NOTE_SECTIONS = ("Timing", "Unplugged warm-up", "Misconceptions", "Differentiation")  # from the lessons' notes
CDN_HOSTS = re.compile(r"https?://(?:unpkg\.com|cdn\.jsdelivr\.net|cdnjs\.cloudflare\.com|fonts\.googleapis\.com|"
                       r"fonts\.gstatic\.com|code\.jquery\.com|www\.googletagmanager\.com)", re.I)
FOLDED = re.compile(r'<details class="artech-solution".*?</details>', re.S)


def guide_sections() -> tuple[str, ...]:
    """The sections every teacher guide has, in the language spoken now: its own and the lesson's notes."""
    return (say("site_h_objectives"), *NOTE_SECTIONS, say("site_h_answers"))


def english(key: str, **values) -> str:
    """A sentence of the site as the built site says it: the site is built in English."""
    with i18n.use("en"):
        return say(key, **values)


@pytest.fixture
def site(built_site) -> Path:
    return built_site


def page(site: Path, url: str) -> str:
    path = site / url / "index.html"
    assert path.is_file(), f"{url} is missing from the site"
    return path.read_text(encoding="utf-8")


def text(html: str) -> str:
    """What a reader sees: the page without tags, entities decoded, runs of white space made one."""
    return re.sub(r"\s+", " ", h.unescape(re.sub(r"<[^>]+>", "", html)))


def plain(markdown: str) -> str:
    """A hint as a reader sees it once rendered: no backticks or stars, runs of white space made one."""
    return re.sub(r"\s+", " ", markdown.replace("`", "").replace("**", "")).strip()


def lesson_url(path: Path) -> str:
    """Where a lesson's pages are: named by its id, ``<strand>-<slug>``, never by a number."""
    strand, _, slug = L.lesson_id(path.parent).partition("-")
    return f"lessons/{strand}/{slug}/"


class Headings(HTMLParser):
    """The text of every h1-h6 in the article."""

    def __init__(self):
        super().__init__()
        self.found: list[str] = []
        self._in = None

    def handle_starttag(self, tag, attrs):
        if re.fullmatch(r"h[1-6]", tag):
            self._in, self._text = tag, ""

    def handle_data(self, data):
        if self._in:
            self._text += data

    def handle_endtag(self, tag):
        if tag == self._in:
            self.found.append(self._text.replace("¶", "").strip())
            self._in = None


def headings(html: str) -> list[str]:
    parser = Headings()
    parser.feed(html)
    return parser.found


def solution_lines(nb) -> set[str]:
    """Lines of the solutions that appear nowhere else a student may see them (not in the prose, not
    in the other code): if one is on the student page outside a folded box, the answer leaked."""
    found = {line.strip() for c in nb.cells if L.has_solution(c) for region in L.solution_regions(c.source)
             for line in region if len(line.strip()) >= 6 and not line.strip().startswith("#")}
    elsewhere = "\n".join(L.student_source(c.source) if L.has_solution(c) else c.source
                          for c in nb.cells if not L.is_teacher(c))
    return {line for line in found if line not in elsewhere}


# --- the built site -----------------------------------------------------------
def test_site_builds_strictly_with_every_page_a_teacher_needs(site):
    for url in ("", "start-here", "map", "projects", "authoring", "credits"):
        assert page(site, url)
    home = page(site, "")
    for word in ("Design", "Programming", "tinkering", "Level"):
        assert word in home
    assert not (site / "briefs").exists(), "helper briefs are not part of the site"
    credits = page(site, "credits")
    assert "CC BY-SA 4.0" in credits and "MIT" in credits
    for licence in ("jupyter-widgets-html-manager/LICENSE", "requirejs/LICENSE"):
        assert (site / "assets/vendor" / licence).is_file()


def test_every_lesson_is_on_the_site_at_its_id_and_nothing_else_is_under_lessons(site):
    pages = {p.parent.relative_to(site).as_posix() + "/" for p in (site / "lessons").rglob("index.html")}
    expected = {lesson_url(p) for p in LESSONS} | {lesson_url(p) + "teacher/" for p in LESSONS}
    assert pages == expected
    assert not [u for u in pages if re.search(r"/\d", u)], "a lesson's address has a number in it"


def test_no_checks_facts_or_notebooks_are_published(site):
    private = sorted(p.relative_to(site).as_posix() for p in site.rglob("*")
                     if p.name in (L.CHECKS, L.FACTS, L.NOTEBOOK))
    private += sorted(p.relative_to(site).as_posix() for p in (site / "lessons").rglob("*")
                      if p.suffix in (".py", ".ipynb", ".yml", ".yaml"))
    assert not private, f"published, but only for the kit: {private}"
    published = {p.relative_to(site).as_posix() for p in (site / "lessons").rglob("*") if p.is_file()}
    for path in LESSONS:  # the pictures a lesson uses are there
        for name, _ in sources.lesson_assets(path.parent):
            assert lesson_url(path) + name in published


@pytest.mark.parametrize("path", LESSONS, ids=IDS)
def test_every_lesson_has_a_student_page_and_a_teacher_guide(site, path):
    nb = L.read(path)
    facts = L.facts(path, nb)
    url = lesson_url(path)
    student_page = page(site, url)
    assert facts["title"] in student_page
    assert L.BEGIN not in student_page and L.END not in student_page
    exercises = L.exercises(nb)
    assert exercises, "every lesson here has checked exercises"
    assert student_page.count('<details class="artech-solution"') == len(exercises)
    for_students = set(L.headings([c for c in nb.cells if not L.is_teacher(c)]))
    for heading in set(L.headings(L.teacher_cells(nb))) - for_students:
        assert heading not in headings(student_page), f"teacher note '{heading}' is on the student page"

    guide_page = page(site, url + "teacher")
    found = headings(guide_page)
    with i18n.use("en"):
        sections = guide_sections()
    for section in sections:
        assert section in found, f"the teacher guide of {url} has no '{section}' section"
    assert found.index(english("site_h_objectives")) < found.index(english("site_h_answers"))
    assert facts["objectives"], "every lesson states its objectives"
    for objective in facts["objectives"]:
        assert objective in text(guide_page)
    assert english("site_minutes", count=facts["duration"]) in text(guide_page)
    for ex in exercises:
        assert f'check("{ex["id"]}")' in text(guide_page)


@pytest.mark.parametrize("path", LESSONS, ids=IDS)
def test_the_student_page_has_no_hints_no_praise_and_answers_only_folded(site, path):
    nb = L.read(path)
    checks = L.defined_checks(path.parent)
    assert checks, f"{path.parent.name} has checks with hints"
    student_page = page(site, lesson_url(path))
    seen = text(student_page)
    guide_seen = text(page(site, lesson_url(path) + "teacher"))
    for ex_id, found in checks.items():
        assert found["hints"], f"{ex_id} has hints"
        for hint in found["hints"]:
            assert plain(hint) not in seen, f"a hint of {ex_id} is on the student page: {hint}"
            assert plain(hint) in guide_seen, f"the teacher guide lacks a hint of {ex_id}: {hint}"
        if found["praise"]:
            assert plain(found["praise"]) not in seen, f"the praise of {ex_id} is on the student page"
    unfolded = text(FOLDED.sub("", student_page))
    folded = text("".join(FOLDED.findall(student_page)))
    lines = solution_lines(nb)
    assert lines, "the lesson's solutions have lines of their own"
    for line in lines:
        assert " ".join(line.split()) in folded, f"the folded solution lacks: {line}"
        assert " ".join(line.split()) not in unfolded, f"an answer is on the student page outside its box: {line}"


def test_map_links_every_written_lesson_and_shows_the_plan(site):
    html = page(site, "map")
    for path in LESSONS:
        slug = lesson_url(path).removeprefix("lessons/")
        assert re.search(rf'href="(\.\./)+lessons/{re.escape(slug)}"', html), f"the map has no link to {slug}"
    assert '<svg xmlns="http://www.w3.org/2000/svg" role="img"' in html
    assert 'aria-labelledby="artech-paths-title artech-paths-desc"' in html
    plan = sources.load_plan(REPO)
    assert plan.get("slo_goals") and plan.get("projects")
    for goal in plan["slo_goals"]:
        assert goal["title"].replace("&", "&amp;") in html
    for project in plan["projects"]:
        assert (site / sources.PROJECTS_DIR / project["id"] / "index.html").is_file()


class Loads(HTMLParser):
    """Every URL a page loads by itself (not links a reader may follow)."""

    LOADING = {"script": "src", "img": "src", "iframe": "src", "source": "src", "audio": "src",
               "video": "src", "embed": "src", "object": "data", "track": "src", "input": "src"}

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []
        self._script = False
        self.inline: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in self.LOADING and a.get(self.LOADING[tag]):
            self.urls.append(a[self.LOADING[tag]])
        if tag == "link" and a.get("href") and "alternate" not in (a.get("rel") or ""):
            self.urls.append(a["href"])
        if a.get("srcset"):
            self.urls += [part.strip().split(" ")[0] for part in a["srcset"].split(",")]
        if tag in ("video",) and a.get("poster"):
            self.urls.append(a["poster"])
        if a.get("style"):
            self.urls += re.findall(r"url\(['\"]?([^'\")]+)", a["style"])
        self._script = tag in ("script", "style")

    def handle_data(self, data):
        if self._script:
            self.inline.append(data)

    def handle_endtag(self, tag):
        self._script = False


def foreign(url: str) -> bool:
    parsed = urlparse(url.strip())
    return bool(parsed.netloc) or parsed.scheme not in ("", "data", "blob")


def test_nothing_is_loaded_from_another_host(site):
    problems = []
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 6
    for html in pages:
        text = html.read_text(encoding="utf-8")
        parser = Loads()
        parser.feed(text)
        rel = html.relative_to(site).as_posix()
        problems += [f"{rel}: loads {u}" for u in parser.urls if foreign(u)]
        for block in parser.inline:
            problems += [f"{rel}: inline script/style names {m.group(0)}" for m in CDN_HOSTS.finditer(block)]
            problems += [f"{rel}: inline style loads {u}" for u in re.findall(r"url\(['\"]?(https?:[^'\")]+)", block)]
    for css in site.rglob("*.css"):
        text = css.read_text(encoding="utf-8", errors="replace")
        bad = re.findall(r"url\(['\"]?((?:https?:)?//[^'\")]+)", text) + re.findall(r"@import\s+['\"]?https?:", text)
        problems += [f"{css.relative_to(site)}: loads {u}" for u in bad]
    assert not problems, "\n".join(problems[:30])


def test_widget_pages_use_the_vendored_renderer(site):
    widget_pages = [p for p in site.rglob("*.html") if "application/vnd.jupyter.widget-state+json" in p.read_text()]
    assert widget_pages, "some lessons show widgets (the colour mixer, the virtual lights)"
    for html in widget_pages:
        text = html.read_text()
        assert "assets/vendor/jupyter-widgets-html-manager/embed-amd.js" in text
        assert "assets/vendor/requirejs/require.js" in text
        assert "unpkg.com" not in text




# --- a new lesson needs no other change ---------------------------------------
def _snapshot(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and "__pycache__" not in p.parts}


def test_a_new_lesson_folder_appears_on_the_site_and_in_the_map(tmp_path):
    kit = tmp_path / "kit"
    kit.mkdir()
    for name in ("lessons", "docs", "projects"):
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, kit / name, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    (kit / "lessons").mkdir(exist_ok=True)
    for name in ("mkdocs.yml", "curriculum.yml", "pyproject.toml"):
        if (REPO / name).is_file():
            shutil.copy2(REPO / name, kit / name)
    shutil.copytree(REPO / "src/artech/site", kit / "src/artech/site", ignore=shutil.ignore_patterns("__pycache__"))

    # Write the lesson elsewhere (so no plan is touched), then drop the folder in.
    from artech.format.scaffold import new_lesson

    scratch = tmp_path / "scratch"
    (scratch / "lessons/tinkering").mkdir(parents=True)
    made = new_lesson(scratch, "tinkering", 3, "Glowing letters")
    nb = L.read(made)
    nb.cells[0].source = "# Glowing letters\n\nToday the word zwiebelfisch glows on a screen of lights."
    nbformat.write(nb, made)
    (made.parent / "glow.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    folder = kit / "lessons/tinkering/glowing-letters"
    shutil.copytree(made.parent, folder)

    before = _snapshot(kit)
    out = tmp_path / "site"
    build_site(kit, out)
    assert _snapshot(kit) == before, "building the site must not change any file in the kit"

    url = "lessons/tinkering/glowing-letters"  # the id tinkering-glowing-letters
    student_page = page(out, url)
    assert "Glowing letters" in student_page and "zwiebelfisch" in student_page
    assert "run the cell" not in text(student_page)  # the hints stay in checks.py
    assert (out / url / "glow.svg").is_file()
    assert not (out / url / L.CHECKS).exists() and not (out / url / L.FACTS).exists()
    guide_page = page(out, url + "/teacher")
    with i18n.use("en"):
        sections = guide_sections()
    for section in sections:
        assert section in headings(guide_page)
    assert "answer = 42" in text(guide_page)  # the solution, in Answers
    assert "Write answer = 42 and run the cell." in text(guide_page)  # its last hint, from checks.py
    map_page = page(out, "map")
    assert re.search(rf'href="[./]*{re.escape(url)}/"[^>]*>Glowing letters<', map_page)
    assert english("site_map_not_in_plan_yet", lesson="").strip() in text(map_page)
    assert "Glowing letters" in page(out, "")  # in the navigation


# --- the pieces ------------------------------------------------------------------
def _lesson(tmp_path) -> Path:
    from artech.format.scaffold import new_lesson

    (tmp_path / "lessons/design").mkdir(parents=True)
    return new_lesson(tmp_path, "design", 1, "Test lesson")


def test_student_view_hides_teacher_notes_and_hints_and_folds_solutions(tmp_path):
    path = _lesson(tmp_path)
    nb = L.read(path)
    view = student.student_view(nb, "design-test-lesson")
    source = "\n".join(c.source for c in view.cells)
    assert not any(L.is_teacher(c) for c in view.cells)
    assert "Misconceptions" not in source and "@exercise" not in source
    for found in L.defined_checks(path.parent).values():
        for hint in found["hints"]:
            assert hint not in source
    assert L.meta(view) == {"version": L.FORMAT_VERSION, "lesson": "design-test-lesson", "copy": "student",
                            "lang": "en"}
    solutions = [c for c in view.cells if "artech-solution" in c.source]
    assert len(solutions) == len(L.exercises(nb)) == 1
    assert "answer = 42" in solutions[0].source and L.BEGIN not in solutions[0].source
    code = [c.source for c in view.cells if c.cell_type == "code"]
    from artech import i18n

    with i18n.use("en"):  # the lesson is the English edition: its blanks say so in English
        assert any(L.placeholder() in c for c in code)  # the student's blank, not the answer
    assert not any("answer = 42" in c for c in code)
    check_at = next(i for i, c in enumerate(view.cells) if c.cell_type == "code" and "check(" in c.source)
    assert view.cells.index(solutions[0]) == check_at + 1
    assert all(c.get("execution_count") is None for c in view.cells if c.cell_type == "code")


def test_student_view_puts_each_solution_after_its_check_when_cell_ids_are_missing_or_repeated(tmp_path):
    nb = L.read(_lesson(tmp_path))
    for cell in nb.cells:
        cell["id"] = "same"  # an older notebook, or one edited by hand
    view = student.student_view(nb, "design-test-lesson")
    kinds = ["solution" if "artech-solution" in c.source else "check" if "check(" in c.source else ""
             for c in view.cells]
    assert kinds.count("solution") == 1 and kinds[kinds.index("check") + 1] == "solution"
    assert len({c["id"] for c in view.cells}) == len(view.cells)
    assert {c.get("id") for c in nb.cells} == {"same"}, "the lesson itself is not changed"


def test_teacher_guide_has_every_section_answers_and_hints(tmp_path):
    path = _lesson(tmp_path)
    rec = sources.lesson_record(path)
    assert rec["id"] == "design-test-lesson" and rec["page"] == "lessons/design/test-lesson/index.ipynb"
    site = {"plan": {}, "projects": [], "lessons_by_id": {}}
    text_ = guide.teacher_guide(rec, site)
    for section in guide_sections():
        assert re.search(rf"^##+ {re.escape(section)}$", text_, re.M), section
    assert "answer = 42" in text_
    assert "1. Look at the example above" in text_ and "2. Write `answer = 42`" in text_
    level = say("site_level_with_ages", level=1, ages="10–12")
    assert f"| {level} |" in text_ and say("site_minutes", count=50) in text_  # level and duration from lesson.yml
    assert guide.exercise_hints(path.parent) == {"first-step": ["Look at the example above: it makes a name with `=`.",
                                                                "Write `answer = 42` and run the cell."]}


def test_a_lessons_pages_are_named_by_its_id_whatever_the_order_of_the_plan():
    plan = sources.load_plan(REPO)
    forward = {r["id"]: r for r in sources.lesson_records(REPO, plan) if r.get("written")}
    reordered = {**plan, "lessons": list(reversed(plan["lessons"]))}
    backward = {r["id"]: r for r in sources.lesson_records(REPO, reordered) if r.get("written")}
    assert forward and set(forward) == set(backward) == {L.lesson_id(p.parent) for p in LESSONS}
    for lid, rec in forward.items():
        strand, _, slug = lid.partition("-")
        assert rec["page"] == backward[lid]["page"] == f"lessons/{strand}/{slug}/index.ipynb"
        assert rec["guide"] == f"lessons/{strand}/{slug}/teacher.md"
        assert rec["in_plan"] and rec["title"] and rec["objectives"]


def test_a_lesson_folder_publishes_its_pictures_but_not_its_checks_or_facts(tmp_path):
    folder = _lesson(tmp_path).parent
    (folder / "picture.svg").write_text("<svg/>")
    (folder / "sounds").mkdir()
    (folder / "sounds/beep.wav").write_bytes(b"RIFF")
    (folder / ".ipynb_checkpoints").mkdir()
    (folder / ".ipynb_checkpoints/lesson-checkpoint.ipynb").write_text("{}")
    (folder / "__pycache__").mkdir()
    (folder / "__pycache__/checks.cpython-311.pyc").write_bytes(b"")
    names = [name for name, _ in sources.lesson_assets(folder)]
    assert names == ["picture.svg", "sounds/beep.wav"]
    assert {L.CHECKS, L.FACTS} <= {p.name for p in folder.iterdir()}, "the folder has both"


def test_pictures_get_alt_text_and_unique_ids():
    cell = nbformat.v4.new_code_cell("# the sun\nsun")
    png = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
    cell.outputs = [nbformat.v4.new_output("display_data", data={"image/png": png, "text/plain": "<Image>"})]
    student.give_pictures_alt_text(cell)
    html = cell.outputs[0]["data"]["text/html"]
    alt = say("site_alt_picture_size_note", width=1, height=1, note="the sun")
    assert f'alt="{h.escape(alt, quote=True)}"' in html
    described = nbformat.v4.new_output("display_data", data={"image/png": png, "text/plain": "A yellow sun."})
    assert student.image_alt(described, cell, "image/png") == "A yellow sun."
    svg = '<svg aria-labelledby="t"><title id="t">A sun</title><use href="#t"/></svg>'
    assert student.unique_ids(svg, "-2") == ('<svg aria-labelledby="t-2"><title id="t-2">A sun</title>'
                                             '<use href="#t-2"/></svg>')


def test_notebook_markdown_is_made_safe_for_python_markdown():
    source = "### Misconceptions\nThey think:\n- one\n  - two\n```python\n# not a heading\n```"
    out = guide.markdown_for_mkdocs(source, shift=-1)
    assert "## Misconceptions" in out
    assert "They think:\n\n- one\n    - two" in out
    assert "# not a heading" in out and "\n# not a heading" in out


def test_site_without_a_plan_still_knows_the_lessons(tmp_path):
    (tmp_path / "lessons").mkdir()
    assert sources.load_plan(tmp_path) == {}
    assert sources.lesson_records(tmp_path, {}) == []
    path = _lesson(tmp_path)
    records = sources.lesson_records(tmp_path, {})
    assert [(r["id"], r["written"], r["in_plan"]) for r in records] == [("design-test-lesson", True, False)]
    site = {"plan": {}, "lessons": records, "projects": [], "lessons_by_id": {r["id"]: r for r in records}}
    made = {name: part(site, "map.md") for name, part in parts.PARTS.items()}
    assert all(isinstance(v, str) and v for v in made.values())
    assert "Test lesson" in made["map-grid"] and path.exists()


def test_an_unknown_part_is_left_in_place():
    site = {"plan": {}, "lessons": [], "projects": [], "lessons_by_id": {}}
    page_text = "# Map\n\n<!-- artech:lesson-count -->\n\n<!-- artech:no-such-part -->\n"
    filled = parts.fill(page_text, site, "map.md")
    assert "<!-- artech:no-such-part -->" in filled
    assert "<!-- artech:lesson-count -->" not in filled and say("site_lesson_count", written=0, count=0) in filled
