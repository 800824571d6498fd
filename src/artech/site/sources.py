"""Reading the sources: the plan, the lessons and the projects, each fact from the one place it lives.

The plan comes from ``curriculum.load`` (written lessons' facts merged in), a lesson's facts from
``lesson.facts``; the site never reads a fact from anywhere else. A lesson's pages are named by its
id (``lessons/<strand>/<slug>/``), so they stay where they are when the order in the plan changes.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from artech import i18n
from artech.format import curriculum
from artech.format import lesson as L
from artech.format import plan_text
from artech.format import translations as T

from .links import as_list, items, log
from .words import say

PROJECTS_DIR = "projects/real_challenges"
PROJECT_PAGES = ("brief.md", "README.md", "project.md", "index.md")  # a written project: its brief
SKIP_PARTS = {".ipynb_checkpoints", "__pycache__", ".git"}
# Files of a lesson folder that are never published as they are: the notebook becomes the pages, and
# checks.py (hints, praise and what counts as right), mistakes.yml and lesson.yml stay with the kit.
PRIVATE_LESSON_FILES = frozenset({L.NOTEBOOK, L.CHECKS, L.FACTS, L.MISTAKES})
LIST_FACTS = ("objectives", "vocabulary", "materials", "prerequisites", "projects", "slo_goals", "hardware", "cards")


def load_plan(root: Path) -> dict:
    """``curriculum.yml`` with the written lessons' facts merged in, in the language spoken now (its
    sentences from ``curriculum.<lang>.po``); empty (with a note) when missing or unreadable."""
    path = Path(root) / curriculum.FILE
    if not path.is_file():
        log.info(f"artech: {say('site_log_no_plan')}")
        return {}
    try:
        plan = curriculum.load(root)
    except yaml.YAMLError as exc:
        log.warning(f"artech: {say('site_log_bad_plan', detail=exc)}")
        return {}
    return plan_text.translated(plan, root) if isinstance(plan, dict) else {}


def lesson_pages(lesson_id: str) -> dict:
    """Where the pages of lesson ``lesson_id`` go on the site: named by the id, never by a number.
    The same in every language (each language is a site of its own)."""
    strand, _, slug = lesson_id.partition("-")
    base = f"lessons/{strand}/{slug}"
    return {"base": base, "page": f"{base}/index.md", "guide": f"{base}/teacher.md", "plan": f"{base}/plan.md",
            "handout": f"{base}/handout.md", "cards_page": f"{base}/cards.md"}


def edition(path: Path, lang: str | None = None) -> Path:
    """The notebook of the lesson at ``path`` in ``lang`` (the language spoken now): its edition in that
    language when it has one, else the English lesson."""
    lang = lang or i18n.language()
    other = T.edition_path(Path(path).parent, lang)
    return other if lang != i18n.SOURCE and other.is_file() else Path(path)


def lesson_record(path: Path, nb=None, lang: str | None = None) -> dict:
    """What the site knows about the written lesson whose notebook is ``path``, in ``lang`` (the
    language spoken now): its facts, its notebook in that language, its folder and its pages.
    LessonError when the folder cannot be read."""
    path = Path(path)
    if nb is None:
        path = edition(path, lang)
        nb = L.read(path)
    facts = L.facts(path, nb)
    rec = {**facts, **{k: as_list(facts.get(k)) for k in LIST_FACTS}}
    rec["title"] = facts.get("title") or path.parent.name
    rec["level"] = facts.get("level") or 1
    rec.update(nb=nb, folder=path.parent, written=True, **lesson_pages(facts["id"]))
    rec["lang"] = L.meta(nb).get("lang") or i18n.SOURCE
    rec["makes"] = facts.get("makes") if isinstance(facts.get("makes"), str) else ""
    rec["cards"] = [c for c in facts.get("cards") or [] if isinstance(c, dict) and c.get("text")]
    return rec


def lesson_records(root: Path, plan: dict) -> list[dict]:
    """Every lesson of the plan and every lesson on disk, merged by id, in the plan's order.

    A lesson on disk is "written", and its facts come from its folder. Lessons on disk that the plan
    does not know yet come last, with ``in_plan`` false.
    """
    disk: dict[str, dict] = {}
    for path in L.find_lessons(root):
        try:
            rec = lesson_record(path)
        except L.LessonError as exc:
            log.warning(f"artech: {exc}")
            continue
        disk[rec["id"]] = rec
    records = []
    for entry in items(plan, "lessons"):
        if not isinstance(entry.get("id"), str):
            continue
        found = disk.pop(entry["id"], None)
        if found:
            records.append({**found, "in_plan": True})
        else:
            planned = {k: v for k, v in entry.items() if not k.startswith("_") and k != "folder"}
            records.append({**{k: [] for k in LIST_FACTS}, **planned, "written": False, "in_plan": True})
    records += [{**rec, "in_plan": False} for rec in disk.values()]
    return records


def project_source(folder: Path, lang: str | None = None) -> Path | None:
    """The page a project folder brings with it, if any: in ``lang`` (the language spoken now) when
    the folder has that edition (``README.nl.md``), else the English one."""
    lang = lang or i18n.language()
    for name in PROJECT_PAGES:
        edition = folder / name.replace(".md", f".{lang}.md")
        if lang != i18n.SOURCE and edition.is_file():
            return edition
        if (folder / name).is_file():
            return folder / name
    return None


def project_records(root: Path, plan: dict, lessons: list[dict]) -> list[dict]:
    """Every project of the plan and every project folder on disk."""
    folder_root = Path(root) / PROJECTS_DIR
    folders = {p.name: p for p in sorted(folder_root.iterdir()) if p.is_dir()} if folder_root.is_dir() else {}
    records = []
    for entry in items(plan, "projects"):
        if "id" in entry:
            records.append({"prepared_by": [], "stakeholders": [], "open_data": [], "levels": [], **entry,
                            "folder": folders.pop(entry["id"], None)})
    for pid, folder in folders.items():
        title = pid.replace("-", " ").capitalize()
        page = project_source(folder)
        if page:
            m = re.search(r"^#\s+(.+?)\s*$", page.read_text(encoding="utf-8"), re.M)
            title = m.group(1) if m else title
        records.append({"id": pid, "title": title, "prepared_by": [], "stakeholders": [], "open_data": [],
                        "levels": [], "folder": folder})
    for rec in records:
        rec["page"] = f"{PROJECTS_DIR}/{rec['id']}/index.md"
        rec["steps"] = project_steps(rec["folder"], rec["id"]) if rec["folder"] else []
        ids = list(as_list(rec["prepared_by"]))
        ids += [x["id"] for x in lessons if rec["id"] in x.get("projects", []) and x["id"] not in ids]
        rec["lessons"] = ids
    return records


def project_steps(folder: Path, project_id: str, lang: str | None = None) -> list[dict]:
    """The steps of a written project in their order, each in ``lang`` (the language spoken now): its id,
    phase, number, title, notebook, facts (makes, objectives, materials) and its two pages, the student
    page and the teacher guide, at ``projects/real_challenges/<id>/steps/<step>/`` beside its pictures."""
    from artech.format import project as P

    try:
        facts = yaml.safe_load((Path(folder) / P.FACTS).read_text(encoding="utf-8")) or {}
        steps = [s for s in facts.get("steps") or [] if isinstance(s, dict) and isinstance(s.get("id"), str)]
    except (OSError, yaml.YAMLError, AttributeError, TypeError):
        return []  # artech validate says what is wrong with the folder
    found = []
    for n, step in enumerate(steps, 1):
        source = Path(folder) / P.STEPS / step["id"] / L.NOTEBOOK
        path = edition(source, lang)
        if not path.is_file():
            continue
        try:
            nb = L.read(path)
        except L.LessonError as exc:
            log.warning(f"artech: {exc}")
            continue
        meta = L.meta(nb)
        heading = next((m.group(1) for c in nb.cells if c.cell_type == "markdown"
                        for m in [re.search(r"^#\s+(.+?)\s*$", c.source, re.M)] if m), step["id"])
        base = f"{PROJECTS_DIR}/{project_id}/{P.STEPS}/{step['id']}"
        found.append({"id": step["id"], "phase": str(step.get("phase", "")), "n": n, "title": heading, "nb": nb,
                      "folder": path.parent, "lang": meta.get("lang") or i18n.SOURCE,
                      "makes": meta.get("makes") if isinstance(meta.get("makes"), str) else "",
                      **{k: as_list(meta.get(k)) for k in ("objectives", "materials", "vocabulary")},
                      "page": f"{base}/index.md", "guide": f"{base}/teacher.md"})
    return found


def public_assets(folder: Path, private=frozenset()) -> list[tuple[str, Path]]:
    """``(path inside the folder, file)`` for every file of ``folder`` the site publishes as it is:
    not notebooks or Markdown (they become pages), not hidden or cache files, not ``private`` ones."""
    found = []
    for asset in sorted(Path(folder).rglob("*")):
        rel = asset.relative_to(folder)
        if (not asset.is_file() or set(rel.parts) & SKIP_PARTS or any(p.startswith(".") for p in rel.parts)
                or asset.suffix in (".ipynb", ".md", ".po") or rel.as_posix() in private):
            continue
        found.append((rel.as_posix(), asset))
    return found


def lesson_assets(folder: Path) -> list[tuple[str, Path]]:
    """The files of a lesson folder that go on the site: its pictures and sounds, never its checks or facts."""
    return public_assets(folder, PRIVATE_LESSON_FILES)
