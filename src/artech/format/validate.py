"""``artech validate``: every lesson (and the curriculum plan) against the format.

Each problem is one line: the file, what is wrong, and what to do.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import jsonschema

from .. import i18n
from . import lesson as L
from . import mistakes
from . import notes as N
from .messages import say

VAGUE_VERBS = {"understand", "know", "learn", "appreciate", "be"}
NOT_VERBS = {"a", "an", "the", "my", "your", "some", "all", "very", "also", "not", "now", "more", "it"}
_IMG_MD = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)[^)]*\)")
_IMG_HTML = re.compile(r"<img\b[^>]*>", re.I)


def schema(part: str) -> dict:
    """The JSON schema of ``part``: "notebook" (the notebook's metadata) or "facts" (lesson.yml)."""
    full = json.loads(resources.files("artech.format").joinpath("lesson_schema.json").read_text())
    return {**full["$defs"][part], "$defs": full["$defs"]}


def _schema_problems(data, part: str, label: str) -> list[str]:
    errors = jsonschema.Draft202012Validator(schema(part)).iter_errors(data)
    if part == "facts":  # an unknown field gets its own, kinder message (with did-you-mean)
        errors = (e for e in errors if e.validator != "additionalProperties")
    return [say("v_schema", where=label, field=".".join(str(p) for p in err.path) or "(top)", error=err.message)
            for err in sorted(errors, key=lambda e: [str(p) for p in e.path])]


def lesson_problems(path: Path, nb=None) -> list[str]:
    """Problems with one lesson folder (not counting its place in the plan)."""
    path = Path(path)
    if nb is None:
        try:
            nb = L.read(path)
        except L.LessonError as err:
            return [str(err)]
    problems: list[str] = []
    data = L.meta(nb)
    problems += _schema_problems(data, "notebook", "the notebook's \"artech\" metadata")
    try:
        problems += _schema_problems(L.read_facts(path.parent), "facts", L.FACTS)
    except L.LessonError as err:
        problems.append(str(err))
    if path.parent.parent.name not in L.STRANDS:
        problems.append(say("v_strand_folder", folder=path.parent.parent.name, strands=", ".join(L.STRANDS)))
    if not L.title(nb):
        problems.append(say("v_no_title"))
    english = (data.get("lang") or "en") == "en"  # an edition in another language: translations.py compares it
    for objective in data.get("objectives", []) if isinstance(data.get("objectives"), list) and english else []:
        words = str(objective).split()
        verb = words[2].lower().strip(",.") if len(words) > 2 and str(objective).startswith("I can ") else ""
        if not verb or not verb.isalpha() or verb in NOT_VERBS:
            problems.append(say("v_objective_verb", objective=objective))
        elif verb in VAGUE_VERBS:
            problems.append(say("v_vague_verb", objective=objective, verb=verb))
    problems += _image_problems(path, nb)
    problems += _exercise_problems(path, nb)
    problems += _section_problems(nb) if english else []
    problems += _notes_problems(nb)
    problems += _student_copy_problems(path, nb)
    return [f"{path}: {p}" for p in problems]


def _image_problems(path: Path, nb) -> list[str]:
    problems = []
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        for alt, src in _IMG_MD.findall(cell.source):
            problems += _one_image(path, alt, src)
        for tag in _IMG_HTML.findall(cell.source):
            alt = re.search(r'\balt\s*=\s*"([^"]*)"', tag)
            src = re.search(r'\bsrc\s*=\s*"([^"]*)"', tag)
            problems += _one_image(path, alt.group(1) if alt else "", src.group(1) if src else "?")
    return problems


def _one_image(path: Path, alt: str, src: str) -> list[str]:
    problems = [] if alt.strip() else [say("v_alt_text", src=src)]
    if not re.match(r"^(https?:|data:|attachment:)", src) and not (path.parent / src).exists():
        problems.append(say("v_missing_image", src=src))
    return problems


def _exercise_problems(path: Path, nb) -> list[str]:
    problems = [say("v_checks_cell", cell=i) for i, cell in enumerate(nb.cells) if L.is_checks(cell)]
    try:
        defined = L.defined_checks(path.parent)
    except L.LessonError as err:
        return problems + [str(err)]
    if L.exercises(nb) and not (path.parent / L.CHECKS).is_file():
        return problems + [say("v_no_checks_file")]  # one problem, not one per exercise
    called = set()
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code":
            lines = [ln.strip() for ln in cell.source.splitlines()]
            if lines.count(L.BEGIN) != lines.count(L.END):
                marker = L.BEGIN if lines.count(L.BEGIN) > lines.count(L.END) else L.END
                problems.append(say("v_markers", cell=i, marker=marker))
    for ex in L.exercises(nb):
        called.add(ex["id"])
        if ex["solution"] is None:
            problems.append(say("v_no_solution", id=ex["id"]))
        if ex["id"] not in defined:
            problems.append(say("v_no_definition", id=ex["id"]))
        elif not defined[ex["id"]]["hints"]:
            problems.append(say("v_no_hint", id=ex["id"]))
    for ex_id in defined:
        if ex_id not in called:
            problems.append(say("v_unused_definition", id=ex_id))
    problems += mistakes.problems(path.parent, [ex["id"] for ex in L.exercises(nb)])
    used = {ex["solution"] for ex in L.exercises(nb)}
    for i, cell in enumerate(nb.cells):
        if L.has_solution(cell) and i not in used:
            problems.append(say("v_solution_without_check", cell=i))
    return problems


def _section_problems(nb) -> list[str]:
    problems = []
    student = [h.lower() for h in L.headings(c for c in nb.cells if not L.is_teacher(c))]
    for section in L.STUDENT_SECTIONS:
        if not any(section.lower() in h for h in student):
            problems.append(say("v_student_section", section=section))
    return problems


def _notes_problems(nb) -> list[str]:
    """The fixed sections of the teacher notes, in the edition's own language, and what students make."""
    with i18n.use(L.meta(nb).get("lang") or i18n.SOURCE):
        titles = [N.title(key) for key in N.missing(nb)]
    problems = [say("v_teacher_section", section=t) for t in titles]
    if not L.meta(nb).get("makes"):
        problems.append(say("v_no_makes"))
    return problems


def _trivial(line: str) -> bool:
    """Lines too plain to count as giving an answer away."""
    core = line.strip()
    return len(core) < 4 or bool(re.fullmatch(r"[\W_]*|pass|else:|return|\.\.\.", core))


def _student_copy_problems(path: Path, nb) -> list[str]:
    """The student copy must not give away an answer: no solution line, no hint, no checks code."""
    problems = []
    student = L.student_copy(nb, L.lesson_id(path.parent))
    shown_text = "\n".join(c.source for c in student.cells)
    kept = [c for c in nb.cells if not L.is_teacher(c) and not L.is_checks(c)]
    for original, copied in zip(kept, student.cells):
        if not L.has_solution(original):
            continue
        shown = {ln.strip() for ln in copied.source.splitlines()}
        for region in L.solution_regions(original.source):
            for line in region:
                if not _trivial(line) and line.strip() in shown:
                    problems.append(say("v_solution_left", line=line.strip()))
    try:
        defined = L.defined_checks(path.parent)
    except L.LessonError:
        defined = {}
    for ex_id, info in defined.items():
        for hint in info["hints"]:
            if len(hint) > 20 and hint in shown_text:
                problems.append(say("v_hint_shown", id=ex_id, hint=hint[:60]))
    return problems


def all_problems(root: Path, run: bool = False) -> tuple[list[str], int]:
    """Every problem in the kit at ``root`` (or in one lesson notebook, or one project folder), and how
    many lessons were read.

    A project's step notebooks are run too when the project is a school's own variant (its project.yml
    says ``adapted_from``), when ``root`` is that one project's folder, or when ``run`` is true; the
    kit's own projects are run by its tests."""
    root = Path(root)
    from . import project

    if project.is_project_folder(root):
        kit = root.resolve().parent.parent.parent
        return project.problems(root, kit) + project.run_problems(root, kit), 0
    if root.is_dir() and (root / L.NOTEBOOK).is_file() and not (root / "lessons").is_dir():
        root = root / L.NOTEBOOK  # one lesson's folder: that lesson, with its editions
    paths = L.find_lessons(root) if root.is_dir() else [root]
    problems: list[str] = []
    from . import curriculum

    from . import translations

    for path in paths:
        own = lesson_problems(path)
        own += curriculum.folder_problems(path.parent, root if root.is_dir() else path.parent.parent)
        problems += own
        # The English lesson is the source: once it is right, every edition of it must agree with it.
        # (A broken source is said once, not once more for each language.)
        if path.name == L.NOTEBOOK and not own:
            problems += translations.lesson_translation_problems(path.parent)
            for lang in translations.required_languages():
                edition = translations.edition_path(path.parent, lang)
                if edition.is_file():
                    problems += lesson_problems(edition)
    if root.is_dir() and (root / "lessons").is_dir():
        for folder in project.find_projects(root):  # every project folder, with or without a plan
            own = project.problems(folder, root)
            problems += own
            if not own and (run or project.is_variant(folder)):
                problems += project.run_problems(folder, root)
        problems += project.plan_problems(root)
    if root.is_dir() and (root / "curriculum.yml").exists():
        problems += curriculum.problems(root)
        for lang in translations.required_languages():  # the kit's own words, in every complete language
            problems += translations.kit_catalogue_problems(lang)
    return problems, len(paths)
