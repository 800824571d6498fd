"""Peer review with the project's rubric: one team looks at another team's prototype and says, per
criterion, the level it sees, why, and one tip.

In a project's review notebook (``beoordeling.ipynb``, ``review.ipynb``)::

    from artech.review import reviewing, score

    reviewing("team 3")                      # the team you review: a number is enough, names are optional
    score("listening", level=3, why="They asked what the residents like.", tip="Ask a follow-up question.")

``score`` checks what it can (a criterion of this rubric, a level from 1 to 4, words in ``why``) and
says kindly what to change; the review itself is the code in the notebook. The teacher collects every
review of the class with ``artech review collect``, which reads the notebooks without running them.
"""

from __future__ import annotations

import html
from pathlib import Path

import yaml

from . import i18n, messages
from .errors import KitError

LEVELS = (1, 2, 3, 4)


class ReviewError(KitError, ValueError):
    """A review that cannot count yet; the message says what to change."""


def _rubric(start: Path | None = None) -> list[dict]:
    """The criteria of the project this notebook is in: ``rubric.yml`` (or its edition) up the folders."""
    here = Path(start or Path.cwd()).resolve()
    lang = i18n.language()
    for folder in [here, *here.parents][:4]:
        for name in ((f"rubric.{lang}.yml",) if lang != i18n.SOURCE else ()) + ("rubric.yml",):
            path = folder / name
            if path.is_file():
                try:
                    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
                    return [c for c in data.get("criteria") or [] if isinstance(c, dict) and c.get("id")]
                except (OSError, yaml.YAMLError, AttributeError):
                    return []
    return []


class Note:
    """What ``score`` or ``reviewing`` says back: shown as a small note under the cell."""

    def __init__(self, text: str):
        self.text = text

    def _repr_html_(self) -> str:
        return (f'<div role="status" style="border-left:4px solid #1f5fa8;padding:.3em .7em;'
                f'background:#eef4fb;color:#1b1b1b">{html.escape(self.text)}</div>')

    def __repr__(self) -> str:
        return self.text


def reviewing(team) -> Note:
    """Say which team you review: a number or a team name (no pupils' names needed)."""
    if team is ... or not str(team).strip():
        raise ReviewError(messages.say("review_no_team"))
    return Note(messages.say("review_team", team=str(team).strip()))


def score(criterion, level=..., why="", tip="", start: Path | None = None) -> Note:
    """Your review of one criterion: the ``level`` (1-4) you see, ``why``, and one ``tip``."""
    criteria = _rubric(start)
    ids = [str(c["id"]) for c in criteria]
    if criteria and str(criterion) not in ids:
        hint = messages.did_you_mean(str(criterion), ids)
        raise ReviewError(messages.say("review_unknown_criterion", criterion=criterion, ids=", ".join(ids),
                                       hint=f" {hint}" if hint else ""))
    if level is ... or isinstance(level, bool) or level not in LEVELS:
        raise ReviewError(messages.say("review_bad_level", criterion=criterion, found=repr(level)[:20]))
    if not str(why or "").strip() or str(why).strip() == "...":
        raise ReviewError(messages.say("review_no_why", criterion=criterion))
    title = next((str(c.get("title")) for c in criteria if str(c["id"]) == str(criterion)), str(criterion))
    return Note(messages.say("review_saved", title=title, level=level))
