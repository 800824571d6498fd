"""Which pins gpiozero gets, and who holds each pin.

* On a laptop (no Raspberry Pi found and ``GPIOZERO_PIN_FACTORY`` not set, or set to ``mock``)
  gpiozero gets mock pins (``MockFactory`` with ``MockPWMPin``, so ``PWMLED`` and ``RGBLED`` work),
  each with a history. On a Raspberry Pi, or when ``GPIOZERO_PIN_FACTORY`` names another factory,
  gpiozero keeps its own choice and the same cells drive real pins.
* **A cell run again.** ``led = LED(17)`` run a second time wants pin 17, which the old ``led`` still
  holds. When the new part goes into the same name as the part that holds the pin, that is the
  cell (or an edited version of it) running again: the old part is closed, the new one gets the pin,
  and a short note says so. This works the same with real pins. Two *different* names on one pin
  are a real mistake and stop with gpiozero's ``GPIOPinInUse``, in beginner words.
"""

from __future__ import annotations

import dis
import os
from pathlib import Path

from gpiozero import Device
from gpiozero.exc import GPIOPinInUse, PinInvalidPin
from gpiozero.pins import Factory
from gpiozero.pins.mock import MockFactory, MockPWMPin

from .. import messages
from .errors import NoSuchPin, PinInUse
from .parts import kind_name, owner_name, owner_of_child, scopes, student_frames
from .timeline import watch


def on_a_pi() -> bool:
    """True on a Raspberry Pi (read from the device tree, as gpiozero does)."""
    for place in ("/proc/device-tree/model", "/sys/firmware/devicetree/base/model"):
        try:
            return "raspberry pi" in Path(place).read_text(errors="ignore").lower()
        except OSError:
            continue
    return False


class BenchFactory(MockFactory):
    """gpiozero's mock pins with PWM, a history for every pin and beginner words for bad pins."""

    def __init__(self):
        super().__init__(pin_class=MockPWMPin)

    def pin(self, name, pin_class=None, **kwargs):
        __tracebackhide__ = True
        try:
            pin = super().pin(name, pin_class=pin_class, **kwargs)
        except PinInvalidPin:
            raise NoSuchPin(messages.say("bench_bad_pin", pin=name)) from None
        watch(pin)
        return pin


def mocking() -> bool:
    return isinstance(Device.pin_factory, MockFactory)


def choose_pins() -> None:
    """Mock pins on a laptop; gpiozero's own choice on a Pi or when GPIOZERO_PIN_FACTORY says so."""
    wanted = os.environ.get("GPIOZERO_PIN_FACTORY", "").strip().lower()
    current = Device.pin_factory
    if isinstance(current, BenchFactory):
        return
    if current is not None:
        # Someone made plain mock pins before the kit was imported: swap them while nothing uses them.
        if isinstance(current, MockFactory) and not any(current._reservations.values()):
            Device.pin_factory = BenchFactory()
        return
    if wanted == "mock" or (not wanted and not on_a_pi()):
        Device.pin_factory = BenchFactory()


# --- who holds a pin ----------------------------------------------------------------------------
_STORES = {"STORE_NAME", "STORE_GLOBAL", "STORE_FAST", "STORE_DEREF"}
_ENDS = {"POP_TOP", "RETURN_VALUE", "RETURN_CONST", "STORE_ATTR", "STORE_SUBSCR", "POP_JUMP_IF_FALSE",
         "POP_JUMP_IF_TRUE", "JUMP_FORWARD", "JUMP_BACKWARD", "FOR_ITER", "CALL_INTRINSIC_1"}


def target_name() -> str:
    """The name the student's line puts the new part in: ``led`` for ``led = LED(17)``; "" if none.

    Read from the student's own frame: the instruction after the call that is running now."""
    for frame in student_frames():
        try:
            for instruction in dis.get_instructions(frame.f_code):
                if instruction.offset <= frame.f_lasti:
                    continue
                # A part made inside another (`robot = Robot(left=Motor(4, 14), ...)`): the name the
                # statement stores into, unless the statement ends first.
                if instruction.opname in _STORES:
                    return instruction.argval
                if instruction.opname in _ENDS:
                    return ""
        except Exception:  # a frame Python can't take apart: say nothing rather than guess
            return ""
        return ""
    return ""


def _holder(factory, requester, names):
    """The part that holds one of ``names`` and is in the way of ``requester``, and that pin's name."""
    for name in names:
        for _header, info in factory.board_info.find_pin(name):
            for ref in factory._reservations.get(info, []):
                other = ref()
                if other is not None and requester._conflicts_with(other):
                    return other, info.name
    return None, ""


def _names_of(part) -> set[str]:
    return {name for scope in scopes() for name, value in list(scope.items())
            if value is part and not name.startswith("_")}


def _wrap_reserve_pins(original):
    def reserve_pins(self, requester, *names):
        __tracebackhide__ = True
        try:
            return original(self, requester, *names)
        except GPIOPinInUse:
            holder, pin = _holder(self, requester, names)
            if holder is None:
                raise
            var, whole = owner_name(holder), holder
            if not var:
                var, whole = owner_of_child(holder)
            if not var:
                raise PinInUse(messages.say("bench_pin_in_use_unknown", pin=pin, kind=kind_name(holder))) from None
            target = target_name()
            if target and target in _names_of(whole):  # the same name made again: a cell run again
                whole.close()
                print(messages.say("bench_made_again", pin=pin, name=target, kind=kind_name(whole)))
                return original(self, requester, *names)
            raise PinInUse(messages.say("bench_pin_in_use", pin=pin, kind=kind_name(whole), name=var)) from None

    reserve_pins._artech = True
    return reserve_pins


def install() -> None:
    """The friendly pin check for every factory (real pins too), and mock pins on a laptop."""
    if not getattr(Factory.reserve_pins, "_artech", False):
        Factory.reserve_pins = _wrap_reserve_pins(Factory.reserve_pins)
    choose_pins()
