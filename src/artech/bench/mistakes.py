"""Mistakes in gpiozero code, in gpiozero's own kinds of error and the beginner words of ``artech.messages``.

A typo after the dot (``led.onn()``), a job given to something a part *does* (``led.on = True``), a
method shown without brackets (``led.on``) and gpiozero's warning about ``when_pressed = led.on()``.
"""

from __future__ import annotations

import sys
import types
import warnings

from gpiozero import CompositeDevice
from gpiozero.devices import GPIOBase
from gpiozero.exc import CallbackSetToNone

from .. import messages
from .errors import BenchAttributeError
from .parts import kind_name, owner_name

COMMON = ("on", "off", "toggle", "blink", "pulse", "value", "is_lit", "is_active", "is_pressed",
          "when_pressed", "when_released", "when_held", "wait_for_press", "color", "beep", "play", "stop",
          "distance", "when_in_range", "when_motion", "motion_detected", "light_detected", "close")


def _no_attribute(part, name: str) -> BenchAttributeError:
    cls = type(part)
    choices = [a for a in dir(cls) if not a.startswith("_")]
    can = ", ".join(f"`{a}`" for a in COMMON if a in choices) or ", ".join(f"`{a}`" for a in choices[:8])
    return BenchAttributeError(messages.say("bench_no_attribute", kind=kind_name(part), name=name,
                                            suggestion=(messages.did_you_mean(name, choices) + " ").lstrip(), can=can))


def _friendly_getattr(self, name):
    if name.startswith("_"):
        raise AttributeError(name)
    raise _no_attribute(self, name)


def _wrap_composite_getattr(original):
    def __getattr__(self, name):
        try:
            return original(self, name)
        except AttributeError:
            if name.startswith("_"):
                raise
            raise _no_attribute(self, name) from None

    __getattr__._artech = True
    return __getattr__


def _wrap_setattr(original):
    def __setattr__(self, name, value):
        __tracebackhide__ = True
        attrs = self.__dict__.get("__attrs__")
        if attrs is not None and not name.startswith("_"):
            if name not in attrs:
                raise _no_attribute(self, name) from None
            if isinstance(getattr(type(self), name, None), types.FunctionType):
                who = owner_name(self) or type(self).__name__.lower()
                raise BenchAttributeError(messages.say("bench_method_not_value", name=name, var=who,
                                                       kind=kind_name(self))) from None
        return original(self, name, value)

    __setattr__._artech = True
    return __setattr__


def _method_text(obj, p, cycle) -> None:
    """``led.on`` without brackets: say how to make it happen instead of showing a bound method."""
    owner = getattr(obj, "__self__", None)
    if isinstance(owner, GPIOBase) and not obj.__name__.startswith("_"):
        var = owner_name(owner) or type(owner).__name__.lower()
        p.text(messages.say("bench_method_not_called", var=var, name=obj.__name__, kind=kind_name(owner)))
    else:
        p.text(repr(obj))


def _showwarning(message, category, filename, lineno, file=None, line=None):
    """gpiozero's warning about ``when_pressed = led.on()`` (with brackets), in beginner words."""
    if issubclass(category, CallbackSetToNone):
        print(messages.say("bench_callback_none"), file=file or sys.stderr)
        return
    return _SHOWWARNING(message, category, filename, lineno, file, line)


_SHOWWARNING = warnings.showwarning


def install() -> None:
    """Kind words for typos and for methods used as values, on every gpiozero part."""
    if not getattr(GPIOBase.__setattr__, "_artech", False):
        GPIOBase.__setattr__ = _wrap_setattr(GPIOBase.__setattr__)
    if "__getattr__" not in GPIOBase.__dict__:
        GPIOBase.__getattr__ = _friendly_getattr
    if not getattr(CompositeDevice.__getattr__, "_artech", False):
        CompositeDevice.__getattr__ = _wrap_composite_getattr(CompositeDevice.__getattr__)
    if warnings.showwarning is not _showwarning:
        warnings.showwarning = _showwarning
