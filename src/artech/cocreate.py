"""Cards and timelines for designing with people: what a class asks, hears and plans, made visible.

In a lesson::

    from artech import cocreate

    cocreate.cards(["What do you do after school?", "Do you like football?"])
    cocreate.cards({"A": "Do you walk to school?", "B": "What is hard about mornings?"},
                   groups={"open": ["B"], "closed": ["A"]})
    cocreate.timeline({"welcome and consent": 5, "card sorting": 15, "sketching together": 20,
                       "thank you": 5}, minutes=45)

``cards`` shows each question or note as a card, sorted into the student's own groups (a card in no
group is shown under "not sorted yet"). ``timeline`` shows a session plan as one bar, each activity
as wide as its minutes, and says in words when the minutes do not add up to the session. Both show
themselves when they are the last thing in a cell, as HTML with the words in the text (a screen
reader reads them), and as plain text elsewhere. Every word comes from ``messages.py``; the same
input always gives the same HTML.
"""

from __future__ import annotations

import html
import numbers

from . import messages
from .errors import KitError

INK, PAPER, EDGE = "#1f2937", "#fffdf5", "#9ca3af"
# Group colours: always with the group's name written above it, so meaning never rests on colour alone.
GROUP_COLOURS = ("#dbeafe", "#fde68a", "#d1fae5", "#fce7f3", "#e5e7eb", "#ede9fe")
ACTIVITY_COLOURS = ("#bfdbfe", "#fde68a", "#bbf7d0", "#fbcfe8", "#ddd6fe", "#fed7aa", "#a5f3fc", "#e5e7eb")
MAX_CARDS = 60


class CocreateError(KitError, ValueError):
    """Cards or a plan the kit cannot show; the message says what to try."""


def _say(key: str, **values) -> str:
    return messages.say(key, **values)


def _e(text) -> str:
    return html.escape(str(text))


class Cards:
    """A set of cards, perhaps in groups; what ``cards`` gives."""

    def __init__(self, columns: list[tuple[str, list[tuple[str, str]]]], notes: list[str], title: str = ""):
        self.columns = columns  # [(heading, [(label, text), ...]), ...]
        self.notes = notes
        self.title = title

    def __len__(self) -> int:
        return sum(len(c) for _, c in self.columns)

    def __repr__(self) -> str:
        lines = [self.title] if self.title else []
        for heading, cards in self.columns:
            if heading:
                lines.append(f"{heading}:")
            for label, text in cards:
                lines.append(f"  [{label}] {text}" if label else f"  [ ] {text}")
        lines += self.notes
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        out = ['<div class="artech-cards" style="font-family:sans-serif;color:%s;margin:4px 0">' % INK]
        if self.title:
            out.append(f'<div style="font-weight:bold;margin-bottom:6px">{_e(self.title)}</div>')
        out.append('<div style="display:flex;flex-wrap:wrap;gap:14px;align-items:flex-start">')
        for n, (heading, cards) in enumerate(self.columns):
            back = GROUP_COLOURS[n % len(GROUP_COLOURS)] if heading else PAPER
            wide = not heading and len(self.columns) == 1 and len(cards) > 6  # many loose cards: a grid, not a tower
            out.append('<section style="display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));'
                       'column-gap:10px;flex:1;max-width:1040px">' if wide else
                       '<section style="min-width:220px;max-width:340px;flex:1">')
            if heading:
                out.append(f'<h4 style="margin:0 0 6px 0;font-size:1em">{_e(heading)} '
                           f'<span style="font-weight:normal">({len(cards)})</span></h4>')
            for label, text in cards:
                # a letter sits before the text; a longer label (a key like "purpose") sits above it
                shape = "inline-block;min-width:1.6em" if len(label) <= 3 else "block"
                tag = f'<strong style="display:{shape}">{_e(label)}</strong> ' if label else ""
                out.append(f'<div class="artech-card" style="background:{back};border:1px solid {EDGE};'
                           'border-radius:8px;padding:8px 10px;margin:0 0 6px 0;line-height:1.4;'
                           f'box-shadow:1px 2px 0 {EDGE}">{tag}{_e(text)}</div>')
            out.append("</section>")
        out.append("</div>")
        for note in self.notes:
            out.append(f'<p role="status" style="color:#713f12;background:#fef9c3;border-left:6px solid #ca8a04;'
                       f'padding:.4em .8em;border-radius:6px;margin:6px 0 0 0">🌱 {_e(note)}</p>')
        out.append("</div>")
        return "".join(out)


