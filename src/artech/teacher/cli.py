"""The ``artech`` command: start, workspace, check, validate, new, refresh."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

# nbformat validates with jsonschema, which imports rfc3987_syntax when it is installed (JupyterLab's
# jupyter-events brings it) and spends about 3 s building a grammar for IRIs on every start. No
# notebook needs it: the `artech` command does without, so `artech check` and each notebook that
# `artech grade` checks start in a fraction of that (measured: scripts/benchmark.py).
sys.modules.setdefault("rfc3987_syntax", None)

import nbformat  # noqa: E402

from ..format import lesson as L  # noqa: E402
from ..messages import say  # noqa: E402
from .grade import CELL_LIMIT, check_notebook  # noqa: E402
from .. import i18n  # noqa: E402
from ..format.messages import say as teacher_say  # noqa: E402
from .workspace import default_workspace, welcome_name, write_workspace  # noqa: E402

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


def lab_language(folder: Path, lang: str, chosen: bool) -> Path:
    """JupyterLab's own menus in the workspace's language ("Uitvoeren ▸ …" beside a Dutch lesson).

    The setting lives in the workspace (a hidden folder), so each student's menus follow their own
    workspace. It is written when there is none yet, or when ``--lang`` chose a language."""
    settings = folder / ".artech" / "lab-settings"
    target = settings / "@jupyterlab" / "translation-extension" / "plugin.jupyterlab-settings"
    if chosen or not target.exists():
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            locale = i18n.languages().get(lang, {}).get("jupyterlab", "en")
            target.write_text(json.dumps({"locale": locale}, indent=2))
        except OSError:
            pass  # a read-only workspace: the menus stay as they were
    return settings


def _translate(args) -> int:
    from . import translate as tr

    if args.action == "update":
        return tr.update(args.root)
    if args.action == "status":
        return tr.status(args.root, lang=i18n.known(args.lang) or args.lang)
    if args.action == "new":
        if not args.target:
            print(teacher_say("cli_translate_new_needs"))
            return 2
        return tr.new_language(args.target, args.name or args.target, args.root)
    if not args.target or not args.lang:  # stamp
        print(teacher_say("cli_translate_stamp_needs"))
        return 2
    return tr.stamp(Path(args.target), args.lang, args.cell, args.all)


def _link(args) -> int:
    """The nbgitpuller link that brings a teacher's lessons to every student on the hub."""
    from .hubext import NAME, update_link

    repo = args.repo.strip()
    if not repo.startswith(("https://", "http://", "file://", "ssh://", "git@")):
        print(teacher_say("cli_link_bad_repo", repo=repo))
        return 2
    if not args.hub or not args.hub.startswith(("https://", "http://")):
        print(teacher_say("cli_link_needs_hub", hub=args.hub or ""))
        return 2
    name = args.name or repo.rstrip("/").rsplit("/", 1)[-1].removesuffix(".git")
    if not NAME.match(name):
        print(teacher_say("cli_link_bad_name", name=name))
        return 2
    print(update_link(args.hub, repo, args.branch, name))
    print(teacher_say("cli_link_done", name=name))
    return 0


# --- running a master ---------------------------------------------------------
def run_notebook(nb, cwd: Path, timeout: int = 300, path: Path | None = None):
    """Run ``nb`` in ``cwd``; the kernel is told the notebook's ``path``, as JupyterLab tells it."""
    from nbclient import NotebookClient

    before = os.environ.get("JPY_SESSION_NAME")
    if path is not None:
        os.environ["JPY_SESSION_NAME"] = str(Path(path).resolve())

    client = NotebookClient(
        nb, timeout=timeout, kernel_name="python3", allow_errors=True,
        record_timing=False, resources={"metadata": {"path": str(cwd)}},
    )
    try:
        client.execute()
    finally:
        if before is None:
            os.environ.pop("JPY_SESSION_NAME", None)
        else:
            os.environ["JPY_SESSION_NAME"] = before
    return nb


