"""``artech grade``: every notebook a class handed in for one lesson, checked in isolation, in parallel.

Each submission is checked by ``artech check`` (``grade.check_notebook``: the lesson's own checks from
the kit, never the submission's; a time limit per cell) in a process of its own, with its own Python
kernel and temporary folder, and with:

- a memory cap (the operating system's address-space limit, inherited by its kernel);
- a time limit for the whole notebook, after which the process and its kernel are stopped;
- no network and no reading of the kit's lessons or the other submissions from Python
  (``grade.GUARD``; honest about its reach: see docs/guides/school-ict.md).

One broken, hanging, huge, forged or foreign file never stops the class: it gets its own row, saying
what was wrong. A notebook whose code reaches into the checks, whose check cells were removed, or
whose stored outputs say "done" where the re-run does not, is flagged for a conversation and never
counted done. The rows go to ``report`` for the HTML and CSV pages.
"""

from __future__ import annotations

import collections
import csv
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .. import i18n
from ..format import lesson as L
from ..format.messages import say

MAX_BYTES = 20 * 1024 * 1024  # a notebook of a lesson is far smaller; a bigger file is not read
MEMORY_MB = int(os.environ.get("ARTECH_GRADE_MEMORY_MB", 2048))
SKIP_DIRS = {".ipynb_checkpoints", "__pycache__", ".git"}
# Code that reaches into the checking itself: the teacher talks with the student, the kit counts nothing.
TAMPER = re.compile(r"\b(?:artech\.checks|_artech_grade|sys\.modules|builtins|__builtins__|importlib|"
                    r"checks\.py|lesson(?:\.[a-z]{2})?\.ipynb|setattr\s*\(\s*check|(?<![\w.])check\s*=(?!=))")
DONE_OUTPUT = re.compile(r'artech-check artech-done')


def find_submissions(paths) -> list[Path]:
    """Every notebook in ``paths`` (files, and folders searched all the way down), in a stable order."""
    found: list[Path] = []
    for given in paths:
        given = Path(given)
        if given.is_dir():
            found += sorted(p for p in given.rglob("*.ipynb")
                            if p.is_file() and not set(p.relative_to(given).parts) & SKIP_DIRS)
        else:
            found.append(given)
    return list(dict.fromkeys(found))


def read_roster(path: Path | None) -> dict[str, str]:
    """``{file name or folder: student name}`` from a CSV file with two columns (file, name)."""
    if path is None:
        return {}
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(say("grade_roster_unreadable", path=path, detail=type(exc).__name__)) from exc
    roster = {}
    for row in rows:
        cells = [c.strip() for c in row]
        if len(cells) >= 2 and cells[0] and cells[1] and cells[0].lower() not in ("file", "bestand"):
            roster[cells[0]] = cells[1]
    return roster


def _generic_names() -> set[str]:
    names = {L.NOTEBOOK}
    for info in i18n.languages().values():
        names |= {str(info.get("notebook", "")), str(info.get("welcome", ""))}
    return {n for n in names if n}


def student_name(path: Path, roster: dict[str, str], lesson: str | None = None) -> str:
    """Who handed in ``path``: the roster's name for its file or folder, else the file's own name
    (``jan.ipynb``: jan), else the nearest folder that is not a lesson's (``jan/ArTech/design/mixing-colours/les.ipynb``: jan)."""
    path = Path(path)
    for key in (path.name, path.stem, path.parent.name, str(path)):
        if key in roster:
            return roster[key]
    if path.name not in _generic_names():
        return path.stem
    skip = set(L.STRANDS) | {"ArTech", "artech", "submitted", "work"}
    if lesson:
        skip |= {lesson, lesson.partition("-")[2]}
    for folder in path.parents:
        if folder.name and folder.name not in skip:
            if folder.name in roster:
                return roster[folder.name]
            return folder.name
    return path.stem


