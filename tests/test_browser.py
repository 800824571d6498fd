"""The teacher site in a real browser: offline, accessible, searchable, printable, in Dutch and English.

Debian's Chromium (driven by Playwright) opens the built site (the one build of the test session,
the ``built_site`` fixture of conftest.py) from a local web server. Every request is recorded; one
to another host fails the test. axe-core checks each page for serious and critical WCAG problems.
Screenshots (and the printed PDFs of the Dutch teacher's walk) go to test-artifacts/ (not committed).

Which pages: by default a sample that stays the same size as the content grows, in Dutch (the
site's first language): the home page, the curriculum map, the first lesson of each strand as
students see it (and the first lesson with widgets, when none of those has any), the first lesson's
teacher guide, a school guide and the first project page; and the English home page and first
lesson. ``ARTECH_AUDIT=all`` audits every page of the site, in both languages, instead:

    ARTECH_AUDIT=all .venv/bin/pytest -p no:xdist tests/test_browser.py

``test_the_full_audit_covers_every_page_of_the_site`` keeps "every page" honest: the full list
must be exactly the pages of the built site.

No Chromium at /usr/bin/chromium: the tests skip and say how to get it; in CI they fail.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import posixpath
import re
import threading
from collections import Counter
from pathlib import Path
from urllib.parse import urlparse

import pytest

from artech.format import lesson as L
from conftest import REPO

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "test-artifacts"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync"]
LESSONS = L.find_lessons(REPO)
AUDIT = os.environ.get("ARTECH_AUDIT", "sample").strip().lower()
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def _unavailable(message: str):
    if os.environ.get("CI"):
        pytest.fail(message + " (CI is set, so this is a failure, not a skip)")
    pytest.skip(message)


def _need(module: str):
    try:
        return __import__(module)
    except ImportError:
        _unavailable(f"{module} is not installed: run `make setup` (pip install -e '.[test,site,hub]').")


LANGS = ("nl", "en")


def _lesson_url(path: Path) -> str:
    strand, _, slug = L.lesson_id(path.parent).partition("-")
    return f"lessons/{strand}/{slug}/"


def _doc_url(md: Path) -> str:
    rel = md.relative_to(REPO / "docs").with_suffix("").as_posix()
    rel = rel.removesuffix("index").rstrip("/")
    return f"{rel}/" if rel else ""


def _is_english_page(md: Path) -> bool:
    return not re.search(r"\.[a-z]{2,3}\.md$", md.name)


def _projects() -> list[dict]:
    from artech.site import sources  # reads the plan and the folders; does not need MkDocs

    plan = sources.load_plan(REPO)
    return sources.project_records(REPO, plan, sources.lesson_records(REPO, plan))


def _has_widgets(path: Path) -> bool:
    return any(WIDGET_VIEW in o.get("data", {}) for c in L.read(path).cells for o in c.get("outputs", []))


def all_page_urls() -> list[str]:
    """Every page of the site, in every language: the pages in docs/, each lesson with its guide and
    print views, each project with its steps and their teacher guides."""
    urls = [_doc_url(md) for md in sorted((REPO / "docs").rglob("*.md"))
            if not md.relative_to(REPO / "docs").as_posix().startswith("briefs/") and _is_english_page(md)]
    for path in LESSONS:
        base = _lesson_url(path)
        urls += [base, base + "teacher/", base + "plan/", base + "handout/"]
        urls += [base + "cards/"] if L.meta(L.read(path)).get("cards") else []
    for p in _projects():
        urls += [posixpath.dirname(p["page"]) + "/"]
        urls += [u for s in p.get("steps", []) for u in (posixpath.dirname(s["page"]) + "/",
                                                         posixpath.splitext(s["guide"])[0] + "/")]
    urls = sorted(set(urls), key=urls.index)
    return [f"{lang}/{u}" for lang in LANGS for u in urls]


def sample_page_urls() -> list[str]:
    """A few pages of every kind, however many lessons there are: Dutch first, and English once."""
    return [f"nl/{u}" for u in _sample()] + ["en/", "en/" + _sample()[2]]


def _sample() -> list[str]:
    urls = ["", "map/", "guides/privacy/"]
    firsts = [next(p for p in LESSONS if p.parent.parent.name == s)
              for s in L.STRANDS if any(p.parent.parent.name == s for p in LESSONS)]
    if not any(_has_widgets(p) for p in firsts):
        firsts += [p for p in LESSONS if _has_widgets(p)][:1]
    urls[2:2] = [_lesson_url(p) for p in firsts]
    urls += [_lesson_url(LESSONS[0]) + "teacher/"] if LESSONS else []
    projects = _projects()
    own = [p for p in projects if p.get("folder")] or projects
    urls += [posixpath.dirname(own[0]["page"]) + "/"] if own else []
    return urls


def page_urls() -> list[str]:
    return all_page_urls() if AUDIT == "all" else sample_page_urls()


@pytest.fixture(scope="module")
def site(request) -> Path:
    if not CHROMIUM.exists():
        _unavailable("Chromium is missing at /usr/bin/chromium; install it with `sudo apt-get install chromium` "
                     "(`make test` does this when it runs as root).")
    for module in ("playwright", "axe_playwright_python", "mkdocs", "material"):
        _need(module)
    return request.getfixturevalue("built_site")  # the session's one build


@pytest.fixture(scope="module")
def server(site):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}/"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        context = chromium.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
        context.requests = []  # every URL any page asked for
        host = urlparse(server).netloc

        def record(route):
            url = route.request.url
            context.requests.append(url)
            if urlparse(url).scheme in ("http", "https") and urlparse(url).netloc != host:
                route.abort()  # never wait on the network; the test fails on it below
            else:
                route.continue_()

        context.route("**/*", record)
        yield context
        context.close()
        chromium.close()


def _foreign(requests: list[str], server: str) -> list[str]:
    host = urlparse(server).netloc
    return [u for u in requests if urlparse(u).scheme not in ("data", "blob", "about") and urlparse(u).netloc != host]


def _open(browser, server: str, url: str):
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("response", lambda r: errors.append(f"missing: {r.status} {r.url}") if r.status >= 400 else None)
    response = page.goto(server + url, wait_until="networkidle")
    assert response is not None and response.ok, f"{url}: HTTP {response.status if response else '?'}"
    page.wait_for_timeout(300)  # widgets render after load
    return page, errors


def _shot(page, url: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    name = re.sub(r"[^a-z0-9]+", "-", url.lower()).strip("-") or "home"
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("url", page_urls())
def test_page_is_private_accessible_and_works(browser, server, url):
    from axe_playwright_python.sync_playwright import Axe

    before = len(browser.requests)
    page, errors = _open(browser, server, url)
    try:
        _shot(page, url)
        assert not errors, f"{url}: JavaScript errors {errors}"
        assert page.locator("article h1").count() == 1, f"{url}: one page title"
        if page.locator(f'script[type="{WIDGET_VIEW}"]').count():
            page.wait_for_selector(".widget-subarea .jupyter-widgets", timeout=15000)  # drawn by the vendored renderer
        results = Axe().run(page)
        bad = [v for v in results.response["violations"] if v.get("impact") in ("serious", "critical")]
        report = [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}" for v in bad]
        assert not bad, f"{url}: axe found\n" + "\n".join(report)
    finally:
        page.close()
    foreign = _foreign(browser.requests[before:], server)
    assert not foreign, f"{url} asked another host for: {foreign}"


def _rare_word(site: Path, path: Path, location: str) -> str:
    """A word from the lesson's own text that few other pages have: a fair search."""
    docs = json.loads((site / "search/search_index.json").read_text())["docs"]
    nb = L.read(path)
    prose = " ".join(c.source for c in nb.cells if c.cell_type == "markdown" and not L.is_teacher(c))
    mine = set(re.findall(r"(?<![\w`])[a-z]{6,}(?![\w`])", re.sub(r"`[^`]*`", " ", prose).lower()))
    others = Counter(w for d in docs if d["location"].split("#")[0] != location
                     for w in set(re.findall(r"[a-z]+", d["text"].lower())))
    choice = sorted(mine, key=lambda w: (others[w], -len(w), w))
    assert choice, f"no words in the text of {location}"
    return choice[0]


