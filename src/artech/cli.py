"""The ``artech`` command: start, workspace, check, validate, new, refresh."""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
from pathlib import Path

import nbformat

from . import lesson as L
from .checks import MIME
from .messages import say

WELCOME = "welcome.ipynb"
TEACHER_ONLY = {"teacher"}  # sub-folders of a lesson that stay out of the student copy


def default_workspace() -> Path:
    return Path(os.environ.get("ARTECH_WORKSPACE", Path.home() / "ArTech"))


# --- workspace ------------------------------------------------------------
def _lesson_rows(root: Path) -> list[dict]:
    rows = []
    for path in L.find_lessons(root):
        nb = L.read(path)
        m = L.meta(nb)
        rows.append({"path": path, "title": L.title(nb), "level": m.get("level"), "strand": m.get("strand"), "nb": nb})
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
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    return nb


def _digest(text: str) -> str:
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
        dest_dir = folder / lesson_dir.relative_to(lesson_dir.parent.parent)
        student = L.student_copy(r["nb"])
        place(dest_dir / "lesson.ipynb", lambda t, s=student: _write_trusted(s, t))
        for asset in sorted(lesson_dir.rglob("*")):
            rel = asset.relative_to(lesson_dir)
            skip = set(rel.parts) & (TEACHER_ONLY | {".ipynb_checkpoints", "__pycache__"})
            if asset.is_file() and asset.name != "lesson.ipynb" and not skip:
                place(dest_dir / rel, lambda t, a=asset: shutil.copy2(a, t))
    # The welcome page is the kit's, not the student's: refresh it unless someone edited it.
    welcome = folder / WELCOME
    text = nbformat.writes(welcome_notebook(rows))
    marker = folder / ".artech-welcome"
    untouched = welcome.exists() and marker.exists() and marker.read_text() == _digest(welcome.read_text())
    if not welcome.exists() or untouched:
        folder.mkdir(parents=True, exist_ok=True)
        welcome.write_text(text)
        marker.write_text(_digest(text))
    out(say("workspace_summary", added=added, kept=kept, folder=folder))
    return added, kept


# --- start ----------------------------------------------------------------
# A classroom kit works offline and asks students nothing they cannot answer:
# no news feed, no update check, no extension installs from the internet.
OFFLINE_LAB = [
    "--LabApp.news_url=None",
    "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    "--LabApp.extension_manager=readonly",
]
LAB_OVERRIDES = {
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
}


def quiet_jupyterlab_settings() -> None:
    """Turn off JupyterLab's news prompt for this environment (only if nobody set overrides)."""
    target = Path(sys.prefix) / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    if not target.exists():
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(json.dumps(LAB_OVERRIDES, indent=2))
        except OSError:
            pass  # a read-only install: the prompt shows, nothing breaks


# --- check ----------------------------------------------------------------
def run_notebook(nb, cwd: Path, timeout: int = 300):
    from nbclient import NotebookClient

    client = NotebookClient(
        nb, timeout=timeout, kernel_name="python3", allow_errors=True,
        record_timing=False, resources={"metadata": {"path": str(cwd)}},
    )
    client.execute()
    return nb


def check_notebook(path: Path) -> dict:
    """Run a lesson headless and report each exercise: done, not yet or error."""
    nb = L.read(path)
    run_notebook(nb, Path(path).parent)
    results: dict[str, dict] = {}
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {}).get(MIME)
            if data:
                results[data["id"]] = data
    broken = [o for c in nb.cells if L.is_checks(c) for o in c.get("outputs", []) if o.get("output_type") == "error"]
    report = []
    for ex in L.exercises(nb):
        got = results.get(ex["id"])
        if broken:  # the lesson's own checks cell failed: a problem in the lesson, not the student's work
            got = {"id": ex["id"], "status": "error",
                   "message": f"the checks cell stopped with {broken[0]['ename']}: {broken[0]['evalue']}"}
        if got is None:
            errors = [o for o in nb.cells[ex["check"]].get("outputs", []) if o.get("output_type") == "error"]
            detail = f"{errors[0]['ename']}: {errors[0]['evalue']}" if errors else "the check cell showed no result"
            got = {"id": ex["id"], "status": "error", "message": detail}
        message = got["message"] + (f" Hint: {got['hint']}" if got.get("hint") else "")
        report.append({"id": ex["id"], "status": got["status"], "message": message})
    return {"notebook": str(path), "exercises": report}


