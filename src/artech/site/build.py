"""Building the teacher site: the kit makes every page as Markdown, then an engine makes the HTML.

``artech site`` (``make site``) does it all. For each language (Dutch first) the kit writes a folder
``build/site-src/<lang>/`` with a ``mkdocs.yml`` and a ``docs/`` of ordinary Markdown pages:

- the pages of ``docs/`` in that language (``start-here.nl.md`` is the Dutch ``start-here.md``),
  with their ``<!-- artech:NAME -->`` lines filled in from the plan and the lessons;
- for every lesson: the student page (nbconvert's Markdown exporter over the student copy, from the
  stored outputs), the teacher guide, the one-page plan, the student handout and, when the warm-up
  uses cards, the cards; and the lesson's pictures, never its ``checks.py`` or ``lesson.yml``;
- every project's page, and the navigation (in ``mkdocs.yml``: no ``hooks:``, no plugins but search).

Then MkDocs (``mkdocs build --strict``) or Zensical (``zensical build --strict``) builds each folder
into ``site/<lang>/``; both read the same ``mkdocs.yml``. Every page has a link to the same page in
the other language, each language has its own search, and ``site/index.html`` opens the Dutch site.
A problem the kit finds (a Dutch page missing, a broken part) is said once and fails the build.
"""

from __future__ import annotations

import logging
import os
import posixpath
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import yaml

from artech import i18n
from artech.format import lesson as L

from . import guide, navigation, parts, prints, projects, render, sources, student
from .links import log
from .words import say

BASE_CONFIG = "site.yml"  # the site's look and Markdown settings, shared by every language and engine
ENGINES = ("mkdocs", "zensical")
WORK = Path("build/site-src")
OUT = Path("site")
SKIP_DOCS = ("briefs/",)
MARKER = ".artech-site"  # in a folder the kit built, so a new build may replace it (and no other folder)


class SiteError(Exception):
    """The site could not be built; the message says what to fix."""


def site_languages() -> list[str]:
    """The languages the site is built in: the kit's own language first, then every other complete one."""
    complete = [code for code, info in i18n.languages().items()
                if code == i18n.SOURCE or info.get("status", "complete") == "complete"]
    return sorted(complete, key=lambda c: (c != i18n.DEFAULT, c != i18n.SOURCE, c))


def _is_edition(path: Path, langs) -> bool:
    parts_ = path.name.split(".")
    return len(parts_) >= 3 and parts_[-2] in langs


def url_of(src: str) -> str:
    """The address (below the language) of the page made from ``src``: ``a/index.md`` -> ``a/``."""
    page = src.removesuffix(".md")
    page = page.removesuffix("index") if page.endswith("/index") or page == "index" else page + "/"
    return page


def lang_switch(src: str, lang: str, langs: list[str]) -> str:
    """A line with a link to the same page in each other language, said in that language."""
    up = "../" * (url_of(src).count("/") + 1)
    links = []
    for other in langs:
        if other == lang:
            continue
        with i18n.use(other):
            text = say("site_this_page_in")
        links.append(f'<a href="{up}{other}/{url_of(src)}" hreflang="{other}" lang="{other}">{text}</a>')
    return f'<p class="artech-lang">{" · ".join(links)}</p>' if links else ""


def _with_switch(markdown: str, src: str, lang: str, langs: list[str]) -> str:
    """``markdown`` with the language line under its title."""
    switch = lang_switch(src, lang, langs)
    if not switch:
        return markdown
    m = re.search(r"^# .*$", markdown, re.M)
    if not m:
        return switch + "\n\n" + markdown
    return markdown[:m.end()] + "\n\n" + switch + "\n" + markdown[m.end():]


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.said: list[str] = []

    def emit(self, record):
        self.said.append(record.getMessage())


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def read_site(root: Path, lang: str) -> dict:
    """What the site knows, in ``lang``: the plan, the lessons (each in its edition) and the projects."""
    with i18n.use(lang):
        plan = sources.load_plan(root)
        lessons = sources.lesson_records(root, plan)
        site = {"root": root, "plan": plan, "lessons": lessons, "lang": lang,
                "lessons_by_id": {r["id"]: r for r in lessons}}
        site["projects"] = sources.project_records(root, plan, lessons)
    return site


