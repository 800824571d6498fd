"""The teacher site: every page made by the kit, built strictly by MkDocs and by Zensical, in Dutch
and in English, complete, and private.

The site is built once per test session per engine (the ``built_site`` and ``zensical_site``
fixtures in conftest.py, see tests/site_build.py), and every test here reads those builds. A second
build, in a copy of the kit with one lesson folder added, proves that a new lesson needs no other change.

Format 2: a lesson's facts come from ``lesson.facts``, its hints and praise from its ``checks.py``.
The student page shows no hints, no praise and no solution; no ``checks.py`` or ``lesson.yml`` is
published. The teacher guide has one Answers section with every solution and its hints.
"""

from __future__ import annotations

import hashlib
import html as h
import json
import posixpath
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

import nbformat
import pytest
import yaml

from artech import i18n
from artech.format import lesson as L
from conftest import REPO, is_message
from site_build import build_site

pytest.importorskip("mkdocs")
pytest.importorskip("material")

from artech.format import notes as N  # noqa: E402
from artech.site import build, guide, parts, render, sources, student  # noqa: E402
from artech.site.words import say  # noqa: E402

LESSONS = L.find_lessons(REPO)
IDS = [L.lesson_id(p.parent) for p in LESSONS]
NOTE_KEYS = ("site_h_makes", "site_h_objectives", "site_h_materials", "site_h_timing", "site_h_warm_up",
             "site_h_misconceptions", "site_h_answers", "site_h_differentiation", "site_h_troubleshooting")
CDN_HOSTS = re.compile(r"https?://(?:unpkg\.com|cdn\.jsdelivr\.net|cdnjs\.cloudflare\.com|fonts\.googleapis\.com|"
                       r"fonts\.gstatic\.com|code\.jquery\.com|www\.googletagmanager\.com)", re.I)


def guide_sections() -> tuple[str, ...]:
    """The sections every teacher guide has, in this order, in the language spoken now."""
    return tuple(say(key) for key in NOTE_KEYS)


def english(key: str, **values) -> str:
    """A sentence of the site as the English site says it."""
    with i18n.use("en"):
        return say(key, **values)


@pytest.fixture
def site(built_site) -> Path:
    """The English site: the tests below read it in English (the Dutch site has tests of its own)."""
    return built_site / "en"


@pytest.fixture
def dutch(built_site) -> Path:
    return built_site / "nl"


def page(site: Path, url: str) -> str:
    path = site / url / "index.html"
    assert path.is_file(), f"{url} is missing from the site"
    return path.read_text(encoding="utf-8")


def text(html: str) -> str:
    """What a reader sees: the page without tags, entities decoded, runs of white space made one."""
    return re.sub(r"\s+", " ", h.unescape(re.sub(r"<[^>]+>", "", html)))


def plain(markdown: str) -> str:
    """A hint as a reader sees it once rendered: no backticks, no bold stars (code keeps its own, like `x ** 2`),
    runs of white space made one."""
    parts = markdown.split("`")
    shown = "".join(part if i % 2 else part.replace("**", "") for i, part in enumerate(parts))
    return re.sub(r"\s+", " ", shown).strip()


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


def lesson_pages(path: Path) -> set[str]:
    """The pages of one lesson: the student page, the teacher guide, the plan, the handout, and the
    cards when its warm-up has cards."""
    url = lesson_url(path)
    found = {url, url + "teacher/", url + "plan/", url + "handout/"}
    return found | ({url + "cards/"} if L.meta(L.read(path)).get("cards") else set())


def test_every_lesson_is_on_the_site_at_its_id_and_nothing_else_is_under_lessons(built_site):
    for lang in ("nl", "en"):
        site = built_site / lang
        pages = {p.parent.relative_to(site).as_posix() + "/" for p in (site / "lessons").rglob("index.html")}
        assert pages == set().union(*(lesson_pages(p) for p in LESSONS)), lang
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
    assert "artech-solution" not in student_page and english("site_h_answers") not in headings(student_page)
    for_students = set(L.headings([c for c in nb.cells if not L.is_teacher(c)]))
    for heading in set(L.headings(L.teacher_cells(nb))) - for_students:
        assert heading not in headings(student_page), f"teacher note '{heading}' is on the student page"

    guide_page = page(site, url + "teacher")
    found = headings(guide_page)
    with i18n.use("en"):
        sections = guide_sections()
    for section in sections:
        assert found.count(section) == 1, f"the teacher guide of {url} has {found.count(section)} '{section}' sections"
    assert [found.index(s) for s in sections] == sorted(found.index(s) for s in sections), "sections in order"
    with i18n.use("en"):
        assert N.missing(nb) == [], f"the notes of {url} lack {N.missing(nb)}"
    assert facts["makes"] and h.escape(facts["makes"], quote=False) in guide_page
    assert facts["objectives"], "every lesson states its objectives"
    for objective in facts["objectives"]:
        assert objective in text(guide_page)
    assert english("site_minutes", count=facts["duration"]) in text(guide_page)
    for ex in exercises:
        assert f'check("{ex["id"]}")' in text(guide_page)