# --- refresh ----------------------------------------------------------------
def refresh(path: Path) -> None:
    """Run a lesson and store its outputs: what nbval then proves and the site shows."""
    nb = L.read(path)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
            cell.metadata.pop("execution", None)
    run_notebook(nb, Path(path).parent)
    nbformat.write(nb, path)


# --- command line -----------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="artech", description="ArTech: the art & technology curriculum kit.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("start", help="make your workspace and open it in JupyterLab")
    p.add_argument("--dir", type=Path, default=None, help="workspace folder (default: ~/ArTech)")
    p.add_argument("--no-browser", action="store_true", help="start JupyterLab without opening a browser")
    p.add_argument("--port", type=int, default=None)
    p = sub.add_parser("workspace", help="write a student copy of every lesson into DIR (never overwrites)")
    p.add_argument("dir", type=Path)
    p = sub.add_parser("check", help="run a notebook headless and report every exercise")
    p.add_argument("notebook", type=Path)
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p = sub.add_parser("validate", help="check every lesson and the curriculum plan")
    p.add_argument("path", type=Path, nargs="?", default=None)
    p = sub.add_parser("new", help="scaffold a new lesson that already validates")
    p.add_argument("kind", choices=["lesson"])
    p.add_argument("--strand", required=True, choices=L.STRANDS)
    p.add_argument("--level", required=True, type=int, choices=[1, 2, 3, 4])
    p.add_argument("--title", required=True)
    p.add_argument("--root", type=Path, default=None, help=argparse.SUPPRESS)
    p = sub.add_parser("refresh", help="re-run lessons and store their outputs")
    p.add_argument("paths", type=Path, nargs="*")
    p = sub.add_parser("student-copy", help="write the student copy of one lesson to OUT")
    p.add_argument("notebook", type=Path)
    p.add_argument("out", type=Path)
    args = parser.parse_args(argv)

    if args.command == "workspace":
        write_workspace(args.dir)
        return 0
    if args.command == "start":
        folder = (args.dir or default_workspace()).resolve()
        write_workspace(folder)
        quiet_jupyterlab_settings()
        cmd = [sys.executable, "-m", "jupyterlab", f"--ServerApp.root_dir={folder}", *OFFLINE_LAB]
        if args.no_browser:
            cmd.append("--no-browser")
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            cmd.append("--allow-root")  # containers and CI run as root
        if args.port:
            cmd.append(f"--port={args.port}")
        cmd.append(WELCOME)
        sys.stdout.flush()
        os.chdir(folder)  # JupyterLab opens the welcome page relative to where it starts
        os.execv(sys.executable, cmd)
    if args.command == "check":
        try:
            report = check_notebook(args.notebook)
        except L.LessonError as err:
            print(json.dumps({"notebook": str(args.notebook), "error": str(err)}) if args.json else err)
            return 2
        if args.json:
            print(json.dumps(report, ensure_ascii=False))
        else:
            marks = {"done": "✅", "not yet": "🌱", "error": "🔧"}
            for ex in report["exercises"]:
                print(f"{marks[ex['status']]} {ex['status']:7}  {ex['id']}: {ex['message']}")
        return 0
    if args.command == "validate":
        from .validate import all_problems

        problems, count = all_problems(args.path or L.kit_root())
        for problem in problems:
            print(problem)
        print(say("v_found", count=len(problems)) if problems else say("v_ok", count=count))
        return 2 if problems else 0
    if args.command == "new":
        from .scaffold import new_lesson

        try:
            path = new_lesson(args.root or L.kit_root(), args.strand, args.level, args.title)
        except ValueError as err:
            print(err)
            return 2
        print(f"made {path}")
        return 0
    if args.command == "refresh":
        paths = args.paths or L.find_lessons()
        for path in paths:
            path = path / "lesson.ipynb" if path.is_dir() else path
            print(f"running {path}")
            refresh(path)
        return 0
    if args.command == "student-copy":
        nbformat.write(L.student_copy(L.read(args.notebook)), args.out)
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
