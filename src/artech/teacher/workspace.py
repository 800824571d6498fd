"""A student's workspace: a copy of every lesson, made by the kit, that never overwrites a student's file."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import nbformat

from .. import i18n
from ..format import lesson as L
from ..format import translations as T
from ..messages import say

WELCOME = "welcome.ipynb"  # the English welcome page; each language names its own (locale/languages.yml)
NOT_FOR_STUDENTS = {"teacher", L.CHECKS, L.FACTS, L.MISTAKES, L.NOTEBOOK, ".ipynb_checkpoints", "__pycache__"}


def welcome_name(lang: str) -> str:
    return i18n.languages().get(lang, {}).get("welcome", WELCOME)


def notebook_name(lang: str) -> str:
    """A student's copy of a lesson: ``les.ipynb`` in Dutch, ``lesson.ipynb`` in English."""
    return i18n.languages().get(lang, {}).get("notebook", L.NOTEBOOK)


def _for_students(asset: Path, lesson_dir: Path, lang: str) -> bool:
    """A lesson's file a student of ``lang`` gets: not the kit's own files, not another language's picture,
    and not the English picture where this language has its own (``pixels.nl.svg`` for ``pixels.svg``)."""
    rel = asset.relative_to(lesson_dir)
    if set(rel.parts) & NOT_FOR_STUDENTS or rel.name.startswith(("lesson.", "checks.")):
        return False  # lesson.nl.ipynb, checks.nl.po: the kit's
    parts = rel.name.split(".")
    if len(parts) > 2 and parts[-2] in set(i18n.languages()) - {lang}:
        return False
    own = asset.with_name(f"{asset.stem}.{lang}{asset.suffix}")
    return not (lang != i18n.SOURCE and len(parts) == 2 and own.is_file())


def default_workspace() -> Path:
    return Path(os.environ.get("ARTECH_WORKSPACE", Path.home() / "ArTech"))


# --- workspace ------------------------------------------------------------
def _lesson_rows(root: Path, lang: str = i18n.SOURCE) -> list[dict]:
    """Every lesson in its ``lang`` edition (the English one where a language has none yet)."""
    rows = []
    for path in L.find_lessons(root):
        edition = T.edition_path(path.parent, lang)
        source = edition if edition.is_file() else path
        nb = L.read(source)
        rows.append({**L.facts(path, nb), "nb": nb, "lang": lang if source == edition else i18n.SOURCE})
    return rows


STRAND_WORDS = {"design": "strand_design", "programming": "strand_programming", "tinkering": "strand_tinkering"}


def _project_links(folder: Path) -> list[tuple[str, str]]:
    """(title, link) of every project brief in a workspace, for the welcome page."""
    from ..format.project import brief_title

    found = []
    for brief in sorted((folder / "projects").glob("*/brief.md")):
        title = brief_title(brief, brief.parent.name)
        found.append((title, brief.relative_to(folder).as_posix()))
    return found


def welcome_notebook(rows: list[dict], lang: str = i18n.SOURCE, projects: list[tuple[str, str]] = ()) -> nbformat.NotebookNode:
    """The page a student lands on: every lesson, by level, with a link."""
    with i18n.use(lang):
        lines = [say("welcome_title"), "", say("welcome_intro"), "", say("welcome_how"), "",
                 say("welcome_step_run"), say("welcome_step_answer"), say("welcome_step_check"), "",
                 say("welcome_safe")]
        for level in sorted({r["level"] for r in rows}):
            lines += ["", say("welcome_level", level=level, ages=L.LEVEL_AGES.get(level, "?")), ""]
            for r in rows:
                if r["level"] == level:
                    rel = f"{r['strand']}/{r['path'].parent.name}/{notebook_name(lang)}"
                    lines.append(say("welcome_lesson", strand=say(STRAND_WORDS[r["strand"]]),
                                     title=r["title"], link=rel))
        if projects:
            lines += ["", say("welcome_projects"), ""]
            lines += [say("welcome_project", title=title, link=link) for title, link in projects]
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("\n".join(lines))]
    nb.cells[0].metadata.update({"editable": False, "deletable": False})
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata[L.META_KEY] = {"lang": lang, "page": "welcome"}
    return nb


