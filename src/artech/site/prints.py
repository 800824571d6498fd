"""The print views of a lesson: the one-page lesson plan, the student handout and the warm-up cards.

Each is an ordinary page of the site, made for paper: the theme's print style and ``artech.css``
leave out the site's header, navigation and buttons, and a print view fits its content to A4
(the plan on one page; tests/test_browser.py prints it to PDF in Chromium and counts the pages).
The handout is made from the student copy, so it has the blanks and never an answer.
"""

from __future__ import annotations

from artech.format import lesson as L
from artech.format import notes as N

from .guide import glance_table, markdown_for_mkdocs, materials
from .links import fence, md_escape, rel
from .student import with_cell_ids
from .words import say


def _print_line(here: str, back: str) -> list[str]:
    """A line the screen shows and the paper does not: how to print, and the way back."""
    return [f"{say('site_print_hint')} [{say('site_print_back')}]({rel(here, back)})", "{: .artech-print-hint }", ""]


def plan_page(rec: dict, site: dict) -> str:
    """The lesson plan on one A4 page: the lesson at a glance, what students make, objectives,
    materials, the period minute by minute and the warm-up. The rest is in the teacher guide."""
    here = rec["plan"]
    fixed = N.sections(rec["nb"])
    lines = [f"# {say('site_plan_title', title=rec['title'])}", ""]
    lines += _print_line(here, rec["guide"])
    lines += ['<div class="artech-plan" markdown>', ""]
    lines += glance_table(rec, site) + [""]
    if rec.get("makes"):
        lines += [f"**{say('site_h_makes')}:** {md_escape(rec['makes'])}", ""]
    lines += [f"## {say('site_h_objectives')}", ""] + [f"- {o}" for o in rec.get("objectives", [])] + [""]
    lines += [f"## {say('site_h_materials')}", ""] + materials(rec) + [""]
    lines += [f"## {say('site_h_timing')}", "", markdown_for_mkdocs(fixed.get("timing") or say("site_no_note")), ""]
    lines += [f"## {say('site_h_warm_up')}", "", markdown_for_mkdocs(fixed.get("warm-up") or say("site_no_note")), ""]
    lines += ["</div>", ""]
    return "\n".join(lines)


def _instruction(nb, index: int):
    """The Markdown cell a student reads just before the cell at ``index``."""
    for cell in reversed(nb.cells[:index]):
        if cell.cell_type == "markdown" and not L.is_teacher(cell):
            return cell
    return None


def handout_page(rec: dict, site: dict) -> str:
    """The student handout: the lesson's title and objectives, then each exercise as the student
    copy has it (its instructions and the blank to fill in), with room to write."""
    here = rec["handout"]
    nb = with_cell_ids(rec["nb"])
    student = L.student_copy(nb, rec["id"])
    by_id = {c.get("id"): c for c in student.cells}
    lines = [f"# {md_escape(rec['title'])}", ""]
    lines += _print_line(here, rec["page"])
    lines += ['<div class="artech-handout" markdown>', "", f'<p class="artech-name-line">{say("site_handout_name")}</p>',
              ""]
    lines += [f"**{say('site_handout_goals')}**", ""] + [f"- {o}" for o in rec.get("objectives", [])] + [""]
    used = set()
    for n, ex in enumerate(L.exercises(nb), 1):
        at = ex["solution"] if ex["solution"] is not None else ex["check"]
        text = _instruction(nb, at)
        lines += [f'<section class="artech-exercise" markdown>', ""]
        if text is not None and text.get("id") not in used:
            used.add(text.get("id"))
            lines += [markdown_for_mkdocs(text.source, shift=1), ""]
        else:
            lines += [f"## {say('site_handout_exercise', number=n)}", ""]
        blank = by_id.get(nb.cells[ex["solution"]].get("id")) if ex["solution"] is not None else None
        if blank is not None and blank.source.strip():
            lines += [fence(blank.source, "python"), ""]
        lines += ['<div class="artech-write" aria-hidden="true"></div>', "", "</section>", ""]
    lines += ["</div>", ""]
    return "\n".join(lines)


def cards_page(rec: dict, site: dict) -> str:
    """The cards of the lesson's unplugged warm-up, to print on thick paper and cut out."""
    here = rec["cards_page"]
    lines = [f"# {say('site_cards_title', title=rec['title'])}", ""]
    lines += _print_line(here, rec["guide"])
    lines += [say("site_cards_how"), "", '<div class="artech-cards">']
    for card in rec.get("cards", []):
        colour = card.get("colour")
        style = f' style="background-color: {colour}"' if colour else ""
        lines.append(f'<div class="artech-card"{style}><span>{md_escape(card["text"])}</span></div>')
    lines += ["</div>", ""]
    return "\n".join(lines)
