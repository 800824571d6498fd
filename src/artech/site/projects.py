"""The page of a challenge project: its folder's own page when there is one, else made from the plan;
either way followed by the lessons that prepare it, level by level."""

from __future__ import annotations

import re

from .links import as_list, items, lesson_link, level_ages, md_escape
from .parts import part_design_cycle
from .sources import project_source


def project_page(p: dict, site: dict) -> str:
    """A project's page: its folder's own page when there is one, else made from the plan."""
    here = p["page"]
    lessons_part = ["## Lessons that prepare it", ""]
    by_level: dict = {}
    for lid in p["lessons"]:
        rec = site["lessons_by_id"].get(lid)
        by_level.setdefault(rec.get("level") if rec else None, []).append(lesson_link(site, lid, here, guide=True))
    for lv in sorted(by_level, key=lambda v: (v is None, v)):
        heading = f"Level {lv} (ages {level_ages(site, lv)})" if lv else "Other lessons"
        lessons_part += [f"**{heading}**", ""] + [f"- {x}" for x in by_level[lv]] + [""]
    if not by_level:
        lessons_part.append("No lesson prepares this project yet.")
    if p.get("folder") and project_source(p["folder"]):
        text = project_source(p["folder"]).read_text(encoding="utf-8")
        text = re.sub(r"\]\(([^)\s]*?)lesson\.ipynb\)", r"](\1index.ipynb)", text)
        return text.rstrip() + "\n\n" + "\n".join(lessons_part)
    lines = [f"# {p['title']}", ""]
    if p.get("question"):
        lines += [f"> {md_escape(p['question'])}", ""]
    glance = {}
    if p.get("challenge"):
        glance["Societal challenge"] = md_escape(p["challenge"])
    if p.get("levels"):
        levels = sorted(as_list(p["levels"]))
        first, last = level_ages(site, levels[0]).split("–")[0], level_ages(site, levels[-1]).split("–")[-1]
        glance["Levels"] = f"{', '.join(map(str, levels))} (ages {first}–{last})"
    glance["Status"] = (f"{md_escape(p.get('status', 'planned'))}: the project materials are not written yet; "
                        "this page is made from the curriculum plan")
    lines += ["| " + " | ".join(glance) + " |", "|---" * len(glance) + "|", "| " + " | ".join(glance.values()) + " |"]
    lines += [""]
    if p.get("stakeholders"):
        lines += ["## Who the students work with", ""] + [f"- {md_escape(s)}" for s in p["stakeholders"]] + [""]
    lines += lessons_part + [""]
    data = [d for d in as_list(p.get("open_data")) if isinstance(d, dict)]
    if data or p.get("data_note"):
        lines += ["## Data", ""]
        for d in data:
            lines += [f"- **{md_escape(d.get('dataset', ''))}** (package `{d.get('package', '')}`). "
                      f"{md_escape(str(d.get('note', '')).strip())} "
                      f"*Licence:* {md_escape(str(d.get('licence', '')).strip())}"]
        if p.get("data_note"):
            lines += ["", md_escape(str(p["data_note"]).strip())]
        lines.append("")
    goals = {g.get("number"): g for g in items(site["plan"], "slo_goals")}
    if p.get("slo_goals"):
        lines += ["## SLO goals", ""]
        lines += [f"- Goal {n}: {md_escape(goals.get(n, {}).get('title', ''))}" for n in p["slo_goals"]] + [""]
    if items(site["plan"], "design_cycle"):
        lines += ["## How the project runs", "", "Students follow the design cycle, with the people above:", "",
                  part_design_cycle(site, here), ""]
    return "\n".join(lines)
