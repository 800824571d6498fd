"""The bench's own kinds of error: each is a :class:`artech.errors.KitError` and keeps Python's or gpiozero's kind.

So ``except TypeError`` and ``pytest.raises(GPIOPinInUse)`` still catch them, and a teacher's tool can
tell the kit's kind words (a ``KitError``) from an error in gpiozero itself.
"""

from __future__ import annotations

from gpiozero.exc import GPIOPinInUse, PinInvalidPin

from ..errors import KitError


class BenchError(KitError, TypeError):
    """A bench tool got something it can't use: a blank, a number instead of a part, an LED to press."""


class BenchAttributeError(KitError, AttributeError):
    """A part has no such word (``led.onn()``), or a job was given to something the part *does*."""


class PinInUse(KitError, GPIOPinInUse):
    """Two different parts want the same pin."""


class NoSuchPin(KitError, PinInvalidPin):
    """A pin number a Raspberry Pi does not have."""


class ToneOutOfRange(KitError, ValueError):
    """A ``TonalBuzzer`` was asked for a note higher or lower than it can play."""
