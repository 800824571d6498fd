"""The teacher site: MkDocs hooks that make every page from its one source.

``mkdocs.yml`` names this file under ``hooks:``. MkDocs reads only ``docs/``;
these hooks bring in the rest, so nothing is ever copied by hand:

- every lesson in ``lessons/<strand>/<NN-slug>/lesson.ipynb`` gets two pages:
  the *student view* (the student copy, with each solution folded away in a
  ``<details>``), rendered by mkdocs-jupyter from the stored outputs, and a
  generated *teacher guide* (metadata, teacher notes, answers and hints);
- every challenge project gets a page, from ``projects/real_challenges/<id>/``
  (``README.md`` or ``project.md``) when that folder exists, else from the plan;
- the navigation is generated (``on_config``), and the pages in ``docs/`` fill
  in ``<!-- artech:NAME -->`` lines with tables and pictures drawn from
  ``curriculum.yml`` and the lessons on disk (``on_page_markdown``);
- the built HTML loads nothing from another host: nbconvert's CDN addresses
  are replaced by the files vendored in ``docs/assets/vendor/`` (``on_post_page``).

A new lesson folder therefore appears in the navigation, the map and the
coverage table without any other file changing.
"""

from __future__ import annotations

import base64
import html
import logging
import os
import posixpath
import re
import shutil
import struct
import tempfile
from pathlib import Path

import nbformat
import yaml
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.utils import get_relative_url

from artech.format import curriculum
from artech.format import lesson as L

log = logging.getLogger("mkdocs.plugins.artech.site")

VENDOR = "assets/vendor"
EMBED_JS = f"{VENDOR}/jupyter-widgets-html-manager/embed-amd.js"
REQUIRE_JS = f"{VENDOR}/requirejs/require.js"
WIDGET_LABELS_JS = "assets/artech-widgets.js"
PROJECTS_DIR = "projects/real_challenges"
PROJECT_PAGES = ("README.md", "project.md", "index.md")
STRAND_TITLES = {"design": "Design", "programming": "Programming", "tinkering": "Digital tinkering"}
STRAND_COLOURS = {  # fill, edge (both pass 4.5:1 with the text colour #1b1b1b / on white)
    "design": ("#fde7ef", "#a3214f"),
    "programming": ("#e3ecfd", "#1d4ed8"),
    "tinkering": ("#e2f5e9", "#15803d"),
}
# Pages of docs/ in the order of the navigation; missing ones are left out.
STATIC_NAV = [("Home", "index.md"), ("Start here", "start-here.md"), ("Curriculum map", "map.md")]
TAIL_NAV = [("Writing lessons", "authoring.md"), ("Licence and credits", "credits.md")]
SKIP_PARTS = {".ipynb_checkpoints", "__pycache__", ".git"}
PLACEHOLDER = re.compile(r"^<!--[ \t]*artech:([a-z-]+)[ \t]*-->[ \t]*$", re.M)

_site: dict = {}  # what one build knows; filled by on_config


# --------------------------------------------------------------------------
# Reading the sources
# --------------------------------------------------------------------------
def load_plan(root: Path) -> dict:
    """``curriculum.yml`` as a dict; empty (with a warning) when missing or unreadable."""
    path = Path(root) / "curriculum.yml"
    if not path.is_file():
        log.info("artech: no curriculum.yml yet; the map shows only the lessons on disk.")
        return {}
    try:
        plan = curriculum.load(root)
    except yaml.YAMLError as exc:
        log.warning(f"artech: curriculum.yml cannot be read ({exc}); run `artech validate` to see where.")
        return {}
    return plan if isinstance(plan, dict) else {}


def _items(plan: dict, key: str) -> list[dict]:
    value = plan.get(key)
    return [x for x in value if isinstance(x, dict)] if isinstance(value, list) else []


def _list(value) -> list:
    return list(value) if isinstance(value, (list, tuple)) else []


def lesson_records(root: Path, plan: dict) -> list[dict]:
    """Every lesson of the plan and every lesson on disk, merged by id.

    A lesson on disk is "written"; its notebook overrides the plan for the
    fields it holds. Lessons on disk that the plan does not know yet are added.
    """
    disk: list[dict] = []
    for path in L.find_lessons(root):
        try:
            nb = L.read(path)
        except L.LessonError as exc:
            log.warning(f"artech: {exc}")
            continue
        m = L.meta(nb)
        strand, folder = path.parent.parent.name, path.parent.name
        base = f"lessons/{strand}/{folder}"
        disk.append({
            "id": m.get("id") or folder, "title": L.title(nb) or folder,
            "strand": m.get("strand") or strand, "level": m.get("level") or 1,
            "duration": m.get("duration"), "objectives": _list(m.get("objectives")),
            "prerequisites": _list(m.get("prerequisites")), "projects": _list(m.get("projects")),
            "slo_goals": _list(m.get("slo_goals")), "meta": m, "nb": nb, "path": path,
            "base": base, "page": f"{base}/index.ipynb", "guide": f"{base}/teacher.md", "written": True,
        })
    on_disk = {r["id"]: r for r in disk}
    records = []
    for entry in _items(plan, "lessons"):
        if "id" not in entry:
            continue
        rec = {"objectives": [], "prerequisites": [], "projects": [], "slo_goals": [], **entry,
               "written": False, "in_plan": True}
        found = on_disk.pop(entry["id"], None)
        if found:
            rec.update(found)
        records.append(rec)
    for rec in on_disk.values():
        records.append({**rec, "in_plan": False})
    return records