@pytest.mark.parametrize("lang", LANGS)
def test_search_finds_a_lesson_in_its_own_language(browser, server, site, lang):
    if not LESSONS:
        pytest.skip("no lessons yet")
    location = _lesson_url(LESSONS[0])
    edition = LESSONS[0].with_name("lesson.nl.ipynb") if lang == "nl" else LESSONS[0]
    word = _rare_word(site / lang, edition, location)
    before = len(browser.requests)
    page, errors = _open(browser, server, f"{lang}/")
    try:
        box = page.locator("input.md-search__input")
        box.click()
        box.press_sequentially(word, delay=40)  # Material searches as you type
        page.locator(".md-search-result__item").first.wait_for(timeout=15000)
        hrefs = page.locator(".md-search-result__item a").evaluate_all("links => links.map(a => a.href)")
        paths = {urlparse(h).path for h in hrefs}
        _shot(page, f"{lang}-search")
        assert f"/{lang}/{location}" in paths, f"searching '{word}' did not list {location}: {sorted(paths)}"
        assert all(p.startswith(f"/{lang}/") for p in paths), f"the {lang} search lists other languages: {paths}"
        assert not errors, errors
    finally:
        page.close()
    assert not _foreign(browser.requests[before:], server)


def test_the_sample_has_every_kind_of_page_and_stays_small():
    sample = sample_page_urls()
    assert set(sample) <= set(all_page_urls())
    assert "nl/" in sample and "nl/map/" in sample and "en/" in sample
    strands = {p.parent.parent.name for p in LESSONS}
    lessons = [u for u in sample if u.startswith("nl/lessons/") and not u.endswith("teacher/")]
    assert {u.split("/")[2] for u in lessons} == strands
    assert any(u.endswith("/teacher/") for u in sample)
    assert any(u.startswith("nl/guides/") for u in sample)
    assert any(u.startswith("nl/projects/real_challenges/") for u in sample)
    assert any(_has_widgets(p) and "nl/" + _lesson_url(p) in sample for p in LESSONS), "a page with widgets is audited"
    assert len(sample) <= 8 + len(L.STRANDS)


