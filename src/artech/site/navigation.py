"""The site's navigation, made from the lessons, the projects and the pages in ``docs/`` (mkdocs.yml has no ``nav:``)."""

from __future__ import annotations

from pathlib import Path

from .links import plan_strands
from .words import say

# Pages of docs/ in the order of the navigation (the message key of each title); missing ones are left out.
STATIC_NAV = [("site_nav_home", "index.md"), ("site_nav_start_here", "start-here.md"), ("site_nav_map", "map.md")]
GUIDES_NAV = [("site_nav_get_the_kit", "guides/get-the-kit.md"), ("site_nav_school_ict", "guides/school-ict.md"),
              ("site_nav_school_server", "guides/school-server.md"), ("site_nav_privacy", "guides/privacy.md")]
TAIL_NAV = [("site_nav_authoring", "authoring.md"), ("site_nav_translating", "translating.md"),
            ("site_nav_credits", "credits.md")]


def nav(site: dict, docs_dir: Path) -> list:
    """The navigation: the fixed pages, the lessons by strand (each with its guide), the projects, the
    curriculum plan, any other page in ``docs/``, then the tail."""
    docs_dir = Path(docs_dir)
    found: list = [{say(key): p} for key, p in STATIC_NAV if (docs_dir / p).is_file()]
    guides = [{say(key): p} for key, p in GUIDES_NAV if (docs_dir / p).is_file()]
    if guides:
        found.append({say("site_nav_for_schools"): guides})
    lessons = []
    for s in plan_strands(site):
        entries = []
        for rec in site["lessons"]:
            if rec.get("written") and rec.get("strand") == s["id"]:
                # navigation.indexes: the lesson is the section's own page, its guide the one below it
                pages = [rec["page"], {say("site_nav_teacher_guide"): rec["guide"]},
                         {say("site_nav_plan_print"): rec["plan"]}, {say("site_nav_handout_print"): rec["handout"]}]
                if rec.get("cards"):
                    pages.append({say("site_nav_cards_print"): rec["cards_page"]})
                entries.append({rec["title"]: pages})
        if entries:
            lessons.append({s.get("title", s["id"]): entries})
    if lessons:
        found.append({say("site_nav_lessons"): lessons})
    projects = (["projects/index.md"] if (docs_dir / "projects/index.md").is_file() else [])
    for p in site["projects"]:
        steps = [{say("site_step_nav", n=step["n"], title=step["title"]):
                  [step["page"], {say("site_nav_teacher_guide"): step["guide"]}]} for step in p.get("steps", [])]
        projects.append({p["title"]: [p["page"], *steps]} if steps else {p["title"]: p["page"]})
    if projects:
        found.append({say("site_nav_projects"): projects})
    curriculum = docs_dir / "curriculum"
    if curriculum.is_dir():
        pages = sorted(curriculum.rglob("*.md"), key=lambda p: (p.name != "index.md", p.as_posix()))
        if pages:
            found.append({say("site_nav_plan"): [p.relative_to(docs_dir).as_posix() for p in pages]})
    tail = [{say(key): p} for key, p in TAIL_NAV if (docs_dir / p).is_file()]
    listed = {p for _key, p in STATIC_NAV + GUIDES_NAV + TAIL_NAV} | {"projects/index.md"}
    others = sorted(p.relative_to(docs_dir).as_posix() for p in docs_dir.rglob("*.md"))
    others = [p for p in others if p not in listed and not p.startswith(("briefs/", "curriculum/", "assets/", "lessons/",
                                                                         "projects/"))]
    found += others  # any other page in docs/ (its title is its first heading)
    return found + tail