def _text(value) -> str:
    """A card's words; the blank ``...`` stays a blank card."""
    if value is Ellipsis:
        return "..."
    if isinstance(value, (list, tuple, set)):
        return ", ".join(_text(v) for v in value)  # evidence ["D", "E"] reads "D, E", not Python's brackets
    return str(value)


def _title(title) -> str:
    return "" if title is Ellipsis or title is None else str(title)


def _card_list(cards) -> list[tuple[str, str]]:
    """The cards as (label, text) pairs: a dict keeps its keys as labels, a list has none."""
    if cards is Ellipsis or cards is None:
        return []  # still the blank: no cards yet
    if isinstance(cards, str):
        raise CocreateError(_say("cards_one_text"))
    if isinstance(cards, dict):
        pairs = [(str(k), _text(v)) for k, v in cards.items()]
    else:
        try:
            pairs = [("", _text(v)) for v in cards]
        except TypeError:
            raise CocreateError(_say("cards_not_a_list", found=messages.kind_name(cards))) from None
    if len(pairs) > MAX_CARDS:
        raise CocreateError(_say("cards_too_many", count=len(pairs), most=MAX_CARDS))
    return pairs


def cards(cards, groups: dict | None = None, title: str = "") -> Cards:
    """Show questions or notes as cards.

    ``cards``: a list of texts, or a dict of label -> text (``{"A": "Do you ...?"}``).
    ``groups``: optional, a dict of heading -> list of labels (``{"open": ["B", "D"]}``); each card goes
    under the first group that names it, and cards in no group under "not sorted yet"."""
    pairs = _card_list(cards)
    notes: list[str] = []
    if groups is Ellipsis or not groups:  # no groups yet (or still the blank): the cards in one row
        if not pairs:
            notes.append(_say("cards_empty"))
        return Cards([("", pairs)], notes, _title(title))
    if not isinstance(groups, dict):
        raise CocreateError(_say("cards_groups_not_dict", found=messages.kind_name(groups)))
    by_label = dict(pairs)
    placed: set[str] = set()
    columns = []
    for heading, members in groups.items():
        if isinstance(members, str) or members is Ellipsis or members is None:
            members = [] if members in (Ellipsis, None) else [members]
        try:
            members = [str(m).strip() for m in members]
        except TypeError:
            raise CocreateError(_say("cards_group_not_list", group=heading,
                                     found=messages.kind_name(members))) from None
        column = []
        for m in members:
            if m not in by_label:
                notes.append(_say("cards_unknown", label=m, group=heading, labels=", ".join(by_label)))
            elif m in placed:
                notes.append(_say("cards_twice", label=m, group=heading))
            else:
                placed.add(m)
                column.append((m, by_label[m]))
        columns.append((str(heading), column))
    rest = [(label, text) for label, text in pairs if label not in placed]
    if rest:
        columns.append((_say("cards_not_sorted"), rest))
    return Cards(columns, notes, _title(title))


