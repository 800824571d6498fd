"""The picture of the paths from the lessons, level by level, into each challenge project, and the
same paths in words (the picture's text alternative, shown below it)."""

from __future__ import annotations

import html

from artech.format import lesson as L

from .links import lesson_link, level_ages, level_span, md_escape, plan_levels, plan_strands, rel
from .words import say

STRAND_COLOURS = {  # fill, edge (both pass 4.5:1 with the text colour #1b1b1b / on white)
    "design": ("#fde7ef", "#a3214f"),
    "programming": ("#e3ecfd", "#1d4ed8"),
    "tinkering": ("#e2f5e9", "#15803d"),
}


def paths_in_words(site: dict, here: str) -> str:
    lines = []
    for p in site["projects"]:
        by_level: dict[int, list[str]] = {}
        for lid in p["lessons"]:
            rec = site["lessons_by_id"].get(lid)
            if rec:
                by_level.setdefault(rec.get("level"), []).append(lesson_link(site, lid, here))
        steps = "; ".join(say("site_paths_level", level=lv, lessons=", ".join(items))
                          for lv, items in sorted(by_level.items())) or say("site_paths_no_lessons")
        span = level_span(p.get("levels"))
        title, page = md_escape(p["title"]), rel(here, p["page"])
        if span:
            lines.append("- " + say("site_paths_project", project=title, page=page,
                                    challenge=md_escape(p.get("challenge", "")), levels=span, steps=steps))
        else:
            lines.append("- " + say("site_paths_project_no_levels", project=title, page=page, steps=steps))
    return "\n".join(lines)


def _wrap(text: str, width: int) -> list[str]:
    words, lines, line = str(text).split(), [], ""
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    return lines + [line] if line else lines


