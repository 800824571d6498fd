"""What the picture of a part shows, as plain values: its name, pins, colour, state and words.

The drawing (``svg.py``) and the tests both read this, so what a student sees can be checked.
"""

from __future__ import annotations

import gpiozero
from gpiozero import GPIODevice

from .. import messages
from .parts import closed, kind_name, leaves
from .sensors import _VirtualSensor
from .timeline import is_on

COLOURS = {
    "red": "#ff3b30", "green": "#2fd158", "amber": "#ffb000", "orange": "#ff9500", "yellow": "#ffd60a",
    "blue": "#2f8cff", "white": "#f4f4f4", "pink": "#ff6fae", "purple": "#b15cff",
}
COLOUR_WORDS = {  # words in a part's name that say its colour (English and Dutch)
    "red": "red", "rood": "red", "rode": "red", "green": "green", "groen": "green", "amber": "amber",
    "oranje": "amber", "orange": "orange", "yellow": "yellow", "geel": "yellow", "gele": "yellow",
    "blue": "blue", "blauw": "blue", "white": "white", "wit": "white", "witte": "white",
    "pink": "pink", "roze": "pink", "purple": "purple", "paars": "purple",
}


def mix(a: str, b: str, amount: float) -> str:
    """The colour ``amount`` of the way from ``a`` to ``b`` (hex strings)."""
    ca = [int(a[i:i + 2], 16) for i in (1, 3, 5)]
    cb = [int(b[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * amount):02x}" for x, y in zip(ca, cb))


def colour_for(name: str) -> str:
    low = name.lower()
    for word in sorted(COLOUR_WORDS, key=len, reverse=True):
        if word in low:
            return COLOURS[COLOUR_WORDS[word]]
    return COLOURS["red"]


def pin_label(part) -> str:
    """The pins under a part's picture: ``GPIO17``, ``R GPIO5 · G GPIO6 · B GPIO13``."""
    if isinstance(part, _VirtualSensor):
        return part._pin_text()
    if isinstance(part, gpiozero.RGBLED):
        return " · ".join(f"{c} {led.pin}" for c, led in zip("RGB", part._leds)) if part._leds else "–"
    if isinstance(part, GPIODevice):
        return str(part._pin) if part._pin is not None else "–"
    if isinstance(part, gpiozero.Servo):
        return pin_label(part.pwm_device)
    return " · ".join(pin_label(leaf) for leaf in leaves(part) if leaf is not part) or "–"


def pin_active(part) -> bool:
    """Is an input's pin active right now (before gpiozero's smoothing has looked)?"""
    return bool(part._state_to_value(part._pin.state))


def servo_look(part) -> dict:
    """A servo's arm: ``turn`` from 0 (its lowest value or angle, drawn right) to 1 (its highest, left).

    Like a protractor and like angles in maths: a bigger angle is further anticlockwise.

    ``value`` is gpiozero's -1 to 1 for every servo; an ``AngularServo`` says its ``angle`` in degrees.
    A servo with no value (``servo.detach()``, or ``value = None``) holds no position: it is "loose"."""
    value = part.value
    if value is None:
        return {"shape": "servo", "on": False, "turn": None, "text": messages.say("bench_servo_loose")}
    turn = (float(value) + 1) / 2
    if isinstance(part, gpiozero.AngularServo):
        text = f"{round(part.angle, 1):g}°"
    else:
        text = f"{round(float(value), 2):g}"
    return {"shape": "servo", "on": True, "turn": turn, "text": text}


def look(part, name: str) -> dict:
    """Everything the picture of ``part`` shows, as plain values (tests look at this too)."""
    seen = {"name": name, "kind": kind_name(part), "pins": pin_label(part), "closed": closed(part)}
    if seen["closed"]:
        return {**seen, "shape": "closed", "on": False, "text": messages.say("bench_closed")}
    if isinstance(part, gpiozero.RGBLED):
        r, g, b = (float(v) for v in part.value)
        colour = "#" + "".join(f"{round(v * 255):02x}" for v in (r, g, b))
        return {**seen, "shape": "led", "on": any((r, g, b)), "colour": colour, "brightness": max(r, g, b),
                "fill": colour if any((r, g, b)) else "#3a3a3a", "text": f"({r:g}, {g:g}, {b:g})"}
    if isinstance(part, _VirtualSensor):
        return {**seen, "shape": "sensor", "on": bool(part.is_active), "reading": part._reading, "text": part._text()}
    if isinstance(part, gpiozero.Servo):
        return {**seen, **servo_look(part)}
    if isinstance(part, gpiozero.TonalBuzzer):
        tone = part.tone
        text = tone.note if tone is not None else messages.say("bench_quiet")
        return {**seen, "shape": "buzzer", "on": tone is not None, "text": text}
    if isinstance(part, gpiozero.Buzzer):
        on = bool(part.value)
        return {**seen, "shape": "buzzer", "on": on, "text": messages.say("bench_beep" if on else "bench_quiet")}
    if isinstance(part, (gpiozero.LED, gpiozero.PWMLED)):
        colour = colour_for(name)
        level = float(part.value)
        dark = mix(colour, "#2b2b2b", 0.78)
        text = messages.say("bench_on" if level >= 1 else "bench_off") if level in (0, 1) else f"{round(level * 100)}%"
        return {**seen, "shape": "led", "on": level > 0, "colour": colour, "brightness": level,
                "fill": mix(dark, colour, level), "text": text}
    if isinstance(part, gpiozero.Button):
        on = bool(part.is_pressed)
        return {**seen, "shape": "button", "on": on, "text": messages.say("bench_pressed" if on else "bench_not_pressed")}
    if isinstance(part, gpiozero.InputDevice):
        on = pin_active(part)
        return {**seen, "shape": "switch", "on": on, "text": messages.say("bench_active" if on else "bench_inactive")}
    value = part.value
    text = f"{value:.2f}" if isinstance(value, float) else str(value)
    return {**seen, "shape": "box", "on": is_on(value), "text": text}
