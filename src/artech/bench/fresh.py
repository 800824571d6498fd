"""``bench.reset()``: close every part and free every pin, for a fresh, empty breadboard."""

from __future__ import annotations

from gpiozero import Device
from gpiozero.pins.mock import MockFactory

from .breadboard import _NEWEST
from .buzzer import forget as _forget_notes
from .timeline import _LISTENERS, _LOGS, forget_touches


def reset() -> None:
    """Close every part and free every pin: a fresh, empty breadboard."""
    factory = Device.pin_factory
    if factory is None:
        return
    with factory._res_lock:
        holders = {ref() for refs in factory._reservations.values() for ref in refs}
    for holder in holders:
        if holder is not None:
            try:
                holder.close()
            except Exception:
                pass
    if isinstance(factory, MockFactory):
        factory.reset()
    _LOGS.clear()
    _LISTENERS.clear()
    _NEWEST.clear()
    forget_touches()
    _forget_notes()