@pytest.mark.parametrize("path", LESSONS, ids=IDS)
def test_the_student_page_has_no_hints_no_praise_and_no_answers(site, path):
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
    lines = solution_lines(nb)
    assert lines, "the lesson's solutions have lines of their own"
    handout = text(page(site, lesson_url(path) + "handout"))
    for line in lines:
        assert " ".join(line.split()) in guide_seen, f"the teacher guide lacks the answer line: {line}"
        assert " ".join(line.split()) not in seen, f"an answer is on the student page: {line}"
        assert " ".join(line.split()) not in handout, f"an answer is on the student handout: {line}"


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


def test_nothing_is_loaded_from_another_host(built_site):
    site = built_site
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


def test_widget_pages_carry_their_state_and_the_vendored_renderer(built_site):
    loader = (built_site / "nl/assets/artech.js").read_text()
    for vendored in ("vendor/requirejs/require.js", "vendor/jupyter-widgets-html-manager/embed-amd.js"):
        assert f'"{vendored}"' in loader and (built_site / "nl/assets" / vendored).is_file()
    widget_pages = [p for p in built_site.rglob("*.html") if "application/vnd.jupyter.widget-state+json" in p.read_text()]
    assert {p.relative_to(built_site).parts[0] for p in widget_pages} == {"nl", "en"}, "the mixer, the lights"
    for html in widget_pages:
        text = html.read_text()
        assert "application/vnd.jupyter.widget-view+json" in text and "assets/artech.js" in text
        assert "unpkg.com" not in text and "cdn.jsdelivr" not in text




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
    for name in ("site.yml", "curriculum.yml", "curriculum.nl.po", "pyproject.toml"):
        if (REPO / name).is_file():
            shutil.copy2(REPO / name, kit / name)

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
    built = tmp_path / "site"
    build_site(kit, built)
    assert _snapshot(kit) == before, "building the site must not change any file in the kit"
    assert (built / "nl/lessons/tinkering/glowing-letters/index.html").is_file(), "in Dutch too"
    out = built / "en"

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
    assert "answer = 42" in text(guide_page) and "answer = 42" not in text(student_page)  # only in Answers
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


def test_student_view_hides_teacher_notes_hints_and_solutions(tmp_path):
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
    assert "answer = 42" not in source and L.BEGIN not in source
    code = [c.source for c in view.cells if c.cell_type == "code"]
    with i18n.use("en"):  # the lesson is the English edition: its blanks say so in English
        assert any(L.placeholder() in c for c in code)  # the student's blank, not the answer
    assert all(c.get("execution_count") is None for c in view.cells if c.cell_type == "code")
    markdown = render.notebook_markdown(view)
    assert "```python\n" in markdown and "answer = 42" not in markdown


def test_student_view_gives_every_cell_an_id_of_its_own_when_ids_are_missing_or_repeated(tmp_path):
    nb = L.read(_lesson(tmp_path))
    for cell in nb.cells:
        cell["id"] = "same"  # an older notebook, or one edited by hand
    view = student.student_view(nb, "design-test-lesson")
    assert len({c["id"] for c in view.cells}) == len(view.cells)
    assert {c.get("id") for c in nb.cells} == {"same"}, "the lesson itself is not changed"


def test_teacher_guide_has_every_section_answers_and_hints(tmp_path):
    path = _lesson(tmp_path)
    rec = sources.lesson_record(path)
    assert rec["id"] == "design-test-lesson" and rec["page"] == "lessons/design/test-lesson/index.md"
    site = {"plan": {}, "projects": [], "lessons_by_id": {}}
    text_ = guide.teacher_guide(rec, site)
    for section in guide_sections():
        assert len(re.findall(rf"^## {re.escape(section)}$", text_, re.M)) == 1, section
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
        assert rec["page"] == backward[lid]["page"] == f"lessons/{strand}/{slug}/index.md"
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