# --- refresh ----------------------------------------------------------------
def refresh(path: Path) -> None:
    """Run a lesson and store its outputs: what nbval then proves and the site shows."""
    nb = L.read(path)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
            cell.metadata.pop("execution", None)
    run_notebook(nb, Path(path).parent, path=path)
    nbformat.write(nb, path)


def _grade(args) -> int:
    """``artech grade``: a class's notebooks, checked in isolation and in parallel, into one report."""
    from . import classgrade, report

    def progress(done, total):
        print(f"\r{teacher_say('grade_progress', done=done, total=total)}", end="", file=sys.stderr, flush=True)

    try:
        roster = classgrade.read_roster(args.roster)
        result = classgrade.grade_class(args.paths, lesson=args.lesson, roster=roster, jobs=args.jobs,
                                        cell_limit=args.cell_limit, memory_mb=args.memory or classgrade.MEMORY_MB,
                                        progress=progress)
    except ValueError as err:
        print(err)
        return 2
    print(file=sys.stderr)
    html_path, csv_path = report.write(result, args.out)
    print(teacher_say("grade_written", html=html_path, csv=csv_path, rows=len(result["rows"]),
                      seconds=f"{result['seconds']:.0f}"))
    return 0


def _site(args) -> int:
    """``artech site``: build the teacher site in every language; a kind message when it cannot."""
    try:
        from ..site import build
    except ImportError as exc:  # the site tools are not installed in a student's environment
        print(teacher_say("site_needs_tools", module=exc.name or "mkdocs"))
        return 2
    root = (args.root or L.kit_root()).resolve()
    out = (args.out or root / build.OUT).resolve()
    try:
        times = build.build(root, out, engine=args.engine)
    except build.SiteError as err:
        print(err)
        return 2
    langs = [lang for lang in times if lang != "total"]
    print(teacher_say("site_built", path=out / "index.html", engine=args.engine, languages=", ".join(langs),
                      seconds=f"{times['total']:.1f}"))
    return 0


