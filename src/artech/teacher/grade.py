"""``artech check``: run a student's notebook headless and give a verdict a class result can trust.

- The list of exercises comes from the lesson in the kit, never from the submitted file.
- The notebook is run again; stored outputs are never read.
- At the place of each check cell the kit runs the lesson's own checks, loaded fresh after the
  student's code (a fresh copy of the checking machinery too), instead of the student's cell.
  A removed check cell is "not yet", with words that say so.
- Every cell has a time limit. A cell that hangs is stopped, a kernel that dies is restarted, a file
  that is not a notebook is reported: the answer is always one report with every exercise in it.

What this cannot stop: a student who writes Python to attack the checking itself runs it in the same
kernel, as with nbgrader or otter-grader. The teacher sees such code in the notebook.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import tempfile
import time
from pathlib import Path

import nbformat

from .. import checks as _checks_module
from .. import i18n, messages
from ..format import lesson as L
from ..messages import say

CELL_LIMIT = float(os.environ.get("ARTECH_CELL_LIMIT", 10))  # seconds one cell may run
KERNEL_ENV = {"GPIOZERO_PIN_FACTORY": "mock", "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy",
              "PYGAME_HIDE_SUPPORT_PROMPT": "1"}
NOT_ASSETS = {L.NOTEBOOK, L.CHECKS, L.FACTS, L.MISTAKES, "teacher", "__pycache__", ".ipynb_checkpoints"}

# Run before a submission's first cell. While the student's code runs, Python may not open a
# connection to another computer, nor read the kit's lessons (their answers) or the folders the
# teacher named as private (the class's other notebooks). The kit's own checks are let through. A
# speed bump for curious code, not a wall: code that knows Python's insides can get round it (see
# docs/guides/school-ict.md); the real walls are the separate process, its limits and the flags.
GUARD = '''\
def _artech_guard(private={private!r}, network={network!r}, closed={closed!r}):
    import builtins, io, os, socket, sys, types
    state = sys.modules.setdefault("_artech_grading", types.ModuleType("_artech_grading"))
    state.checking = False
    real_connect, real_connect_ex, real_open = socket.socket.connect, socket.socket.connect_ex, builtins.open

    def near(address):
        host = address[0] if isinstance(address, tuple) else address
        return isinstance(host, str) and (host.startswith("127.") or host in ("localhost", "::1"))

    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not near(address) and not state.checking:
            raise ConnectionRefusedError(network)
        return real_connect(self, address)

    def connect_ex(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not near(address) and not state.checking:
            raise ConnectionRefusedError(network)
        return real_connect_ex(self, address)

    def refuse(file):
        if not state.checking and isinstance(file, (str, bytes, os.PathLike)):
            where = os.path.realpath(os.fsdecode(file))
            if any(where == p or where.startswith(p + os.sep) for p in private):
                raise PermissionError(closed)

    def guarded_open(file, *args, **kwargs):
        refuse(file)
        return real_open(file, *args, **kwargs)

    socket.socket.connect, socket.socket.connect_ex = connect, connect_ex
    builtins.open = io.open = guarded_open
    shell = globals().get("get_ipython")
    if shell is not None:  # IPython gives a notebook its own `open`: guard that one too
        user_open = shell().user_ns.get("open", real_open)

        def guarded_user_open(file, *args, **kwargs):
            refuse(file)
            return user_open(file, *args, **kwargs)

        shell().user_ns["open"] = guarded_user_open
try:
    _artech_guard()
finally:
    del _artech_guard
'''

_GRADE_CELL = '''\
def _artech_grade(kit={kit!r}, checks={checks!r}, exercise={exercise!r}, out={out!r}):
    import importlib.util, json, sys
    import artech  # the package the fresh copy belongs to (a restarted kernel has not imported it)
    state = sys.modules.get("_artech_grading")
    if state is not None:
        state.checking = True
    spec = importlib.util.spec_from_file_location("artech.checks", kit)
    fresh = importlib.util.module_from_spec(spec)
    own = sys.modules.get("artech.checks")
    sys.modules["artech.checks"] = fresh
    try:
        spec.loader.exec_module(fresh)
        result = fresh.grade(checks, exercise, globals(), lang={lang!r})
    finally:
        if own is not None:
            sys.modules["artech.checks"] = own
    with open(out, "w", encoding="utf-8") as f:
        json.dump(result, f)
    if state is not None:
        state.checking = False
try:
    _artech_grade()
finally:
    del _artech_grade
'''


def _report(path, lesson, exercises, problem=""):
    done = sum(1 for e in exercises if e["status"] == "done")
    report = {"notebook": str(path), "lesson": lesson, "done": done, "total": len(exercises),
              "exercises": exercises}
    if problem:
        report["problem"] = problem
    return report


def _every(ids, status, message):
    return [{"id": i, "status": status, "message": message, "hint": ""} for i in ids]


def guess_lesson(path: Path, root: Path) -> str | None:
    """A lesson id from where a file lies (``…/<strand>/<slug>/lesson.ipynb``), when the kit has it."""
    folder = Path(path).resolve().parent
    candidate = L.lesson_id(folder)
    return candidate if (L.folder_of(candidate, root) / L.NOTEBOOK).is_file() else None


def lesson_plan(lesson: str, root: Path) -> list[dict]:
    """The exercises of ``lesson`` as the kit has them: id and the id of its check cell, in order."""
    return [{"id": e["id"], "cell_id": e["cell_id"]} for e in L.exercises(L.read(L.folder_of(lesson, root) / L.NOTEBOOK))]


def check_notebook(path: Path | str, lesson: str | None = None, cell_limit: float | None = None,
                   root: Path | None = None) -> dict:
    """Run a student's (or a master's) notebook and report each of its lesson's exercises. Never raises."""
    path = Path(path)
    root = Path(root) if root else L.kit_root()
    limit = float(cell_limit or CELL_LIMIT)
    try:
        nb = nbformat.read(path, as_version=4)
        nbformat.validate(nb)
        read_problem = ""
    except Exception as exc:  # not JSON, not a notebook, missing: still one report
        nb, read_problem = None, say("grade_not_a_notebook", path=path, detail=type(exc).__name__)
    if lesson is None and nb is not None:
        lesson = L.lesson_of(nb, path) if isinstance(nb.metadata.get(L.META_KEY), dict) else None
    if lesson is None:
        lesson = guess_lesson(path, root)
    if lesson is None:
        return _report(path, None, [], read_problem or say("grade_no_lesson", path=path))
    known = [L.lesson_id(p.parent) for p in L.find_lessons(root)]
    if lesson not in known:
        suggestion = messages.did_you_mean(lesson, known)
        return _report(path, lesson, [], say("grade_unknown_lesson", lesson=lesson, suggestion=suggestion).strip())
    plan = lesson_plan(lesson, root)
    if nb is None:
        return _report(path, lesson, _every([e["id"] for e in plan], "not yet", read_problem), read_problem)
    lang = _language(nb)
    with i18n.use(lang):
        return _run(path, nb, lesson, plan, limit, root, lang)