def _digest(nb) -> str:
    """What the welcome page says, not how the file is laid out: JupyterLab's autosave rewrites the
    file (metadata, ids, indentation) without changing a word, and that must not freeze the list."""
    text = "\n\x00".join(str(c.get("source", "")) for c in nb.cells)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _file_digest(path: Path) -> str | None:
    """What a file in the workspace holds: a notebook's words (so autosave changes nothing), else its bytes."""
    try:
        if path.suffix == ".ipynb":
            return _digest(nbformat.read(path, as_version=4))
        return hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    except Exception:  # unreadable, or a notebook that is not one any more: the student's, not the kit's
        return None


def _beside(target: Path, lang: str, n: int) -> Path:
    """Where a newer version goes when the student changed theirs: ``les.nieuw.ipynb``, ``les.nieuw-2.ipynb``."""
    word = i18n.languages().get(lang, {}).get("newer", "new")
    return target.with_name(f"{target.stem}.{word}{'' if n == 1 else f'-{n}'}{target.suffix}")


PLACED = ".artech-placed.json"  # what the kit put in the workspace, file by file, so it knows what a student changed


def _read_placed(folder: Path) -> dict:
    try:
        data = json.loads((folder / PLACED).read_text(encoding="utf-8"))
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _write_trusted(nb, target: Path) -> None:
    """Write a student copy the kit made, and trust it, so JupyterLab shows its pictures before a re-run."""
    try:
        from nbformat.sign import NotebookNotary

        NotebookNotary().sign(nb)
    except Exception:  # no signature store: the pictures show once the cell runs
        pass
    nbformat.write(nb, target)


def _place_lessons(rows: list[dict], folder: Path, lang: str, place) -> None:
    """Each lesson's student copy and the files it uses, at ``<strand>/<slug>/`` in the workspace."""
    for r in rows:
        lesson_dir = r["path"].parent
        dest_dir = folder / lesson_dir.relative_to(lesson_dir.parent.parent)  # <strand>/<slug>: the lesson id
        student = L.student_copy(r["nb"], r["id"])
        place(dest_dir / notebook_name(lang), lambda t, s=student: _write_trusted(s, t), _digest(student))
        for asset in sorted(lesson_dir.rglob("*")):
            rel = asset.relative_to(lesson_dir)
            if asset.is_file() and _for_students(asset, lesson_dir, lang):
                place(dest_dir / rel, lambda t, a=asset: shutil.copy2(a, t), _file_digest(asset))


def _place_projects(root: Path, folder: Path, lang: str, place) -> None:
    """Each written project: its brief, its steps' student copies and its data, at ``projects/<id>/``."""
    import yaml

    from ..format import project as P

    for pdir in P.find_projects(root):
        try:
            facts = yaml.safe_load((pdir / P.FACTS).read_text(encoding="utf-8")) or {}
            steps = [str(s["id"]) for s in facts.get("steps") or [] if isinstance(s, dict) and s.get("id")]
        except (OSError, yaml.YAMLError, AttributeError, TypeError):
            continue  # not a written project yet, or broken: artech validate says what to do
        dest = folder / "projects" / pdir.name
        brief = P.brief_text(pdir, root, lang)  # with the lessons that prepare it listed by title
        if brief is not None:
            place(dest / P.BRIEF, lambda t, b=brief: t.write_text(b, encoding="utf-8"),
                  hashlib.sha256(brief.encode()).hexdigest()[:16])
        rubric = P.edition(pdir, P.RUBRIC, lang)
        rubric = rubric if rubric.is_file() else pdir / P.RUBRIC
        if rubric.is_file():  # in the student's language, for peer review
            place(dest / P.RUBRIC, lambda t, r=rubric: shutil.copy2(r, t), _file_digest(rubric))
        for step in steps:
            step_dir = pdir / P.STEPS / step
            edition = T.edition_path(step_dir, lang)
            source = edition if edition.is_file() else step_dir / L.NOTEBOOK
            if not source.is_file():
                continue
            student = L.student_copy(L.read(source), f"{pdir.name}-{step}")
            place(dest / P.STEPS / step / notebook_name(lang), lambda t, s=student: _write_trusted(s, t), _digest(student))
            for asset in sorted(step_dir.rglob("*")):
                if asset.is_file() and _for_students(asset, step_dir, lang):
                    place(dest / P.STEPS / step / asset.relative_to(step_dir), lambda t, a=asset: shutil.copy2(a, t),
                          _file_digest(asset))
        for data in sorted((pdir / P.DATA).glob("*")) if (pdir / P.DATA).is_dir() else []:
            if data.is_file():
                place(dest / P.DATA / data.name, lambda t, a=data: shutil.copy2(a, t), _file_digest(data))
        from .journal import journal_name, journal_notebook, review_name, review_notebook

        # The journal and the review are the team's from the first word: kept as they are, never updated
        # (the digest of what is there tells place() it is already this version).
        for target, page in ((dest / journal_name(lang), journal_notebook(pdir, root, lang)),
                             (dest / review_name(lang), review_notebook(pdir, lang))):
            if page is not None:
                digest = _file_digest(target) if target.exists() else _digest(page)
                place(target, lambda t, nb=page: nbformat.write(nb, t), digest)


