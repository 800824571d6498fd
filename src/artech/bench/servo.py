"""A servo on the bench: gpiozero's ``Servo`` and ``AngularServo``, with kind words at its end stops.

Student code is ordinary gpiozero code, the same on a real Raspberry Pi with a real servo::

    from gpiozero import AngularServo
    from artech import bench

    arm = AngularServo(12, min_angle=-90, max_angle=90)
    bench.show(arm)        # a servo with its arm; the picture follows every change
    arm.angle = 45         # the arm turns to 45 degrees

How it works, so a teacher can trust it: a servo is a PWM output on one pin (the bench's mock pins
have PWM, so gpiozero drives it unchanged). The breadboard draws it as one part (``looks.servo_look``):
its arm swept like a protractor's, from its lowest angle (drawn right) anticlockwise to its highest (left),
with its angle or value in words.
A servo turned past its end stop (``arm.angle = 120``) gets a ``ServoOutOfRange``, in beginner
words, instead of gpiozero's ``OutputDeviceBadValue`` (it is both, so ``except`` still works).
"""

from __future__ import annotations

import gpiozero
from gpiozero.exc import OutputDeviceBadValue

from .. import messages
from ..errors import KitError
from .parts import owner_name


class ServoOutOfRange(KitError, OutputDeviceBadValue):
    """A servo turned past its end stop, like ``arm.angle = 120`` on a servo that goes to 90."""


def _range(servo, what: str) -> tuple:
    if what == "angle":
        low, high = sorted((servo.min_angle, servo.max_angle))
        return low, high
    return -1, 1


def _checked(cls, what: str):
    original = getattr(cls, what)

    def setter(self, value):
        __tracebackhide__ = True
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            low, high = _range(self, what)
            if not low <= value <= high:
                raise ServoOutOfRange(messages.say(
                    "bench_servo_out_of_range", name=owner_name(self) or "servo", what=what,
                    value=f"{value:g}", low=f"{low:g}", high=f"{high:g}")) from None
        original.fset(self, value)

    prop = property(original.fget, setter, original.fdel, original.__doc__)
    prop.fset._artech = True
    return prop


def install() -> None:
    """Kind words at a servo's end stops, on every Servo (real pins too)."""
    for cls, what in ((gpiozero.Servo, "value"), (gpiozero.AngularServo, "angle")):
        current = cls.__dict__.get(what)
        if current is not None and not getattr(current.fset, "_artech", False):
            setattr(cls, what, _checked(cls, what))