# --- command line -----------------------------------------------------------
def _parser() -> argparse.ArgumentParser:
    t = teacher_say
    langs = sorted(i18n.languages())
    parser = argparse.ArgumentParser(prog="artech", description=t("cli_description"))
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("start", help=t("cli_start"))
    p.add_argument("--dir", type=Path, default=None, help=t("cli_dir"))
    p.add_argument("--lang", choices=langs, default=None, help=t("cli_lang"))
    p.add_argument("--no-browser", action="store_true", help=t("cli_no_browser"))
    p.add_argument("--port", type=int, default=None)
    p = sub.add_parser("workspace", help=t("cli_workspace"))
    p.add_argument("dir", type=Path)
    p.add_argument("--lang", choices=langs, default=None, help=t("cli_lang"))
    p = sub.add_parser("check", help=t("cli_check"))
    p.add_argument("notebook", type=Path)
    p.add_argument("--json", action="store_true", help=t("cli_json"))
    p.add_argument("--lesson", default=None, help=t("cli_lesson"))
    p.add_argument("--cell-limit", type=float, default=CELL_LIMIT, help=t("cli_cell_limit", seconds=f"{CELL_LIMIT:g}"))
    p = sub.add_parser("grade", help=t("cli_grade"))
    p.add_argument("paths", type=Path, nargs="+", help=t("cli_grade_paths"))
    p.add_argument("--lesson", default=None, help=t("cli_lesson"))
    p.add_argument("--roster", type=Path, default=None, help=t("cli_grade_roster"))
    p.add_argument("--out", type=Path, default=Path("artech-report"), help=t("cli_grade_out"))
    p.add_argument("--jobs", type=int, default=None, help=t("cli_grade_jobs"))
    p.add_argument("--cell-limit", type=float, default=CELL_LIMIT, help=t("cli_cell_limit", seconds=f"{CELL_LIMIT:g}"))
    p.add_argument("--memory", type=int, default=None, help=t("cli_grade_memory", mb=2048))
    p = sub.add_parser("validate", help=t("cli_validate"))
    p.add_argument("path", type=Path, nargs="?", default=None)
    p.add_argument("--run", action="store_true", help=t("cli_validate_run"))
    p = sub.add_parser("new", help=t("cli_new"))
    p.add_argument("kind", choices=["lesson"])
    p.add_argument("--strand", required=True, choices=L.STRANDS)
    p.add_argument("--level", required=True, type=int, choices=[1, 2, 3, 4])
    p.add_argument("--title", required=True)
    p.add_argument("--root", type=Path, default=None, help=argparse.SUPPRESS)
    p = sub.add_parser("refresh", help=t("cli_refresh"))
    p.add_argument("paths", type=Path, nargs="*")
    p = sub.add_parser("student-copy", help=t("cli_student_copy"))
    p.add_argument("notebook", type=Path)
    p.add_argument("out", type=Path)
    p = sub.add_parser("site", help=t("cli_site"))
    p.add_argument("--engine", choices=["mkdocs", "zensical"], default="mkdocs", help=t("cli_site_engine"))
    p.add_argument("--out", type=Path, default=None, help=t("cli_site_out"))
    p.add_argument("--root", type=Path, default=None, help=argparse.SUPPRESS)
    p = sub.add_parser("review", help=t("cli_review"))
    p.add_argument("action", choices=["collect"])
    p.add_argument("paths", type=Path, nargs="+")
    p.add_argument("--out", type=Path, default=Path("artech-reviews"), help=t("cli_review_out"))
    p = sub.add_parser("journal", help=t("cli_journal"))
    p.add_argument("action", choices=["export"])
    p.add_argument("notebook", type=Path)
    p.add_argument("--out", type=Path, default=None, help=t("cli_journal_out"))
    p = sub.add_parser("project", help=t("cli_project"))
    p.add_argument("action", choices=["adapt"])
    p.add_argument("id")
    p.add_argument("--as", dest="new_id", required=True, help=t("cli_project_as"))
    p.add_argument("--root", type=Path, default=None, help=argparse.SUPPRESS)
    p = sub.add_parser("pack", help=t("cli_pack"))
    pack = p.add_subparsers(dest="action", required=True)
    q = pack.add_parser("export", help=t("cli_pack_export"))
    q.add_argument("folder", type=Path, help=t("cli_pack_folder"))
    q.add_argument("--out", type=Path, default=None, help=t("cli_pack_out"))
    q = pack.add_parser("import", help=t("cli_pack_import"))
    q.add_argument("archive", type=Path, help=t("cli_pack_archive"))
    q.add_argument("--into", type=Path, default=None, help=t("cli_pack_into"))
    p = sub.add_parser("link", help=t("cli_link"))
    p.add_argument("repo", help=t("cli_link_repo"))
    p.add_argument("--hub", default=None, help=t("cli_link_hub"))
    p.add_argument("--branch", default="main", help=t("cli_link_branch"))
    p.add_argument("--name", default=None, help=t("cli_link_name"))
    p = sub.add_parser("translate", help=t("cli_translate"))
    p.add_argument("action", choices=["update", "status", "stamp", "new"])
    p.add_argument("target", nargs="?", default=None, help=t("cli_translate_target"))
    p.add_argument("--lang", default=None, help=t("cli_lang"))
    p.add_argument("--cell", action="append", default=[], help=t("cli_cell"))
    p.add_argument("--all", action="store_true", help=t("cli_all_cells"))
    p.add_argument("--name", default=None, help=t("cli_language_name"))
    p.add_argument("--root", type=Path, default=None, help=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)

    if args.command == "workspace":
        write_workspace(args.dir, lang=args.lang)
        return 0
    if args.command == "start":
        folder = (args.dir or default_workspace()).resolve()
        lang = args.lang or i18n.chosen()
        os.environ["ARTECH_LANG"] = lang  # JupyterLab and every kernel it starts speak it too
        write_workspace(folder, lang=lang)
        quiet_jupyterlab_settings()
        kernel_config()
        settings = lab_language(folder, lang, chosen=bool(args.lang))
        cmd = [sys.executable, "-m", "jupyterlab", f"--ServerApp.root_dir={folder}", *OFFLINE_LAB,
               f"--LabApp.user_settings_dir={settings}"]
        if args.no_browser:
            cmd.append("--no-browser")
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            cmd.append("--allow-root")  # containers and CI run as root
        if args.port:
            cmd.append(f"--port={args.port}")
        cmd.append(welcome_name(lang))
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
    if args.command == "grade":
        return _grade(args)
    if args.command == "validate":
        from ..format.validate import all_problems

        problems, count = all_problems(args.path or L.kit_root(), run=args.run)
        for problem in problems:
            print(problem)
        from ..format.project import is_project_folder

        if problems:
            print(teacher_say("v_found", count=len(problems)))
        elif args.path and is_project_folder(args.path):
            print(teacher_say("v_project_ok", folder=args.path))
        else:
            print(teacher_say("v_ok", count=count))
        return 2 if problems else 0
    if args.command == "new":
        from ..format.scaffold import new_lesson

        try:
            path = new_lesson(args.root or L.kit_root(), args.strand, args.level, args.title)
        except ValueError as err:
            print(err)
            return 2
        print(teacher_say("made_lesson", path=path))
        return 0
    if args.command == "refresh":
        from ..format.project import find_projects, step_notebooks

        folders = args.paths or [p.parent for p in L.find_lessons()] + [
            p.parent for f in find_projects(L.kit_root()) for p in step_notebooks(f) if p.name == L.NOTEBOOK]
        for given in folders:  # a lesson folder: every edition of it; a notebook: that one
            for path in (sorted(given.glob("lesson*.ipynb")) if given.is_dir() else [given]):
                print(teacher_say("running", path=path))
                refresh(path)
        return 0
    if args.command == "translate":
        return _translate(args)
    if args.command == "site":
        return _site(args)
    if args.command == "pack":
        from .pack import run as run_pack

        return run_pack(args)
    if args.command == "link":
        return _link(args)
    if args.command == "review":
        from .reviews import collect

        page, reviews = collect(args.paths, args.out)
        print(teacher_say("reviews_written", path=page, reviews=len(reviews),
                          teams=len({r["team"] for r in reviews if r["team"]})))
        return 0
    if args.command == "journal":
        from .journal import JournalError, export

        try:
            page = export(args.notebook, args.out)
        except JournalError as err:
            print(err)
            return 2
        print(teacher_say("journal_exported", path=page))
        return 0
    if args.command == "project":
        from ..format import project as P

        try:
            folder = P.adapt(args.root or L.kit_root(), args.id, args.new_id)
        except P.ProjectError as err:
            print(err)
            return 2
        print(teacher_say("project_adapted", folder=folder))
        return 0
    if args.command == "student-copy":
        return _student_copy(args.notebook, args.out)
    return 1


def _student_copy(notebook: Path, out: Path) -> int:
    """Write the student copy of ``notebook`` to ``out`` (a file, or a folder to put it in); never over a file."""
    if out.is_dir():
        out = out / notebook.name
    if out.exists():
        print(teacher_say("student_copy_exists", path=out))
        return 2
    if not out.parent.is_dir():
        print(teacher_say("student_copy_no_folder", folder=out.parent))
        return 2
    try:
        nb = L.read(notebook)
    except L.LessonError as err:
        print(err)
        return 2
    nbformat.write(L.student_copy(nb, L.lesson_id(notebook.resolve().parent)), out)
    print(teacher_say("student_copy_written", path=out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
