"""The MkDocs hooks of the teacher site: ``mkdocs.yml`` names this file under ``hooks:``.

MkDocs loads this file by its path, so it imports the rest of the site as ``artech.site.*``; each
event only puts those parts together (see ``artech/site/__init__.py`` for what each module does):

- ``on_config``: read the plan, the lessons and the projects; make the navigation;
- ``on_files``: add each lesson's student view, its teacher guide and its public files (never its
  ``checks.py`` or ``lesson.yml``), and each project's page and files;
- ``on_page_markdown``: fill in the ``<!-- artech:NAME -->`` lines of the pages in ``docs/``;
- ``on_page_content`` / ``on_post_page``: tidy and check lesson pages; load nothing from another host.

Every word the site writes comes from the site's catalogue (``artech.site.words``). The site is built
in English for now: each hook does its work inside ``i18n.use(SITE_LANGUAGE)`` (:func:`_speaks`), so
the build never depends on the computer's language or ``ARTECH_LANG``.
"""

from __future__ import annotations

import functools
import os
import posixpath
import shutil
import tempfile
from pathlib import Path

import nbformat
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from artech import i18n
from artech.site import guide, navigation, parts, projects, sources, student, tidy
from artech.site.links import log
from artech.site.words import say

SITE_LANGUAGE = i18n.SOURCE  # the language the site is built in (a Dutch site comes later)

_site: dict = {}  # what one build knows; filled by on_config


def _speaks(hook):
    """The hook, doing its work in the site's language: every page, title and warning it makes."""

    @functools.wraps(hook)
    def run(*args, **kwargs):
        with i18n.use(SITE_LANGUAGE):
            return hook(*args, **kwargs)

    return run


def _root(config) -> Path:
    return Path(os.path.abspath(config.config_file_path)).parent


@_speaks
def on_config(config, **kwargs):
    root = _root(config)
    plan = sources.load_plan(root)
    lessons = sources.lesson_records(root, plan)
    _site.clear()
    _site.update(root=root, plan=plan, lessons=lessons, lessons_by_id={r["id"]: r for r in lessons})
    _site["projects"] = sources.project_records(root, plan, lessons)
    config.nav = navigation.nav(_site, Path(config.docs_dir))
    return config


def _add(files: Files, file: File) -> None:
    old = files.get_file_from_path(file.src_uri)
    if old is not None:
        log.warning(f"artech: {say('site_log_generated_copy', file=file.src_uri)}")
        files.remove(old)
    files.append(file)


def _add_assets(found: list[tuple[str, Path]], prefix: str, config, files: Files) -> None:
    for rel, asset in found:
        _add(files, File.generated(config, f"{prefix}/{rel}", abs_src_path=str(asset)))


@event_priority(50)  # before mkdocs-jupyter wraps the notebooks
@_speaks
def on_files(files: Files, config, **kwargs):
    build = Path(tempfile.mkdtemp(prefix="artech-site-"))
    _site["build"] = build
    for rec in _site["lessons"]:
        if not rec.get("written"):
            continue
        target = build / rec["page"]
        target.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(student.student_view(rec["nb"], rec["id"]), target)
        _add(files, File(rec["page"], str(build), config.site_dir, config.use_directory_urls))
        _add(files, File.generated(config, rec["guide"], content=guide.teacher_guide(rec, _site)))
        _add_assets(sources.lesson_assets(rec["folder"]), rec["base"], config, files)
    for p in _site["projects"]:
        _add(files, File.generated(config, p["page"], content=projects.project_page(p, _site)))
        if p.get("folder"):
            _add_assets(sources.public_assets(p["folder"]), posixpath.dirname(p["page"]), config, files)
    return files


@_speaks
def on_page_markdown(markdown: str, page, config, files, **kwargs):
    return parts.fill(markdown, _site, page.file.src_uri)


@_speaks
def on_page_content(html_text: str, page, config, files, **kwargs):
    """Tidy a lesson page and check its links: MkDocs does not look inside notebooks."""
    if not tidy.is_notebook_page(html_text):
        return html_text
    html_text = tidy.lesson_content(html_text)
    for link in tidy.broken_links(html_text, page.url, {f.url for f in files}):
        source = page.file.src_uri.replace("index.ipynb", "lesson.ipynb")
        log.warning(f"artech: {say('site_log_broken_link', page=source, link=link)}")
    return html_text


@_speaks
def on_post_page(output: str, page, config, **kwargs):
    return tidy.page_output(output, page.url)


def on_post_build(config, **kwargs):
    build = _site.pop("build", None)
    if build:
        shutil.rmtree(build, ignore_errors=True)


def on_build_error(error, **kwargs):
    on_post_build(None)


def on_serve(server, config, builder, **kwargs):
    root = _root(config)
    for path in (root / "lessons", root / "projects", root / "curriculum.yml"):
        if path.exists():
            server.watch(str(path))
    return server
