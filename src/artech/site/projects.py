"""The page of a challenge project: its folder's own page when there is one, else made from the plan;
either way followed by the lessons that prepare it, level by level."""

from __future__ import annotations

import re

import yaml

from artech.format.project import LESSONS_MARK  # in a brief: where the site lists the lessons that prepare it

from .links import as_list, cycle_title, items, lesson_link, level_ages, md_escape, rel
from .parts import part_design_cycle
from .sources import project_source
from .words import say


def rubric_part(folder) -> str:
    """The project's rubric as a table, criteria by four levels, in the language spoken now ('' if none)."""
    from .. import i18n
    from ..format import project as P

    path = P.edition(folder, P.RUBRIC, i18n.language())
    if not path.is_file():
        path = P.edition(folder, P.RUBRIC, i18n.SOURCE)
    try:
        criteria = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("criteria") or []
    except (OSError, yaml.YAMLError, AttributeError):
        return ""
    rows = [c for c in criteria if isinstance(c, dict) and isinstance(c.get("levels"), dict)]
    if not rows:
        return ""
    head = [say("site_rubric_criterion")] + [say("site_rubric_level", level=n) for n in P.RUBRIC_LEVELS]
    lines = [f"## {say('site_h_rubric')}", "", say("site_rubric_intro"), "",
             "| " + " | ".join(head) + " |", "|---" * len(head) + "|"]
    for c in rows:
        cells = [f"**{md_escape(str(c.get('title', '')))}**"] + [
            md_escape(str(c["levels"].get(n, c["levels"].get(str(n), "")))).replace("\n", " ") for n in P.RUBRIC_LEVELS]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n\n"




def steps_part(p: dict, site: dict) -> str:
    """The project's steps as a table: each step's student page, its phase and its teacher guide."""
    if not p.get("steps"):
        return ""
    here = p["page"]
    head = [say("site_steps_col_step"), say("site_steps_col_phase"), say("site_steps_col_guide")]
    lines = [f"## {say('site_h_steps')}", "", say("site_steps_intro"), "",
             "| " + " | ".join(head) + " |", "|---" * len(head) + "|"]
    for step in p["steps"]:
        phase = cycle_title(site, step["phase"]) or step["phase"]
        lines.append(f"| {step['n']}. [{md_escape(step['title'])}]({rel(here, step['page'])}) | {md_escape(phase)} "
                     f"| [{say('site_nav_teacher_guide')}]({rel(here, step['guide'])}) |")
    return "\n".join(lines) + "\n\n"


def _step_line(p: dict, step: dict, site: dict, here: str) -> str:
    return say("site_step_of", n=step["n"], count=len(p["steps"]), project=md_escape(p["title"]),
               link=rel(here, p["page"]), phase=md_escape(cycle_title(site, step["phase"]) or step["phase"]))


def step_page(p: dict, step: dict, site: dict) -> str:
    """What the students see of one step: its student copy, from the stored outputs, under the step's place
    in the project."""
    from .render import notebook_markdown
    from .student import student_view

    text = notebook_markdown(student_view(step["nb"], f"{p['id']}-{step['id']}"))
    line = _step_line(p, step, site, step["page"])
    m = re.search(r"^# .*$", text, re.M)
    return text[:m.end()] + "\n\n" + line + "\n" + text[m.end():] if m else line + "\n\n" + text


def step_guide(p: dict, step: dict, site: dict) -> str:
    """The teacher guide of one step: what is made, the objectives and materials, then every teacher note
    in its own section (timing, how to run it, working with people outside school, what to watch for,
    when something goes wrong, and any other)."""
    from artech.format import notes as N

    from .guide import markdown_for_mkdocs

    here = step["guide"]
    parts = N.split(N.notes_text(step["nb"]))
    intro = parts[0][2] if parts and not parts[0][1] else ""
    parts = parts[1:] if parts and not parts[0][1] else parts
    lines = [f"# {say('site_guide_title', title=step['title'])}", "", _step_line(p, step, site, here), "",
             say("site_step_student_page", link=rel(here, step["page"])), ""]
    if intro.strip():
        lines += [markdown_for_mkdocs(intro), ""]
    lines += [f"## {say('site_h_makes')}", "", md_escape(step["makes"]) if step["makes"] else f"*{say('site_no_makes')}*",
             "", f"## {say('site_h_objectives')}", ""]
    lines += [f"- {md_escape(o)}" for o in step["objectives"]] or [f"- {say('site_none_listed')}"]
    lines += ["", f"## {say('site_h_materials')}", ""]
    lines += [f"- {md_escape(m)}" for m in step["materials"]] or [f"- {say('site_none_listed')}"]
    lines.append("")
    for _key, heading, body in parts:
        if heading:
            lines += [f"## {heading}", ""]
        if body.strip():
            lines += [markdown_for_mkdocs(body, shift=0), ""]
    if not parts:
        lines += [f"*{say('site_no_note')}*", ""]
    if step["vocabulary"]:
        lines += [f"## {say('site_h_vocabulary')}", "", ", ".join(f"**{md_escape(w)}**" for w in step["vocabulary"]), ""]
    return "\n".join(lines) + "\n"


