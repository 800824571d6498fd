"""A lesson's teacher notes, in their sections.

The notes are the lesson's ``teacher`` cells: an optional ``## Teacher notes`` heading with a short
introduction, then ``###`` sections. Six sections have a fixed title in each language, so the
teacher guide, the one-page plan and ``artech validate`` can find them whatever the language:

========================  ===========================  ===========================
key                       English heading              Dutch heading
========================  ===========================  ===========================
``timing``                Timing                       Tijdsplanning
``warm-up``               Unplugged warm-up            Opwarmer zonder computer
``misconceptions``        Misconceptions               Misvattingen
``differentiation``       Differentiation              Differentiatie
``answers``               Answers                      Antwoorden
``troubleshooting``       When something goes wrong    Als er iets misgaat
========================  ===========================  ===========================

A heading may say more after a colon ("When something goes wrong: no sound"). Every other ``###``
section is the lesson's own (safety, a real Raspberry Pi, ...) and keeps its title.
"""

from __future__ import annotations

import re

from . import lesson as L
from .messages import say

SECTIONS = ("timing", "warm-up", "misconceptions", "differentiation", "answers", "troubleshooting")
TITLE_KEYS = {key: "notes_" + key.replace("-", "_") for key in SECTIONS}
_FENCE = re.compile(r"^\s*(```+|~~~+)")
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")


def title(key: str) -> str:
    """The heading of section ``key`` in the language spoken now."""
    return say(TITLE_KEYS[key])


def section_of(heading: str) -> str | None:
    """The key of the fixed section a heading names in the language spoken now, if any."""
    text = heading.strip().casefold()
    for key in SECTIONS:
        name = title(key).casefold()
        if text == name or text.startswith(name + ":"):
            return key
    return None


def notes_text(nb) -> str:
    """All the teacher notes of ``nb`` as one Markdown text (teacher code cells as Python fences)."""
    parts = []
    for cell in L.teacher_cells(nb):
        if cell.cell_type == "markdown":
            parts.append(cell.source.strip())
        elif cell.cell_type == "code" and cell.source.strip():
            parts.append(f"```python\n{cell.source.rstrip()}\n```")
    return "\n\n".join(parts)


def split(text: str) -> list[tuple[str | None, str, str]]:
    """``(key, heading, body)`` for each part of the notes, in order. The first part is the
    introduction (heading ``""``); a ``##`` heading above it ("Teacher notes") is dropped. ``key`` is
    the fixed section's key, or None for the lesson's own sections. Headings inside code fences and
    deeper headings stay in the body."""
    lines = text.splitlines()
    levels = []
    fence = None
    for line in lines:
        if fence:
            fence = None if line.strip().startswith(fence) else fence
            continue
        m = _FENCE.match(line)
        if m:
            fence = m.group(1)
            continue
        h = _HEADING.match(line)
        if h:
            levels.append(len(h.group(1)))
    top = min(levels) if levels else 3
    cut = top + 1 if levels.count(top) == 1 and levels and levels[0] == top and len(set(levels)) > 1 else top
    parts: list[tuple[str | None, str, list[str]]] = [(None, "", [])]
    fence = None
    for line in lines:
        if fence:
            fence = None if line.strip().startswith(fence) else fence
            parts[-1][2].append(line)
            continue
        m = _FENCE.match(line)
        if m:
            fence = m.group(1)
            parts[-1][2].append(line)
            continue
        h = _HEADING.match(line)
        if h and len(h.group(1)) < cut:
            continue  # the one heading over all the notes
        if h and len(h.group(1)) == cut:
            parts.append((section_of(h.group(2)), h.group(2), []))
            continue
        parts[-1][2].append(line)
    return [(key, heading, "\n".join(body).strip()) for key, heading, body in parts]


def sections(nb) -> dict[str, str]:
    """``{key: body}`` of the fixed sections the notes of ``nb`` have (two with one key are joined)."""
    found: dict[str, str] = {}
    for key, _heading, body in split(notes_text(nb)):
        if key:
            found[key] = (found[key] + "\n\n" + body).strip() if key in found else body
    return found


def missing(nb) -> list[str]:
    """The keys of the fixed sections the notes of ``nb`` lack (``answers`` may be left out: the guide
    makes it from the solutions and the hints)."""
    have = sections(nb)
    return [key for key in SECTIONS if key not in have and key != "answers"]