def test_the_lesson_count_says_so_when_every_lesson_is_written():
    written = {"lessons": [{"id": "a", "written": True}, {"id": "b", "written": True}]}
    assert parts.part_lesson_count(written, "map.md") == say("site_lesson_count_all", count=2)
    one_planned = {"lessons": [{"id": "a", "written": True}, {"id": "b", "written": False}]}
    assert parts.part_lesson_count(one_planned, "map.md") == say("site_lesson_count", written=1, count=2)


# --- two engines, two languages ----------------------------------------------------
def test_mkdocs_and_zensical_build_the_same_pages_in_both_languages(built_site, zensical_site):
    by_mkdocs, by_zensical = build.built_pages(built_site), build.built_pages(zensical_site)
    assert by_mkdocs == by_zensical
    for lang in ("nl", "en"):
        for path in LESSONS:
            for url in lesson_pages(path):
                assert f"{lang}/{url}" in by_mkdocs, f"{lang}/{url} is missing"
        for url in ("", "start-here/", "map/", "guides/get-the-kit/", "guides/privacy/", "guides/school-ict/"):
            assert f"{lang}/{url}" in by_mkdocs or (url == "" and (built_site / lang / "index.html").is_file())
    for path in LESSONS:  # Zensical builds the lesson itself, not an empty page
        url = lesson_url(path)
        made = (zensical_site / "en" / url / "index.html").read_text(encoding="utf-8")
        assert L.facts(path)["title"] in made and 'class="highlight"' in made
        first_code = next(c.source for c in L.read(path).cells if c.cell_type == "code" and not L.is_teacher(c))
        assert " ".join(first_code.split()) in " ".join(text(made).split()), "the code is on the page"


def _switch(html: str) -> list[tuple[str, str]]:
    return re.findall(r'<a href="([^"]+)" hreflang="([a-z]+)" lang="[a-z]+">', html)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_page_speaks_its_language_and_links_to_itself_in_the_other(built_site, lang):
    other = "en" if lang == "nl" else "nl"
    pages = sorted((built_site / lang).rglob("index.html"))
    assert len(pages) > 20
    for html_file in pages:
        rel = html_file.relative_to(built_site / lang)
        if rel.parts[0] in ("search", "assets"):
            continue
        html = html_file.read_text(encoding="utf-8")
        assert f'<html lang="{lang}"' in html, f"{lang}/{rel} does not say its language"
        links = [(href, hreflang) for href, hreflang in _switch(html) if hreflang == other]
        assert links, f"{lang}/{rel} has no link to the page in the other language"
        target = posixpath.normpath(posixpath.join(f"{lang}/{rel.parent.as_posix()}/", links[0][0]))
        assert target == f"{other}/{rel.parent.as_posix()}".rstrip("/.").replace("/.", ""), (rel, links[0][0])
        assert (built_site / target / "index.html").is_file(), f"{lang}/{rel} links to {target}, which is missing"


def test_the_first_page_opens_the_dutch_site(built_site):
    first = (built_site / "index.html").read_text(encoding="utf-8")
    assert 'url=nl/' in first and 'href="en/"' in first and '<html lang="nl">' in first


def test_the_dutch_site_is_in_dutch(dutch):
    with i18n.use("nl"):
        sections = guide_sections()
        plan = sources.load_plan(REPO)
    for path in LESSONS:
        edition = path.with_name("lesson.nl.ipynb")
        facts = L.facts(edition, L.read(edition))
        url = lesson_url(path)
        assert f"<h1" in page(dutch, url) and facts["title"] in page(dutch, url)
        found = headings(page(dutch, url + "teacher"))
        for section in sections:
            assert found.count(section) == 1, f"the Dutch guide of {url} has no '{section}'"
        for objective in facts["objectives"]:
            assert h.escape(objective, quote=False) in page(dutch, url + "plan")
    map_page = text(page(dutch, "map"))
    for path in LESSONS:
        title = L.facts(path.with_name("lesson.nl.ipynb"), L.read(path.with_name("lesson.nl.ipynb")))["title"]
        assert title in map_page, "written lessons have their Dutch titles on the Dutch map"
    for planned in (x for x in plan["lessons"] if x.get("status") == "planned"):
        assert planned["title"] in map_page, "planned lessons have their Dutch titles on the Dutch map"
    project = plan["projects"][0]
    assert project["title"] in text(page(dutch, sources.PROJECTS_DIR + "/" + project["id"]))
    with i18n.use("en"):
        english_title = sources.load_plan(REPO)["projects"][0]["title"]
    assert english_title != project["title"], "the Dutch project title comes from curriculum.nl.po"


