"""Pressing buttons from code: the kit drives a mock pin the way a finger would.

``drive_low`` for a pull-up button, so ``when_pressed`` and ``when_released`` run as on a real Pi.
"""

from __future__ import annotations

import threading
import time

import gpiozero
from gpiozero.mixins import SourceMixin
from gpiozero.pins.mock import MockPin

from .. import messages
from .errors import BenchError
from .timeline import note_looking

FOLLOW_LIMIT = 0.5  # seconds a check waits for a part wired with `source` to follow a press


def _input_pin(part):
    __tracebackhide__ = True
    if part is Ellipsis:
        raise BenchError(messages.say("bench_blank_part", what="press"))
    if not isinstance(part, gpiozero.InputDevice):
        raise BenchError(messages.say("bench_not_an_input", kind=type(part).__name__))
    pin = part.pin
    if not isinstance(pin, MockPin):
        raise BenchError(messages.say("bench_real_input", kind=type(part).__name__, pin=pin))
    return pin


def press(button) -> None:
    """Press ``button`` (or switch on any input) as a finger would: ``when_pressed`` runs."""
    __tracebackhide__ = True
    pin = _input_pin(button)
    pin.drive_high() if button._active_state else pin.drive_low()


def release(button) -> None:
    """Let go of ``button``: ``when_released`` runs."""
    __tracebackhide__ = True
    pin = _input_pin(button)
    pin.drive_low() if button._active_state else pin.drive_high()


def click(button, hold: float = 0) -> None:
    """Press and let go. With ``hold`` the button stays pressed that many seconds (in the background)."""
    __tracebackhide__ = True
    press(button)
    if hold:
        timer = threading.Timer(hold, release, args=(button,))
        timer.daemon = True
        timer.start()
    else:
        release(button)


def _follows(part) -> bool:
    """Is ``part`` wired with gpiozero's ``source`` (``led.source = button``)? Then a thread moves it."""
    return isinstance(part, SourceMixin) and part.source is not None


def _values_after(parts, before) -> tuple:
    """The values of ``parts`` now; for parts wired with ``source``, once they have followed (or not)."""
    values = tuple(part.value for part in parts)
    if not any(_follows(part) for part in parts):
        return values
    delay = min((part.source_delay for part in parts if _follows(part)), default=0.01)
    end = time.monotonic() + FOLLOW_LIMIT
    while values == before and time.monotonic() < end:
        time.sleep(max(delay, 0.001))
        values = tuple(part.value for part in parts)
    return values


def press_and_see(button, *parts) -> tuple[tuple, tuple]:
    """For checks: press ``button``, look at ``parts``, let go, look again.

    Gives ``(values while pressed, values after letting go)``, e.g. ``((1,), (0,))`` when the
    button switches a buzzer on while it is held. The button is let go first, so it starts up.
    Jobs (``when_pressed``) run at once; a part wired with ``source`` (``led.source = button``)
    follows a moment later, and this waits for it (at most ``FOLLOW_LIMIT`` seconds).
    """
    __tracebackhide__ = True
    note_looking()
    _input_pin(button)
    was_pressed = bool(button.is_active)
    start = tuple(part.value for part in parts)
    release(button)
    if was_pressed:
        start = _values_after(parts, start)
    press(button)
    pressed = _values_after(parts, start)
    release(button)
    return pressed, _values_after(parts, pressed)
