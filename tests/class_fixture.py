"""A class of submissions of *Mixing colours with light*, made from the lesson in the kit: complete,
half done and blank notebooks, and one of each kind of trouble. Used by tests/test_grade_class.py and
by scripts/benchmark.py (which grades the same class with nbgrader and with `artech grade`)."""

from __future__ import annotations

import copy
from pathlib import Path

import nbformat

from artech.format import lesson as L
from artech.teacher import classgrade

REPO = Path(__file__).resolve().parents[1]
LESSON = "design-mixing-colours"
MASTER = REPO / "lessons/design/mixing-colours/lesson.ipynb"
OTHER = REPO / "lessons/tinkering/music-from-numbers/lesson.ipynb"
CELL_LIMIT = 5.0  # a loop costs this much; an ordinary cell of this lesson takes well under a second


def _student(nb=None):
    return L.student_copy(nb or L.read(MASTER), LESSON)


def _complete():
    nb = copy.deepcopy(L.read(MASTER))
    for cell in nb.cells:
        if cell.cell_type == "code" and L.has_solution(cell):
            cell.source = L.solution_source(cell.source)
    nb.cells = [c for c in nb.cells if not L.is_teacher(c)]
    nb.metadata[L.META_KEY]["lesson"] = LESSON
    return nb


def _half():
    nb, full = _student(), _complete()
    answers = {c.get("id"): c.source for c in full.cells}
    solved = 0
    for cell in nb.cells:
        if cell.cell_type == "code" and "..." in cell.source and solved < 3:
            cell.source = answers.get(cell.get("id"), cell.source)
            solved += 1
    return nb


def _insert(nb, source, at=3):
    nb.cells.insert(at, nbformat.v4.new_code_cell(source))
    return nb


PROBE = (  # tries the network and the lesson's answers; red is right only when both are refused
    "import socket\n"
    "refused = []\n"
    "try:\n"
    "    socket.create_connection(('192.0.2.1', 80), timeout=2)\n"
    "except OSError as e:\n"
    "    refused.append(isinstance(e, ConnectionRefusedError))  # not a time-out: refused at once\n"
    "try:\n"
    "    open(ANSWERS).read()\n"
    "    refused.append(False)\n"
    "except PermissionError:\n"
    "    refused.append(True)\n"
)


def _probe():
    nb = _complete()
    for cell in nb.cells:
        if cell.cell_type == "code" and cell.source.startswith("red = "):
            cell.source = cell.source.replace("red = (255, 0, 0)", "red = (255, 0, 0) if all(refused) else (0, 0, 0)")
    path = str(MASTER).replace("lesson.ipynb", "lesson" + ".ipynb")  # the answers, by a path the flags do not see
    return _insert(nb, f"ANSWERS = {path!r}\n" + PROBE, at=2)


def _loop():
    nb = _complete()
    for cell in nb.cells:
        if cell.cell_type == "code" and cell.source.startswith("red = "):
            cell.source = "while True:\n    pass\n" + cell.source  # red is never made
    return nb


def _forged():
    nb = _student()
    for cell in nb.cells:
        if cell.cell_type == "code" and L.check_calls(cell):
            cell.outputs = [nbformat.v4.new_output(
                "display_data", data={"text/html": '<div class="artech-check artech-done" role="status">Done</div>'})]
    return nb


def _removed():
    nb = _complete()
    nb.cells = [c for c in nb.cells if "grey" not in L.check_calls(c)]
    return nb


def _no_lesson():
    nb = _complete()
    del nb.metadata[L.META_KEY]
    return nb


TROUBLE = {  # file name: (what it is, how it is made)
    "loop.ipynb": lambda: _loop(),
    "damaged.ipynb": lambda: "{ this is not a notebook",
    "huge.ipynb": lambda: b" " * (classgrade.MAX_BYTES + 1),
    "memory.ipynb": lambda: _insert(_complete(), "hog = bytearray(8 * 1024 ** 3)", at=2),
    "forged.ipynb": _forged,
    "tampered.ipynb": lambda: _insert(_complete(), "import artech.checks\ncheck = lambda *args: None", at=2),
    "removed.ipynb": _removed,
    "other-lesson.ipynb": lambda: L.student_copy(L.read(OTHER), "tinkering-music-from-numbers"),
    "no-lesson.ipynb": _no_lesson,
    "probe.ipynb": _probe,
}


def _write(path: Path, made) -> None:
    if isinstance(made, bytes):
        path.write_bytes(made)
    elif isinstance(made, str):
        path.write_text(made, encoding="utf-8")
    else:
        nbformat.write(made, path)




def ordinary(i: int):
    """The ``i``-th ordinary student: complete, half done or blank, in turn."""
    kind = ("complete", "half", "blank")[i % 3]
    return kind, {"complete": _complete, "half": _half, "blank": _student}[kind]()


def make_class(folder: Path, ordinary_count: int = 20, trouble=None) -> dict[str, str]:
    """Write a class into ``folder``: ``ordinary_count`` ordinary students, then one file per kind of
    trouble (all of TROUBLE, or the names given); ``{file name: kind}``."""
    folder.mkdir(parents=True, exist_ok=True)
    kinds = {}
    for i in range(ordinary_count):
        kind, made = ordinary(i)
        name = f"student-{i + 1:02d}.ipynb"
        _write(folder / name, made)
        kinds[name] = kind
    for name in (TROUBLE if trouble is None else trouble):
        _write(folder / name, TROUBLE[name]())
        kinds[name] = name.removesuffix(".ipynb")
    return kinds
