"""``artech new lesson``: a new lesson folder that already validates."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import yaml

from . import lesson as L

CHECKS = '''from artech import check, exercise

@exercise("first-step", hints=[
    "Look at the example above: it makes a name with `=`.",
    "Write `answer = 42` and run the cell.",
])
def _(see):
    see.equal(see.value("answer", int), 42, about="Your `answer`")'''

TEACHER = """## Teacher notes

### Timing
| Minutes | What happens |
|---|---|
| 0-5 | Unplugged warm-up |
| 5-15 | Worked example, together |
| 15-35 | Exercises, in pairs |
| 35-45 | Make it yours |
| 45-50 | Reflect |

### Unplugged warm-up
Describe an activity without computers that introduces the idea.

### Misconceptions
- Name a mistake students often make, and how to respond.

### Differentiation
- **Support:** how to help a student who is stuck.
- **Stretch:** an extra challenge for a student who is done early.
"""


def slugify(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def _plan_entry(root: Path, strand: str, level: int, title: str):
    plan_file = root / "curriculum.yml"
    if not plan_file.exists():
        return None, None
    plan = yaml.safe_load(plan_file.read_text())
    strand_lessons = [x for x in plan.get("lessons", []) if x.get("strand") == strand]
    for number, entry in enumerate(strand_lessons, 1):
        if entry.get("level") == level and entry.get("title", "").lower() == title.lower():
            return entry, number
    planned = [x["title"] for x in strand_lessons if x.get("level") == level and x.get("status") == "planned"]
    raise ValueError(
        f"curriculum.yml has no lesson called \"{title}\" in {strand}, level {level}. "
        "Every lesson is part of the plan, so add it there first. "
        f"Planned lessons here: {', '.join(planned) or 'none'}."
    )


def _mark_written(plan_file: Path, lesson_id: str) -> None:
    """Flip one entry's status to written, keeping the file's comments and layout."""
    lines = plan_file.read_text().splitlines(keepends=True)
    inside = False
    for i, line in enumerate(lines):
        if re.match(rf"^\s*-\s*id:\s*['\"]?{re.escape(lesson_id)}['\"]?\s*$", line):
            inside = True
        elif inside and re.match(r"^\s*-\s*id:", line):
            break
        elif inside and re.match(r"^\s*status:\s*planned", line):
            lines[i] = line.replace("planned", "written", 1)
            break
    plan_file.write_text("".join(lines))


def new_lesson(root: Path, strand: str, level: int, title: str) -> Path:
    root = Path(root)
    entry, number = _plan_entry(root, strand, level, title)
    entry = entry or {}
    lesson_id = entry.get("id") or f"{strand}-{slugify(title)}"
    if number is None:
        existing = [int(p.name[:2]) for p in (root / "lessons" / strand).glob("[0-9][0-9]-*")]
        number = max(existing, default=0) + 1
    folder = root / "lessons" / strand / f"{number:02d}-{lesson_id.removeprefix(strand + '-')}"
    if folder.exists():
        raise ValueError(f"{folder} is already there. Open it, or choose another title.")
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata[L.META_KEY] = {
        "version": L.FORMAT_VERSION,
        "id": lesson_id,
        "strand": strand,
        "level": level,
        "ages": L.LEVEL_AGES[level],
        "duration": entry.get("duration", 50),
        "objectives": entry.get("objectives") or ["I can make a name hold a value."],
        "prerequisites": entry.get("prerequisites", []),
        "vocabulary": ["name", "value"],
        "projects": entry.get("projects", []),
        "slo_goals": entry.get("slo_goals") or [7],
    }
    checks = nbformat.v4.new_code_cell(CHECKS, metadata={"tags": [L.CHECKS_TAG]})
    nb.cells = [
        nbformat.v4.new_markdown_cell(f"# {title}\n\nOne or two sentences that tell a student what they will make today."),
        checks,
        nbformat.v4.new_markdown_cell("## Exercise 1: your first step\n\nMake a name `answer` that holds the number 42."),
        nbformat.v4.new_code_cell(f"{L.BEGIN}\nanswer = 42\n{L.END}"),
        nbformat.v4.new_code_cell('check("first-step")'),
        nbformat.v4.new_markdown_cell("## Make it yours\n\nAn open task: students change the example into something of their own."),
        nbformat.v4.new_markdown_cell("## Reflect\n\n- What did you make today?\n- What would you change next time?"),
        nbformat.v4.new_markdown_cell(TEACHER, metadata={"tags": [L.TEACHER_TAG]}),
    ]
    folder.mkdir(parents=True)
    path = folder / "lesson.ipynb"
    nbformat.write(nb, path)
    if entry:
        _mark_written(root / "curriculum.yml", lesson_id)
    return path
