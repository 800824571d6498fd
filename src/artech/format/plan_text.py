"""The plan's words in every language: ``curriculum.yml`` is written in English, and
``curriculum.<lang>.po`` beside it translates its sentences (titles, questions, summaries, objectives).

Each sentence of the plan has a key that names where it lives, for example
``projects/climate-made-visible/question`` or ``strands/design/spiral/3/concept``; the key is the
``msgctxt`` of the PO entry and the English sentence its ``msgid``. A sentence whose English changed
since it was translated is not used: the English shows until the translator catches up (``artech
validate`` names it). Numbers, ids, levels and links are facts, not words: they never translate.
"""

from __future__ import annotations

import copy
from pathlib import Path

from artech import i18n

FILE = "curriculum.yml"
TEXT_FIELDS = {  # section: (the field that names an entry, its sentences, its lists of sentences)
    "slo_goals": ("number", ("title",), ()),
    "design_cycle": ("id", ("title", "summary"), ()),
    "pedagogy": ("id", ("title", "summary"), ()),
    "levels": ("level", ("school", "starts_with", "scaffolding", "reading_level"), ()),
    "strands": ("id", ("title", "question"), ()),
    "lessons": ("id", ("title",), ("objectives", "vocabulary", "materials")),
    "projects": ("id", ("title", "challenge", "question", "data_note"), ("stakeholders",)),
}


def catalogue(root: Path | str, lang: str) -> Path:
    """Where the plan's ``lang`` translation lives: ``curriculum.<lang>.po`` beside ``curriculum.yml``."""
    return Path(root) / f"curriculum.{lang}.po"


def _text(value) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _places(plan: dict):
    """``(key, holder, field)`` for every sentence of the plan: ``holder[field]`` is the sentence."""
    if not isinstance(plan, dict):
        return
    for section, (name, fields, lists) in TEXT_FIELDS.items():
        entries = plan.get(section)
        if not isinstance(entries, list):
            continue
        for entry in entries:
            if not isinstance(entry, dict) or entry.get(name) is None:
                continue
            base = f"{section}/{entry[name]}"
            for field in fields:
                if _text(entry.get(field)):
                    yield f"{base}/{field}", entry, field
            for field in lists:
                values = entry.get(field)
                if isinstance(values, list):
                    for i, value in enumerate(values):
                        if _text(value):
                            yield f"{base}/{field}/{i + 1}", values, i
            for i, step in enumerate(entry.get("spiral") or [], 1):
                if isinstance(step, dict) and _text(step.get("concept")):
                    yield f"{base}/spiral/{i}/concept", step, "concept"
            for i, data in enumerate(entry.get("open_data") or [], 1):
                if isinstance(data, dict):
                    for field in ("note", "licence"):
                        if _text(data.get(field)):
                            yield f"{base}/open_data/{i}/{field}", data, field
    domains = plan.get("slo_domains")
    if isinstance(domains, dict):
        for letter, domain in domains.items():
            if isinstance(domain, dict) and _text(domain.get("title")):
                yield f"slo_domains/{letter}/title", domain, "title"


def sentences(plan: dict) -> list[tuple[str, str]]:
    """``(key, English sentence)`` for every sentence of the plan, in the file's order."""
    return [(key, _text(holder[field])) for key, holder, field in _places(plan)]


def translated(plan: dict, root: Path | str, lang: str | None = None) -> dict:
    """A copy of ``plan`` in ``lang`` (the language spoken now): each sentence from the plan's
    catalogue when it translates the English sentence that is there now, else the English."""
    lang = lang or i18n.language()
    if lang == i18n.SOURCE or not isinstance(plan, dict):
        return plan
    found, _rule = i18n.entries(catalogue(root, lang))
    if not found:
        return plan
    plan = copy.deepcopy(plan)
    for key, holder, field in _places(plan):
        entry = found.get(key)
        if entry and entry[1] and not entry[2] and entry[0] == _text(holder[field]):
            holder[field] = entry[1]
    return plan


def problems(plan: dict, root: Path | str, lang: str) -> list[tuple[str, str]]:
    """``(key, what is wrong)`` for each sentence of the plan the ``lang`` catalogue does not translate
    (yet): ``"missing"``, ``"fuzzy"`` or ``"older"`` (its English changed since)."""
    found, _rule = i18n.entries(catalogue(root, lang))
    out = []
    for key, english in sentences(plan):
        entry = found.get(key)
        if not entry or not entry[1]:
            out.append((key, "missing"))
        elif entry[2]:
            out.append((key, "fuzzy"))
        elif entry[0] != english:
            out.append((key, "older"))
    return out
