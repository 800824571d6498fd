"""The lesson format (version 2): a lesson folder, the facts it holds, and the student copy made from it.

A lesson is a folder ``lessons/<strand>/<slug>/`` holding

- ``lesson.ipynb``: the lesson as students and teachers read it (the prose, the code, the solutions
  between nbgrader markers, and teacher cells tagged ``teacher``); its metadata key ``artech`` holds the
  facts that are written in words: objectives, word list, materials, hardware, what students make and
  the warm-up cards;
- ``lesson.yml``: the facts that are the same in every language (level, duration, prerequisites,
  projects, SLO goals, design-cycle step);
- ``checks.py``: the checks, with their hints and praise; they never go to a student;
- pictures and other assets the notebook uses.

Each fact lives in one place: the id is the folder (``<strand>-<slug>``), the strand is the parent
folder, the ages follow from the level (``LEVEL_AGES``), the title is the notebook's first heading, and
the order of lessons is in ``curriculum.yml``. ``docs/authoring.md`` explains the format for authors;
this module is the only code that knows it.
"""

from __future__ import annotations

import ast
import copy
import os
import re
import textwrap
from pathlib import Path

import nbformat
import yaml

from .. import i18n
from .. import messages as student_words
from . import messages

META_KEY = "artech"  # notebook metadata key
FORMAT_VERSION = 2
NOTEBOOK = "lesson.ipynb"
FACTS = "lesson.yml"
CHECKS = "checks.py"
MISTAKES = "mistakes.yml"  # wrong answers students really give: the tests prove each check refuses them
TEACHER_TAG = "teacher"  # cells only teachers see
PREDICT_TAG = "predict"  # cells whose output would give away a "Predict first" answer: empty in the student copy
CHECKS_TAG = "checks"  # format 1 only: a checks cell inside the notebook (validation says where it goes now)
BEGIN = "### BEGIN SOLUTION"
END = "### END SOLUTION"
STRANDS = ("design", "programming", "tinkering")
LEVEL_AGES = {1: "10-12", 2: "12-14", 3: "14-16", 4: "16-18"}
STUDENT_SECTIONS = ("Make it yours", "Reflect")  # headings every lesson has for students

SLUG = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
NOTEBOOK_FACTS = ("objectives", "vocabulary", "materials", "hardware", "makes", "cards")  # written in words: one set per language
FOLDER_FACTS = ("level", "duration", "prerequisites", "projects", "slo_goals", "design_cycle")

_CHECK_CALL = re.compile(r"""^\s*check\(\s*["']([\w\-]+)["']\s*\)\s*$""", re.M)


class LessonError(Exception):
    """A file that cannot be used as a lesson; the message says what to do."""


def kit_root() -> Path:
    """The folder that holds ``lessons/``, ``projects/`` and ``curriculum.yml``.

    ``ARTECH_HOME`` if set; else the checkout this code runs from (an author's editable install);
    else the content installed inside the package (a student's or a school server's wheel)."""
    env = os.environ.get("ARTECH_HOME")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "lessons").is_dir() and (parent / "pyproject.toml").is_file():
            return parent
    installed = here.parents[1] / "_content"
    if (installed / "lessons").is_dir():
        return installed
    return Path.cwd()


def lesson_id(folder: Path | str) -> str:
    """The stable id of the lesson in ``folder``: ``<strand>-<slug>``."""
    folder = Path(folder).resolve()
    return f"{folder.parent.name}-{folder.name}"


def folder_of(lesson: str, root: Path | None = None) -> Path:
    """The folder of lesson ``lesson`` (an id) in the kit at ``root``."""
    strand, _, slug = lesson.partition("-")
    return (Path(root) if root else kit_root()) / "lessons" / strand / slug


UPDATES = Path(".artech") / "updates"  # a teacher's update link pulls each repository here (artech link)


def update_roots(home: Path | None = None) -> list[Path]:
    """Lesson folders a teacher sent through an update link (``~/.artech/updates/<name>``), by name."""
    base = Path(home or Path.home()) / UPDATES
    try:
        return sorted(p for p in base.iterdir() if p.is_dir() and not p.name.startswith("."))
    except OSError:
        return []


def checks_folder(lesson: str) -> Path:
    """Where lesson ``lesson``'s checks are: a teacher's update when it has the lesson, else the kit."""
    for root in reversed(update_roots()):
        if (folder_of(lesson, root) / CHECKS).is_file():
            return folder_of(lesson, root)
    return folder_of(lesson)


def _plan_order(root: Path) -> list[str]:
    try:
        plan = yaml.safe_load((root / "curriculum.yml").read_text(encoding="utf-8")) or {}
        return [str(item.get("id")) for item in plan.get("lessons") or [] if isinstance(item, dict)]
    except (OSError, yaml.YAMLError, AttributeError):
        return []


def find_lessons(root: Path | None = None) -> list[Path]:
    """Every ``lesson.ipynb`` under ``root/lessons``: by strand, then in the plan's order."""
    root = Path(root) if root else kit_root()
    base = root / "lessons" if (root / "lessons").is_dir() else root
    found = sorted(base.glob(f"*/*/{NOTEBOOK}"))
    strands = {s: i for i, s in enumerate(STRANDS)}
    order = {lid: i for i, lid in enumerate(_plan_order(root))}
    return sorted(found, key=lambda p: (strands.get(p.parent.parent.name, 99),
                                        order.get(lesson_id(p.parent), len(order)), p.parent.name))


