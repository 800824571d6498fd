"""``artech new lesson``: a new lesson folder that already validates."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import yaml

from . import lesson as L

CHECKS = '''"""The checks for this lesson: they run in the kit, never in a student's notebook."""

from artech.checks import exercise


@exercise("first-step", hints=[
    "Look at the example above: it makes a name with `=`.",
    "Write `answer = 42` and run the cell.",
])
def _(see):
    see.equal(see.value("answer", int), 42, about="Your `answer`")
'''

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
    """Shrink the lesson's entry in the plan to its id: once written, its facts live in its folder.
    Comments and the other entries stay as they are."""
    out, held, indent = [], [], None
    for line in plan_file.read_text().splitlines(keepends=True):
        found = re.match(rf"^(\s*)-\s*id:\s*['\"]?{re.escape(lesson_id)}['\"]?\s*$", line)
        if found:
            indent = len(found.group(1))
            out.append(line)
            continue
        if indent is not None and (not line.strip() or len(line) - len(line.lstrip()) > indent):
            held.append(line)  # a fact of this entry (it lives in the lesson folder now), or a blank line
            continue
        out.extend(l for l in held if not l.strip())  # the blank lines between entries stay
        held, indent = [], None
        out.append(line)
    out.extend(l for l in held if not l.strip())
    plan_file.write_text("".join(out))


def new_lesson(root: Path, strand: str, level: int, title: str) -> Path:
    root = Path(root)
    entry, _ = _plan_entry(root, strand, level, title)
    entry = entry or {}
    lesson_id = entry.get("id") or f"{strand}-{slugify(title)}"
    folder = L.folder_of(lesson_id, root)
    if folder.exists():
        raise ValueError(f"{folder} is already there. Open it, or choose another title.")
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata[L.META_KEY] = {
        "version": L.FORMAT_VERSION,
        "objectives": entry.get("objectives") or ["I can make a name hold a value."],
        "vocabulary": ["name", "value"],
    }
    facts = {
        "level": level,
        "duration": entry.get("duration", 50),
        "prerequisites": entry.get("prerequisites", []),
        "projects": entry.get("projects", []),
        "slo_goals": entry.get("slo_goals") or [7],
        "design_cycle": entry.get("design_cycle") or "prototype",
    }
    nb.cells = [
        nbformat.v4.new_markdown_cell(f"# {title}\n\nOne or two sentences that tell a student what they will make today."),
        nbformat.v4.new_markdown_cell("## Get ready\n\nClick the cell below and press **Shift+Enter**."),
        nbformat.v4.new_code_cell("from artech import check"),
        nbformat.v4.new_markdown_cell("## Exercise 1: your first step\n\nMake a name `answer` that holds the number 42."),
        nbformat.v4.new_code_cell(f"{L.BEGIN}\nanswer = 42\n{L.END}"),
        nbformat.v4.new_code_cell('check("first-step")'),
        nbformat.v4.new_markdown_cell("## Make it yours\n\nAn open task: students change the example into something of their own."),
        nbformat.v4.new_markdown_cell("## Reflect\n\n- What did you make today?\n- What would you change next time?"),
        nbformat.v4.new_markdown_cell(TEACHER, metadata={"tags": [L.TEACHER_TAG]}),
    ]
    folder.mkdir(parents=True)
    path = folder / L.NOTEBOOK
    nbformat.write(nb, path)
    (folder / L.FACTS).write_text(yaml.safe_dump(facts, sort_keys=False, allow_unicode=True))
    (folder / L.CHECKS).write_text(CHECKS)
    if entry:
        _mark_written(root / "curriculum.yml", lesson_id)
    return path
