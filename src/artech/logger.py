"""A data logger for lessons: a simulated clock, a simulated day of light in a room, and log files.

A day of measurements can't take a day in a lesson. The :class:`Clock` is a pretend clock: ``wait(15)``
jumps 15 minutes ahead at once, and every sensor the clock replays into gets the reading for the new
time (through the bench's ``set_reading``, so it is the same virtual sensor as in the bench lessons)::

    from artech import logger
    from artech.bench import LightSensor

    sensor = LightSensor(4)
    clock = logger.Clock("07:00")
    clock.replay(sensor, logger.classroom_light())   # one reading for every minute from 07:00
    clock.wait(15)
    clock.time(), sensor.value                       # ('07:15', 0.12)

``logger.classroom_light()`` is **simulated**, made by this module with a fixed seed: daylight through
the windows, and the lamps on while a class is in the room. It is no one's real room.
``logger.new_file("light.csv")`` gives a file name in a fresh temporary folder, so a notebook that logs
never writes into its own folder; ``logger.read(name)`` reads a CSV log back as rows of numbers.
"""

from __future__ import annotations

import csv
import math
import tempfile
from pathlib import Path
from typing import Any

from . import messages
from .data import _number  # the same reading of a cell as data.load: numbers as numbers, empty as None
from .errors import KitError
from .messages import say

__all__ = ["Clock", "classroom_light", "hours", "SCHOOL_DAY", "new_file", "read", "LoggerError"]

DAY_START, DAY_END = 7 * 60, 19 * 60   # the simulated day: 07:00 to 19:00, one reading a minute
# When a class is in the simulated room (start, end), as times of day. The lamps are on then.
SCHOOL_DAY = [("08:30", "10:10"), ("10:25", "12:00"), ("12:30", "14:00"), ("14:10", "15:40")]


class LoggerError(KitError, ValueError):
    """A time, a wait or a log file the logger cannot use; the message says what to try."""


def _minutes(text: Any) -> int:
    """'08:30' -> 510."""
    if isinstance(text, str) and ":" in text:
        hours, _, minutes = text.partition(":")
        if hours.strip().isdigit() and minutes.strip().isdigit():
            h, m = int(hours), int(minutes)
            if 0 <= h < 24 and 0 <= m < 60:
                return h * 60 + m
    raise LoggerError(say("logger_bad_time", value=repr(text)[:40]))


def hours(time: Any) -> float:
    """'07:15' -> 7.25: a time of day as a number of hours, for the x-axis of ``chart.line``."""
    return round(_minutes(time) / 60, 4)


def _clock_text(minutes: int) -> str:
    return f"{(minutes // 60) % 24:02d}:{minutes % 60:02d}"


def classroom_light(seed: int = 7) -> list[float]:
    """A simulated day of light in a classroom, 0 (dark) to 1 (bright), one reading a minute from 07:00
    to 19:00: daylight through the windows (a smooth curve, brightest at about 13:30), the lamps on
    while a class is in (``SCHOOL_DAY``), and a little measuring noise from a fixed seed."""
    import numpy as np

    rng = np.random.default_rng(seed)
    lessons = [(_minutes(a), _minutes(b)) for a, b in SCHOOL_DAY]
    readings = []
    for minute in range(DAY_START, DAY_END + 1):
        daylight = 0.35 * max(0.0, math.sin(math.pi * (minute - 6 * 60) / (15 * 60)))
        lamps = 0.5 if any(a <= minute < b for a, b in lessons) else 0.0
        reading = daylight + lamps + rng.normal(0.0, 0.01)
        readings.append(round(min(max(reading, 0.0), 1.0), 2))
    return readings


class Clock:
    """A pretend clock for a logger: ``wait(minutes)`` jumps ahead at once; ``time()`` says 'HH:MM'."""

    def __init__(self, start: str = "07:00"):
        self.start = _minutes(start)
        self.minutes = self.start
        self._replays: list[tuple[Any, list[float], int]] = []

    def time(self) -> str:
        """The clock's time as 'HH:MM', the way a log writes it."""
        return _clock_text(self.minutes)

    def replay(self, sensor: Any, readings: Any, start: str | None = None) -> None:
        """From now on, ``sensor`` measures ``readings``: one reading for every minute from ``start``
        (the clock's start when left out). The sensor gets the reading for the clock's time at once."""
        from .bench import set_reading

        first = self.start if start is None else _minutes(start)
        self._replays.append((sensor, list(readings), first))
        self._update(set_reading)

    def _update(self, set_reading: Any = None) -> None:
        if set_reading is None:
            from .bench import set_reading
        for sensor, readings, first in self._replays:
            i = min(max(self.minutes - first, 0), len(readings) - 1)
            set_reading(sensor, readings[i])

    @property
    def over(self) -> bool:
        """True once the clock is past the end of every series it replays: the day is done."""
        return all(self.minutes - first >= len(readings) - 1 for _s, readings, first in self._replays)

    def wait(self, minutes: Any = 1) -> None:
        """Jump ``minutes`` ahead (a whole number, at least 1): what ``time.sleep`` would do, at once."""
        if isinstance(minutes, bool) or not isinstance(minutes, (int, float)) or not float(minutes).is_integer() \
                or minutes < 1:
            raise LoggerError(say("logger_bad_wait", value=repr(minutes)[:40]))
        self.minutes += int(minutes)
        self._update()

    def __repr__(self) -> str:
        return say("logger_clock", time=self.time())


def new_file(name: str = "log.csv") -> Path:
    """A path for a log file called ``name`` in a new temporary folder (never the lesson's own folder)."""
    folder = Path(tempfile.mkdtemp(prefix="artech-log-"))
    return folder / Path(str(name)).name


def read(path: Any) -> list[dict]:
    """Every row of the CSV log ``path`` as a dict, numbers as numbers, empty values as ``None`` (the first line
    holds the names)."""
    path = Path(path)
    if not path.is_file():
        raise LoggerError(say("logger_no_file", name=str(path.name)))
    with path.open(encoding="utf-8", newline="") as f:
        return [{(k or "").strip(): _number(v or "") for k, v in row.items()} for row in csv.DictReader(f)]


def __getattr__(name: str) -> Any:
    if name.startswith("_"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    tools = ["Clock", "classroom_light", "hours", "new_file", "read"]
    suggestion = messages.did_you_mean(name, tools)
    raise AttributeError(say("logger_no_such_tool", name=name, suggestion=(suggestion + " ") if suggestion else "",
                             tools=", ".join(tools)), name=name, obj=None)