def _prose(root: Path, docs: Path, lang: str, langs: list[str], site: dict) -> None:
    """The pages of ``docs/`` in ``lang``, filled in, and every other file of ``docs/`` as it is."""
    source = root / "docs"
    for path in sorted(source.rglob("*")):
        rel = path.relative_to(source).as_posix()
        if not path.is_file() or rel.startswith(SKIP_DOCS) or _is_edition(path, i18n.languages()):
            continue
        if path.suffix != ".md":
            target = docs / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
            continue
        page = path
        if lang != i18n.SOURCE:
            page = path.with_name(f"{path.stem}.{lang}.md")
            if not page.is_file():
                log.warning(say("site_log_no_edition", page=f"docs/{rel}", edition=f"docs/{page.relative_to(source)}"))
                page = path
        text = page.read_text(encoding="utf-8")
        _write(docs / rel, _with_switch(parts.fill(text, site, rel), rel, lang, langs))


def _lessons(docs: Path, lang: str, langs: list[str], site: dict) -> None:
    for rec in site["lessons"]:
        if not rec.get("written"):
            continue
        view = student.student_view(rec["nb"], rec["id"])
        pages = {rec["page"]: render.notebook_markdown(view), rec["guide"]: guide.teacher_guide(rec, site),
                 rec["plan"]: prints.plan_page(rec, site), rec["handout"]: prints.handout_page(rec, site)}
        if rec.get("cards"):
            pages[rec["cards_page"]] = prints.cards_page(rec, site)
        for src, text in pages.items():
            text = re.sub(r"\]\(([^)\s]*?)lesson(?:\.[a-z]{2,3})?\.ipynb\)", r"](\1index.md)", text)
            _write(docs / src, _with_switch(text, src, lang, langs))
        for rel, asset in sources.lesson_assets(rec["folder"]):
            if rel.endswith(".ipynb"):
                continue
            target = docs / rec["base"] / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(asset, target)


def _projects(docs: Path, lang: str, langs: list[str], site: dict) -> None:
    for p in site["projects"]:
        _write(docs / p["page"], _with_switch(projects.project_page(p, site), p["page"], lang, langs))
        for step in p.get("steps", []):
            for src, text in ((step["page"], projects.step_page(p, step, site)),
                              (step["guide"], projects.step_guide(p, step, site))):
                _write(docs / src, _with_switch(text, src, lang, langs))
        if p.get("folder"):
            for rel, asset in sources.public_assets(p["folder"]):
                target = docs / posixpath.dirname(p["page"]) / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(asset, target)


DOWNLOADS = "deploy"  # the school-server files (hub config, values.yaml, Dockerfile), as they are, for the guide to link


def _downloads(root: Path, docs: Path) -> None:
    source = root / DOWNLOADS
    for path in sorted(source.rglob("*")) if source.is_dir() else []:
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".md":  # files, not pages
            target = docs / DOWNLOADS / path.relative_to(source)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)


def base_config(root: Path) -> dict:
    path = Path(root) / BASE_CONFIG
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SiteError(say("site_log_no_config", path=BASE_CONFIG)) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise SiteError(say("site_log_bad_config", path=BASE_CONFIG, line=mark.line + 1 if mark else "?")) from exc
    if not isinstance(data, dict):
        raise SiteError(say("site_log_bad_config", path=BASE_CONFIG, line=1))
    return data


def make_pages(root: Path, work: Path, lang: str, langs: list[str] | None = None) -> Path:
    """Write the ``lang`` site's pages and its ``mkdocs.yml`` into ``work/<lang>``; the config's path.
    The engine builds into ``work/<lang>/site`` (Zensical wants the site inside the config's folder)."""
    root, work = Path(root).resolve(), Path(work).resolve()
    langs = langs or site_languages()
    folder = work / lang
    shutil.rmtree(folder, ignore_errors=True)
    docs = folder / "docs"
    docs.mkdir(parents=True)
    site = read_site(root, lang)
    with i18n.use(lang):
        _prose(root, docs, lang, langs, site)
        _lessons(docs, lang, langs, site)
        _projects(docs, lang, langs, site)
        _downloads(root, docs)
        config = base_config(root)
        config.update(site_name=say("site_name"), site_description=say("site_description"),
                      docs_dir="docs", site_dir="site",
                      nav=navigation.nav(site, docs))
        config.setdefault("theme", {})["language"] = lang
        config.setdefault("extra", {})["artech_language"] = lang
    _write(folder / "mkdocs.yml", "# Made by `artech site` from site.yml and the kit's pages: do not edit.\n"
           + yaml.safe_dump(config, allow_unicode=True, sort_keys=False))
    return folder / "mkdocs.yml"


