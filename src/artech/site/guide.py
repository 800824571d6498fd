"""The teacher guide of a lesson: its facts, the teacher notes, and every answer with its hints.

Made from the lesson folder: the facts from ``lesson.facts`` (through the site's lesson record), the
notes and solutions from the notebook, the hints from ``checks.py``. The guide is for teachers, so it
shows what the student page never does.
"""

from __future__ import annotations

import re
from pathlib import Path

from artech.format import lesson as L

from .links import as_list, cycle_title, fence, items, lesson_link, log, md_escape, rel, strand_title
from .words import say


def exercise_hints(folder: Path) -> dict[str, list[str]]:
    """``{id: [hint, ...]}``, read from the lesson's ``checks.py`` without running it."""
    try:
        return {ex_id: found["hints"] for ex_id, found in L.defined_checks(folder).items()}
    except L.LessonError as exc:
        log.warning(f"artech: {exc}")
        return {}


def _exercise_name(nb, index: int) -> str:
    """The heading of the Markdown cell that introduces the exercise at ``index``."""
    for cell in reversed(nb.cells[:index]):
        if cell.cell_type == "markdown" and not L.is_teacher(cell):
            m = re.search(r"^#+\s+(.+?)\s*$", cell.source, re.M)
            if m:
                return m.group(1)
    return ""


def markdown_for_mkdocs(text: str, shift: int = 0) -> str:
    """Notebook Markdown, made safe for Python-Markdown.

    Jupyter lets a list follow a line of text directly and indents sub-lists by
    two spaces; Python-Markdown needs a blank line and four. Headings move by
    ``shift`` levels so they fit under the page's own.
    """
    out: list[str] = []
    open_fence = None
    item = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+")
    for line in text.splitlines():
        stripped = line.strip()
        if open_fence:
            out.append(line)
            if stripped.startswith(open_fence):
                open_fence = None
            continue
        m = re.match(r"^(```+|~~~+)", stripped)
        if m:
            open_fence = m.group(1)
            out.append(line)
            continue
        h = re.match(r"^(#{1,6})(\s+.*)$", line)
        if h:
            level = min(6, max(1, len(h.group(1)) + shift))
            if out and out[-1].strip():
                out.append("")
            out.append("#" * level + h.group(2))
            out.append("")
            continue
        li = item.match(line)
        if li:
            indent = len(li.group(1).expandtabs(4))
            if indent % 4 == 2:
                line = " " * (indent + 2) + line.lstrip()
            prev = out[-1] if out else ""
            if prev.strip() and not item.match(prev) and not prev.startswith(" "):
                out.append("")
        out.append(line)
    return "\n".join(out).strip() + "\n"


def _heading_levels(cells) -> list[int]:
    levels = []
    for cell in cells:
        if cell.cell_type == "markdown":
            src = re.sub(r"^(```|~~~).*?^\1", "", cell.source, flags=re.M | re.S)
            levels += [len(m.group(1)) for m in re.finditer(r"^(#{1,6})\s", src, re.M)]
    return levels


