"""The lesson format: one notebook per lesson, and the student copy made from it.

A lesson is ``lessons/<strand>/<NN-slug>/lesson.ipynb`` plus its assets.
``docs/authoring.md`` describes the format for authors; this module is the
only code that knows it.
"""

from __future__ import annotations

import ast
import copy
import re
import textwrap
from pathlib import Path

import nbformat

from . import messages

META_KEY = "artech"  # notebook metadata key
FORMAT_VERSION = 1
TEACHER_TAG = "teacher"  # cells only teachers see
CHECKS_TAG = "checks"  # cells that define the checks (locked and folded for students)
BEGIN = "### BEGIN SOLUTION"
END = "### END SOLUTION"
STRANDS = ("design", "programming", "tinkering")
LEVEL_AGES = {1: "10-12", 2: "12-14", 3: "14-16", 4: "16-18"}
STUDENT_SECTIONS = ("Make it yours", "Reflect")  # headings every lesson has for students
TEACHER_SECTIONS = ("Timing", "Unplugged warm-up", "Misconceptions", "Differentiation")  # in teacher cells
PLACEHOLDER = "✏️ your answer here"
PLACEHOLDER_CODE = "✏️ Your code here"

_CHECK_CALL = re.compile(r"""^\s*check\(\s*["']([\w\-]+)["']\s*\)\s*$""", re.M)


class LessonError(Exception):
    """A file that cannot be used as a lesson; the message says what to do."""


def kit_root() -> Path:
    """The folder that holds ``lessons/`` (the repository, or ARTECH_HOME)."""
    import os

    env = os.environ.get("ARTECH_HOME")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "lessons").is_dir() and (parent / "pyproject.toml").is_file():
            return parent
    return Path.cwd()


def find_lessons(root: Path | None = None) -> list[Path]:
    """Every ``lesson.ipynb`` under ``root/lessons``, in strand then folder order."""
    root = Path(root) if root else kit_root()
    base = root / "lessons" if (root / "lessons").is_dir() else root
    found = sorted(base.glob("*/*/lesson.ipynb"))
    order = {s: i for i, s in enumerate(STRANDS)}
    return sorted(found, key=lambda p: (order.get(p.parent.parent.name, 99), p.parent.name))


def read(path: Path | str) -> nbformat.NotebookNode:
    """Read a lesson notebook, or raise LessonError with a kind message."""
    path = Path(path)
    try:
        nb = nbformat.read(path, as_version=4)
    except Exception as exc:  # missing file, bad JSON, not a notebook
        raise LessonError(messages.say("cannot_read", path=path, detail=type(exc).__name__)) from exc
    if not isinstance(nb.metadata.get(META_KEY), dict):
        raise LessonError(messages.say("not_a_lesson", path=path))
    return nb


def meta(nb) -> dict:
    return dict(nb.metadata.get(META_KEY, {}))


