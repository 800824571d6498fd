"""The student view of a lesson: the student copy as a page, with no solutions, hints or notes.

Built from ``lesson.student_copy``: no teacher cells, no checks, no hints, blanks where the answers
were. The worked examples keep their outputs (pictures, sounds, widgets); every picture gets alt text
and every id in an output is made unique on the page.
"""

from __future__ import annotations

import base64
import copy
import html
import re
import struct

import nbformat
from nbformat.corpus.words import generate_corpus_id

from artech.format import lesson as L

from .links import fence
from .words import say

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
    size = None
    if mime == "image/png":
        try:
            size = _png_size(base64.b64decode(data[mime])[:32])
        except (ValueError, TypeError):
            size = None
    note = _comment(cell)
    if size and note:
        return say("site_alt_picture_size_note", width=size[0], height=size[1], note=note)
    if size:
        return say("site_alt_picture_size", width=size[0], height=size[1])
    return say("site_alt_picture_note", note=note) if note else say("site_alt_picture")


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


def give_pictures_alt_text(cell) -> None:
    """nbconvert writes ``<img>`` without alt; show each picture through HTML that has one."""
    for output in cell.get("outputs", []):
        data = output.get("data")
        if not data or "text/html" in data:
            continue
        tag = _img_tag(output, cell)
        if tag:
            data["text/html"] = tag


def outputs_markdown(cell) -> str:
    """The outputs of a cell as Markdown/HTML, for inside a solution box."""
    parts = []
    for output in cell.get("outputs", []):
        kind = output.get("output_type")
        if kind == "stream":
            text = output.get("text", "")
            parts.append(fence(text if isinstance(text, str) else "".join(text), "text"))
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
                parts.append(fence(text, "text"))
    return "\n\n".join(parts)


def widget_note() -> str:
    """The note under a lesson's first widget: on the site the controls move, but nothing runs. It also
    carries the words ``artech-widgets.js`` gives a control that has no name of its own."""
    control = html.escape(say("site_widget_control"), quote=True)
    value = html.escape(say("site_widget_value"), quote=True)
    return (f'<p class="artech-note" data-control-label="{control}" data-value-label="{value}">'
            f'{say("site_widget_note")}</p>')


def with_cell_ids(nb) -> nbformat.NotebookNode:
    """A copy of ``nb`` in which every cell has an id of its own, so a cell of the student copy can be
    matched with the cell of the lesson it came from (an older notebook may have none, or repeat one)."""
    nb = copy.deepcopy(nb)
    seen: set[str] = set()
    for cell in nb.cells:
        cid = cell.get("id")
        if not isinstance(cid, str) or not cid or cid in seen:
            cid = generate_corpus_id()
            while cid in seen:
                cid = generate_corpus_id()
            cell["id"] = cid
        seen.add(cid)
    nb.nbformat, nb.nbformat_minor = 4, max(5, nb.get("nbformat_minor", 5))
    return nb


def student_view(nb, lesson_id: str) -> nbformat.NotebookNode:
    """The page students read for lesson ``lesson_id``: the student copy, with blanks where the answers
    were. The answers, the hints and the teacher notes are only in the teacher guide."""
    nb = with_cell_ids(nb)
    student = L.student_copy(nb, lesson_id)
    cells = []
    count = 0
    for cell in student.cells:
        give_pictures_alt_text(cell)
        for output in cell.get("outputs", []):
            for mime in ("text/html", "image/svg+xml"):
                data = output.get("data", {})
                if isinstance(data.get(mime), (str, list)):
                    count += 1
                    text = data[mime] if isinstance(data[mime], str) else "".join(data[mime])
                    data[mime] = unique_ids(text, f"-{count}")
        cells.append(cell)
        widget = any("application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in cell.get("outputs", []))
        if widget and not any("artech-note" in L.tags(c) for c in cells):
            cells.append(nbformat.v4.new_markdown_cell(widget_note(), metadata={"tags": ["artech-note"]}))  # once
    student.cells = cells
    return student
