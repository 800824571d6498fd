"""``artech new lesson``: a new lesson folder that already validates."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import yaml

from .. import i18n
from . import lesson as L
from . import translations as T
from .messages import say

CHECKS = '''"""The checks for this lesson: they run in the kit, never in a student's notebook."""

from artech.checks import exercise, _


@exercise("first-step", hints=[
    _({hint_1!r}),
    _({hint_2!r}),
])
def first_step(see):
    see.equal(see.value("answer", int), 42, about=_({about!r}, name=see.name("answer")))
'''

# The template's cells, one message each: the same template in every language (say() picks it).
TEMPLATE = [("markdown", "scaffold_intro", []), ("markdown", "scaffold_get_ready", []),
            ("code", None, "from artech import check"), ("markdown", "scaffold_exercise", []),
            ("code", None, f"{L.BEGIN}\nanswer = 42\n{L.END}"), ("code", None, 'check("first-step")'),
            ("markdown", "scaffold_make_it_yours", []), ("markdown", "scaffold_reflect", []),
            ("markdown", "scaffold_teacher", [L.TEACHER_TAG])]
CHECK_WORDS = {"hint_1": "scaffold_hint_1", "hint_2": "scaffold_hint_2", "about": "scaffold_about"}
CELL_IDS = ["intro", "get-ready", "imports", "exercise-1", "answer-1", "check-1", "make-it-yours",
            "reflect", "teacher-notes"]


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
    raise ValueError(say("new_not_in_plan", title=title, strand=strand, level=level,
                         planned=", ".join(planned) or say("new_none")))


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


def _notebook(title: str, lang: str, objectives) -> nbformat.NotebookNode:
    """The template lesson in ``lang``: the English one is the source, every other translates it."""
    with i18n.use(lang):
        nb = nbformat.v4.new_notebook()
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        meta = {"version": L.FORMAT_VERSION, "objectives": objectives or [say("scaffold_objective")],
                "vocabulary": [say("scaffold_word_name"), say("scaffold_word_value")], "makes": say("scaffold_makes")}
        if lang != i18n.SOURCE:
            meta.update(lang=lang, names={})
        nb.metadata[L.META_KEY] = meta
        for (kind, key, extra), cell_id in zip(TEMPLATE, CELL_IDS):
            if kind == "code":
                nb.cells.append(nbformat.v4.new_code_cell(extra, id=cell_id))
            else:
                text = say(key, title=title) if key == "scaffold_intro" else say(key)
                cell = nbformat.v4.new_markdown_cell(text, id=cell_id)
                if extra:
                    cell.metadata["tags"] = list(extra)
                nb.cells.append(cell)
    return nb


def _checks_catalogue(folder: Path, lang: str, english: dict) -> None:
    """``checks.<lang>.po`` for the template's checks: each English sentence with its translation."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import write_po

    cat = Catalog(locale=lang, project="ArTech")
    with i18n.use(lang):
        for name, text in english.items():
            cat.add(text, say(CHECK_WORDS[name], name="{name}"))
    with T.checks_catalogue(folder, lang).open("wb") as fh:
        write_po(fh, cat, width=100)


def new_lesson(root: Path, strand: str, level: int, title: str) -> Path:
    root = Path(root)
    entry, _ = _plan_entry(root, strand, level, title)
    entry = entry or {}
    lesson_id = entry.get("id") or f"{strand}-{slugify(title)}"
    folder = L.folder_of(lesson_id, root)
    if folder.exists():
        raise ValueError(say("new_exists", folder=folder))
    facts = {
        "level": level,
        "duration": entry.get("duration", 50),
        "prerequisites": entry.get("prerequisites", []),
        "projects": entry.get("projects", []),
        "slo_goals": entry.get("slo_goals") or [7],
        "design_cycle": entry.get("design_cycle") or "prototype",
    }
    folder.mkdir(parents=True)
    english = _notebook(title, i18n.SOURCE, entry.get("objectives"))
    nbformat.write(english, folder / L.NOTEBOOK)
    (folder / L.FACTS).write_text(yaml.safe_dump(facts, sort_keys=False, allow_unicode=True))
    with i18n.use(i18n.SOURCE):
        words = {name: say(key, name="{name}") for name, key in CHECK_WORDS.items()}  # {name}: filled in by _()
    (folder / L.CHECKS).write_text(CHECKS.format(**words))
    for lang in T.required_languages():  # the same template in each language, each cell stamped as current
        planned = entry.get("objectives")  # written in English in the plan: marked for the translator
        with i18n.use(lang):
            todo = [say("scaffold_objective_todo", objective=o) for o in planned] if planned else None
        edition = _notebook(title, lang, todo)
        for mine, source in zip(edition.cells, english.cells):
            mine.metadata.setdefault(L.META_KEY, {})[T.TRANSLATES] = T.source_hash(source.source)
        nbformat.write(edition, T.edition_path(folder, lang))
        _checks_catalogue(folder, lang, words)
    path = folder / L.NOTEBOOK
    if entry:
        _mark_written(root / "curriculum.yml", lesson_id)
    return path
