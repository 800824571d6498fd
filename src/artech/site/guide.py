"""The teacher guide of a lesson: what students make, the plan of the period, the notes in their
sections, and one Answers section with every solution and its hints.

Made from the lesson folder: the facts from ``lesson.facts`` (through the site's lesson record), the
notes and solutions from the notebook, the hints from ``checks.py``. The guide is for teachers, so it
shows what the student page never does.
"""

from __future__ import annotations

import re
from pathlib import Path

from artech.format import lesson as L
from artech.format import notes as N

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


def glance_table(rec: dict, site: dict) -> list[str]:
    """The lesson at a glance: strand, level with ages, duration, design-cycle step, exercises."""
    level = rec.get("level")
    ages = rec.get("ages") or L.LEVEL_AGES.get(level, "")
    minutes = rec.get("duration")
    glance = {say("site_head_strand"): strand_title(rec["strand"]),
              say("site_head_level"): say("site_level_with_ages", level=level, ages=str(ages).replace("-", "–")),
              say("site_head_duration"): say("site_minutes", count=minutes) if minutes else say("site_minutes_unknown"),
              say("site_head_design_step"): cycle_title(site, rec.get("design_cycle")),
              say("site_head_exercises"): str(len(L.exercises(rec["nb"])))}
    glance = {k: v for k, v in glance.items() if v}
    return ["| " + " | ".join(glance) + " |", "|---" * len(glance) + "|",
            "| " + " | ".join(md_escape(v) for v in glance.values()) + " |"]


def materials(rec: dict) -> list[str]:
    things = [f"- {md_escape(x)}" for x in as_list(rec.get("materials"))]
    things += [f"- {say('site_hardware_item', item=md_escape(x))}" for x in as_list(rec.get("hardware"))]
    return things or [say("site_no_materials")]


def print_links(rec: dict, here: str) -> str:
    """Buttons to the lesson's student page and its print views."""
    links = [(say("site_guide_open_student"), rec["page"]), (say("site_print_plan"), rec["plan"]),
             (say("site_print_handout"), rec["handout"])]
    if rec.get("cards"):
        links.append((say("site_print_cards"), rec["cards_page"]))
    return " ".join(f"[{text}]({rel(here, target)}){{ .md-button }}" for text, target in links)


def answers(rec: dict, notes_answers: str | None) -> list[str]:
    """The one Answers section: the notes' own answers, then per exercise its solution, what the
    solution shows, and its hints in the order a student sees them."""
    from .student import outputs_markdown  # the outputs of a solution, as the student page shows outputs

    nb = rec["nb"]
    lines = [f"## {say('site_h_answers')}", ""]
    if notes_answers:
        lines += [markdown_for_mkdocs(notes_answers, shift=0), ""]
    hints = exercise_hints(rec["folder"])
    exercises = L.exercises(nb)
    if not exercises:
        lines.append(say("site_no_exercises"))
    for ex in exercises:
        name = _exercise_name(nb, ex["solution"] if ex["solution"] is not None else ex["check"])
        lines += [f"### {md_escape(name) if name else ex['id']}", "", say("site_checked_with", id=ex["id"]), ""]
        if ex["solution"] is not None:
            solution = nb.cells[ex["solution"]]
            lines += [fence(L.solution_source(solution.source), "python"), ""]
            shown = outputs_markdown(solution)
            if shown:
                lines += [say("site_solution_shows"), "", shown, ""]
        else:
            lines += [say("site_open_task"), ""]
        ladder = hints.get(ex["id"], [])
        if ladder:
            lines += [say("site_hints_in_order"), ""]
            lines += [f"{i}. {markdown_for_mkdocs(h).strip()}" for i, h in enumerate(ladder, 1)]
        else:
            lines.append(say("site_no_hints"))
        lines.append("")
    return lines


def _section(title: str, body: str | None, empty: str) -> list[str]:
    return [f"## {title}", "", markdown_for_mkdocs(body, shift=0) if body else f"*{empty}*", ""]


def teacher_guide(rec: dict, site: dict) -> str:
    """The teacher guide page of one lesson (``rec`` from ``sources.lesson_record``): everything a
    teacher needs to prepare it, in the order of the lesson, with one Answers section."""
    nb = rec["nb"]
    here = rec["guide"]
    parts = N.split(N.notes_text(nb))
    fixed = N.sections(nb)
    intro = parts[0][2] if parts and parts[0][0] is None and not parts[0][1] else ""
    own = [(heading, body) for key, heading, body in parts[1:] if key is None]
    lines = [f"# {say('site_guide_title', title=rec['title'])}", "", print_links(rec, here), ""]
    lines += glance_table(rec, site)
    if intro:
        lines += ["", markdown_for_mkdocs(intro)]
    lines += ["", f"## {say('site_h_makes')}", "", md_escape(rec["makes"]) if rec.get("makes") else
              f"*{say('site_no_makes')}*", ""]
    lines += [f"## {say('site_h_objectives')}", ""]
    lines += [f"- {o}" for o in as_list(rec.get("objectives"))] or [f"- {say('site_none_listed')}"]
    lines += ["", f"## {say('site_h_materials')}", ""] + materials(rec) + [""]
    lines += _section(say("site_h_timing"), fixed.get("timing"), say("site_no_note"))
    warm = fixed.get("warm-up")
    lines += _section(say("site_h_warm_up"), warm, say("site_no_note"))
    if rec.get("cards"):
        lines[-1:-1] = ["", say("site_cards_line", page=rel(here, rec["cards_page"]))]
    lines += _section(say("site_h_misconceptions"), fixed.get("misconceptions"), say("site_no_note"))
    lines += answers(rec, fixed.get("answers"))
    lines += _section(say("site_h_differentiation"), fixed.get("differentiation"), say("site_no_note"))
    lines += _section(say("site_h_troubleshooting"), fixed.get("troubleshooting"), say("site_no_note"))
    lines[-1:-1] = ["", say("site_troubleshooting_more", page=rel(here, "start-here.md"))]
    for heading, body in own:
        lines += [f"## {heading}", "", markdown_for_mkdocs(body, shift=0), ""]

    lines += [f"## {say('site_h_prerequisites')}", ""]
    prereqs = as_list(rec.get("prerequisites"))
    lines += [f"- {lesson_link(site, pid, here, guide=True)}" for pid in prereqs] or \
             [say("site_no_prerequisites")]
    lines += ["", f"## {say('site_h_vocabulary')}", ""]
    words = as_list(rec.get("vocabulary"))
    lines.append(", ".join(f"**{md_escape(w)}**" for w in words) if words else say("site_no_vocabulary"))
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
    lines += slo_goal_lines(site, rec.get("slo_goals"))
    return "\n".join(lines) + "\n"


def slo_goal_lines(site: dict, numbers) -> list[str]:
    goals = {g.get("number"): g for g in items(site["plan"], "slo_goals")}
    lines = []
    for n in as_list(numbers):
        name = goals.get(n, {}).get("title", "")
        lines.append(f"- {say('site_goal_named', number=n, title=md_escape(name))}" if name
                     else f"- {say('site_goal', number=n)}")
    return lines
