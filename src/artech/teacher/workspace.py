"""A student's workspace: a copy of every lesson, made by the kit, that never overwrites a student's file."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import nbformat

from ..format import lesson as L
from ..messages import say

WELCOME = "welcome.ipynb"
NOT_FOR_STUDENTS = {"teacher", L.CHECKS, L.FACTS, L.NOTEBOOK, ".ipynb_checkpoints", "__pycache__"}


def default_workspace() -> Path:
    return Path(os.environ.get("ARTECH_WORKSPACE", Path.home() / "ArTech"))


# --- workspace ------------------------------------------------------------
def _lesson_rows(root: Path) -> list[dict]:
    rows = []
    for path in L.find_lessons(root):
        nb = L.read(path)
        rows.append({**L.facts(path, nb), "nb": nb})
    return rows


def welcome_notebook(rows: list[dict]) -> nbformat.NotebookNode:
    """The page a student lands on: every lesson, by level, with a link."""
    lines = [
        "# Welcome to ArTech 👋",
        "",
        "Here you design, program and tinker with real things.",
        "Pick the lesson your teacher gives you and click its name.",
        "",
        "**How a lesson works**",
        "",
        "1. Read a box, then click the code below it and press **Shift+Enter** to run it.",
        "2. Where you see `...` or ✏️, it is your turn: write your answer there.",
        "3. Run the `check(...)` cell under it. 🌱 *Not yet* is fine: read the hint and try again.",
        "",
        "Your work is saved in this folder. It stays yours, even when the kit is updated.",
    ]
    for level in sorted({r["level"] for r in rows}):
        lines += ["", f"## Level {level} (ages {L.LEVEL_AGES.get(level, '?')})", ""]
        for r in rows:
            if r["level"] == level:
                rel = r["path"].relative_to(r["path"].parent.parent.parent).as_posix()
                lines.append(f"- {r['strand'].capitalize()}: [{r['title']}]({rel})")
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("\n".join(lines))]
    nb.cells[0].metadata.update({"editable": False, "deletable": False})
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    return nb


def _digest(nb) -> str:
    """What the welcome page says, not how the file is laid out: JupyterLab's autosave rewrites the
    file (metadata, ids, indentation) without changing a word, and that must not freeze the list."""
    text = "\n\x00".join(str(c.get("source", "")) for c in nb.cells)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _write_trusted(nb, target: Path) -> None:
    """Write a student copy the kit made, and trust it, so JupyterLab shows its pictures before a re-run."""
    try:
        from nbformat.sign import NotebookNotary

        NotebookNotary().sign(nb)
    except Exception:  # no signature store: the pictures show once the cell runs
        pass
    nbformat.write(nb, target)


def write_workspace(folder: Path, root: Path | None = None, out=print) -> tuple[int, int]:
    """Write a student copy of every lesson into ``folder``; never overwrite anything."""
    root = Path(root) if root else L.kit_root()
    folder = Path(folder)
    rows = _lesson_rows(root)
    added = kept = 0

    def place(target: Path, write) -> None:
        nonlocal added, kept
        if target.exists():
            kept += 1
            out(say("workspace_kept", path=target.relative_to(folder)))
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        write(target)
        added += 1
        out(say("workspace_added", path=target.relative_to(folder)))

    for r in rows:
        lesson_dir = r["path"].parent
        dest_dir = folder / lesson_dir.relative_to(lesson_dir.parent.parent)  # <strand>/<slug>: the lesson id
        student = L.student_copy(r["nb"], r["id"])
        place(dest_dir / L.NOTEBOOK, lambda t, s=student: _write_trusted(s, t))
        for asset in sorted(lesson_dir.rglob("*")):
            rel = asset.relative_to(lesson_dir)
            if asset.is_file() and not set(rel.parts) & NOT_FOR_STUDENTS:
                place(dest_dir / rel, lambda t, a=asset: shutil.copy2(a, t))
    # The welcome page is the kit's, not the student's: refresh it unless someone changed its words.
    welcome = folder / WELCOME
    page = welcome_notebook(rows)
    marker = folder / ".artech-welcome"
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