def project_records(root: Path, plan: dict, lessons: list[dict]) -> list[dict]:
    """Every project of the plan and every project folder on disk."""
    folder_root = Path(root) / PROJECTS_DIR
    folders = {p.name: p for p in sorted(folder_root.iterdir()) if p.is_dir()} if folder_root.is_dir() else {}
    records = []
    for entry in _items(plan, "projects"):
        if "id" in entry:
            records.append({"prepared_by": [], "stakeholders": [], "open_data": [], "levels": [], **entry,
                            "folder": folders.pop(entry["id"], None)})
    for pid, folder in folders.items():
        title = pid.replace("-", " ").capitalize()
        page = _project_source(folder)
        if page:
            m = re.search(r"^#\s+(.+?)\s*$", page.read_text(encoding="utf-8"), re.M)
            title = m.group(1) if m else title
        records.append({"id": pid, "title": title, "prepared_by": [], "stakeholders": [], "open_data": [],
                        "levels": [], "folder": folder})
    for rec in records:
        rec["page"] = f"{PROJECTS_DIR}/{rec['id']}/index.md"
        ids = list(_list(rec["prepared_by"]))
        ids += [x["id"] for x in lessons if rec["id"] in x.get("projects", []) and x["id"] not in ids]
        rec["lessons"] = ids
    return records


def _project_source(folder: Path) -> Path | None:
    return next((folder / n for n in PROJECT_PAGES if (folder / n).is_file()), None)


# --------------------------------------------------------------------------
# The student view of a lesson
# --------------------------------------------------------------------------
_REPR = re.compile(r"^<.*>$", re.S)


def _png_size(data: bytes) -> tuple[int, int] | None:
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        return struct.unpack(">II", data[16:24])
    return None


def _comment(cell) -> str:
    """The first comment line of a code cell that says something (not NBVAL or noqa)."""
    for line in cell.get("source", "").splitlines():
        line = line.strip()
        if line.startswith("#") and "NBVAL" not in line and "noqa" not in line:
            text = line.lstrip("#").strip()
            if text:
                return text
    return ""


def image_alt(output, cell, mime: str) -> str:
    """Alt text for a picture a cell made: what the output or the cell says about it."""
    meta = output.get("metadata", {})
    for source in (meta.get(mime, {}), meta):
        if isinstance(source, dict) and isinstance(source.get("alt"), str) and source["alt"].strip():
            return source["alt"].strip()
    data = output.get("data", {})
    if mime == "image/svg+xml":
        svg = data[mime] if isinstance(data[mime], str) else "".join(data[mime])
        m = re.search(r"<title[^>]*>(.*?)</title>", svg, re.S) or re.search(r'aria-label="([^"]+)"', svg)
        if m and m.group(1).strip():
            return html.unescape(m.group(1).strip())
    plain = data.get("text/plain", "")
    plain = plain if isinstance(plain, str) else "".join(plain)
    if plain.strip() and not _REPR.match(plain.strip()) and len(plain) < 300:
        return plain.strip()
    what = "A picture made by the code above"
    if mime == "image/png":
        try:
            size = _png_size(base64.b64decode(data[mime])[:32])
        except (ValueError, TypeError):
            size = None
        if size:
            what += f" ({size[0]} by {size[1]} pixels)"
    note = _comment(cell)
    return f"{what}: {note}" if note else what


def _img_tag(output, cell) -> str | None:
    data = output.get("data", {})
    for mime in ("image/png", "image/jpeg", "image/svg+xml"):
        if mime in data:
            raw = data[mime] if isinstance(data[mime], str) else "".join(data[mime])
            if mime == "image/svg+xml":
                raw = base64.b64encode(raw.encode("utf-8")).decode("ascii")
            raw = re.sub(r"\s+", "", raw)
            alt = html.escape(image_alt(output, cell, mime), quote=True)
            return f'<img class="artech-output" src="data:{mime};base64,{raw}" alt="{alt}">'
    return None


_ID = re.compile(r'\bid="([^"]+)"')


def unique_ids(markup: str, suffix: str) -> str:
    """Give the ids in one output (and what points at them) a suffix: the same picture shown twice
    on a page must not repeat an id (WCAG 4.1.1)."""
    ids = set(_ID.findall(markup))
    if not ids:
        return markup

    def ref(m):
        return " ".join(f"{w}{suffix}" if w in ids else w for w in m.group(0).split(" "))

    markup = _ID.sub(lambda m: f'id="{m.group(1)}{suffix}"', markup)
    markup = re.sub(r'(?<=aria-labelledby=")[^"]*|(?<=aria-describedby=")[^"]*|(?<=for=")[^"]*', ref, markup)
    return re.sub(r'(url\(#|href="#)([^)"]+)', lambda m: m.group(1) + m.group(2) + (suffix if m.group(2) in ids
                                                                                   else ""), markup)


