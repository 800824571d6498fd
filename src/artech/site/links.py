"""Links between the site's pages, and the small helpers every generated page uses."""

from __future__ import annotations

import html
import logging
import posixpath

from artech.format import lesson as L

from .words import say

log = logging.getLogger("artech.site")  # a warning here fails the build (artech.site.build collects them)

# The message key of each strand's title, for when the plan does not name the strands.
STRAND_TITLES = {"design": "site_strand_design", "programming": "site_strand_programming",
                 "tinkering": "site_strand_tinkering"}


def strand_title(strand) -> str:
    """The kit's title of ``strand`` in the language spoken now (an unknown strand: its id, capitalised)."""
    return say(STRAND_TITLES[strand]) if strand in STRAND_TITLES else str(strand).capitalize()


def items(plan: dict, key: str) -> list[dict]:
    """The entries of section ``key`` of the plan that are mappings."""
    value = plan.get(key) if isinstance(plan, dict) else None
    return [x for x in value if isinstance(x, dict)] if isinstance(value, list) else []


def as_list(value) -> list:
    return list(value) if isinstance(value, (list, tuple)) else []


def fence(code: str, lang: str = "") -> str:
    """``code`` in a Markdown code fence long enough not to end inside it."""
    ticks = "```"
    while ticks in code:
        ticks += "`"
    return f"{ticks}{lang}\n{code.rstrip()}\n{ticks}"


def rel(from_src: str, to_src: str) -> str:
    """A Markdown link from one source file to another (MkDocs turns it into a URL)."""
    return posixpath.relpath(to_src, posixpath.dirname(from_src) or ".")


def md_escape(text) -> str:
    return html.escape(str(text), quote=False).replace("|", "\\|").replace("[", "\\[").replace("]", "\\]")


def lesson_link(site: dict, lesson_id: str, here: str, guide: bool = False) -> str:
    """A link to a written lesson (and its guide), or its name marked as planned."""
    rec = site["lessons_by_id"].get(lesson_id)
    if rec is None:
        return say("site_link_not_in_plan", lesson=md_escape(lesson_id))
    title = md_escape(rec.get("title", lesson_id))
    if not rec.get("written"):
        return f'<span class="artech-planned">{say("site_link_planned", lesson=title)}</span>'
    text = f"[{title}]({rel(here, rec['page'])})"
    if guide:
        text = say("site_link_with_guide", lesson=text, guide=rel(here, rec["guide"]))
    return text


def cycle_title(site: dict, step) -> str:
    for s in items(site["plan"], "design_cycle"):
        if s.get("id") == step:
            return s.get("title", step)
    return ""


def plan_levels(site: dict) -> list[dict]:
    found = items(site["plan"], "levels")
    return found or [{"level": n, "ages": a} for n, a in L.LEVEL_AGES.items()]


def plan_strands(site: dict) -> list[dict]:
    found = items(site["plan"], "strands")
    return found or [{"id": s, "title": strand_title(s)} for s in L.STRANDS]


def level_ages(site: dict, level) -> str:
    for lv in plan_levels(site):
        if lv.get("level") == level:
            return str(lv.get("ages", "")).replace("-", "–")
    return ""


def level_span(found) -> str:
    found = sorted(as_list(found))
    if not found:
        return ""
    if len(found) == 1:
        return say("site_level_one", level=found[0])
    return say("site_level_range", first=found[0], last=found[-1])
