"""The ``artech`` command: start, workspace, check, validate, new, refresh."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import nbformat

from ..format import lesson as L
from ..messages import say
from .grade import CELL_LIMIT, check_notebook
from .workspace import WELCOME, default_workspace, write_workspace

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


def kernel_config() -> None:
    """Make this environment's kernels load the kit's kind errors before the first cell.

    A wheel installs this file itself (pyproject.toml, data-files); an editable install from a
    checkout does not, so ``artech start`` copies it once. Someone else's file is left alone."""
    target = Path(sys.prefix) / "etc" / "ipython" / "ipython_kernel_config.py"
    source = Path(__file__).resolve().parents[3] / "jupyter-config" / "ipython_kernel_config.py"
    if target.exists() or not source.is_file():
        return
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(source.read_text())
    except OSError:
        pass  # a read-only install: the kind words start at the first cell instead


# --- running a master ---------------------------------------------------------
def run_notebook(nb, cwd: Path, timeout: int = 300):
    from nbclient import NotebookClient

    client = NotebookClient(
        nb, timeout=timeout, kernel_name="python3", allow_errors=True,
        record_timing=False, resources={"metadata": {"path": str(cwd)}},
    )
    client.execute()
    return nb


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
    p.add_argument("--lesson", default=None, help="the lesson id, when the notebook does not say it")
    p.add_argument("--cell-limit", type=float, default=CELL_LIMIT,
                   help=f"seconds one cell may run (default {CELL_LIMIT:g}; or ARTECH_CELL_LIMIT)")
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
        kernel_config()
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
        report = check_notebook(args.notebook, lesson=args.lesson, cell_limit=args.cell_limit)
        if args.json:
            print(json.dumps(report, ensure_ascii=False))
        else:
            if report.get("problem"):
                print(report["problem"])
            words = {"done": say("status_done"), "not yet": say("status_not_yet"), "error": say("status_error")}
            for ex in report["exercises"]:
                hint = f" ({ex['hint']})" if ex.get("hint") else ""
                print(f"{words[ex['status']]:13}  {ex['id']}: {ex['message']}{hint}")
            if report["exercises"]:
                print(say("grade_summary", done=report["done"], total=report["total"], path=args.notebook))
        if report["lesson"] is None or not report["exercises"]:
            return 2
        return 0 if report["done"] == report["total"] else 1
    if args.command == "validate":
        from ..format.validate import all_problems

        problems, count = all_problems(args.path or L.kit_root())
        for problem in problems:
            print(problem)
        print(say("v_found", count=len(problems)) if problems else say("v_ok", count=count))
        return 2 if problems else 0
    if args.command == "new":
        from ..format.scaffold import new_lesson

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
        nbformat.write(L.student_copy(L.read(args.notebook), L.lesson_id(args.notebook.resolve().parent)), args.out)
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
