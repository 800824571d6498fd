"""Buzzers on the bench: gpiozero's own ``Buzzer`` and ``TonalBuzzer``, and a way to hear what they played.

Student code is ordinary gpiozero code, the same on a laptop and on a Raspberry Pi::

    buzzer = TonalBuzzer(18)
    bench.show(buzzer)          # the buzzer on the breadboard: it shows the note it plays
    buzzer.play("C4")
    sleep(0.3)
    buzzer.stop()
    bench.listen(buzzer)        # a player with what the buzzer played (made with artech.sound)

* A mock PWM pin keeps a history of its duty cycle (``timeline``); this module adds a history of its
  **frequency** (the note a ``TonalBuzzer`` plays), so a note change without a stop is heard and drawn too.
* ``played(buzzer)`` gives what the buzzer did in the exercise: ``[(frequency or None, seconds), ...]``
  (``None`` is a rest). A plain ``Buzzer`` has one tone of its own, ``BEEP_HZ``. Checks read this.
* ``listen(buzzer)`` builds the sound from that history with ``artech.sound``: square waves, because a
  buzzer is switched fully on and off (a PWM pin at half duty). The result plays in the notebook, and
  ``draw_wave`` and ``len`` read its numbers.
* On a Raspberry Pi the real buzzer sounds and real pins keep no history: ``listen`` says so in words.
* ``buzzer.play("C6")`` outside the buzzer's range stops with a kind ``ToneOutOfRange`` (a ``ValueError``).
"""

from __future__ import annotations

import threading
import time
import weakref
from collections import deque

import gpiozero
import numpy as np
from gpiozero.pins.mock import MockPin, MockPWMPin

from .. import i18n, messages
from .. import sound as _sound
from .errors import BenchError, ToneOutOfRange
from .parts import owner_name
from .timeline import _CELLS, _LISTENERS, _LOGS, LOG_LENGTH, _in_a_check, _running_cell, window_start

BEEP_HZ = 1000.0  # the one tone of a plain Buzzer here (real active buzzers are often 2-4 kHz: kinder to ears)
VOLUME = 0.3  # how loud `listen` plays: a buzzer is loud, ears come first
LONGEST = 30.0  # seconds: `listen` plays at most this much (a buzzer left on doesn't make an endless sound)
SHORTEST = 0.01  # seconds: a shorter rest (a stop and a play in one go) is not heard: the notes run together

_FREQS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # mock PWM pin -> deque[(time, frequency)]


# --- the history of a pin's frequency --------------------------------------------------------------
def _wrap_set_frequency(original):
    def _set_frequency(self, value):
        before = self._frequency
        original(self, value)
        if value == before:
            return
        _FREQS.setdefault(self, deque([(0.0, before)], maxlen=LOG_LENGTH)).append((time.monotonic(), value))
        cell = _running_cell()
        if cell is not None and threading.current_thread() is threading.main_thread():
            if not cell.checking and _in_a_check():
                cell.checking = True
            cell.touched.add(self)
        for listener in list(_LISTENERS.get(self, ())):  # a new note: the picture shows it at once
            try:
                listener()
            except Exception:  # a picture must never break the student's code
                pass

    _set_frequency._artech = True
    return _set_frequency


def _wrap_play(original):
    def play(self, tone):
        __tracebackhide__ = True
        try:
            return original(self, tone)
        except ValueError as problem:
            if "range" not in str(problem):
                raise
            name = getattr(tone, "note", tone)
            raise ToneOutOfRange(messages.say(
                "bench_tone_out_of_range", tone=repr(name) if isinstance(name, str) else name,
                low=self.min_tone.note, high=self.max_tone.note,
                name=owner_name(self) or "buzzer")) from None

    play._artech = True
    return play


def install() -> None:
    """The frequency history for mock PWM pins and kind words for a note out of range (safe to call again)."""
    if not getattr(MockPWMPin._set_frequency, "_artech", False):
        MockPWMPin._set_frequency = _wrap_set_frequency(MockPWMPin._set_frequency)  # `frequency` calls it
    if not getattr(gpiozero.TonalBuzzer.play, "_artech", False):
        gpiozero.TonalBuzzer.play = _wrap_play(gpiozero.TonalBuzzer.play)


def forget() -> None:
    """After ``bench.reset()``."""
    _FREQS.clear()


# --- what a buzzer played ---------------------------------------------------------------------------
def _buzzer(part, what: str):
    __tracebackhide__ = True
    if part is Ellipsis:
        raise BenchError(messages.say("bench_blank_part", what=what))
    if not isinstance(part, (gpiozero.Buzzer, gpiozero.TonalBuzzer)):
        raise BenchError(messages.say("bench_not_a_buzzer", what=what, kind=type(part).__name__))
    return part


def _pin(buzzer):
    if isinstance(buzzer, gpiozero.TonalBuzzer):
        return buzzer.pwm_device._pin
    return buzzer._pin