def write_workspace(folder: Path, root: Path | None = None, out=print, lang: str | None = None,
                    updates: list[Path] | tuple = (), report_kept: bool = True,
                    changed: list | None = None) -> tuple[int, int]:
    """Write a student copy of every lesson into ``folder`` in ``lang``; never lose a student's work.

    ``updates`` are more lesson folders (a teacher's, pulled by an update link); a lesson there replaces
    the kit's lesson with the same id. A file the kit placed before and the student never changed is
    brought up to date; a file the student changed stays exactly as it is, and a newer version of it
    arrives beside it (``les.nieuw.ipynb``). A workspace started in another language later gets that
    edition beside each lesson. ``out`` hears each file's fate (``report_kept=False``: only the changes)
    and a summary; ``changed`` (a list) gets the path of each file added or updated. Returns (files added or updated, files left as they were)."""
    root = Path(root) if root else L.kit_root()
    folder = Path(folder)
    lang = i18n.known(lang) or i18n.chosen()
    rows = {r["id"]: r for r in _lesson_rows(root, lang)}
    for extra in updates:
        for r in _lesson_rows(Path(extra), lang):
            rows[r["id"]] = r  # the teacher's newer lesson; a new id is a new lesson (it lists last)
    rows = list(rows.values())
    added = kept = 0
    placed = _read_placed(folder)

    def place(target: Path, write, digest: str) -> None:
        nonlocal added, kept
        for n in range(1, 100):
            spot = target if n == 1 else _beside(target, lang, n - 1)
            key = spot.relative_to(folder).as_posix()
            if not spot.exists():
                spot.parent.mkdir(parents=True, exist_ok=True)
                write(spot)
                placed[key] = digest
                added += 1
                if changed is not None:
                    changed.append(spot)
                out(say("workspace_added", path=spot.relative_to(folder)) if spot == target else
                    say("workspace_beside", path=spot.relative_to(folder), yours=target.relative_to(folder)))
                return
            now = _file_digest(spot)
            if now == digest:  # already this version (the kit's, or the same words)
                placed.setdefault(key, digest)
                break
            if key in placed and now == placed[key]:  # the kit's older version, never changed: update it
                write(spot)
                placed[key] = digest
                added += 1
                if changed is not None:
                    changed.append(spot)
                out(say("workspace_updated", path=spot.relative_to(folder)))
                return
            if placed.get(key) == digest or (n == 1 and key not in placed):
                break  # their work on a copy the kit has nothing newer for, or a file the kit never placed
        kept += 1
        if report_kept:
            out(say("workspace_kept", path=target.relative_to(folder)))

    with i18n.use(lang):
        try:
            _place_lessons(rows, folder, lang, place)
            _place_projects(root, folder, lang, place)
        finally:  # what was placed is remembered even when a step fails half-way
            if placed:
                folder.mkdir(parents=True, exist_ok=True)
                (folder / PLACED).write_text(json.dumps(placed, indent=1, sort_keys=True), encoding="utf-8")
        # The welcome page is the kit's, not the student's: refresh it unless someone changed its words.
        welcome = folder / welcome_name(lang)
        page = welcome_notebook(rows, lang, _project_links(folder))
        marker = folder / (".artech-welcome" if lang == i18n.SOURCE else f".artech-welcome-{lang}")
        try:
            untouched = marker.read_text().strip() == _digest(nbformat.read(welcome, as_version=4))
        except Exception:  # no page yet, no marker, or a page that is not a notebook any more
            untouched = not welcome.exists()
        if untouched:
            folder.mkdir(parents=True, exist_ok=True)
            nbformat.write(page, welcome)
            marker.write_text(_digest(page))
        out(say("workspace_summary", added=added, kept=kept, folder=folder))
    return added, kept