def project_page(p: dict, site: dict) -> str:
    """A project's page: its folder's own page when there is one, else made from the plan."""
    here = p["page"]
    lessons_part = [f"## {say('site_lessons_that_prepare_it')}", ""]
    by_level: dict = {}
    for lid in p["lessons"]:
        rec = site["lessons_by_id"].get(lid)
        by_level.setdefault(rec.get("level") if rec else None, []).append(lesson_link(site, lid, here, guide=True))
    for lv in sorted(by_level, key=lambda v: (v is None, v)):
        if lv:
            heading = say("site_level_ages_heading", level=lv, ages=level_ages(site, lv))
        else:
            heading = say("site_other_lessons")
        lessons_part += [f"**{heading}**", ""] + [f"- {x}" for x in by_level[lv]] + [""]
    if not by_level:
        lessons_part.append(say("site_no_lesson_prepares"))
    if p.get("folder") and project_source(p["folder"]):
        text = project_source(p["folder"]).read_text(encoding="utf-8")
        text = re.sub(r"\]\(([^)\s]*?)lesson(?:\.[a-z]{2,3})?\.ipynb\)", r"](\1index.md)", text)
        if LESSONS_MARK in text:  # the brief says where the list goes, under its own heading
            text = text.replace(LESSONS_MARK, "\n".join(lessons_part[2:]).rstrip(), 1)
            lessons_part = []
        return (text.rstrip() + "\n\n" + steps_part(p, site) + rubric_part(p["folder"])
                + "\n".join(lessons_part))
    lines = [f"# {p['title']}", ""]
    if p.get("question"):
        lines += [f"> {md_escape(p['question'])}", ""]
    glance = {}
    if p.get("challenge"):
        glance[say("site_head_societal_challenge")] = md_escape(p["challenge"])
    if p.get("levels"):
        levels = sorted(as_list(p["levels"]))
        first, last = level_ages(site, levels[0]).split("–")[0], level_ages(site, levels[-1]).split("–")[-1]
        glance[say("site_head_levels")] = say("site_levels_with_ages", levels=", ".join(map(str, levels)),
                                              first=first, last=last)
    status = p["status"] if "status" in p else say("site_planned")
    glance[say("site_head_status")] = say("site_project_status", status=md_escape(status))
    lines += ["| " + " | ".join(glance) + " |", "|---" * len(glance) + "|", "| " + " | ".join(glance.values()) + " |"]
    lines += [""]
    if p.get("stakeholders"):
        lines += [f"## {say('site_h_stakeholders')}", ""] + [f"- {md_escape(s)}" for s in p["stakeholders"]] + [""]
    lines += lessons_part + [""]
    data = [d for d in as_list(p.get("open_data")) if isinstance(d, dict)]
    if data or p.get("data_note"):
        lines += [f"## {say('site_h_data')}", ""]
        for d in data:
            lines += ["- " + say("site_project_data", dataset=md_escape(d.get("dataset", "")),
                                 package=d.get("package", ""), note=md_escape(str(d.get("note", "")).strip()),
                                 licence=md_escape(str(d.get("licence", "")).strip()))]
        if p.get("data_note"):
            lines += ["", md_escape(str(p["data_note"]).strip())]
        lines.append("")
    goals = {g.get("number"): g for g in items(site["plan"], "slo_goals")}
    if p.get("slo_goals"):
        lines += [f"## {say('site_h_slo_goals')}", ""]
        lines += [f"- {say('site_goal_named', number=n, title=md_escape(goals.get(n, {}).get('title', '')))}"
                  for n in p["slo_goals"]] + [""]
    if items(site["plan"], "design_cycle"):
        lines += [f"## {say('site_h_how_it_runs')}", "", say("site_follow_cycle"), "",
                  part_design_cycle(site, here), ""]
    return "\n".join(lines)