def test_each_language_has_its_own_search(built_site):
    for lang in ("nl", "en"):
        index = json.loads((built_site / lang / "search/search_index.json").read_text(encoding="utf-8"))
        assert index["config"]["lang"] == [lang]
        assert not [d for d in index["docs"] if d["location"].startswith(("nl/", "en/", "../"))]
    dutch_text = (built_site / "nl/search/search_index.json").read_text(encoding="utf-8")
    assert "Voor scholen" in (built_site / "nl/index.html").read_text(encoding="utf-8")
    assert "leerling" in dutch_text


# --- print views ----------------------------------------------------------------------
@pytest.mark.parametrize("path", LESSONS, ids=IDS)
def test_the_print_views_hold_the_plan_the_exercises_and_the_cards(site, path):
    nb = L.read(path)
    url = lesson_url(path)
    plan = page(site, url + "plan")
    with i18n.use("en"):
        notes = N.sections(nb)
    assert "artech-plan" in plan and english("site_h_timing") in headings(plan)
    first_row = next(line for line in notes["timing"].splitlines() if re.match(r"^\|\s*\d", line))
    assert h.escape(first_row.split("|")[2].strip(), quote=False).split("`")[0] in plan
    assert english("site_h_answers") not in headings(plan)
    handout = page(site, url + "handout")
    assert handout.count('class="artech-exercise"') == len(L.exercises(nb))
    cards = L.meta(nb).get("cards")
    if cards:
        made = page(site, url + "cards")
        assert made.count('class="artech-card"') == len(cards)
        for card in cards:
            assert h.escape(card["text"], quote=False) in made


# --- the build's own words ----------------------------------------------------------------
def _small_kit(tmp_path) -> Path:
    kit = tmp_path / "kit"
    (kit / "lessons").mkdir(parents=True)
    shutil.copytree(REPO / "docs", kit / "docs")
    shutil.copy2(REPO / "site.yml", kit / "site.yml")
    return kit


def test_a_page_without_its_dutch_edition_stops_the_build_and_names_the_file(tmp_path):
    kit = _small_kit(tmp_path)
    (kit / "docs/credits.nl.md").unlink()
    with pytest.raises(build.SiteError) as err:
        build_site(kit, tmp_path / "site")
    assert is_message(str(err.value), "site_log_no_edition", page="docs/credits.md", edition="docs/credits.nl.md")


def test_a_broken_site_yml_is_answered_kindly(tmp_path):
    kit = _small_kit(tmp_path)
    (kit / "site.yml").write_text("theme:\n  name: material\n features: [\n", encoding="utf-8")
    with pytest.raises(build.SiteError) as err:
        build_site(kit, tmp_path / "site")
    assert is_message(str(err.value), "site_log_bad_config", path="site.yml", line=3)


def test_an_unknown_engine_is_named_with_the_choices():
    with pytest.raises(build.SiteError) as err:
        build.engine_command("hugo", Path("mkdocs.yml"))
    assert is_message(str(err.value), "site_log_unknown_engine", engine="hugo", known="mkdocs, zensical")


def test_the_language_switch_points_at_the_same_page():
    assert build.url_of("index.md") == "" and build.url_of("map.md") == "map/"
    assert build.url_of("lessons/design/x/index.md") == "lessons/design/x/"
    assert build.url_of("lessons/design/x/teacher.md") == "lessons/design/x/teacher/"
    line = build.lang_switch("lessons/design/x/teacher.md", "nl", ["nl", "en"])
    assert 'href="../../../../../en/lessons/design/x/teacher/" hreflang="en" lang="en"' in line
    assert build.lang_switch("map.md", "nl", ["nl"]) == ""