def paths_svg(site: dict) -> str:
    """A picture of the paths from the lessons (by level) into each challenge project."""
    esc = lambda s: html.escape(str(s), quote=True)  # noqa: E731
    levels = [lv.get("level") for lv in plan_levels(site)][:4]
    col_w, chip_w, chip_h, gap = 184, 150, 40, 8
    left = 8
    proj_x = left + len(levels) * col_w + 8
    proj_w = 200
    width = proj_x + proj_w + 8
    top = 84
    out = []
    x = left  # legend
    for sid, title in [(s["id"], s.get("title", s["id"])) for s in plan_strands(site)]:
        fill, edge = STRAND_COLOURS.get(sid, ("#f1f1f1", "#555555"))
        label = say("site_svg_written", strand=title)
        out.append(f'<rect x="{x}" y="8" width="18" height="18" rx="3" fill="{fill}" stroke="{edge}" '
                   f'stroke-width="2"/><text x="{x + 26}" y="22" font-size="14">{esc(label)}</text>')
        x += 26 + 8 * len(label) + 16  # about 8 px a letter at 14 px: the next one never overlaps
    out.append(f'<rect x="{x}" y="8" width="18" height="18" rx="3" fill="#ffffff" stroke="#444444" '
               f'stroke-width="2" stroke-dasharray="4 3"/><text x="{x + 26}" y="22" font-size="14">'
               f'{esc(say("site_planned"))}</text>')
    for i, lv in enumerate(levels):
        cx = left + i * col_w
        out.append(f'<text x="{cx}" y="62" font-size="14">'
                   f'{say("site_svg_level", level=esc(lv), ages=esc(level_ages(site, lv)))}</text>')
    out.append(f'<text x="{proj_x}" y="62" font-size="14" font-weight="bold">'
               f'{esc(say("site_svg_challenge_project"))}</text>')
    order = {s: i for i, s in enumerate(L.STRANDS)}
    y = top
    for p in site["projects"]:
        stacks: dict[int, list[dict]] = {}
        recs = [site["lessons_by_id"][i] for i in p["lessons"] if i in site["lessons_by_id"]]
        for rec in sorted(recs, key=lambda r: order.get(r.get("strand"), 9)):
            if rec.get("level") in levels:
                stacks.setdefault(rec["level"], []).append(rec)
        title_lines = _wrap(p["title"], 20)[:3]
        box_h = 16 + 17 * len(title_lines) + (18 if p.get("challenge") else 0)
        tallest = max([len(v) for v in stacks.values()] + [1])
        row_h = max(tallest * (chip_h + gap) - gap, box_h) + 24
        mid = y + row_h / 2
        out.append(f'<line x1="{left}" y1="{y}" x2="{width - 8}" y2="{y}" stroke="#c4c9cf" stroke-width="1"/>')
        prev_out = None
        for i, lv in enumerate(levels):
            chips = stacks.get(lv)
            if not chips:
                continue
            cx = left + i * col_w
            if prev_out is not None:
                out.append(f'<line x1="{prev_out}" y1="{mid}" x2="{cx - 3}" y2="{mid}" stroke="#444444" '
                           'stroke-width="2" marker-end="url(#artech-arrow)"/>')
            cy = mid - (len(chips) * (chip_h + gap) - gap) / 2
            bracket = cx + chip_w + 10
            centres = []
            for rec in chips:
                fill, edge = STRAND_COLOURS.get(rec.get("strand"), ("#f1f1f1", "#555555"))
                dash = "" if rec.get("written") else ' stroke-dasharray="5 3"'
                fill = fill if rec.get("written") else "#ffffff"
                weight = ' font-weight="bold"' if rec.get("written") else ""
                out.append(f'<rect x="{cx}" y="{cy}" width="{chip_w}" height="{chip_h}" rx="6" fill="{fill}" '
                           f'stroke="{edge}" stroke-width="2"{dash}/>')
                words = _wrap(rec.get("title", rec["id"]), 21)[:2]
                ty = cy + chip_h / 2 - (len(words) - 1) * 7 + 4
                for j, w in enumerate(words):
                    out.append(f'<text x="{cx + 8}" y="{ty + j * 14}" font-size="12"{weight}>{esc(w)}</text>')
                centres.append(cy + chip_h / 2)
                out.append(f'<line x1="{cx + chip_w}" y1="{cy + chip_h / 2}" x2="{bracket}" '
                           f'y2="{cy + chip_h / 2}" stroke="#444444" stroke-width="1.5"/>')
                cy += chip_h + gap
            out.append(f'<line x1="{bracket}" y1="{min(centres + [mid])}" x2="{bracket}" '
                       f'y2="{max(centres + [mid])}" stroke="#444444" stroke-width="1.5"/>')
            prev_out = bracket
        if prev_out is not None:
            out.append(f'<line x1="{prev_out}" y1="{mid}" x2="{proj_x - 3}" y2="{mid}" stroke="#444444" '
                       'stroke-width="2" marker-end="url(#artech-arrow)"/>')
        out.append(f'<rect x="{proj_x}" y="{mid - box_h / 2}" width="{proj_w}" height="{box_h}" rx="8" '
                   'fill="#1f3a5f"/>')
        ty = mid - box_h / 2 + 20
        for j, w in enumerate(title_lines):
            out.append(f'<text x="{proj_x + 10}" y="{ty + j * 17}" font-size="14" font-weight="bold" '
                       f'fill="#ffffff">{esc(w)}</text>')
        if p.get("challenge"):
            out.append(f'<text x="{proj_x + 10}" y="{mid + box_h / 2 - 10}" font-size="12" fill="#ffffff">'
                       f'{esc(p["challenge"])}</text>')
        y += row_h
    height = y + 8
    title = say("site_svg_title")
    desc = say("site_svg_desc", count=len(site["projects"]))
    return (f'<div class="artech-paths"><svg xmlns="http://www.w3.org/2000/svg" role="img" '
            f'aria-labelledby="artech-paths-title artech-paths-desc" viewBox="0 0 {width} {height:.0f}" '
            f'width="{width}" font-family="system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif" '
            f'fill="#1b1b1b"><title id="artech-paths-title">{esc(title)}</title>'
            f'<desc id="artech-paths-desc">{esc(desc)}</desc>'
            '<defs><marker id="artech-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
            'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#444444"/>'
            '</marker></defs>' + "".join(out) + "</svg></div>")