class Timeline:
    """A session plan as one bar of activities; what ``timeline`` gives."""

    def __init__(self, steps: list[tuple[str, float]], minutes: float | None, title: str = "", note: str = ""):
        self.steps = steps
        self.minutes = minutes
        self.title = title
        self.note = note  # said instead of a bar when there is nothing to draw yet

    @property
    def total(self) -> float:
        return sum(m for _, m in self.steps)

    def summary(self) -> str:
        total = _num(self.total)
        if self.minutes is None:
            return _say("timeline_total", total=total)
        if self.total == self.minutes:
            return _say("timeline_fits", total=total)
        if self.total < self.minutes:
            return _say("timeline_short", total=total, minutes=_num(self.minutes), left=_num(self.minutes - self.total))
        return _say("timeline_long", total=total, minutes=_num(self.minutes), over=_num(self.total - self.minutes))

    def __repr__(self) -> str:
        lines = [self.title] if self.title else []
        if self.note:
            return "\n".join(lines + [f"🌱 {self.note}"])
        start = 0.0
        for name, m in self.steps:
            lines.append(f"{_num(start):>4}-{_num(start + m):<4} {name} ({_say('timeline_min', minutes=_num(m))})")
            start += m
        lines.append(self.summary())
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        if self.note:
            return (f'<p class="artech-timeline" role="status" style="font-family:sans-serif;color:#713f12;'
                    'background:#fef9c3;border-left:6px solid #ca8a04;padding:.4em .8em;border-radius:6px">'
                    f'🌱 {_e(self.note)}</p>')
        whole = max(self.total, self.minutes or 0) or 1
        out = [f'<figure class="artech-timeline" style="font-family:sans-serif;color:{INK};margin:4px 0">']
        if self.title:
            out.append(f'<div style="font-weight:bold;margin-bottom:6px">{_e(self.title)}</div>')
        out.append(f'<div style="display:flex;width:100%;max-width:760px;border:1px solid {EDGE};border-radius:6px;'
                   'overflow:hidden">')
        for n, (name, m) in enumerate(self.steps):
            colour = ACTIVITY_COLOURS[n % len(ACTIVITY_COLOURS)]
            out.append(f'<div style="flex:0 0 {100 * m / whole:.2f}%;background:{colour};padding:6px 4px;'
                       f'border-right:1px solid {EDGE};box-sizing:border-box;overflow:hidden;font-size:.85em;'
                       f'line-height:1.3"><strong>{_e(_num(m))}</strong><br/>{_e(name)}</div>')
        if self.minutes is not None and self.total < self.minutes:
            out.append(f'<div style="flex:1;background:repeating-linear-gradient(45deg,#fff,#fff 6px,#f3f4f6 6px,'
                       f'#f3f4f6 12px);padding:6px 4px;font-size:.85em">{_e(_say("timeline_free"))}</div>')
        out.append("</div><ol style=\"margin:6px 0 0 0;padding-left:1.4em;line-height:1.5\">")
        start = 0.0
        for name, m in self.steps:
            out.append(f"<li>{_e(_num(start))}-{_e(_num(start + m))}: <span>{_e(name)}</span> "
                       f"<span>({_e(_say('timeline_min', minutes=_num(m)))})</span></li>")
            start += m
        out.append(f'</ol><figcaption style="margin-top:4px">{_e(self.summary())}</figcaption></figure>')
        return "".join(out)


def _num(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".") if isinstance(x, float) else str(x)


def _is_minutes(m) -> bool:
    return isinstance(m, numbers.Real) and not isinstance(m, bool)


def _whole_plan(plan: dict):
    """(activities, minutes, title) of a whole session plan, found by their shape, in any language: the
    dictionary of numbers inside it, its first number and its first text."""
    dicts = [v for v in plan.values() if isinstance(v, dict) and v]
    acts = next((v for v in dicts if all(_is_minutes(m) for m in v.values())), None)
    if acts is None:  # minutes written as text, like {"welcome": "5"}: drawn below, so the message names the activity
        acts = next((v for v in dicts if any(not isinstance(m, str) or m.strip().replace(".", "", 1).isdigit()
                                             for m in v.values())), None)
    minutes = next((v for v in plan.values() if _is_minutes(v)), None)
    title = next((v for v in plan.values() if isinstance(v, str)), "")
    return acts, minutes, title


def timeline(plan, minutes: float | None = None, title: str = "") -> Timeline:
    """Show a session plan as a bar: a dict of activity -> minutes, with ``minutes`` the session's length;
    or a whole plan (a dict with such a dict inside it, the session's minutes and its goal)."""
    if plan is Ellipsis or plan is None or (isinstance(plan, dict) and not plan):
        return Timeline([], minutes, _title(title), note=_say("timeline_empty"))
    if isinstance(plan, dict) and any(isinstance(v, dict) for v in plan.values()):
        acts, found_minutes, found_title = _whole_plan(plan)
        minutes = found_minutes if minutes is None else minutes
        title = title or found_title
        if acts is None:
            return Timeline([], minutes, _title(title), note=_say("timeline_no_activities"))
        plan = acts
    if isinstance(plan, dict):
        items = list(plan.items())
    else:
        try:
            items = [tuple(step) for step in plan]
            if any(len(step) != 2 for step in items):
                raise TypeError
        except TypeError:
            raise CocreateError(_say("timeline_not_a_plan", found=messages.kind_name(plan))) from None
    steps = []
    for name, m in items:
        if not _is_minutes(m) or m < 0:
            raise CocreateError(_say("timeline_not_minutes", activity=name, found=repr(m)[:40]))
        steps.append((str(name), float(m) if not float(m).is_integer() else int(m)))
    if not steps:
        return Timeline([], minutes, _title(title), note=_say("timeline_empty"))
    if minutes is not None and (not _is_minutes(minutes) or minutes <= 0):
        raise CocreateError(_say("timeline_not_minutes", activity="minutes", found=repr(minutes)[:40]))
    return Timeline(steps, minutes, _title(title))