def title(nb) -> str:
    """The lesson's title: its first Markdown heading."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                m = re.match(r"^#\s+(.+?)\s*$", line)
                if m:
                    return m.group(1)
    return ""


def tags(cell) -> list[str]:
    return list(cell.get("metadata", {}).get("tags", []))


def is_teacher(cell) -> bool:
    return TEACHER_TAG in tags(cell)


def is_checks(cell) -> bool:
    return CHECKS_TAG in tags(cell)


def has_solution(cell) -> bool:
    return cell.cell_type == "code" and BEGIN in cell.source


def check_calls(cell) -> list[str]:
    """The exercise ids a cell checks with ``check("id")`` lines."""
    if cell.cell_type != "code" or is_checks(cell):
        return []
    return _CHECK_CALL.findall(cell.source)


def solution_regions(source: str) -> list[list[str]]:
    """The lines between each BEGIN SOLUTION and END SOLUTION marker."""
    regions, current = [], None
    for line in source.splitlines():
        if line.strip() == BEGIN:
            current = []
        elif line.strip() == END and current is not None:
            regions.append(current)
            current = None
        elif current is not None:
            current.append(line)
    return regions


def _placeholder(region: list[str], indent: str) -> list[str]:
    """What a student sees where a solution was: blanks named like the answer."""
    names: list[str] = []
    only_assignments = True
    try:
        tree = ast.parse(textwrap.dedent("\n".join(region)))
        for node in tree.body:
            targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
            simple = [t.id for t in targets if isinstance(t, ast.Name)]
            if isinstance(node, (ast.Assign, ast.AnnAssign)) and simple:
                names.extend(n for n in simple if n not in names)
            else:
                only_assignments = False
    except SyntaxError:
        only_assignments = False
    if names and only_assignments:
        return [f"{indent}{name} = ...  # {PLACEHOLDER}" for name in names]
    lines = [f"{indent}# {PLACEHOLDER_CODE}"]
    if names:
        lines += [f"{indent}{name} = ...  # {PLACEHOLDER}" for name in names]
    else:
        lines.append(f"{indent}...")
    return lines


def student_source(source: str) -> str:
    """Replace every solution region with a placeholder that says what to do."""
    out: list[str] = []
    region: list[str] | None = None
    indent = ""
    for line in source.splitlines():
        if line.strip() == BEGIN and region is None:
            region, indent = [], line[: len(line) - len(line.lstrip())]
        elif line.strip() == END and region is not None:
            out.extend(_placeholder(region, indent))
            region = None
        elif region is not None:
            region.append(line)
        else:
            out.append(line)
    if region is not None:  # no END marker: keep the lines, so `artech validate` can point at them
        out.extend(region)
    return "\n".join(out)


def solution_source(source: str) -> str:
    """The cell as the answer key shows it: the markers taken out."""
    return "\n".join(line for line in source.splitlines() if line.strip() not in (BEGIN, END))


def student_copy(nb) -> nbformat.NotebookNode:
    """The notebook a student gets: no answers, no teacher cells, checks locked."""
    copy_nb = copy.deepcopy(nb)
    cells = []
    for cell in copy_nb.cells:
        if is_teacher(cell):
            continue
        md = cell.setdefault("metadata", {})
        if cell.cell_type == "code":
            exercise_cell = has_solution(cell) or bool(check_calls(cell))
            if has_solution(cell):
                cell.source = student_source(cell.source)
            if exercise_cell:
                cell.outputs = []
                cell.execution_count = None
            if is_checks(cell) or check_calls(cell):
                md["editable"] = False
                md["deletable"] = False
            if is_checks(cell):
                md.setdefault("jupyter", {})["source_hidden"] = True
        cells.append(cell)
    copy_nb.cells = cells
    copy_nb.metadata[META_KEY] = dict(copy_nb.metadata.get(META_KEY, {}), copy="student")
    return copy_nb


def is_student_copy(nb) -> bool:
    return meta(nb).get("copy") == "student"


def exercises(nb) -> list[dict]:
    """Each exercise as ``{"id", "solution": cell index or None, "check": cell index}``."""
    found = []
    last_solution = None
    for i, cell in enumerate(nb.cells):
        if has_solution(cell):
            last_solution = i
        for ex_id in check_calls(cell):
            found.append({"id": ex_id, "solution": last_solution, "check": i})
            last_solution = None
    return found


def defined_checks(nb) -> dict[str, dict]:
    """``{id: {"cell": index, "hints": [text, ...]}}`` from the ``@exercise`` calls in the checks cells,
    read without running them."""
    found: dict[str, dict] = {}
    for i, cell in enumerate(nb.cells):
        if not is_checks(cell):
            continue
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "exercise" and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    hints = next((kw.value for kw in node.keywords if kw.arg == "hints"), None)
                    if hints is None and len(node.args) > 1:
                        hints = node.args[1]
                    found[first.value] = {"cell": i, "hints": [_literal_text(h) for h in getattr(hints, "elts", [])]}
    return found


def _literal_text(node) -> str:
    try:
        return str(ast.literal_eval(node))
    except ValueError:  # a hint built from an expression: show its source
        return ast.unparse(node)


def teacher_cells(nb) -> list:
    return [c for c in nb.cells if is_teacher(c)]


def headings(cells) -> list[str]:
    """All Markdown headings (without the #s) in ``cells``."""
    found = []
    for cell in cells:
        if cell.cell_type == "markdown":
            found += [m.group(1).strip() for m in re.finditer(r"^#+\s+(.+)$", cell.source, re.M)]
    return found
