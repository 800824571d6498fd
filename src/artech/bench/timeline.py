"""What happened to each part, and in which notebook cell: the history that checks read.

Every mock pin (and every virtual sensor) keeps a log of its changes. The IPython hooks note when each
cell starts and ends, with its code, so a check can ask about *the exercise*:

``since="exercise"`` (the default) starts at the last cell, before the one running now, that changed
one of the parts or names one of them in its code. Cells in which a check ran are skipped, and so
are cells that neither touched nor named the parts. So a check gives the same verdict when it runs
twice, or when an unrelated cell ran between the exercise and the check. A cell counts as "a check
ran here" as soon as a lesson's check, or ``artech.checks``, changes or looks at a part in it, and
what happened during an earlier check cell (the check pressing a button) is left out of the history.
"""

from __future__ import annotations

import re
import sys
import threading
import time
import weakref
from collections import deque
from dataclasses import dataclass, field

from gpiozero import GPIODevice, PWMOutputDevice
from gpiozero.pins.mock import MockPin

from .parts import leaves, names_for

LOG_LENGTH = 10_000  # changes kept per pin: plenty for a lesson, and a loop without sleep can't fill the memory

_LOGS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # pin or sensor -> [(time, state)]
_LISTENERS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # pin or sensor -> [callables]


@dataclass
class Cell:
    """One run of one notebook cell: when, its code, and which pins or sensors its own code changed."""

    start: float
    source: str = ""
    end: float | None = None
    checking: bool = False  # a check ran in this cell: it is never "the exercise"
    touched: "weakref.WeakSet" = field(default_factory=weakref.WeakSet)


_CELLS: list[Cell] = []


class SelfLogging:
    """A part that records its own readings (the bench's virtual sensors) instead of a mock pin's."""

    def _start_log(self, reading) -> None:
        _LOGS[self] = deque([(time.monotonic(), reading)], maxlen=LOG_LENGTH)


# --- cells ------------------------------------------------------------------------------------
def _cell_started(info=None) -> None:
    """IPython's ``pre_run_cell``: a cell starts (``info.raw_cell`` is its code; a test may pass the code)."""
    source = info if isinstance(info, str) else getattr(info, "raw_cell", "") or ""
    now = time.monotonic()
    if _CELLS and _CELLS[-1].end is None:
        _CELLS[-1].end = now
    _CELLS.append(Cell(now, source))


def _cell_finished(*_args) -> None:
    """IPython's ``post_run_cell``: the cell that was running has ended."""
    if _CELLS and _CELLS[-1].end is None:
        _CELLS[-1].end = time.monotonic()


def _running_cell() -> Cell | None:
    return _CELLS[-1] if _CELLS and _CELLS[-1].end is None else None


def _in_a_check() -> bool:
    """Is a lesson's check (or ``artech.checks``, also the grader's fresh copy) on the stack?"""
    frame = sys._getframe(1)
    while frame is not None:
        name = frame.f_globals.get("__name__", "")
        if name == "artech.checks" or name.startswith("artech_lesson_checks"):
            return True
        frame = frame.f_back
    return False


def note_looking() -> None:
    """Called by every look at the history: when a check looks, the running cell is a check cell."""
    cell = _running_cell()
    if cell is not None and not cell.checking and _in_a_check():
        cell.checking = True


def forget_touches() -> None:
    """After ``bench.reset()``: the old pins are gone, so no cell has touched the new ones."""
    for cell in _CELLS:
        cell.touched = weakref.WeakSet()


# --- logs ---------------------------------------------------------------------------------------
def watch(pin) -> None:
    """Keep a history of a mock pin and tell listeners at once when it changes."""
    if pin in _LOGS or not isinstance(pin, MockPin):
        return
    _LOGS[pin] = deque([(time.monotonic(), pin.state)], maxlen=LOG_LENGTH)
    original = pin._change_state

    def change_state(value):
        changed = original(value)
        if changed:
            changed_now(pin, value)
        return changed

    pin._change_state = change_state


def changed_now(source, state) -> None:
    """``source`` (a pin or a sensor) has a new ``state``: log it, say which cell did it, tell the listeners."""
    log = _LOGS.get(source)
    if log is not None:
        log.append((time.monotonic(), state))
    cell = _running_cell()
    if cell is not None and threading.current_thread() is threading.main_thread():
        # Only the cell's own code: a background blink or a source thread carrying on is not "this cell".
        if not cell.checking and _in_a_check():
            cell.checking = True
        cell.touched.add(source)
    for listener in list(_LISTENERS.get(source, ())):
        try:
            listener()
        except Exception:  # a picture must never break the student's code
            pass


def listen(source, listener) -> None:
    _LISTENERS.setdefault(source, []).append(listener)


def sources(part) -> list:
    """What to listen to for changes of ``part``: its mock pins, or the virtual sensor itself."""
    if isinstance(part, SelfLogging):
        return [part]
    return [leaf._pin for leaf in leaves(part) if isinstance(leaf, GPIODevice) and leaf._pin is not None]