def _language(nb) -> str:
    """The edition a notebook is in: its metadata says so (a lesson without it is English)."""
    meta = nb.metadata.get(L.META_KEY)
    return i18n.known(meta.get("lang") if isinstance(meta, dict) else None) or i18n.SOURCE


def _grading_points(nb, plan) -> dict[int, str]:
    """{cell index: exercise id}: where in the submission each check of the lesson runs."""
    by_cell_id = {c.get("id"): i for i, c in enumerate(nb.cells) if c.get("id")}
    points: dict[int, str] = {}
    for ex in plan:
        index = by_cell_id.get(ex["cell_id"])
        if index is None or ex["id"] not in L.check_calls(nb.cells[index]):
            index = next((i for i, c in enumerate(nb.cells) if ex["id"] in L.check_calls(c) and i not in points), None)
        if index is not None and index not in points:
            points[index] = ex["id"]
    return points


def _run(path: Path, nb, lesson: str, plan: list[dict], limit: float, root: Path, lang: str) -> dict:
    points = _grading_points(nb, plan)
    results: dict[str, dict] = {}
    notes: list[str] = []  # what went wrong since the last check: said on the next one
    lost: list[str] = []  # a restart: said on every later check that is not done
    checks_file = str(L.folder_of(lesson, root) / L.CHECKS)
    with tempfile.TemporaryDirectory(prefix="artech-check-") as tmp:
        work = Path(tmp) / "work"
        shutil.copytree(L.folder_of(lesson, root), work, ignore=lambda d, names: [
            n for n in names if n in NOT_ASSETS or n.startswith(("lesson.", "checks."))])
        out = Path(tmp) / f"result-{secrets.token_hex(8)}.json"
        kernel = _Kernel(nb, work, limit, lang)
        try:
            kernel.start()
        except Exception as exc:  # Python could not start at all: a machine problem, said once
            kernel.stop()
            problem = say("grade_kernel_failed", path=path, detail=type(exc).__name__)
            return _report(path, lesson, _every([e["id"] for e in plan], "error", problem), problem)
        try:
            private = [os.path.realpath(p) for p in [str(root / "lessons"), *_private_paths()]]
            guard = GUARD.format(private=private, network=say("grade_guard_network"), closed=say("grade_guard_file"))
            kernel.run(nbformat.v4.new_code_cell(guard), 0)
            for index, cell in enumerate(nb.cells):
                if index in points:
                    ex_id = points[index]
                    source = _GRADE_CELL.format(kit=_checks_module.__file__, checks=checks_file,
                                                exercise=ex_id, out=str(out), lang=lang)
                    trouble = kernel.run(nbformat.v4.new_code_cell(source), index)
                    results[ex_id] = _verdict(out, ex_id, trouble, limit, index, notes, lost)
                    notes = []
                elif cell.cell_type == "code":
                    trouble = kernel.run(cell, index)
                    if trouble == "timeout":
                        notes.append(say("grade_cell_too_long", seconds=_seconds(limit), cell=index + 1))
                    elif trouble == "restarted":
                        lost.append(say("grade_kernel_restarted", cell=index + 1))
        finally:
            kernel.stop()
    exercises = [results.get(e["id"]) or {"id": e["id"], "status": "not yet", "hint": "", "removed": True,
                                          "message": say("grade_check_removed", exercise=e["id"])} for e in plan]
    return _report(path, lesson, exercises)


