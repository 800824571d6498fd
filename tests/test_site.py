"""The teacher site: built from its sources by `mkdocs build --strict`, complete, and private.

The site is built once for this file (into a temporary folder); a second build, in a copy of
the kit with one lesson folder added, proves that a new lesson needs no other change.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

import nbformat
import pytest

from artech.format import lesson as L
from conftest import REPO

pytest.importorskip("mkdocs")
pytest.importorskip("material")
pytest.importorskip("mkdocs_jupyter")

from artech import site as S  # noqa: E402  (needs mkdocs)

LESSONS = L.find_lessons(REPO)
IDS = [p.parent.relative_to(REPO / "lessons").as_posix() for p in LESSONS]
GUIDE_SECTIONS = ("Objectives", "Timing", "Unplugged warm-up", "Misconceptions", "Differentiation", "Answers")
CDN_HOSTS = re.compile(r"https?://(?:unpkg\.com|cdn\.jsdelivr\.net|cdnjs\.cloudflare\.com|fonts\.googleapis\.com|"
                       r"fonts\.gstatic\.com|code\.jquery\.com|www\.googletagmanager\.com)", re.I)


def build_site(root: Path, out: Path) -> str:
    """`mkdocs build --strict` of the kit at ``root`` into ``out``; fails the test on any warning."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONWARNINGS": "ignore::DeprecationWarning"}
    run = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(root / "mkdocs.yml"), "-d", str(out)],
        cwd=root, env=env, capture_output=True, text=True, timeout=900,
    )
    log = run.stdout + run.stderr
    assert run.returncode == 0, f"mkdocs build --strict failed:\n{log}"
    warnings = [line for line in log.splitlines() if line.startswith(("WARNING", "ERROR"))]
    assert not warnings, "\n".join(warnings)
    return log


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("teacher-site") / "site"
    build_site(REPO, out)
    return out


def page(site: Path, url: str) -> str:
    path = site / url / "index.html"
    assert path.is_file(), f"{url} is missing from the site"
    return path.read_text(encoding="utf-8")


def text(html: str) -> str:
    """What a reader sees: the page without tags, entities decoded."""
    import html as h

    return h.unescape(re.sub(r"<[^>]+>", "", html))


def lesson_url(path: Path, root: Path = REPO) -> str:
    return path.parent.relative_to(root).as_posix() + "/"


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


@pytest.mark.parametrize("path", LESSONS, ids=IDS)
def test_every_lesson_has_a_student_page_and_a_teacher_guide(site, path):
    nb = L.read(path)
    url = lesson_url(path)
    student = page(site, url)
    assert L.title(nb) in student
    assert L.BEGIN not in student and L.END not in student
    exercises = L.exercises(nb)
    assert student.count('<details class="artech-solution"') == len(exercises)
    for_students = set(L.headings([c for c in nb.cells if not L.is_teacher(c)]))
    for heading in set(L.headings(L.teacher_cells(nb))) - for_students:
        assert heading not in headings(student), f"teacher note '{heading}' is on the student page"

    guide = page(site, url + "teacher")
    found = headings(guide)
    for section in GUIDE_SECTIONS:
        assert section in found, f"the teacher guide of {url} has no '{section}' section"
    assert found.index("Objectives") < found.index("Answers")
    for objective in L.meta(nb)["objectives"]:
        assert objective in text(guide)
    for ex in exercises:
        assert f'check("{ex["id"]}")' in text(guide)


def test_map_links_every_written_lesson_and_shows_the_plan(site):
    html = page(site, "map")
    for path in LESSONS:
        slug = lesson_url(path).removeprefix("lessons/")
        assert re.search(rf'href="(\.\./)+lessons/{re.escape(slug)}"', html), f"the map has no link to {slug}"
    assert '<svg xmlns="http://www.w3.org/2000/svg" role="img"' in html
    assert 'aria-labelledby="artech-paths-title artech-paths-desc"' in html
    plan = S.load_plan(REPO)
    for goal in plan.get("slo_goals", []):
        assert goal["title"].replace("&", "&amp;") in html
    for project in plan.get("projects", []):
        assert (site / S.PROJECTS_DIR / project["id"] / "index.html").is_file()


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
    for html in widget_pages:
        text = html.read_text()
        assert "assets/vendor/jupyter-widgets-html-manager/embed-amd.js" in text
        assert "assets/vendor/requirejs/require.js" in text
        assert "unpkg.com" not in text