# --- windows ------------------------------------------------------------------------------------
def exercise_start(*parts) -> float:
    """When the exercise for ``parts`` started: the last cell before this one that changed or named them.

    A check cell never counts, and the cell running now counts only when its own code changed a part.
    0.0 (everything) when no cell qualifies, e.g. outside a notebook."""
    note_looking()
    watched = [s for part in parts for s in sources(part)]
    names = sorted(names_for(parts))
    named = re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, names)) + r")\b") if names else None
    running = _running_cell()
    for cell in reversed(_CELLS):
        if cell.checking:
            continue
        if any(s in cell.touched for s in watched):
            return cell.start
        if cell is not running and named is not None and named.search(cell.source):
            return cell.start
    return 0.0


def window_start(since, parts=()) -> float:
    """The moment ``since`` means for ``parts``: "exercise" (see above), "cell", None/"all", or a time."""
    if since == "exercise":
        return exercise_start(*parts)
    note_looking()
    if since == "cell":  # the cell that ran just before the one running now
        return _CELLS[-2].start if len(_CELLS) >= 2 else 0.0
    if since is None or since == "all":
        return 0.0
    return float(since)


# --- history, blinks, steps ------------------------------------------------------------------------
def _timeline(part) -> list[tuple[float, object]]:
    """(time, value) for every change of ``part``, as gpiozero would report its ``value``."""
    if isinstance(part, SelfLogging):
        return list(_LOGS.get(part, []))
    if isinstance(part, GPIODevice):
        pin = part._pin
        log = _LOGS.get(pin) if pin is not None else None
        if not log:
            return []
        out = []
        for t, state in list(log):
            value = part._state_to_value(state)
            if isinstance(value, float) and value.is_integer() and not isinstance(part, PWMOutputDevice):
                value = int(value)
            out.append((t, value))
        return out
    parts = leaves(part)
    if parts == [part]:
        return []
    lines = [_timeline(leaf) for leaf in parts]
    if not all(lines):
        return []
    moments = sorted({t for line in lines for t, _ in line})
    out, last = [], None
    for t in moments:
        value = tuple(_value_at(line, t) for line in lines)
        if value != last:
            out.append((t, value))
            last = value
    return out


def _value_at(line, t):
    value = line[0][1]
    for when, v in line:
        if when > t:
            break
        value = v
    return value


def history(part, since="exercise") -> list[tuple[float, object]]:
    """What ``part`` did: ``[(seconds, value), ...]``, starting with its value when the window starts.

    ``since="exercise"`` (the default) starts at the exercise cell (see the module's notes);
    ``since="cell"`` at the cell just before the one running now; a number is a moment of
    ``time.monotonic()``, such as ``exercise_start(red, green)``. These leave out what happened while an
    earlier check ran (its presses are not the student's work). ``since=None`` looks at everything."""
    return _history(part, window_start(since, (part,)), leave_out_checks=since not in (None, "all"))


def _history(part, start: float, leave_out_checks: bool) -> list[tuple[float, object]]:
    line = _timeline(part)
    if not line:
        return []
    if leave_out_checks:  # what an earlier check did (pressing the button) is never the student's work
        checked = [(c.start, c.end) for c in _CELLS if c.checking and c.end is not None and c.end > start]
        if checked:
            line = line[:1] + [(t, v) for t, v in line[1:] if not any(a <= t <= b for a, b in checked)]
    before = [v for t, v in line if t <= start]
    value = before[-1] if before else line[0][1]
    out = [(0.0, value)]
    for t, v in line:
        if t > start and v != out[-1][1]:
            out.append((t - start, v))
    return out


def is_on(value) -> bool:
    if isinstance(value, tuple):
        return any(is_on(v) for v in value)
    return bool(value)


def blinks(part, since="exercise") -> int:
    """How many times ``part`` was on: each stretch of "on" counts once (one blink = on, then off)."""
    line = history(part, since)
    count = sum(1 for (_, a), (_, b) in zip(line, line[1:]) if not is_on(a) and is_on(b))
    if line and is_on(line[0][1]) and any(not is_on(v) for _, v in line[1:]):
        count += 1  # it was already on when the window started, and then it went off
    return count


def steps(*parts, since="exercise", seconds=False) -> list:
    """The states the parts went through together, e.g. ``[(1, 0, 0), (0, 0, 1), ...]``.

    All parts share one window (for "exercise": the last cell that changed or named any of them).
    With ``seconds=True`` each step is ``(state, how long it lasted)``; the last step lasts until now.
    """
    start = window_start(since, parts)
    lines = [_history(p, start, leave_out_checks=since not in (None, "all")) for p in parts]
    if not all(lines):
        return []
    moments = sorted({t for line in lines for t, _ in line})
    out: list = []
    for t in moments:
        state = tuple(_value_at(line, t) for line in lines)
        if not out or out[-1][1] != state:
            out.append((t, state))
    if not seconds:
        return [s for _, s in out]
    now = round(time.monotonic() - start, 3)
    ends = [t for t, _ in out[1:]] + [max(now, out[-1][0])]
    return [(s, round(end - t, 3)) for (t, s), end in zip(out, ends)]