def _give_pictures_alt_text(cell) -> None:
    """nbconvert writes ``<img>`` without alt; show each picture through HTML that has one."""
    for output in cell.get("outputs", []):
        data = output.get("data")
        if not data or "text/html" in data:
            continue
        tag = _img_tag(output, cell)
        if tag:
            data["text/html"] = tag


def _fence(code: str, lang: str = "") -> str:
    ticks = "```"
    while ticks in code:
        ticks += "`"
    return f"{ticks}{lang}\n{code.rstrip()}\n{ticks}"


def _outputs_markdown(cell) -> str:
    """The outputs of a cell as Markdown/HTML, for inside a solution box."""
    parts = []
    for output in cell.get("outputs", []):
        kind = output.get("output_type")
        if kind == "stream":
            text = output.get("text", "")
            parts.append(_fence(text if isinstance(text, str) else "".join(text), "text"))
        elif kind in ("execute_result", "display_data"):
            data = output.get("data", {})
            tag = _img_tag(output, cell)
            if tag:
                parts.append(tag)
            elif "text/html" in data:
                raw = data["text/html"] if isinstance(data["text/html"], str) else "".join(data["text/html"])
                lines = [ln for ln in raw.splitlines() if ln.strip()]  # a blank line would end the HTML block
                parts.append("<div>\n" + "\n".join(lines) + "\n</div>")
            elif "text/plain" in data:
                text = data["text/plain"] if isinstance(data["text/plain"], str) else "".join(data["text/plain"])
                parts.append(_fence(text, "text"))
    return "\n\n".join(parts)


def solution_cell(ex_id: str, solution) -> nbformat.NotebookNode:
    """A Markdown cell with the solution folded away: a teacher can open it."""
    body = [f'<details class="artech-solution">\n<summary>Show a solution (for teachers): '
            f'<code>{html.escape(ex_id)}</code></summary>', ""]
    if solution is None:
        body.append("This exercise is open: any answer that the check accepts is right.")
    else:
        body.append(_fence(L.solution_source(solution.source), "python"))
        shown = unique_ids(_outputs_markdown(solution), f"-{ex_id}")
        if shown:
            body += ["", "What it shows:", "", shown]
    body += ["", "</details>"]
    return nbformat.v4.new_markdown_cell("\n".join(body), metadata={"tags": ["artech-solution"]})


WIDGET_NOTE = ('<p class="artech-note">On this page the controls above can move, but the result only changes '
               'in the lesson itself, where Python runs: open it in JupyterLab to try them.</p>')