def test_the_full_audit_covers_every_page_of_the_site(built_site):
    built = {p.parent.relative_to(built_site).as_posix() + "/" for p in built_site.rglob("index.html")
             if p.parent != built_site}
    assert set(all_page_urls()) == built


def _pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf))


def _print_from(page, link: str, name: str) -> bytes:
    """Follow the print link ``link``, print the page to A4 PDF, and keep the PDF and a print-view shot."""
    page.get_by_role("link", name=link, exact=True).click()
    page.wait_for_load_state("networkidle")
    pdf = page.pdf(format="A4", print_background=True)
    (ARTIFACTS / f"{name}.pdf").write_bytes(pdf)
    page.emulate_media(media="print")
    _shot(page, f"{name}-print")
    page.emulate_media(media="screen")
    return pdf


def test_a_dutch_teacher_finds_tomorrows_lesson_prints_its_plan_and_handout_and_reads_the_privacy_page(
        browser, server, site):
    """The walk of a Dutch teacher who prepares tomorrow's lesson: all in Dutch, from the home page."""
    from artech import i18n
    from artech.site.words import say

    lesson = LESSONS[0]
    edition = lesson.with_name("lesson.nl.ipynb")
    title = L.facts(edition, L.read(edition))["title"]
    with i18n.use("nl"):
        words = {k: say(k) for k in ("site_nav_map", "site_nav_teacher_guide", "site_print_plan", "site_print_handout",
                                     "site_nav_privacy", "site_nav_for_schools")}
    with i18n.use("en"):
        to_english = say("site_this_page_in")
    ARTIFACTS.mkdir(exist_ok=True)
    before = len(browser.requests)
    page, errors = _open(browser, server, "nl/")
    try:
        assert page.locator("html").get_attribute("lang") == "nl"
        page.get_by_role("link", name=words["site_nav_map"], exact=True).first.click()
        page.wait_for_load_state("networkidle")
        _shot(page, "walk-1-map")
        page.locator("article").get_by_role("link", name=title, exact=True).first.click()
        page.wait_for_load_state("networkidle")
        assert page.locator("article h1").inner_text().replace("¶", "").strip() == title
        page.locator("nav").get_by_role("link", name=words["site_nav_teacher_guide"], exact=True).first.click()
        page.wait_for_load_state("networkidle")
        assert page.url.endswith("/nl/" + _lesson_url(lesson) + "teacher/")
        _shot(page, "walk-2-teacher-guide")

        plan = _print_from(page, words["site_print_plan"], "walk-3-lesplan")
        assert _pdf_pages(plan) == 1, f"the lesson plan prints on {_pdf_pages(plan)} A4 pages, not one"
        page.go_back()
        page.wait_for_load_state("networkidle")
        handout = _print_from(page, words["site_print_handout"], "walk-4-werkblad")
        assert _pdf_pages(handout) >= 1
        assert page.locator("header.md-header").is_hidden() is False  # on screen the site is around it

        page.goto(server + "nl/", wait_until="networkidle")
        page.locator(".md-sidebar--primary label.md-nav__link", has_text=words["site_nav_for_schools"]).first.click()
        page.get_by_role("link", name=words["site_nav_privacy"], exact=True).first.click()
        page.wait_for_load_state("networkidle")
        assert page.url.endswith("/nl/guides/privacy/") and page.locator("html").get_attribute("lang") == "nl"
        _shot(page, "walk-5-privacy")
        page.get_by_role("link", name=to_english, exact=True).click()
        page.wait_for_load_state("networkidle")
        assert page.url.endswith("/en/guides/privacy/"), "the switch leads to the same page in English"
        assert page.locator("html").get_attribute("lang") == "en"
        assert not errors, errors
    finally:
        page.close()
    assert not _foreign(browser.requests[before:], server)


def test_the_print_view_hides_the_site_around_the_page(browser, server):
    page, _errors = _open(browser, server, "nl/" + _lesson_url(LESSONS[0]) + "plan/")
    try:
        page.emulate_media(media="print")
        for part in ("header.md-header", ".md-sidebar--primary", ".artech-lang", ".artech-print-hint"):
            assert page.locator(part).first.is_hidden(), f"{part} is printed"
        assert page.locator(".artech-plan table").first.is_visible()
    finally:
        page.close()


@pytest.mark.parametrize("lang", LANGS)
def test_every_lesson_plan_prints_on_one_a4_page(browser, server, lang):
    too_long = {}
    for path in LESSONS:
        page, _errors = _open(browser, server, f"{lang}/{_lesson_url(path)}plan/")
        try:
            pages = _pdf_pages(page.pdf(format="A4", print_background=True))
        finally:
            page.close()
        if pages != 1:
            too_long[L.lesson_id(path.parent)] = pages
    assert not too_long, f"lesson plans that do not fit on one A4 page ({lang}): {too_long}"
