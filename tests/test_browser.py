"""The teacher site in a real browser: offline, accessible, searchable.

Debian's Chromium (driven by Playwright) opens the built site from a local web server and
visits the home page, the curriculum map and every lesson with its teacher guide. Every
request is recorded; one to another host fails the test. axe-core checks each page for
serious and critical WCAG problems. Screenshots go to test-artifacts/ (not committed).

No Chromium at /usr/bin/chromium: the tests skip and say how to get it; in CI they fail.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
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


def _unavailable(message: str):
    if os.environ.get("CI"):
        pytest.fail(message + " (CI is set, so this is a failure, not a skip)")
    pytest.skip(message)


def _need(module: str):
    try:
        return __import__(module)
    except ImportError:
        _unavailable(f"{module} is not installed: run `make setup` (pip install -e '.[test,site]').")


def page_urls() -> list[str]:
    urls = ["", "map/", "start-here/", "projects/"]
    for path in LESSONS:
        base = path.parent.relative_to(REPO).as_posix()
        urls += [f"{base}/", f"{base}/teacher/"]
    return urls


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    if not CHROMIUM.exists():
        _unavailable("Chromium is missing at /usr/bin/chromium; install it with `sudo apt-get install chromium` "
                     "(`make test` does this when it runs as root).")
    for module in ("playwright", "axe_playwright_python", "mkdocs", "material", "mkdocs_jupyter"):
        _need(module)
    from test_site import build_site

    out = tmp_path_factory.mktemp("browser-site") / "site"
    build_site(REPO, out)
    return out


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
        if page.locator('script[type="application/vnd.jupyter.widget-view+json"]').count():
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


def test_search_finds_a_lesson(browser, server, site):
    if not LESSONS:
        pytest.skip("no lessons yet")
    location = LESSONS[0].parent.relative_to(REPO).as_posix() + "/"
    word = _rare_word(site, LESSONS[0], location)
    before = len(browser.requests)
    page, errors = _open(browser, server, "")
    try:
        box = page.locator("input.md-search__input")
        box.click()
        box.press_sequentially(word, delay=40)  # Material searches as you type
        page.locator(".md-search-result__item").first.wait_for(timeout=15000)
        hrefs = page.locator(".md-search-result__item a").evaluate_all("links => links.map(a => a.href)")
        paths = {urlparse(h).path for h in hrefs}
        _shot(page, "search")
        assert "/" + location in paths, f"searching '{word}' did not list {location}: {sorted(paths)}"
        assert not errors, errors
    finally:
        page.close()
    assert not _foreign(browser.requests[before:], server)