def _line(buzzer) -> list[tuple[float, float | None]]:
    """(time, the frequency heard or None) at every change of the buzzer's pin."""
    pin = _pin(buzzer)
    states = list(_LOGS.get(pin, ()))
    if not states:
        return []
    tonal = isinstance(buzzer, gpiozero.TonalBuzzer)
    freqs = list(_FREQS.get(pin, ())) if tonal else []
    events = sorted([(t, 0, s) for t, s in states] + [(t, 1, f) for t, f in freqs], key=lambda e: (e[0], e[1]))
    state, freq, out = 0.0, None, []
    for t, which, value in events:
        if which == 0:
            state = value
        else:
            freq = value
        heard = (freq if tonal else BEEP_HZ) if state and (freq is not None or not tonal) else None
        if tonal and buzzer.closed:
            heard = None
        heard = round(float(heard), 2) if heard is not None else None
        if not out or out[-1][1] != heard:
            out.append((t, heard))
    return out


def played(buzzer, since="exercise") -> list[tuple[float | None, float]]:
    """What ``buzzer`` played: ``[(frequency, seconds), ...]``, ``None`` for a rest, in order.

    ``since`` works as in ``bench.history``: "exercise" (the default) is the last cell that played or named
    the buzzer, and what an earlier check did is left out. Silence before the first note and after the last
    is left out; a note still sounding lasts until now. Real pins keep no history: then it is ``[]``."""
    __tracebackhide__ = True
    _buzzer(buzzer, "played")
    if not isinstance(_pin(buzzer), MockPin):
        return []
    start = window_start(since, (buzzer,))
    line = _line(buzzer)
    if not line:
        return []
    if since not in (None, "all"):
        checked = [(c.start, c.end) for c in _CELLS if c.checking and c.end is not None and c.end > start]
        if checked:
            line = line[:1] + [(t, v) for t, v in line[1:] if not any(a <= t <= b for a, b in checked)]
    before = [v for t, v in line if t <= start]
    moments = [(start, before[-1] if before else None)] + [(t, v) for t, v in line if t > start]
    now = time.monotonic()
    out: list[list] = []
    for (t, v), end in zip(moments, [t for t, _v in moments[1:]] + [now]):
        if out and out[-1][0] == v:
            out[-1][1] += end - t
        else:
            out.append([v, end - t])
    kept: list[list] = []
    for v, s in out:  # a rest too short to hear is no rest: the notes on both sides run together
        if v is None and s < SHORTEST and kept:
            continue
        if kept and kept[-1][0] == v:
            kept[-1][1] += s
        else:
            kept.append([v, s])
    out = kept
    while out and out[0][0] is None:
        out.pop(0)
    while out and out[-1][0] is None:
        out.pop()
    return [(v, round(s, 3)) for v, s in out]


def note_name(frequency) -> str:
    """The name of the note nearest to ``frequency``: 261.63 -> "C4" (a rest is "rest")."""
    if frequency is None:
        return "rest"
    try:
        return gpiozero.tones.Tone.from_frequency(frequency).note
    except ValueError:
        return f"{frequency:g} Hz"


class Heard:
    """What a buzzer played, as a sound: it plays in the notebook; ``draw_wave`` and ``len`` read its numbers."""

    def __init__(self, samples: np.ndarray, label: str, notes: list):
        self.samples = samples
        self.label = label
        self.notes = notes  # [(frequency or None, seconds), ...] as `played` gave them

    def __array__(self, dtype=None, copy=None):
        return np.asarray(self.samples, dtype=dtype)

    def __len__(self) -> int:
        return len(self.samples)

    def _repr_html_(self) -> str:
        return _sound.play(self.samples, self.label)._repr_html_()

    def __repr__(self) -> str:
        return f"🔊 {self.label}"


def listen(buzzer, since="exercise") -> Heard:
    """Hear what ``buzzer`` played in the exercise (see ``played``), made again with ``artech.sound``."""
    __tracebackhide__ = True
    _buzzer(buzzer, "listen")
    name = owner_name(buzzer) or "buzzer"
    if not isinstance(_pin(buzzer), MockPin):
        return Heard(_sound.silence(0.1), messages.say("bench_heard_real_pi", name=name), [])
    notes, total, pieces = [], 0.0, []
    for frequency, seconds in played(buzzer, since):
        seconds = min(seconds, LONGEST - total)
        if seconds < 0.001:
            continue
        notes.append((frequency, seconds))
        total += seconds
        if frequency is None:
            pieces.append(_sound.silence(seconds))
        else:
            pieces.append(_sound.tone(frequency, seconds, VOLUME, shape="square"))
        if total >= LONGEST:
            break
    if not pieces:
        return Heard(_sound.silence(0.1), messages.say("bench_heard_nothing", name=name), [])
    beep = messages.say("bench_beep")
    names = [beep if isinstance(buzzer, gpiozero.Buzzer) else note_name(f) for f, _s in notes if f is not None]
    shown = ", ".join(names[:12]) + (", …" if len(names) > 12 else "")
    from babel.numbers import format_decimal  # 1.5 in English is 1,5 in Dutch

    seconds = format_decimal(round(total, 1), format="0.0", locale=i18n.language())
    label = messages.say("bench_heard", name=name, count=len(names), notes=shown, seconds=seconds)
    return Heard(np.concatenate(pieces), label, notes)