def teacher_guide(rec: dict, site: dict) -> str:
    """The teacher guide page of one lesson (``rec`` from ``sources.lesson_record``)."""
    nb = rec["nb"]
    here = rec["guide"]
    level = rec.get("level")
    ages = rec.get("ages") or L.LEVEL_AGES.get(level, "")
    strand = strand_title(rec["strand"])
    minutes = rec.get("duration")
    lines = [f"# {say('site_guide_title', title=rec['title'])}", ""]
    lines += [f"[{say('site_guide_open_student')}]({rel(here, rec['page'])}){{ .md-button }}", ""]
    glance = {say("site_head_strand"): strand,
              say("site_head_level"): say("site_level_with_ages", level=level, ages=str(ages).replace("-", "–")),
              say("site_head_duration"): say("site_minutes", count=minutes) if minutes else say("site_minutes_unknown"),
              say("site_head_design_step"): cycle_title(site, rec.get("design_cycle")),
              say("site_head_exercises"): str(len(L.exercises(nb)))}
    glance = {k: v for k, v in glance.items() if v}
    lines += ["| " + " | ".join(glance) + " |", "|---" * len(glance) + "|",
              "| " + " | ".join(md_escape(v) for v in glance.values()) + " |"]
    lines += ["", f"## {say('site_h_objectives')}", ""]
    lines += [f"- {o}" for o in as_list(rec.get("objectives"))] or [f"- {say('site_none_listed')}"]

    lines += ["", f"## {say('site_h_prerequisites')}", ""]
    prereqs = as_list(rec.get("prerequisites"))
    lines += [f"- {lesson_link(site, pid, here, guide=True)}" for pid in prereqs] or \
             [say("site_no_prerequisites")]

    lines += ["", f"## {say('site_h_vocabulary')}", ""]
    words = as_list(rec.get("vocabulary"))
    lines.append(", ".join(f"**{md_escape(w)}**" for w in words) if words else say("site_no_vocabulary"))

    lines += ["", f"## {say('site_h_materials')}", ""]
    things = [f"- {md_escape(x)}" for x in as_list(rec.get("materials"))]
    things += [f"- {say('site_hardware_item', item=md_escape(x))}" for x in as_list(rec.get("hardware"))]
    lines += things or [say("site_no_materials")]

    lines += ["", f"## {say('site_h_leads_into')}", ""]
    projects = {p["id"]: p for p in site["projects"]}
    links = []
    for pid in as_list(rec.get("projects")):
        p = projects.get(pid)
        links.append(f"- [{md_escape(p['title'])}]({rel(here, p['page'])})"
                     + (f" ({md_escape(p['challenge'])})" if p.get("challenge") else "")
                     if p else f"- {md_escape(pid)}")
    lines += links or [say("site_no_projects_yet")]

    lines += ["", f"## {say('site_h_slo_goals')}", ""]
    goals = {g.get("number"): g for g in items(site["plan"], "slo_goals")}
    for n in as_list(rec.get("slo_goals")):
        g = goals.get(n, {})
        name = g.get("title", "")
        if name and g.get("dutch"):
            lines.append(f"- {say('site_goal_named_dutch', number=n, title=name, dutch=g['dutch'])}")
        elif name:
            lines.append(f"- {say('site_goal_named', number=n, title=name)}")
        else:
            lines.append(f"- {say('site_goal', number=n)}")

    teacher = L.teacher_cells(nb)
    levels = _heading_levels(teacher)
    top = min(levels) if levels else 2
    lines += [""]
    if levels and levels[0] == top and levels.count(top) == 1:
        shift = 2 - top  # one heading over all the notes ("## Teacher notes"): it becomes the section
    else:
        shift = 3 - top
        lines += [f"## {say('site_h_teacher_notes')}", ""]
    for cell in teacher:
        if cell.cell_type == "markdown":
            lines += [markdown_for_mkdocs(cell.source, shift), ""]
        elif cell.cell_type == "code":
            lines += [fence(cell.source, "python"), ""]

    lines += [f"## {say('site_h_answers')}", ""]
    hints = exercise_hints(rec["folder"])
    exercises = L.exercises(nb)
    if not exercises:
        lines.append(say("site_no_exercises"))
    for ex in exercises:
        name = _exercise_name(nb, ex["solution"] if ex["solution"] is not None else ex["check"])
        lines += [f"### {md_escape(name) if name else ex['id']}", "", say("site_checked_with", id=ex["id"]), ""]
        if ex["solution"] is not None:
            lines += [fence(L.solution_source(nb.cells[ex["solution"]].source), "python"), ""]
        else:
            lines += [say("site_open_task"), ""]
        ladder = hints.get(ex["id"], [])
        if ladder:
            lines += [say("site_hints_in_order"), ""]
            lines += [f"{i}. {markdown_for_mkdocs(h).strip()}" for i, h in enumerate(ladder, 1)]
        else:
            lines.append(say("site_no_hints"))
        lines.append("")
    return "\n".join(lines)