# --- the teacher notes in their sections ---------------------------------------------
def test_notes_are_split_into_their_sections_whatever_the_language():
    text_ = ("## Teacher notes\n\nIntro.\n\n### Timing\n\n| 0-5 | warm-up |\n\n### When something goes wrong: no sound"
             "\n\n- Volume.\n\n```python\n### not a heading\n```\n\n### On a real Pi\n\nPins.")
    with i18n.use("en"):
        parts_ = N.split(text_)
    assert [(k, hd) for k, hd, _ in parts_] == [(None, ""), ("timing", "Timing"),
                                                 ("troubleshooting", "When something goes wrong: no sound"),
                                                 (None, "On a real Pi")]
    assert parts_[0][2] == "Intro." and "### not a heading" in parts_[2][2]
    with i18n.use("nl"):
        assert N.section_of("Als er iets misgaat") == "troubleshooting" and N.section_of("Timing") is None
        assert N.section_of("Opwarmer zonder computer") == "warm-up"


def test_the_plan_speaks_dutch_from_its_catalogue_and_english_when_a_sentence_changed(tmp_path):
    from artech.format import plan_text

    plan = {"projects": [{"id": "p", "title": "Old title", "stakeholders": ["neighbours"]}]}
    po = tmp_path / "curriculum.nl.po"
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                  'msgctxt "projects/p/title"\nmsgid "Old title"\nmsgstr "Oude titel"\n\n'
                  'msgctxt "projects/p/stakeholders/1"\nmsgid "neighbours"\nmsgstr "buren"\n', encoding="utf-8")
    dutch_plan = plan_text.translated(plan, tmp_path, "nl")
    assert dutch_plan["projects"][0]["title"] == "Oude titel" and dutch_plan["projects"][0]["stakeholders"] == ["buren"]
    assert plan["projects"][0]["title"] == "Old title", "the plan itself is not changed"
    changed = {"projects": [{"id": "p", "title": "New title", "stakeholders": ["neighbours"]}]}
    assert plan_text.translated(changed, tmp_path, "nl")["projects"][0]["title"] == "New title"
    assert plan_text.problems(changed, tmp_path, "nl") == [("projects/p/title", "older")]
    assert plan_text.problems(plan, tmp_path, "nl") == []


def test_the_plan_catalogue_translates_every_sentence_of_the_plan():
    from artech.format import plan_text

    plan = yaml.safe_load((REPO / "curriculum.yml").read_text(encoding="utf-8"))
    assert plan_text.sentences(plan)
    assert plan_text.problems(plan, REPO, "nl") == [], "run `artech translate update`, then translate curriculum.nl.po"


def _outline(md: Path) -> list:
    """What two editions of a page share: the level of every heading, the parts the kit fills in, the
    number of code blocks (their comments may be translated) and the links between pages."""
    text_ = md.read_text(encoding="utf-8")
    outside = re.sub(r"^```.*?^```", "", text_, flags=re.M | re.S)
    return ([len(m) for m in re.findall(r"^(#{1,6})\s", outside, re.M)],
            re.findall(r"^<!--\s*artech:[a-z-]+\s*-->", text_, re.M),
            len(re.findall(r"^```.*?^```", text_, re.M | re.S)),
            sorted(set(re.findall(r"\]\(((?!https?:)[^)#\s]+\.md)(?:#[^)]*)?\)", text_))))


@pytest.mark.parametrize("md", sorted(p for p in (REPO / "docs").rglob("*.md") if not re.search(r"\.[a-z]{2}\.md$", p.name)
                                      and "briefs" not in p.parts), ids=lambda p: p.relative_to(REPO / "docs").as_posix())
def test_every_page_of_docs_has_a_dutch_edition_with_the_same_outline(md):
    dutch_md = md.with_name(md.stem + ".nl.md")
    assert dutch_md.is_file(), f"docs/{md.relative_to(REPO / 'docs')} has no Dutch edition ({dutch_md.name})"
    english_outline, dutch_outline = _outline(md), _outline(dutch_md)
    for part, name in zip(range(4), ("headings", "generated parts", "code blocks", "links to pages")):
        assert english_outline[part] == dutch_outline[part], f"{dutch_md.name}: its {name} differ from the English"


def test_a_project_folder_page_is_read_in_the_sites_language(tmp_path):
    (tmp_path / "README.md").write_text("# Across generations\n", encoding="utf-8")
    assert sources.project_source(tmp_path, "nl") == tmp_path / "README.md", "no Dutch edition yet: English"
    (tmp_path / "README.nl.md").write_text("# Over generaties heen\n", encoding="utf-8")
    assert sources.project_source(tmp_path, "nl") == tmp_path / "README.nl.md"
    assert sources.project_source(tmp_path, "en") == tmp_path / "README.md"


