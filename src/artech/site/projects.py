"""The page of a challenge project: its folder's own page when there is one, else made from the plan;
either way followed by the lessons that prepare it, level by level."""

from __future__ import annotations

import re

import yaml

from .links import as_list, items, lesson_link, level_ages, md_escape
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
        text = re.sub(r"\]\(([^)\s]*?)lesson\.ipynb\)", r"](\1index.ipynb)", text)
        return text.rstrip() + "\n\n" + rubric_part(p["folder"]) + "\n".join(lessons_part)
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