def engine_command(engine: str, config: Path) -> list[str]:
    if engine == "mkdocs":
        return [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config)]
    if engine == "zensical":
        return [sys.executable, "-m", "zensical", "build", "--strict", "-f", str(config)]
    raise SiteError(say("site_log_unknown_engine", engine=engine, known=", ".join(ENGINES)))


def run_engine(engine: str, config: Path) -> None:
    """Build one language's site with ``engine``; SiteError with the engine's own words when it fails."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONWARNINGS": "ignore::DeprecationWarning",
           "NO_COLOR": "1"}
    try:
        run = subprocess.run(engine_command(engine, config), cwd=config.parent, env=env, capture_output=True,
                             text=True, timeout=900)
    except FileNotFoundError as exc:
        raise SiteError(say("site_log_no_engine", engine=engine)) from exc
    said = re.sub(r"\x1b\[[0-9;]*m", "", run.stdout + run.stderr)
    if "No module named" in said and run.returncode:
        raise SiteError(say("site_log_no_engine", engine=engine))
    problems = [line for line in said.splitlines() if line.startswith(("WARNING", "ERROR", "Warning", "Error"))]
    if run.returncode or (engine == "mkdocs" and problems):
        raise SiteError(say("site_log_engine_failed", engine=engine, config=config, log=said.strip()[-4000:]))


_SEARCH_DIALOG = re.compile(r'(<div class="md-search" data-md-component="search" role="dialog")>')


def finish(out: Path, langs: list[str]) -> None:
    """The built pages as they are published: the search dialog named (WCAG 4.1.2), and a first page
    that opens the site in the kit's own language."""
    for lang in langs:
        with i18n.use(lang):
            label = say("site_aria_search")
        for page in (out / lang).rglob("*.html"):
            text = page.read_text(encoding="utf-8")
            named = _SEARCH_DIALOG.sub(lambda m: f'{m.group(1)} aria-label="{label}">', text)
            if named != text:
                page.write_text(named, encoding="utf-8")
    first = langs[0]
    links = []
    for lang in langs:
        with i18n.use(lang):
            links.append(f'<li><a href="{lang}/" hreflang="{lang}" lang="{lang}">{say("site_name")}</a></li>')
    with i18n.use(first):
        title = say("site_name")
    _write(out / "index.html", f'<!doctype html>\n<html lang="{first}"><head><meta charset="utf-8">'
           f'<meta http-equiv="refresh" content="0; url={first}/"><title>{title}</title></head>'
           f'<body><main><h1>{title}</h1><ul>{"".join(links)}</ul></main></body></html>\n')


def build(root: Path | None = None, out: Path | None = None, engine: str = "mkdocs", work: Path | None = None,
          langs: list[str] | None = None) -> dict:
    """The whole site, every language, built by ``engine`` into ``out``; ``{lang: seconds}`` and the
    total. SiteError when the kit or the engine found a problem."""
    root = Path(root or L.kit_root()).resolve()
    out = Path(out or root / OUT).resolve()
    work = Path(work or root / WORK).resolve()
    langs = langs or site_languages()
    collect = _Collect()
    log.addHandler(collect)
    times: dict = {}
    start = time.perf_counter()
    try:
        if out.exists() and any(out.iterdir()):
            if not (out / MARKER).is_file():  # never empty a folder the kit did not make
                raise SiteError(say("site_log_out_not_empty", path=out))
            shutil.rmtree(out)
        for lang in langs:
            began = time.perf_counter()
            config = make_pages(root, work, lang, langs)
            if collect.said:
                raise SiteError("\n".join(dict.fromkeys(collect.said)))
            run_engine(engine, config)
            out.mkdir(parents=True, exist_ok=True)
            shutil.move(str(config.parent / "site"), str(out / lang))
            times[lang] = time.perf_counter() - began
        finish(out, langs)
        (out / MARKER).write_text("Built by `artech site`: the next build replaces this folder.\n", encoding="utf-8")
    finally:
        log.removeHandler(collect)
    times["total"] = time.perf_counter() - start
    return times


def built_pages(out: Path) -> list[str]:
    """Every page of a built site, as ``<lang>/<address>``: what a test compares between engines."""
    out = Path(out)
    return sorted(p.parent.relative_to(out).as_posix() + "/" for p in out.rglob("index.html")
                  if p.parent != out and p.parent.name != "search")