def test_artech_site_says_what_is_wrong_and_exits_2(tmp_path, capsys):
    from artech.teacher.cli import main

    kit = _small_kit(tmp_path)
    (kit / "site.yml").unlink()
    assert main(["site", "--root", str(kit), "--out", str(tmp_path / "out")]) == 2
    assert is_message(capsys.readouterr().out, "site_log_no_config", path="site.yml")
    assert not (tmp_path / "out").exists()


def test_the_build_never_empties_a_folder_it_did_not_make(tmp_path):
    kit = _small_kit(tmp_path)
    mine = tmp_path / "Documents"
    mine.mkdir()
    (mine / "report.docx").write_text("a teacher's own file", encoding="utf-8")
    with pytest.raises(build.SiteError) as err:
        build.build(kit, mine, work=tmp_path / "src", langs=["en"])
    assert is_message(str(err.value), "site_log_out_not_empty", path=mine)
    assert (mine / "report.docx").read_text(encoding="utf-8") == "a teacher's own file"
    built = tmp_path / "site"
    build.build(kit, built, work=tmp_path / "src", langs=["en"])
    build.build(kit, built, work=tmp_path / "src", langs=["en"])  # again: it replaces its own build
    assert (built / "en/index.html").is_file() and (built / build.MARKER).is_file()


PROJECT_FOLDERS = sorted(p.parent for p in (REPO / "projects" / "real_challenges").glob("*/project.yml"))


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("folder", PROJECT_FOLDERS, ids=lambda p: p.name)
def test_every_step_of_a_project_has_a_student_page_and_a_teacher_guide(built_site, folder, lang):
    facts = yaml.safe_load((folder / "project.yml").read_text(encoding="utf-8"))
    base = f"projects/real_challenges/{folder.name}/"
    with i18n.use(lang):
        project_page = page(built_site / lang, base)
        assert headings(project_page).count(say("site_h_steps")) == 1
        assert headings(project_page).count(say("site_lessons_that_prepare_it")) <= 1
        assert "artech:lessons" not in project_page, "the brief's mark is filled in, never shown"
        for step in facts["steps"]:
            path = sources.edition(folder / "steps" / step["id"] / L.NOTEBOOK, lang)
            nb = L.read(path)
            title = next(re.search(r"^#\s+(.+?)\s*$", c.source, re.M).group(1) for c in nb.cells
                         if c.cell_type == "markdown" and re.search(r"^#\s+", c.source, re.M))
            url = f"{base}steps/{step['id']}/"
            assert f'href="steps/{step["id"]}/"' in project_page, f"the project page links step {step['id']}"
            student_page = page(built_site / lang, url)
            assert title in text(student_page)
            for_students = set(L.headings([c for c in nb.cells if not L.is_teacher(c)]))
            teacher_headings = set(L.headings(L.teacher_cells(nb))) - for_students
            assert teacher_headings, f"{path.name} of {step['id']} has teacher notes"
            for heading in teacher_headings:
                assert heading not in headings(student_page), f"teacher note '{heading}' is on the student page"
            guide_page = page(built_site / lang, url + "teacher")
            found = headings(guide_page)
            top = L.headings(L.teacher_cells(nb))[0]  # "Teacher notes": the guide's own title replaces it
            for heading in teacher_headings - {top}:
                assert heading in found, f"'{heading}' is missing from the teacher guide of {step['id']}"
            assert N.title("timing") in found and say("site_h_makes") in found and say("site_h_objectives") in found


def test_a_brief_lists_its_preparing_lessons_where_its_mark_is_for_students_and_on_the_site(tmp_path):
    from artech.format import project as P

    folder = REPO / "projects" / "real_challenges" / "across-generations"
    assert P.LESSONS_MARK in (folder / "brief.nl.md").read_text(encoding="utf-8")
    text_ = P.brief_text(folder, REPO, "nl")
    assert P.LESSONS_MARK not in text_
    assert "- *Muziek van getallen* (`tinkering-music-from-numbers`)" in text_, "a written lesson by its Dutch title"
    assert "(`design-designing-with-users`)" in text_, "a planned lesson too"
    (tmp_path / "brief.md").write_text("# A\n\nNo mark here.\n", encoding="utf-8")
    assert P.brief_text(tmp_path, REPO, "en") == "# A\n\nNo mark here.\n", "a brief without the mark is as it is"