# --- a new lesson needs no other change ---------------------------------------
def _snapshot(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


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
    (kit / "src/artech").mkdir(parents=True)
    shutil.copy2(REPO / "src/artech/site.py", kit / "src/artech/site.py")

    # Write the lesson elsewhere (so no plan is touched), then drop the folder in.
    from artech.format.scaffold import new_lesson

    scratch = tmp_path / "scratch"
    (scratch / "lessons/tinkering").mkdir(parents=True)
    made = new_lesson(scratch, "tinkering", 3, "Glowing letters")
    nb = L.read(made)
    nb.cells[0].source = "# Glowing letters\n\nToday the word zwiebelfisch glows on a screen of lights."
    nbformat.write(nb, made)
    numbers = [int(p.name[:2]) for p in (kit / "lessons/tinkering").glob("[0-9][0-9]-*")]
    folder = kit / "lessons/tinkering" / f"{max(numbers, default=0) + 1:02d}-glowing-letters"
    shutil.copytree(made.parent, folder)

    before = _snapshot(kit)
    out = tmp_path / "site"
    build_site(kit, out)
    assert _snapshot(kit) == before, "building the site must not change any file in the kit"

    url = folder.relative_to(kit).as_posix()
    student = page(out, url)
    assert "Glowing letters" in student and "zwiebelfisch" in student
    guide = page(out, url + "/teacher")
    for section in GUIDE_SECTIONS:
        assert section in headings(guide)
    assert "answer = 42" in text(guide)  # the solution, in Answers
    assert "Write answer = 42 and run the cell." in text(guide)  # its last hint
    assert re.search(rf'href="[./]*{re.escape(url)}/"[^>]*>Glowing letters<', page(out, "map"))
    assert "Glowing letters" in page(out, "")  # in the navigation


# --- the pieces ------------------------------------------------------------------
def _lesson(tmp_path) -> nbformat.NotebookNode:
    from artech.format.scaffold import new_lesson

    (tmp_path / "lessons/design").mkdir(parents=True)
    return L.read(new_lesson(tmp_path, "design", 1, "Test lesson"))


def test_student_view_hides_teacher_notes_and_checks_and_folds_solutions(tmp_path):
    nb = _lesson(tmp_path)
    view = S.student_view(nb)
    text = "\n".join(c.source for c in view.cells)
    assert not any(L.is_teacher(c) or L.is_checks(c) for c in view.cells)
    assert "Misconceptions" not in text and "@exercise" not in text
    solutions = [c for c in view.cells if "artech-solution" in c.source]
    assert len(solutions) == len(L.exercises(nb)) == 1
    assert "answer = 42" in solutions[0].source and L.BEGIN not in solutions[0].source
    code = [c.source for c in view.cells if c.cell_type == "code"]
    assert any(L.PLACEHOLDER in c for c in code)  # the student's blank, not the answer
    assert view.cells.index(solutions[0]) == next(i for i, c in enumerate(view.cells) if "check(" in c.source) + 1


def test_teacher_guide_has_every_section_answers_and_hints(tmp_path):
    nb = _lesson(tmp_path)
    rec = {"nb": nb, "meta": L.meta(nb), "title": L.title(nb), "strand": "design", "id": "design-test-lesson",
           "page": "lessons/design/01-test-lesson/index.ipynb", "guide": "lessons/design/01-test-lesson/teacher.md"}
    site = {"plan": {}, "projects": [], "lessons_by_id": {}}
    guide = S.teacher_guide(rec, site)
    for section in GUIDE_SECTIONS:
        assert re.search(rf"^##+ {re.escape(section)}$", guide, re.M), section
    assert "answer = 42" in guide
    assert "1. Look at the example above" in guide and "2. Write `answer = 42`" in guide
    assert S.exercise_hints(nb) == {"first-step": ["Look at the example above: it makes a name with `=`.",
                                                   "Write `answer = 42` and run the cell."]}


def test_pictures_get_alt_text_and_unique_ids():
    cell = nbformat.v4.new_code_cell("# the sun\nsun")
    png = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
    cell.outputs = [nbformat.v4.new_output("display_data", data={"image/png": png, "text/plain": "<Image>"})]
    S._give_pictures_alt_text(cell)
    html = cell.outputs[0]["data"]["text/html"]
    assert 'alt="A picture made by the code above (1 by 1 pixels): the sun"' in html
    described = nbformat.v4.new_output("display_data", data={"image/png": png, "text/plain": "A yellow sun."})
    assert S.image_alt(described, cell, "image/png") == "A yellow sun."
    svg = '<svg aria-labelledby="t"><title id="t">A sun</title><use href="#t"/></svg>'
    assert S.unique_ids(svg, "-2") == '<svg aria-labelledby="t-2"><title id="t-2">A sun</title><use href="#t-2"/></svg>'


def test_notebook_markdown_is_made_safe_for_python_markdown():
    text = "### Misconceptions\nThey think:\n- one\n  - two\n```python\n# not a heading\n```"
    out = S.markdown_for_mkdocs(text, shift=-1)
    assert "## Misconceptions" in out
    assert "They think:\n\n- one\n    - two" in out
    assert "# not a heading" in out and "\n# not a heading" in out


def test_site_without_a_plan_still_knows_the_lessons(tmp_path):
    (tmp_path / "lessons").mkdir()
    assert S.load_plan(tmp_path) == {}
    assert S.lesson_records(tmp_path, {}) == []
    site = {"plan": {}, "lessons": [], "projects": [], "lessons_by_id": {}}
    for name, part in S.PARTS.items():
        assert isinstance(part(site, "map.md"), str), name