def student_view(nb) -> nbformat.NotebookNode:
    """The lesson as a student meets it, with every solution folded away behind it.

    Built from ``lesson.student_copy``: no teacher cells, blanks where the answers
    were, the checks cell left out. The worked examples keep their outputs
    (pictures, sounds, widgets).
    """
    student = L.student_copy(nb)
    after: dict[int, list] = {}
    for ex in L.exercises(nb):
        solution = nb.cells[ex["solution"]] if ex["solution"] is not None else None
        after.setdefault(ex["check"], []).append(solution_cell(ex["id"], solution))
    kept = iter(student.cells)
    cells = []
    count = 0
    for i, original in enumerate(nb.cells):
        if L.is_teacher(original):
            continue
        cell = next(kept)
        if L.is_checks(cell):
            continue
        _give_pictures_alt_text(cell)
        for output in cell.get("outputs", []):
            for mime in ("text/html", "image/svg+xml"):
                data = output.get("data", {})
                if isinstance(data.get(mime), (str, list)):
                    count += 1
                    text = data[mime] if isinstance(data[mime], str) else "".join(data[mime])
                    data[mime] = unique_ids(text, f"-{count}")
        cells.append(cell)
        widget = any("application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in cell.get("outputs", []))
        if widget and not any("artech-note" in c.get("metadata", {}).get("tags", []) for c in cells):
            cells.append(nbformat.v4.new_markdown_cell(WIDGET_NOTE, metadata={"tags": ["artech-note"]}))  # once
        cells.extend(after.get(i, []))
    student.cells = cells
    return student


# --------------------------------------------------------------------------
# The teacher guide of a lesson
# --------------------------------------------------------------------------
def exercise_hints(nb) -> dict[str, list[str]]:
    """``{id: [hint, ...]}``, read from the checks cells without running them."""
    return {ex_id: found["hints"] for ex_id, found in L.defined_checks(nb).items()}


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
    fence = None
    item = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+")
    for line in text.splitlines():
        stripped = line.strip()
        if fence:
            out.append(line)
            if stripped.startswith(fence):
                fence = None
            continue
        m = re.match(r"^(```+|~~~+)", stripped)
        if m:
            fence = m.group(1)
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
    """The teacher guide page of one lesson, all from its notebook (and the plan for names)."""
    nb, m = rec["nb"], rec["meta"]
    here = rec["guide"]
    level = m.get("level")
    ages = m.get("ages") or L.LEVEL_AGES.get(level, "")
    strand = STRAND_TITLES.get(rec["strand"], str(rec["strand"]).capitalize())
    lines = [f"# Teacher guide: {rec['title']}", ""]
    lines += [f"[Open the lesson as students see it]({_rel(here, rec['page'])}){{ .md-button }}", ""]
    glance = {"Strand": strand, "Level": f"{level} (ages {str(ages).replace('-', '–')})",
              "Duration": f"{m.get('duration', '?')} minutes",
              "Design-cycle step": _cycle_title(site, rec.get("design_cycle")),
              "Exercises": str(len(L.exercises(nb)))}
    glance = {k: v for k, v in glance.items() if v}
    lines += ["| " + " | ".join(glance) + " |", "|---" * len(glance) + "|",
              "| " + " | ".join(_md_escape(v) for v in glance.values()) + " |"]
    lines += ["", "## Objectives", ""]
    lines += [f"- {o}" for o in _list(m.get("objectives"))] or ["- (none listed)"]

    lines += ["", "## Prerequisites", ""]
    prereqs = _list(m.get("prerequisites"))
    lines += [f"- {_lesson_link(site, pid, here, guide=True)}" for pid in prereqs] or \
             ["None: this lesson can come first."]

    lines += ["", "## Vocabulary", ""]
    words = _list(m.get("vocabulary"))
    lines.append(", ".join(f"**{_md_escape(w)}**" for w in words) if words else "No new words.")

    lines += ["", "## Materials and hardware", ""]
    things = [f"- {_md_escape(x)}" for x in _list(m.get("materials"))]
    things += [f"- {_md_escape(x)} (hardware, real or virtual)" for x in _list(m.get("hardware"))]
    lines += things or ["Nothing besides a computer with the kit for each student or pair."]

    lines += ["", "## Leads into these projects", ""]
    projects = {p["id"]: p for p in site["projects"]}
    links = []
    for pid in _list(m.get("projects")):
        p = projects.get(pid)
        links.append(f"- [{_md_escape(p['title'])}]({_rel(here, p['page'])})"
                     + (f" ({_md_escape(p['challenge'])})" if p.get("challenge") else "")
                     if p else f"- {_md_escape(pid)}")
    lines += links or ["None yet."]

    lines += ["", "## SLO goals", ""]
    goals = {g.get("number"): g for g in _items(site["plan"], "slo_goals")}
    for n in _list(m.get("slo_goals")):
        g = goals.get(n, {})
        name = g.get("title", "")
        dutch = f" (*{g['dutch']}*)" if g.get("dutch") else ""
        lines.append(f"- Goal {n}: {name}{dutch}" if name else f"- Goal {n}")

    teacher = L.teacher_cells(nb)
    levels = _heading_levels(teacher)
    top = min(levels) if levels else 2
    lines += [""]
    if levels and levels[0] == top and levels.count(top) == 1:
        shift = 2 - top  # one heading over all the notes ("## Teacher notes"): it becomes the section
    else:
        shift = 3 - top
        lines += ["## Teacher notes", ""]
    for cell in teacher:
        if cell.cell_type == "markdown":
            lines += [markdown_for_mkdocs(cell.source, shift), ""]
        elif cell.cell_type == "code":
            lines += [_fence(cell.source, "python"), ""]

    lines += ["## Answers", ""]
    hints = exercise_hints(nb)
    exercises = L.exercises(nb)
    if not exercises:
        lines.append("This lesson has no checked exercises.")
    for ex in exercises:
        name = _exercise_name(nb, ex["solution"] if ex["solution"] is not None else ex["check"])
        lines += [f"### {_md_escape(name) if name else ex['id']}", "", f"Checked with `check(\"{ex['id']}\")`.", ""]
        if ex["solution"] is not None:
            lines += [_fence(L.solution_source(nb.cells[ex["solution"]].source), "python"), ""]
        else:
            lines += ["An open task: any answer that the check accepts is right.", ""]
        ladder = hints.get(ex["id"], [])
        if ladder:
            lines += ["Hints, in the order students see them:", ""]
            lines += [f"{i}. {markdown_for_mkdocs(h).strip()}" for i, h in enumerate(ladder, 1)]
        else:
            lines.append("This check has no hints.")
        lines.append("")
    return "\n".join(lines)


# --------------------------------------------------------------------------
# Links and small helpers
# --------------------------------------------------------------------------
def _rel(from_src: str, to_src: str) -> str:
    """A Markdown link from one source file to another (MkDocs turns it into a URL)."""
    return posixpath.relpath(to_src, posixpath.dirname(from_src) or ".")


def _md_escape(text) -> str:
    return html.escape(str(text), quote=False).replace("|", "\\|").replace("[", "\\[").replace("]", "\\]")


def _lesson_link(site: dict, lesson_id: str, here: str, guide: bool = False) -> str:
    rec = site["lessons_by_id"].get(lesson_id)
    if rec is None:
        return f"{_md_escape(lesson_id)} (not in the plan)"
    title = _md_escape(rec.get("title", lesson_id))
    if not rec.get("written"):
        return f'<span class="artech-planned">{title} (planned)</span>'
    text = f"[{title}]({_rel(here, rec['page'])})"
    if guide:
        text += f" ([teacher guide]({_rel(here, rec['guide'])}))"
    return text


def _cycle_title(site: dict, step) -> str:
    for s in _items(site["plan"], "design_cycle"):
        if s.get("id") == step:
            return s.get("title", step)
    return ""


def _levels(site: dict) -> list[dict]:
    levels = _items(site["plan"], "levels")
    if levels:
        return levels
    return [{"level": n, "ages": a} for n, a in L.LEVEL_AGES.items()]


def _strands(site: dict) -> list[dict]:
    strands = _items(site["plan"], "strands")
    if strands:
        return strands
    return [{"id": s, "title": STRAND_TITLES[s]} for s in L.STRANDS]


def _ages(site: dict, level) -> str:
    for lv in _levels(site):
        if lv.get("level") == level:
            return str(lv.get("ages", "")).replace("-", "–")
    return ""


def _level_span(levels) -> str:
    levels = sorted(_list(levels))
    if not levels:
        return ""
    return f"level {levels[0]}" if len(levels) == 1 else f"levels {levels[0]}–{levels[-1]}"


# --------------------------------------------------------------------------
# Generated parts of the pages in docs/ (<!-- artech:NAME --> lines)
# --------------------------------------------------------------------------
def part_strands(site: dict, here: str) -> str:
    lines = []
    for s in _strands(site):
        question = f": {s['question']}" if s.get("question") else ""
        lines.append(f"- **{_md_escape(s.get('title', s['id']))}**{_md_escape(question)}")
    return "\n".join(lines)


def part_levels(site: dict, here: str) -> str:
    lines = ["| Level | Ages | School |", "|---|---|---|"]
    for lv in _levels(site):
        lines.append(f"| {lv.get('level')} | {str(lv.get('ages', '')).replace('-', '–')} "
                     f"| {_md_escape(lv.get('school', ''))} |")
    return "\n".join(lines)


def part_lesson_count(site: dict, here: str) -> str:
    written = sum(1 for r in site["lessons"] if r.get("written"))
    total = len(site["lessons"])
    return (f"**{written}** of the **{total}** lessons in the plan are written so far; "
            "the others are shown as *planned*.")


def part_map_grid(site: dict, here: str) -> str:
    strands = _strands(site)
    head = "| Level | " + " | ".join(_md_escape(s.get("title", s["id"])) for s in strands) + " |"
    lines = [head, "|---" * (len(strands) + 1) + "|"]
    for lv in _levels(site):
        level = lv.get("level")
        cells = [f"**{level}**<br>ages {_ages(site, level)}"]
        for s in strands:
            items = []
            for rec in site["lessons"]:
                if rec.get("strand") == s["id"] and rec.get("level") == level:
                    text = _lesson_link(site, rec["id"], here)
                    if rec.get("written"):
                        text += f' · <a href="{_rel(here, rec["guide"])}">guide</a>'
                    if not rec.get("in_plan"):
                        text += " (not in the plan yet)"
                    items.append(text)
            cells.append("<br>".join(items) or "–")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def part_slo_coverage(site: dict, here: str) -> str:
    goals = _items(site["plan"], "slo_goals")
    if not goals:
        return "*The SLO goals are not in `curriculum.yml` yet.*"
    levels = [lv.get("level") for lv in _levels(site)]
    lines = ["| SLO goal | " + " | ".join(f"Level {n}" for n in levels) + " | Projects |",
             "|---" * (len(levels) + 2) + "|"]
    for g in goals:
        n = g.get("number")
        row = [f"{n}. {_md_escape(g.get('title', ''))}"
               + (f"<br>*{_md_escape(g['dutch'])}*" if g.get("dutch") else "")]
        for level in levels:
            here_lessons = [r for r in site["lessons"] if r.get("level") == level and n in r.get("slo_goals", [])]
            written = sum(1 for r in here_lessons if r.get("written"))
            if not here_lessons:
                row.append("none")
            else:
                count = f"{len(here_lessons)} lesson{'s' if len(here_lessons) != 1 else ''}"
                row.append(f"{count}<br>({written} written)")
        projects = [p for p in site["projects"] if n in _list(p.get("slo_goals"))]
        row.append(", ".join(f"[{_md_escape(p['title'])}]({_rel(here, p['page'])})" for p in projects) or "none")
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def part_projects(site: dict, here: str) -> str:
    if not site["projects"]:
        return "*No projects in `curriculum.yml` yet.*"
    lines = ["| Project | Challenge | Levels | Lessons that prepare it |", "|---|---|---|---|"]
    for p in site["projects"]:
        recs = [site["lessons_by_id"][i] for i in p["lessons"] if i in site["lessons_by_id"]]
        written = sum(1 for r in recs if r.get("written"))
        lines.append(f"| [{_md_escape(p['title'])}]({_rel(here, p['page'])}) | {_md_escape(p.get('challenge', ''))} "
                     f"| {', '.join(str(x) for x in _list(p.get('levels'))) or '–'} "
                     f"| {len(recs)} ({written} written) |")
    lines.append("")
    for p in site["projects"]:
        if p.get("question"):
            lines += [f"**{_md_escape(p['title'])}.** {_md_escape(p['question'])}", ""]
    return "\n".join(lines)


def part_design_cycle(site: dict, here: str) -> str:
    steps = _items(site["plan"], "design_cycle")
    return "\n".join(f"{i}. **{_md_escape(s.get('title', s.get('id')))}**: {_md_escape(s.get('summary', '').strip())}"
                     for i, s in enumerate(steps, 1)) or "*The design cycle is not in `curriculum.yml` yet.*"


def part_data_sources(site: dict, here: str) -> str:
    lines = []
    for p in site["projects"]:
        for d in _list(p.get("open_data")):
            if isinstance(d, dict):
                lines.append(f"- **{_md_escape(d.get('dataset', ''))}** (Python package `{d.get('package', '')}`), "
                             f"for [{_md_escape(p['title'])}]({_rel(here, p['page'])}). "
                             f"Licence: {_md_escape(str(d.get('licence', '')).strip())}")
    return "\n".join(lines) or "*No data sets are cited in `curriculum.yml` yet.*"


def part_paths_picture(site: dict, here: str) -> str:
    return paths_svg(site) + "\n\n" + paths_in_words(site, here)


def paths_in_words(site: dict, here: str) -> str:
    lines = []
    for p in site["projects"]:
        by_level: dict[int, list[str]] = {}
        for lid in p["lessons"]:
            rec = site["lessons_by_id"].get(lid)
            if rec:
                by_level.setdefault(rec.get("level"), []).append(_lesson_link(site, lid, here))
        steps = "; ".join(f"level {lv}: " + ", ".join(items) for lv, items in sorted(by_level.items()))
        span = _level_span(p.get("levels"))
        lines.append(f"- **[{_md_escape(p['title'])}]({_rel(here, p['page'])})**"
                     + (f" ({_md_escape(p.get('challenge', ''))}, {span})" if span else "")
                     + f": {steps or 'no lessons yet'}.")
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
    levels = [lv.get("level") for lv in _levels(site)][:4]
    col_w, chip_w, chip_h, gap = 184, 150, 40, 8
    left = 8
    proj_x = left + len(levels) * col_w + 8
    proj_w = 200
    width = proj_x + proj_w + 8
    top = 84
    out = []
    x = left  # legend
    for sid, title in [(s["id"], s.get("title", s["id"])) for s in _strands(site)]:
        fill, edge = STRAND_COLOURS.get(sid, ("#f1f1f1", "#555555"))
        out.append(f'<rect x="{x}" y="8" width="18" height="18" rx="3" fill="{fill}" stroke="{edge}" '
                   f'stroke-width="2"/><text x="{x + 26}" y="22" font-size="14">{esc(title)} (written)</text>')
        x += 110 + 8 * len(title)
    out.append(f'<rect x="{x}" y="8" width="18" height="18" rx="3" fill="#ffffff" stroke="#444444" '
               f'stroke-width="2" stroke-dasharray="4 3"/><text x="{x + 26}" y="22" font-size="14">planned</text>')
    for i, lv in enumerate(levels):
        cx = left + i * col_w
        out.append(f'<text x="{cx}" y="62" font-size="14"><tspan font-weight="bold">Level {lv}</tspan> '
                   f'(ages {esc(_ages(site, lv))})</text>')
    out.append(f'<text x="{proj_x}" y="62" font-size="14" font-weight="bold">Challenge project</text>')
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
    title = "Paths from the lessons into the challenge projects"
    desc = (f"For each of the {len(site['projects'])} challenge projects, the lessons that prepare it, "
            "grouped by level from level 1 on the left, with arrows into the project on the right. "
            "Lessons drawn with a dashed border are planned but not written yet. "
            "The same paths are written out in the list below the picture.")
    return (f'<div class="artech-paths"><svg xmlns="http://www.w3.org/2000/svg" role="img" '
            f'aria-labelledby="artech-paths-title artech-paths-desc" viewBox="0 0 {width} {height:.0f}" '
            f'width="{width}" font-family="system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif" '
            f'fill="#1b1b1b"><title id="artech-paths-title">{title}</title>'
            f'<desc id="artech-paths-desc">{esc(desc)}</desc>'
            '<defs><marker id="artech-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
            'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#444444"/>'
            '</marker></defs>' + "".join(out) + "</svg></div>")


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


def project_page(p: dict, site: dict) -> str:
    """A project's page: its folder's own page when there is one, else made from the plan."""
    here = p["page"]
    lessons_part = ["## Lessons that prepare it", ""]
    by_level: dict = {}
    for lid in p["lessons"]:
        rec = site["lessons_by_id"].get(lid)
        by_level.setdefault(rec.get("level") if rec else None, []).append(_lesson_link(site, lid, here, guide=True))
    for lv in sorted(by_level, key=lambda v: (v is None, v)):
        heading = f"Level {lv} (ages {_ages(site, lv)})" if lv else "Other lessons"
        lessons_part += [f"**{heading}**", ""] + [f"- {x}" for x in by_level[lv]] + [""]
    if not by_level:
        lessons_part.append("No lesson prepares this project yet.")
    if p.get("folder") and _project_source(p["folder"]):
        text = _project_source(p["folder"]).read_text(encoding="utf-8")
        text = re.sub(r"\]\(([^)\s]*?)lesson\.ipynb\)", r"](\1index.ipynb)", text)
        return text.rstrip() + "\n\n" + "\n".join(lessons_part)
    lines = [f"# {p['title']}", ""]
    if p.get("question"):
        lines += [f"> {_md_escape(p['question'])}", ""]
    glance = {}
    if p.get("challenge"):
        glance["Societal challenge"] = _md_escape(p["challenge"])
    if p.get("levels"):
        levels = sorted(_list(p["levels"]))
        first, last = _ages(site, levels[0]).split("–")[0], _ages(site, levels[-1]).split("–")[-1]
        glance["Levels"] = f"{', '.join(map(str, levels))} (ages {first}–{last})"
    glance["Status"] = (f"{_md_escape(p.get('status', 'planned'))}: the project materials are not written yet; "
                        "this page is made from the curriculum plan")
    lines += ["| " + " | ".join(glance) + " |", "|---" * len(glance) + "|", "| " + " | ".join(glance.values()) + " |"]
    lines += [""]
    if p.get("stakeholders"):
        lines += ["## Who the students work with", ""] + [f"- {_md_escape(s)}" for s in p["stakeholders"]] + [""]
    lines += lessons_part + [""]
    data = [d for d in _list(p.get("open_data")) if isinstance(d, dict)]
    if data or p.get("data_note"):
        lines += ["## Data", ""]
        for d in data:
            lines += [f"- **{_md_escape(d.get('dataset', ''))}** (package `{d.get('package', '')}`). "
                      f"{_md_escape(str(d.get('note', '')).strip())} "
                      f"*Licence:* {_md_escape(str(d.get('licence', '')).strip())}"]
        if p.get("data_note"):
            lines += ["", _md_escape(str(p["data_note"]).strip())]
        lines.append("")
    goals = {g.get("number"): g for g in _items(site["plan"], "slo_goals")}
    if p.get("slo_goals"):
        lines += ["## SLO goals", ""]
        lines += [f"- Goal {n}: {_md_escape(goals.get(n, {}).get('title', ''))}" for n in p["slo_goals"]] + [""]
    if _items(site["plan"], "design_cycle"):
        lines += ["## How the project runs", "", "Students follow the design cycle, with the people above:", "",
                  part_design_cycle(site, here), ""]
    return "\n".join(lines)


# --------------------------------------------------------------------------
# MkDocs hooks
# --------------------------------------------------------------------------
def _nav(site: dict, docs_dir: Path) -> list:
    nav: list = [{t: p} for t, p in STATIC_NAV if (docs_dir / p).is_file()]
    lessons = []
    for s in _strands(site):
        items = []
        for rec in site["lessons"]:
            if rec.get("written") and rec.get("strand") == s["id"]:
                # navigation.indexes: the lesson is the section's own page, its guide the one below it
                items.append({rec["title"]: [rec["page"], {"Teacher guide": rec["guide"]}]})
        if items:
            lessons.append({s.get("title", s["id"]): items})
    if lessons:
        nav.append({"Lessons": lessons})
    projects = (["projects/index.md"] if (docs_dir / "projects/index.md").is_file() else [])
    projects += [{p["title"]: p["page"]} for p in site["projects"]]
    if projects:
        nav.append({"Projects": projects})
    curriculum = docs_dir / "curriculum"
    if curriculum.is_dir():
        pages = sorted(curriculum.rglob("*.md"), key=lambda p: (p.name != "index.md", p.as_posix()))
        if pages:
            nav.append({"Curriculum plan": [p.relative_to(docs_dir).as_posix() for p in pages]})
    tail = [{t: p} for t, p in TAIL_NAV if (docs_dir / p).is_file()]
    listed = {p for t, p in STATIC_NAV + TAIL_NAV} | {"projects/index.md"}
    others = sorted(p.relative_to(docs_dir).as_posix() for p in docs_dir.rglob("*.md"))
    others = [p for p in others if p not in listed and not p.startswith(("briefs/", "curriculum/", "assets/"))]
    nav += others  # any other page in docs/ (its title is its first heading)
    return nav + tail


def on_config(config, **kwargs):
    root = Path(os.path.abspath(config.config_file_path)).parent
    plan = load_plan(root)
    lessons = lesson_records(root, plan)
    _site.clear()
    _site.update(root=root, plan=plan, lessons=lessons, lessons_by_id={r["id"]: r for r in lessons})
    _site["projects"] = project_records(root, plan, lessons)
    config.nav = _nav(_site, Path(config.docs_dir))
    return config


def _add(files: Files, file: File) -> None:
    old = files.get_file_from_path(file.src_uri)
    if old is not None:
        log.warning(f"artech: docs/{file.src_uri} is made from the lessons or projects; remove the copy in docs/.")
        files.remove(old)
    files.append(file)


def _assets(folder: Path, prefix: str, config, files: Files, skip: set[str]) -> None:
    for asset in sorted(folder.rglob("*")):
        rel = asset.relative_to(folder)
        if (not asset.is_file() or set(rel.parts) & SKIP_PARTS or asset.name.startswith(".")
                or asset.suffix in (".ipynb", ".md") or rel.as_posix() in skip):
            continue
        _add(files, File.generated(config, f"{prefix}/{rel.as_posix()}", abs_src_path=str(asset)))


@event_priority(50)  # before mkdocs-jupyter wraps the notebooks
def on_files(files: Files, config, **kwargs):
    build = Path(tempfile.mkdtemp(prefix="artech-site-"))
    _site["build"] = build
    for rec in _site["lessons"]:
        if not rec.get("written"):
            continue
        target = build / rec["page"]
        target.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(student_view(rec["nb"]), target)
        _add(files, File(rec["page"], str(build), config.site_dir, config.use_directory_urls))
        _add(files, File.generated(config, rec["guide"], content=teacher_guide(rec, _site)))
        _assets(rec["path"].parent, rec["base"], config, files, skip={"lesson.ipynb"})
    for p in _site["projects"]:
        _add(files, File.generated(config, p["page"], content=project_page(p, _site)))
        if p.get("folder"):
            _assets(p["folder"], posixpath.dirname(p["page"]), config, files, skip=set())
    return files


def on_page_markdown(markdown: str, page, config, files, **kwargs):
    here = page.file.src_uri

    def fill(m):
        part = PARTS.get(m.group(1))
        if part is None:
            log.warning(f"artech: {here} asks for <!-- artech:{m.group(1)} -->, which does not exist. "
                        f"Known: {', '.join(sorted(PARTS))}.")
            return m.group(0)
        return part(_site, here)

    return PLACEHOLDER.sub(fill, markdown)


_CDN_WIDGETS = re.compile(r"'https://unpkg\.com/@jupyter-(?:widgets/html-manager|js-widgets)@[^']*'")
_EMPTY_SCRIPT = re.compile(r'<script src="">\s*</script>')
_MERMAID = re.compile(r'<script type="module">\s*document\.addEventListener\("DOMContentLoaded", async \(\) => \{'
                      r'\s*const diagrams = document\.querySelectorAll\("\.jp-Mermaid.*?</script>', re.S)
_LESSON_HREF = re.compile(r'href="((?![a-z]+:)[^"#]*?)lesson\.ipynb(#[^"]*)?"')
_IMG_NO_ALT = re.compile(r"<img(?![^>]*\salt=)([^>]*)>")


_SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'


_ANCHOR = re.compile(r'<a class="anchor-link" href="#[^"]*">¶</a>')


_LINK = re.compile(r'\b(?:href|src)="((?![a-z][a-z0-9+.-]*:|#|//)[^"]+)"')


def on_page_content(html_text: str, page, config, files, **kwargs):
    """Tidy a lesson page and check its links: MkDocs does not look inside notebooks."""
    if "jupyter-wrapper" not in html_text:
        return html_text
    html_text = _ANCHOR.sub("", html_text)  # the hidden "¶" would show in search results
    html_text = _LESSON_HREF.sub(lambda m: f'href="{m.group(1) or "./"}{m.group(2) or ""}"', html_text)
    urls = {f.url.rstrip("/") for f in files} | {posixpath.dirname(f.url.rstrip("/")) for f in files}
    for link in sorted(set(_LINK.findall(html_text))):
        target = posixpath.normpath(posixpath.join(page.url, link.split("#")[0].split("?")[0]))
        if target.rstrip("/") not in urls and target != ".":
            log.warning(f"artech: {page.file.src_uri.replace('index.ipynb', 'lesson.ipynb')} links to "
                        f"'{link}', which is not on the site. Link to a file in the lesson's folder, or to "
                        "another lesson as ../../<strand>/<folder>/lesson.ipynb.")
    return html_text


def on_post_page(output: str, page, config, **kwargs):
    """Point notebook pages at the vendored widget renderer; drop CDN scripts nothing here needs."""
    output = output.replace(_SEARCH_DIALOG, _SEARCH_DIALOG[:-1] + ' aria-label="Search">')  # WCAG 4.1.2
    if "jupyter-wrapper" not in output:
        return output
    embed = get_relative_url(EMBED_JS, page.url)
    output = _CDN_WIDGETS.sub(f"'{embed}'", output)
    output = _EMPTY_SCRIPT.sub("", output)  # MathJax, which no lesson uses, would load from a CDN
    output = _MERMAID.sub("", output)  # so would Mermaid
    output = _IMG_NO_ALT.sub(r'<img alt="A picture from the lesson"\1>', output)
    if "application/vnd.jupyter.widget-state+json" in output:
        require = get_relative_url(REQUIRE_JS, page.url)
        # After the theme's scripts (require.js must not see them), before the widgets render on DOMContentLoaded.
        labels = get_relative_url(WIDGET_LABELS_JS, page.url)
        output = output.replace("</body>", f'<script src="{require}"></script>\n'
                                f'<script src="{labels}"></script>\n</body>', 1)
    return output


def on_post_build(config, **kwargs):
    build = _site.pop("build", None)
    if build:
        shutil.rmtree(build, ignore_errors=True)


def on_build_error(error, **kwargs):
    on_post_build(None)


def on_serve(server, config, builder, **kwargs):
    root = Path(os.path.abspath(config.config_file_path)).parent
    for path in (root / "lessons", root / "projects", root / "curriculum.yml"):
        if path.exists():
            server.watch(str(path))
    return server