def read(path: Path | str) -> nbformat.NotebookNode:
    """Read a lesson notebook (a master or a student copy), or raise LessonError with a kind message."""
    path = Path(path)
    try:
        nb = nbformat.read(path, as_version=4)
    except Exception as exc:  # missing file, bad JSON, not a notebook
        raise LessonError(messages.say("cannot_read", path=path, detail=type(exc).__name__)) from exc
    if not isinstance(nb.metadata.get(META_KEY), dict):
        raise LessonError(messages.say("not_a_lesson", path=path))
    return nb


def read_facts(folder: Path | str) -> dict:
    """``lesson.yml`` of a lesson folder as a dict; LessonError with a kind message when it can't be read."""
    path = Path(folder) / FACTS
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise LessonError(messages.say("facts_missing", path=path)) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else "?"
        raise LessonError(messages.say("facts_bad_yaml", path=path, line=line)) from exc
    if not isinstance(data, dict):
        raise LessonError(messages.say("facts_not_a_mapping", path=path))
    return data


def facts(path: Path | str, nb=None) -> dict:
    """Every fact about the lesson whose notebook is ``path``, each read from the one place it lives."""
    path = Path(path)
    folder = path.parent
    nb = nb if nb is not None else read(path)
    found = read_facts(folder)
    m = meta(nb)
    level = found.get("level")
    return {
        "id": lesson_id(folder),
        "strand": folder.parent.name,
        "title": title(nb),
        "ages": LEVEL_AGES.get(level) if isinstance(level, int) else None,
        **{k: found.get(k) for k in FOLDER_FACTS},
        **{k: m.get(k) for k in NOTEBOOK_FACTS},
        "path": path,
    }


def lesson_of(nb, path: Path | str | None = None) -> str | None:
    """The lesson a notebook belongs to: a student copy says so in its metadata; a master is its folder."""
    stated = meta(nb).get("lesson")
    if isinstance(stated, str) and stated:
        return stated
    if path is not None and (Path(path).parent / FACTS).is_file():
        return lesson_id(Path(path).parent)
    return None


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


def placeholder() -> str:
    """The comment beside a blank a student fills in: '✏️ your answer here', in the language spoken now."""
    return student_words.say("placeholder_answer")


def _placeholder(region: list[str], indent: str) -> list[str]:
    """What a student sees where a solution was: blanks named like the answer."""
    PLACEHOLDER, PLACEHOLDER_CODE = placeholder(), student_words.say("placeholder_code")
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
    elif indent:  # inside a loop or a function Python needs a statement: the blank `...`
        lines.append(f"{indent}...")
    # at the top of a cell the comment is enough: a bare `...` there would show "Ellipsis" under the cell
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


def student_copy(nb, lesson: str) -> nbformat.NotebookNode:
    """The notebook a student gets for lesson ``lesson``: no answers, no hints, no checks code, no teacher
    cells, no stored execution counts, and no outputs that would give an answer away. Check cells are
    locked: a student can run them, not change or delete them."""
    lang = meta(nb).get("lang") or i18n.SOURCE
    with i18n.use(lang):
        return _student_copy(nb, lesson, lang)


def _student_copy(nb, lesson: str, lang: str) -> nbformat.NotebookNode:
    copy_nb = copy.deepcopy(nb)
    cells = []
    for cell in copy_nb.cells:
        if is_teacher(cell) or is_checks(cell):
            continue
        md = cell.setdefault("metadata", {})
        md.pop("execution", None)
        if cell.cell_type == "code":
            cell.execution_count = None
            for output in cell.get("outputs", []):
                if "execution_count" in output:
                    output["execution_count"] = None
            answer = has_solution(cell)
            if answer or check_calls(cell) or PREDICT_TAG in tags(cell):
                cell.outputs = []  # an answer's output (a red swatch) would show the answer
            if answer:
                cell.source = student_source(cell.source)
            if check_calls(cell):
                md["editable"] = False
                md["deletable"] = False
        cells.append(cell)
    copy_nb.cells = cells
    copy_nb.metadata[META_KEY] = {"version": FORMAT_VERSION, "lesson": lesson, "copy": "student", "lang": lang}
    return copy_nb


def is_student_copy(nb) -> bool:
    return meta(nb).get("copy") == "student"


def exercises(nb) -> list[dict]:
    """Each exercise as ``{"id", "solution": cell index or None, "check": cell index, "cell_id"}``, in order."""
    found = []
    last_solution = None
    for i, cell in enumerate(nb.cells):
        if has_solution(cell):
            last_solution = i
        for ex_id in check_calls(cell):
            found.append({"id": ex_id, "solution": last_solution, "check": i, "cell_id": cell.get("id")})
            last_solution = None
    return found


def defined_checks(folder: Path | str) -> dict[str, dict]:
    """``{id: {"line": n, "hints": [text, ...]}}`` from the ``@exercise`` calls in a lesson's ``checks.py``,
    read without running it. Empty when there is no such file; LessonError when it is not Python."""
    path = Path(folder) / CHECKS
    if not path.is_file():
        return {}
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    except SyntaxError as exc:
        raise LessonError(messages.say("checks_file_broken", path=path, line=exc.lineno or "?", detail=exc.msg)) from exc
    found: dict[str, dict] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "exercise" and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                hints = next((kw.value for kw in node.keywords if kw.arg == "hints"), None)
                if hints is None and len(node.args) > 1:
                    hints = node.args[1]
                praise = next((kw.value for kw in node.keywords if kw.arg == "praise"), None)
                found[first.value] = {"line": node.lineno,
                                      "hints": [_literal_text(h) for h in getattr(hints, "elts", [])],
                                      "praise": _literal_text(praise) if praise is not None else ""}
    return found


def _literal_text(node) -> str:
    """The English text of a hint: a string, or ``_("a string")`` (a sentence marked for translation)."""
    if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "_" and node.args:
        node = node.args[0]
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
