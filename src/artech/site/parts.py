"""The generated parts of the pages in ``docs/``: a line ``<!-- artech:NAME -->`` becomes a table, a list
or a picture drawn from ``curriculum.yml`` and the lessons on disk. ``PARTS`` names them all."""

from __future__ import annotations

import re

from .links import as_list, items, lesson_link, level_ages, log, md_escape, plan_levels, plan_strands, rel
from .paths_picture import paths_in_words, paths_svg
from .words import say

PLACEHOLDER = re.compile(r"^<!--[ \t]*artech:([a-z-]+)[ \t]*-->[ \t]*$", re.M)


def part_strands(site: dict, here: str) -> str:
    lines = []
    for s in plan_strands(site):
        question = f": {s['question']}" if s.get("question") else ""
        lines.append(f"- **{md_escape(s.get('title', s['id']))}**{md_escape(question)}")
    return "\n".join(lines)


def part_levels(site: dict, here: str) -> str:
    lines = [f"| {say('site_head_level')} | {say('site_head_ages')} | {say('site_head_school')} |", "|---|---|---|"]
    for lv in plan_levels(site):
        lines.append(f"| {lv.get('level')} | {str(lv.get('ages', '')).replace('-', '–')} "
                     f"| {md_escape(lv.get('school', ''))} |")
    return "\n".join(lines)


def part_lesson_count(site: dict, here: str) -> str:
    written = sum(1 for r in site["lessons"] if r.get("written"))
    total = len(site["lessons"])
    if total and written == total:
        return say("site_lesson_count_all", count=total)
    return say("site_lesson_count", written=written, count=total)


def part_map_grid(site: dict, here: str) -> str:
    strands = plan_strands(site)
    head = f"| {say('site_head_level')} | " + " | ".join(md_escape(s.get("title", s["id"])) for s in strands) + " |"
    lines = [head, "|---" * (len(strands) + 1) + "|"]
    for lv in plan_levels(site):
        level = lv.get("level")
        cells = [say("site_map_level_cell", level=level, ages=level_ages(site, level))]
        if level == min(lv.get("level") for lv in plan_levels(site)):
            cells[0] += f"<br>*{say('site_map_beginners')}*"  # a class of older beginners starts here too
        for s in strands:
            items = []
            for rec in site["lessons"]:
                if rec.get("strand") == s["id"] and rec.get("level") == level:
                    text = lesson_link(site, rec["id"], here)
                    if rec.get("written"):
                        text += f' · <a href="{rel(here, rec["guide"])}">{say("site_map_guide")}</a>'
                    if not rec.get("in_plan"):
                        text = say("site_map_not_in_plan_yet", lesson=text)
                    items.append(text)
            cells.append("<br>".join(items) or "–")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def part_slo_coverage(site: dict, here: str) -> str:
    goals = items(site["plan"], "slo_goals")
    if not goals:
        return f"*{say('site_no_slo_goals')}*"
    levels = [lv.get("level") for lv in plan_levels(site)]
    lines = [f"| {say('site_head_slo_goal')} | " + " | ".join(say("site_head_level_n", level=n) for n in levels)
             + f" | {say('site_head_projects')} |",
             "|---" * (len(levels) + 2) + "|"]
    for g in goals:
        n = g.get("number")
        row = [f"{n}. {md_escape(g.get('title', ''))}"
               + (f"<br>*{md_escape(g['dutch'])}*" if g.get("dutch") else "")]
        for level in levels:
            here_lessons = [r for r in site["lessons"] if r.get("level") == level and n in r.get("slo_goals", [])]
            written = sum(1 for r in here_lessons if r.get("written"))
            if not here_lessons:
                row.append(say("site_cell_none"))
            else:
                row.append(say("site_slo_lessons", count=len(here_lessons), written=written))
        projects = [p for p in site["projects"] if n in as_list(p.get("slo_goals"))]
        row.append(", ".join(f"[{md_escape(p['title'])}]({rel(here, p['page'])})" for p in projects)
                   or say("site_cell_none"))
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def part_projects(site: dict, here: str) -> str:
    if not site["projects"]:
        return f"*{say('site_no_projects')}*"
    lines = [f"| {say('site_head_project')} | {say('site_head_challenge')} | {say('site_head_levels')} "
             f"| {say('site_lessons_that_prepare_it')} |", "|---|---|---|---|"]
    for p in site["projects"]:
        recs = [site["lessons_by_id"][i] for i in p["lessons"] if i in site["lessons_by_id"]]
        written = sum(1 for r in recs if r.get("written"))
        lines.append(f"| [{md_escape(p['title'])}]({rel(here, p['page'])}) | {md_escape(p.get('challenge', ''))} "
                     f"| {', '.join(str(x) for x in as_list(p.get('levels'))) or '–'} "
                     f"| {say('site_lessons_written', lessons=len(recs), written=written)} |")
    lines.append("")
    for p in site["projects"]:
        if p.get("question"):
            lines += [f"**{md_escape(p['title'])}.** {md_escape(p['question'])}", ""]
    return "\n".join(lines)


def part_design_cycle(site: dict, here: str) -> str:
    steps = items(site["plan"], "design_cycle")
    return "\n".join(f"{i}. **{md_escape(s.get('title', s.get('id')))}**: {md_escape(s.get('summary', '').strip())}"
                     for i, s in enumerate(steps, 1)) or f"*{say('site_no_design_cycle')}*"


def part_data_sources(site: dict, here: str) -> str:
    lines = []
    for p in site["projects"]:
        for d in as_list(p.get("open_data")):
            if isinstance(d, dict) and d.get("file"):  # a written project's own file, from its project.yml
                lines.append("- " + say("site_data_file", dataset=md_escape(d.get("dataset", "")),
                                        file=md_escape(d["file"]), project=md_escape(p["title"]),
                                        page=rel(here, p["page"]), source=md_escape(str(d.get("note", "")).strip()),
                                        licence=md_escape(str(d.get("licence", "")).strip())))
            elif isinstance(d, dict):
                lines.append("- " + say("site_data_source", dataset=md_escape(d.get("dataset", "")),
                                        package=d.get("package", ""), project=md_escape(p["title"]),
                                        page=rel(here, p["page"]),
                                        licence=md_escape(str(d.get("licence", "")).strip())))
    return "\n".join(lines) or f"*{say('site_no_data_sources')}*"


def part_paths_picture(site: dict, here: str) -> str:
    return paths_svg(site) + "\n\n" + paths_in_words(site, here)


PARTS = {
    "strands": part_strands,
    "levels": part_levels,
    "lesson-count": part_lesson_count,
    "map-grid": part_map_grid,
    "map-picture": part_paths_picture,
    "slo-coverage": part_slo_coverage,
    "projects": part_projects,
    "design-cycle": part_design_cycle,
    "data-sources": part_data_sources,
}


def fill(markdown: str, site: dict, here: str) -> str:
    """``markdown`` (the page ``here``) with every ``<!-- artech:NAME -->`` line filled in; an unknown
    name is left as it is, with a warning."""

    def part(m):
        make = PARTS.get(m.group(1))
        if make is None:
            known = ", ".join(sorted(PARTS))
            log.warning(f"artech: {say('site_log_unknown_part', page=here, name=m.group(1), known=known)}")
            return m.group(0)
        return make(site, here)

    return PLACEHOLDER.sub(part, markdown)