def _private_paths() -> list[str]:
    """Folders the teacher's ``artech grade`` keeps from the notebooks it checks (the class's work)."""
    return [p for p in os.environ.get("ARTECH_GRADE_PRIVATE", "").split(os.pathsep) if p]


def _seconds(limit: float) -> str:
    return f"{limit:g}"


class _Kernel:
    """One Python kernel for one submission, with a time limit per cell, restarted when it must be."""

    def __init__(self, nb, cwd: Path, limit: float, lang: str = i18n.SOURCE):
        self.nb, self.cwd, self.limit, self.client = nb, cwd, limit, None
        self.env = {k: v for k, v in {**os.environ, **KERNEL_ENV}.items() if k != "JPY_SESSION_NAME"}
        self.env["ARTECH_LANG"] = lang  # the kit's words in the kernel: the edition's language

    def start(self) -> None:
        from nbclient import NotebookClient

        self.client = NotebookClient(
            self.nb, timeout=self.limit, kernel_name="python3", allow_errors=True, record_timing=False,
            interrupt_on_timeout=True, iopub_timeout=1, resources={"metadata": {"path": str(self.cwd)}},
            error_on_timeout={"ename": "Timeout", "evalue": "", "traceback": []})
        self.client.km = self.client.create_kernel_manager()
        self.client.start_new_kernel(env=self.env, cwd=str(self.cwd))
        self.client.start_new_kernel_client()

    def stop(self) -> None:
        """Stop this Python at once: a kernel stuck in a loop would not answer a polite request."""
        client, self.client = self.client, None
        if client is None:
            return
        try:
            if client.kc is not None:
                client.kc.stop_channels()
            if client.km is not None and client.km.has_kernel:
                from jupyter_core.utils import run_sync

                run_sync(client.km.shutdown_kernel)(now=True)
        except Exception:  # already gone: nothing left to stop
            pass

    def _timed(self, cell, index, limit) -> bool:
        """Run ``cell``; True when it finished within ``limit`` seconds."""
        self.client.timeout = limit
        started = time.monotonic()
        self.client.execute_cell(cell, index)
        return time.monotonic() - started < limit

    def run(self, cell, index) -> str:
        """"" when the cell finished, "timeout" when it was stopped, "restarted" when Python had to be."""
        from nbclient.exceptions import DeadKernelError

        try:
            if self._timed(cell, index, self.limit):
                return ""
            # nbclient interrupted it; a tiny cell answers at once if the interrupt stopped it
            if self._timed(nbformat.v4.new_code_cell("pass"), index, max(1.0, self.limit / 4)):
                return "timeout"
        except DeadKernelError:
            pass
        except Exception:  # nbclient's own trouble with one cell: start again with a fresh Python
            pass
        self.stop()
        self.start()
        return "restarted"


def _verdict(out: Path, ex_id: str, trouble: str, limit, index, notes, lost) -> dict:
    try:
        result = json.loads(out.read_text(encoding="utf-8"))
        out.unlink()
        if result.get("id") != ex_id or result.get("status") not in ("done", "not yet", "error"):
            raise ValueError(result)
    except (OSError, ValueError, AttributeError):
        message = say("grade_cell_too_long", seconds=_seconds(limit), cell=index + 1) if trouble == "timeout" else \
            say("grade_kernel_restarted", cell=index + 1)
        return {"id": ex_id, "status": "not yet", "message": message, "hint": ""}
    result = {"id": ex_id, "status": result["status"], "message": str(result.get("message", "")),
              "hint": str(result.get("hint", ""))}
    if result["status"] != "done" and (notes or lost):
        result["message"] = " ".join([result["message"], *notes, *lost[-1:]])
    return result