def lesson_named_in(path: Path) -> tuple[str | None, str]:
    """The lesson a submission says it is (its metadata), without running it; and a problem, if any."""
    try:
        if Path(path).stat().st_size > MAX_BYTES:
            return None, say("grade_too_big", mb=MAX_BYTES // (1024 * 1024))
        import nbformat

        nb = nbformat.read(path, as_version=4)
    except Exception as exc:  # not JSON, not a notebook, unreadable
        return None, say("grade_not_a_notebook_teacher", detail=type(exc).__name__)
    meta = nb.metadata.get(L.META_KEY)
    lesson = L.lesson_of(nb, path) if isinstance(meta, dict) else None
    return lesson, ("" if lesson else say("grade_no_lesson_teacher"))


def _reaching(nb) -> list[str]:
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    return sorted(set(m.group(0).strip() for m in TAMPER.finditer(code)))


def reaches_checks(path: Path) -> bool:
    """Does the notebook's code reach into the checking? Then nothing in it is counted done."""
    try:
        import nbformat

        return bool(_reaching(nbformat.read(path, as_version=4)))
    except Exception:
        return False


def suspicious(path: Path, exercises: list[dict]) -> list[str]:
    """Why this notebook needs a conversation (empty: it does not): code that reaches into the checks,
    a check cell that was removed, a stored "done" that the re-run does not give."""
    try:
        import nbformat

        nb = nbformat.read(path, as_version=4)
    except Exception:
        return []
    flags = []
    found = _reaching(nb)
    if found:
        flags.append(say("grade_flag_reaches_checks", found=", ".join(f"`{f}`" for f in found[:4])))
    verdicts = {e["id"]: e for e in exercises}
    for e in exercises:
        if e.get("removed"):
            flags.append(say("grade_flag_check_removed", exercise=e["id"]))
    for cell in nb.cells:
        calls = L.check_calls(cell) if cell.cell_type == "code" else []
        stored = json.dumps(cell.get("outputs", []))
        for ex_id in calls:
            if DONE_OUTPUT.search(stored) and verdicts.get(ex_id, {}).get("status") != "done":
                flags.append(say("grade_flag_forged_output", exercise=ex_id))
    return list(dict.fromkeys(flags))


def _limits(memory_mb: int):
    def apply():  # in the child, before it runs: its own process group, and a memory cap
        os.setsid()
        try:
            import resource

            cap = memory_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        except (ImportError, ValueError, OSError):  # not on this system: the time limits still hold
            pass
    return apply if os.name == "posix" else None


def check_one(path: Path, lesson: str, cell_limit: float, memory_mb: int, root: Path, private=()) -> dict:
    """``artech check --json`` of one submission in a process of its own, stopped after the whole
    notebook's time limit. Never raises."""
    import nbformat

    try:
        cells = sum(1 for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code")
    except Exception:
        cells = 1
    total_limit = 60 + (cells + 5) * (cell_limit * 2 + 2)
    with tempfile.TemporaryDirectory(prefix="artech-grade-") as home:
        env = {k: v for k, v in os.environ.items() if k != "JPY_SESSION_NAME"}
        env.update(ARTECH_HOME=str(root), ARTECH_GRADING="1", IPYTHONDIR=str(Path(home) / ".ipython"),
                   JUPYTER_RUNTIME_DIR=str(Path(home) / "runtime"), PYTHONDONTWRITEBYTECODE="1",
                   ARTECH_GRADE_PRIVATE=os.pathsep.join(str(Path(p).resolve()) for p in private))
        cmd = [sys.executable, "-m", "artech.teacher.cli", "check", str(Path(path).resolve()), "--json", "--lesson", lesson,
               "--cell-limit", f"{cell_limit:g}"]
        process = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
                                   env=env, cwd=home, preexec_fn=_limits(memory_mb))
        try:
            out, _ = process.communicate(timeout=total_limit)
        except subprocess.TimeoutExpired:
            _stop(process)
            return {"problem": say("grade_took_too_long", seconds=int(total_limit)), "exercises": []}
        finally:
            _stop(process)
    try:
        return json.loads(out.decode("utf-8").strip().splitlines()[-1])
    except (ValueError, IndexError):
        return {"problem": say("grade_check_crashed", code=process.returncode), "exercises": []}


def _stop(process) -> None:
    """Stop a checking process and everything it started: on POSIX its whole process group, so a
    kernel is stopped even when the process itself has already ended."""
    if process.poll() is None or os.name == "posix":
        try:
            os.killpg(process.pid, signal.SIGKILL) if os.name == "posix" else process.kill()
        except (ProcessLookupError, PermissionError, OSError):
            pass
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass


def grade_class(paths, lesson: str | None = None, roster: dict[str, str] | None = None, jobs: int | None = None,
                cell_limit: float = 10.0, memory_mb: int = MEMORY_MB, root: Path | None = None,
                progress=None) -> dict:
    """Check every submission in ``paths`` against one lesson; the class's rows, in a stable order.

    The lesson is ``lesson``, or the one most submissions name. A submission of another lesson, or of
    none, gets a row that says so; it is not guessed."""
    root = Path(root) if root else L.kit_root()
    roster = roster or {}
    files = find_submissions(paths)
    named = {p: lesson_named_in(p) for p in files}
    if lesson is None:
        counts = collections.Counter(les for les, _ in named.values() if les)
        lesson = counts.most_common(1)[0][0] if counts else None
    known = {L.lesson_id(p.parent): p for p in L.find_lessons(root)}
    if lesson not in known:
        raise ValueError(say("grade_no_class_lesson", lesson=lesson or "?", known=", ".join(sorted(known))))
    exercise_ids = [e["id"] for e in L.exercises(L.read(known[lesson]))]
    rows: list[dict] = []
    to_check = []  # (path, row) of every notebook of this lesson
    for path in files:
        said_lesson, problem = named[path]
        row = {"student": student_name(path, roster, lesson), "file": str(path), "exercises": [], "flags": [],
               "problem": ""}
        if problem:
            row["problem"] = problem
        elif said_lesson != lesson:
            row["problem"] = say("grade_other_lesson", found=said_lesson, lesson=lesson)
        else:
            to_check.append((path, row))
        rows.append(row)
    jobs = max(1, jobs or os.cpu_count() or 1)
    private = [p if Path(p).is_dir() else Path(p).parent for p in paths]  # the class's work: no peeking
    started = time.monotonic()
    done_count = 0

    def work(item):
        path, row = item
        report = check_one(path, lesson, cell_limit, memory_mb, root, private)
        return path, row, report

    with ThreadPoolExecutor(max_workers=jobs) as pool:  # each job waits on a process of its own
        for path, row, report in pool.map(work, to_check):
            exercises = []
            by_id = {e.get("id"): e for e in report.get("exercises", []) if isinstance(e, dict)}
            for ex_id in exercise_ids:
                e = by_id.get(ex_id) or {"status": "not yet", "message": report.get("problem", "")}
                exercises.append({"id": ex_id, "status": e.get("status", "not yet"),
                                  "message": str(e.get("message", "")), "hint": str(e.get("hint", "")),
                                  "removed": bool(e.get("removed"))})
            row["exercises"] = exercises
            row["problem"] = report.get("problem", "") if not report.get("exercises") else ""
            row["flags"] = suspicious(path, exercises)
            if reaches_checks(path):  # code that reaches into the checking: nothing of it counts
                for e in row["exercises"]:
                    e["counted"] = False
            done_count += 1
            if progress:
                progress(done_count, len(to_check))
    for row in rows:
        for e in row["exercises"]:
            e.setdefault("counted", True)
            e.pop("removed", None)
    from ..format import translations as T

    edition = T.edition_path(known[lesson].parent, i18n.language())  # the title in the teacher's language
    title = L.title(L.read(edition if edition.is_file() else known[lesson]))
    return {"lesson": lesson, "title": title, "exercises": exercise_ids, "rows": rows,
            "seconds": time.monotonic() - started, "jobs": jobs, "cell_limit": cell_limit}
