"""The virtual bench: Raspberry Pi parts you can see and use in a notebook.

Student code is ordinary gpiozero code. One line from the kit shows the parts::

    from gpiozero import LED, Button
    from artech import bench

    led = LED(17)
    button = Button(2)
    bench.show(led, button)      # a small breadboard with both parts and their pins
    led.on()                     # the LED on the breadboard lights up

How it works, so a teacher can trust it:

* **Pins.** On a laptop (no Raspberry Pi found and ``GPIOZERO_PIN_FACTORY`` not set,
  or set to ``mock``) importing this module gives gpiozero its mock pins
  (``MockFactory`` with ``MockPWMPin``, so ``PWMLED`` and ``RGBLED`` work too).
  On a Raspberry Pi, or when ``GPIOZERO_PIN_FACTORY`` names another factory, the
  kit leaves gpiozero alone: the same cells drive real pins and the pictures
  follow the hardware by looking at it ten times a second.
* **Showing.** ``show(*parts)`` draws the parts now, so a picture above a cell
  that runs a long sequence (a traffic light) keeps moving while it runs. The
  picture follows every change of a mock pin at once (also from gpiozero's
  background threads, such as ``blink``), at most 25 times a second. When a
  later cell shows the same part again, the older picture keeps the moment the
  new one appeared ("the LED is on" stays on above the cell that switched it
  on), unless the older board has a button or slider to work: a board with
  controls always keeps following its parts.
* **Inputs.** A button on the breadboard can be clicked: the kit drives its mock
  pin the way a finger would (``drive_low`` for a pull-up button), so
  ``when_pressed`` and ``when_released`` run as on a real Pi. In a notebook a
  click is handled only when no cell is running, so use ``when_pressed = ...``,
  not a loop that waits for the button.
* **Sensors.** gpiozero's light and distance sensors time real electric signals,
  which a mock pin cannot do honestly. ``bench.LightSensor``,
  ``bench.DistanceSensor`` and ``bench.TemperatureSensor`` are virtual sensors
  with gpiozero's names (``value``, ``distance``, ``when_in_range``…) whose
  reading comes from a slider or from ``replay(sensor, values)``. On a Raspberry
  Pi the first two are gpiozero's own classes, so the code stays the same.
  ``MotionSensor`` is gpiozero's own class everywhere: its pin is simple enough
  to drive from a switch on the breadboard.
* **Checks.** Every mock pin keeps a history, so a check can ask what happened in
  the cell that ran last: ``blinks(led)``, ``steps(red, amber, green)``.
* **Mistakes.** A typo such as ``led.onn()`` or a pin used twice stops with
  gpiozero's own kind of error, in the beginner words of ``artech.messages``.

``artech.bench`` also gives the sound tools (``tone``, ``play``…), so a
tinkering lesson needs one import.
"""

from __future__ import annotations

import html
import os
import sys
import threading
import time
import types
import warnings
import weakref
from collections import deque
from pathlib import Path

import gpiozero
from gpiozero import CompositeDevice, Device, GPIODevice
from gpiozero.devices import GPIOBase
from gpiozero.exc import CallbackSetToNone, GPIOPinInUse, PinInvalidPin
from gpiozero.mixins import EventsMixin
from gpiozero.pins import Factory
from gpiozero.pins.mock import MockFactory, MockPin, MockPWMPin

from . import messages

__all__ = [
    "show", "board", "press", "release", "click", "press_and_see", "history", "blinks", "steps", "reset",
    "set_reading", "replay", "LightSensor", "DistanceSensor", "TemperatureSensor", "on_a_pi",
    "RATE", "tone", "silence", "note", "melody", "chord", "play", "draw_wave", "save_wav",
]

REDRAW_GAP = 0.04  # seconds: at most 25 pictures a second, however fast the code changes a part
POLL_EVERY = 0.1  # seconds between looks at real hardware
CLICK_HOLD = 0.5  # seconds a clicked button stays pressed
LOG_LENGTH = 10_000  # changes kept per pin: plenty for a lesson, and a loop without sleep can't fill the memory
_KIT_FILES = (str(Path(__file__).parent), str(Path(gpiozero.__file__).parent))


# --- pins -------------------------------------------------------------------------------
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
            raise PinInvalidPin(messages.say("bench_bad_pin", pin=name)) from None
        _watch(pin)
        return pin


def _mocking() -> bool:
    return isinstance(Device.pin_factory, MockFactory)


def _choose_pins() -> None:
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


# --- what happened on each pin -------------------------------------------------------------
_LOGS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # pin or sensor -> [(time, state)]
_LISTENERS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # pin or sensor -> [callables]
_CELL_STARTS: list[float] = []  # when each notebook cell started (IPython's pre_run_cell)


def _watch(pin) -> None:
    """Keep a history of a mock pin and tell listeners at once when it changes."""
    if pin in _LOGS or not isinstance(pin, MockPin):
        return
    _LOGS[pin] = deque([(time.monotonic(), pin.state)], maxlen=LOG_LENGTH)
    original = pin._change_state

    def change_state(value):
        changed = original(value)
        if changed:
            _changed(pin, value)
        return changed

    pin._change_state = change_state


def _changed(source, state) -> None:
    log = _LOGS.get(source)
    if log is not None:
        log.append((time.monotonic(), state))
    for listener in list(_LISTENERS.get(source, ())):
        try:
            listener()
        except Exception:  # a picture must never break the student's code
            pass


def _listen(source, listener) -> None:
    _LISTENERS.setdefault(source, []).append(listener)


def _cell_started(*_args) -> None:
    _CELL_STARTS.append(time.monotonic())


def _window_start(since) -> float:
    """The time ``since`` means: "cell" = the start of the cell before the one running now."""
    if since == "cell":
        return _CELL_STARTS[-2] if len(_CELL_STARTS) >= 2 else 0.0
    if since is None or since == "all":
        return 0.0
    return float(since)


def _leaves(part) -> list:
    """The single parts inside ``part``: itself, or the LEDs of a TrafficLights, an RGBLED…"""
    if isinstance(part, gpiozero.RGBLED):
        return list(part._leds)
    if isinstance(part, CompositeDevice):
        return [leaf for child in part for leaf in _leaves(child)]
    return [part]


def _timeline(part) -> list[tuple[float, object]]:
    """(time, value) for every change of ``part``, as gpiozero would report its ``value``."""
    if isinstance(part, _VirtualSensor):
        return list(_LOGS.get(part, []))
    if isinstance(part, GPIODevice):
        pin = part._pin
        log = _LOGS.get(pin) if pin is not None else None
        if not log:
            return []
        out = []
        for t, state in log:
            value = part._state_to_value(state)
            if isinstance(value, float) and value.is_integer() and not isinstance(part, gpiozero.PWMOutputDevice):
                value = int(value)
            out.append((t, value))
        return out
    leaves = _leaves(part)
    if leaves == [part]:
        return []
    lines = [_timeline(leaf) for leaf in leaves]
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


def history(part, since="cell") -> list[tuple[float, object]]:
    """What ``part`` did: ``[(seconds, value), ...]``, starting with its value at the start.

    ``since="cell"`` (the default) looks at the cell that ran before the one calling this,
    which is the exercise cell when a check calls it; ``since=None`` looks at everything.
    """
    start = _window_start(since)
    line = _timeline(part)
    if not line:
        return []
    before = [v for t, v in line if t <= start]
    value = before[-1] if before else line[0][1]
    out = [(0.0, value)]
    for t, v in line:
        if t > start and v != out[-1][1]:
            out.append((t - start, v))
    return out


def _is_on(value) -> bool:
    if isinstance(value, tuple):
        return any(_is_on(v) for v in value)
    return bool(value)


def blinks(part, since="cell") -> int:
    """How many times ``part`` was on: each stretch of "on" counts once (one blink = on, then off)."""
    line = history(part, since)
    count = sum(1 for (_, a), (_, b) in zip(line, line[1:]) if not _is_on(a) and _is_on(b))
    if line and _is_on(line[0][1]) and any(not _is_on(v) for _, v in line[1:]):
        count += 1  # it was already on when the cell started, and the cell switched it off
    return count


def steps(*parts, since="cell", seconds=False) -> list:
    """The states the parts went through together, e.g. ``[(1, 0, 0), (0, 0, 1), ...]``.

    With ``seconds=True`` each step is ``(state, how long it lasted)``; the last step lasts until now.
    """
    lines = [history(p, since) for p in parts]
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
    now = round(time.monotonic() - _window_start(since), 3)
    ends = [t for t, _ in out[1:]] + [max(now, out[-1][0])]
    return [(s, round(end - t, 3)) for (t, s), end in zip(out, ends)]


# --- pressing buttons ----------------------------------------------------------------------
def _input_pin(part):
    __tracebackhide__ = True
    if part is Ellipsis:
        raise TypeError(messages.say("bench_blank_part", what="press"))
    if not isinstance(part, gpiozero.InputDevice):
        raise TypeError(messages.say("bench_not_an_input", kind=type(part).__name__))
    pin = part.pin
    if not isinstance(pin, MockPin):
        raise TypeError(messages.say("bench_real_input", kind=type(part).__name__, pin=pin))
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


def press_and_see(button, *parts) -> tuple[tuple, tuple]:
    """For checks: press ``button``, look at ``parts``, let go, look again.

    Gives ``(values while pressed, values after letting go)``, e.g. ``((1,), (0,))`` when the
    button switches a buzzer on while it is held. The button is let go first, so it starts up.
    """
    __tracebackhide__ = True
    release(button)
    press(button)
    pressed = tuple(part.value for part in parts)
    release(button)
    return pressed, tuple(part.value for part in parts)


# --- virtual sensors -----------------------------------------------------------------------
class _VirtualSensor(EventsMixin, Device):
    """A sensor whose reading comes from a slider or a list; it holds its pins like a real one."""

    KIND, LABEL = "Sensor", "bench_label_light"
    UNIT = ""
    LOW, HIGH, START, STEP = 0.0, 1.0, 0.5, 0.01

    def __init__(self, *pins, threshold=0.5, pin_factory=None):
        self._pins = ()
        self._reading = self.START
        self._replayer = None
        super().__init__(pin_factory=pin_factory)
        names = tuple(p for p in pins if p is not None)
        self.pin_factory.reserve_pins(self, *names)
        self._pins = tuple(self.pin_factory.pin(p) for p in names)
        self.threshold = threshold
        _LOGS[self] = deque([(time.monotonic(), self._reading)], maxlen=LOG_LENGTH)
        self._fire_events(self.pin_factory.ticks(), self.is_active)

    def close(self):
        if getattr(self, "_pins", ()):
            self.pin_factory.release_all(self)
            self._pins = ()
        super().close()

    @property
    def closed(self):
        return not self._pins

    def _set(self, reading) -> None:
        reading = min(max(float(reading), self.LOW), self.HIGH)
        if reading == self._reading:
            return
        self._reading = reading
        _changed(self, reading)
        self._fire_events(self.pin_factory.ticks(), self.is_active)

    @property
    def value(self):
        """The reading as a number from 0 to 1."""
        return (self._reading - self.LOW) / (self.HIGH - self.LOW)

    @property
    def is_active(self):
        return self.value > self.threshold

    def _text(self) -> str:
        return f"{self._reading:.2f}{self.UNIT}"

    def __repr__(self):
        pins = ", ".join(str(p) for p in self._pins) or "closed"
        return f"<artech.bench.{self.KIND} (virtual) on {pins}, reading {self._text()}>"


class _VirtualLight(_VirtualSensor):
    """Like gpiozero's LightSensor: ``value`` 0 (dark) to 1 (bright), ``when_light``, ``when_dark``."""

    KIND, LABEL = "LightSensor", "bench_label_light"
    START = 0.5

    def __init__(self, pin=None, *, threshold=0.1, **_ignored):
        super().__init__(pin, threshold=threshold)

    light_detected = _VirtualSensor.is_active
    when_light = EventsMixin.when_activated
    when_dark = EventsMixin.when_deactivated
    wait_for_light = EventsMixin.wait_for_active
    wait_for_dark = EventsMixin.wait_for_inactive

    def _text(self):
        return f"{round(self._reading * 100)}%"


class _VirtualDistance(_VirtualSensor):
    """Like gpiozero's DistanceSensor: ``distance`` in metres, ``when_in_range``, ``when_out_of_range``."""

    KIND, LABEL = "DistanceSensor", "bench_label_distance"
    UNIT = " m"
    START = 1.0

    def __init__(self, echo=None, trigger=None, *, max_distance=1, threshold_distance=0.3, **_ignored):
        self.HIGH = float(max_distance)
        self.START = float(max_distance)
        self.threshold_distance = threshold_distance
        super().__init__(echo, trigger, threshold=0.5)

    @property
    def distance(self):
        return self._reading

    @property
    def max_distance(self):
        return self.HIGH

    @property
    def in_range(self):
        return self._reading < self.threshold_distance

    @property
    def is_active(self):  # as in gpiozero: active when nothing is near (the value is high)
        return not self.in_range

    when_in_range = EventsMixin.when_deactivated
    when_out_of_range = EventsMixin.when_activated
    wait_for_in_range = EventsMixin.wait_for_inactive
    wait_for_out_of_range = EventsMixin.wait_for_active

    def _text(self):
        return f"{round(self._reading * 100)} cm"


class _VirtualTemperature(_VirtualSensor):
    """A thermometer: ``temperature`` in °C; ``is_active`` above ``threshold`` (like CPUTemperature)."""

    KIND, LABEL = "TemperatureSensor", "bench_label_temperature"
    UNIT = " °C"
    LOW, HIGH, START, STEP = -10.0, 40.0, 20.0, 0.5

    def __init__(self, pin=None, *, threshold=25.0, **_ignored):
        super().__init__(pin, threshold=threshold)

    @property
    def temperature(self):
        return self._reading

    @property
    def is_active(self):
        return self._reading > self.threshold

    def _text(self):
        return f"{self._reading:.1f} °C"


def LightSensor(pin=None, **options):
    """A light sensor: virtual (with a slider) on a laptop, gpiozero's LightSensor on a Raspberry Pi."""
    if _mocking():
        return _VirtualLight(pin, **options)
    return gpiozero.LightSensor(pin, **options)


def DistanceSensor(echo=None, trigger=None, **options):
    """A distance sensor: virtual (with a slider) on a laptop, gpiozero's DistanceSensor on a Raspberry Pi."""
    if _mocking():
        return _VirtualDistance(echo, trigger, **options)
    return gpiozero.DistanceSensor(echo, trigger, **options)


def TemperatureSensor(pin=4, **options):
    """A virtual thermometer (gpiozero has no temperature part; on a Pi use a DS18B20 library)."""
    return _VirtualTemperature(pin, **options)


def set_reading(sensor, reading) -> None:
    """Set what a virtual sensor measures: 0 to 1 for light, metres for distance, °C for temperature."""
    __tracebackhide__ = True
    if not isinstance(sensor, _VirtualSensor):
        raise TypeError(messages.say("bench_not_virtual", kind=type(sensor).__name__))
    sensor._set(reading)


def replay(sensor, readings, every: float = 0.5, background: bool = True):
    """Play a recorded series into a virtual sensor, one reading every ``every`` seconds."""
    __tracebackhide__ = True
    if not isinstance(sensor, _VirtualSensor):
        raise TypeError(messages.say("bench_not_virtual", kind=type(sensor).__name__))
    readings = list(readings)

    def run():
        for i, reading in enumerate(readings):
            if sensor.closed:
                return
            sensor._set(reading)
            if i < len(readings) - 1:
                time.sleep(every)

    if not background:
        run()
        return None
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


# --- pictures of parts ---------------------------------------------------------------------
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


def _mix(a: str, b: str, amount: float) -> str:
    """The colour ``amount`` of the way from ``a`` to ``b`` (hex strings)."""
    ca = [int(a[i:i + 2], 16) for i in (1, 3, 5)]
    cb = [int(b[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * amount):02x}" for x, y in zip(ca, cb))


def _colour_for(name: str) -> str:
    low = name.lower()
    for word in sorted(COLOUR_WORDS, key=len, reverse=True):
        if word in low:
            return COLOURS[COLOUR_WORDS[word]]
    return COLOURS["red"]


def _student_frames():
    """Frames of the code that called the kit (not the kit's or gpiozero's own)."""
    frame = sys._getframe(1)
    while frame is not None:
        if not frame.f_code.co_filename.startswith(_KIT_FILES):
            yield frame
        frame = frame.f_back


def _names(parts) -> dict[int, str]:
    """The names the student gave the parts (``led``, ``lights.red``), found in their notebook."""
    found: dict[int, str] = {}
    wanted = {id(p) for p in parts}
    for frame in _student_frames():
        for scope in (frame.f_locals, frame.f_globals):
            for name, value in list(scope.items()):
                if name.startswith("_") or not isinstance(value, (GPIOBase, _VirtualSensor)):
                    continue
                if id(value) in wanted:
                    found.setdefault(id(value), name)
                for child_name in getattr(value, "_order", ()) or ():
                    child = getattr(value, child_name, None)
                    if id(child) in wanted:
                        found.setdefault(id(child), f"{name}.{child_name}")
        if len(found) == len(wanted):
            break
    return found


def _pin_label(part) -> str:
    if isinstance(part, _VirtualSensor):
        if isinstance(part, _VirtualDistance) and len(part._pins) == 2:
            return f"echo {part._pins[0]} · trig {part._pins[1]}"
        return " · ".join(str(p) for p in part._pins) or "–"
    if isinstance(part, gpiozero.RGBLED):
        return " · ".join(f"{c} {led.pin}" for c, led in zip("RGB", part._leds)) if part._leds else "–"
    if isinstance(part, GPIODevice):
        return str(part._pin) if part._pin is not None else "–"
    return " · ".join(_pin_label(leaf) for leaf in _leaves(part) if leaf is not part) or "–"


def _kind_name(part) -> str:
    """The name a student knows the part by: ``LED``, ``Button``, ``DistanceSensor``."""
    return getattr(type(part), "KIND", type(part).__name__)


def _closed(part) -> bool:
    try:
        return bool(part.closed)
    except Exception:
        return True


def _look(part, name: str) -> dict:
    """Everything the picture of ``part`` shows, as plain values (tests look at this too)."""
    look = {"name": name, "kind": _kind_name(part), "pins": _pin_label(part), "closed": _closed(part)}
    if look["closed"]:
        return {**look, "shape": "closed", "on": False, "text": messages.say("bench_closed")}
    if isinstance(part, gpiozero.RGBLED):
        r, g, b = (float(v) for v in part.value)
        colour = "#" + "".join(f"{round(v * 255):02x}" for v in (r, g, b))
        return {**look, "shape": "led", "on": any((r, g, b)), "colour": colour, "brightness": max(r, g, b),
                "fill": colour if any((r, g, b)) else "#3a3a3a", "text": f"({r:g}, {g:g}, {b:g})"}
    if isinstance(part, _VirtualSensor):
        return {**look, "shape": "sensor", "on": bool(part.is_active), "reading": part._reading, "text": part._text()}
    if isinstance(part, gpiozero.TonalBuzzer):
        tone_ = part.tone
        text = tone_.note if tone_ is not None else messages.say("bench_quiet")
        return {**look, "shape": "buzzer", "on": tone_ is not None, "text": text}
    if isinstance(part, gpiozero.Buzzer):
        on = bool(part.value)
        return {**look, "shape": "buzzer", "on": on, "text": messages.say("bench_beep" if on else "bench_quiet")}
    if isinstance(part, (gpiozero.LED, gpiozero.PWMLED)):
        colour = _colour_for(name)
        level = float(part.value)
        dark = _mix(colour, "#2b2b2b", 0.78)
        text = messages.say("bench_on" if level >= 1 else "bench_off") if level in (0, 1) else f"{round(level * 100)}%"
        return {**look, "shape": "led", "on": level > 0, "colour": colour, "brightness": level,
                "fill": _mix(dark, colour, level), "text": text}
    if isinstance(part, gpiozero.Button):
        on = bool(part.is_pressed)
        return {**look, "shape": "button", "on": on, "text": messages.say("bench_pressed" if on else "bench_not_pressed")}
    if isinstance(part, gpiozero.InputDevice):
        on = _pin_active(part)
        return {**look, "shape": "switch", "on": on, "text": messages.say("bench_active" if on else "bench_inactive")}
    value = part.value
    text = f"{value:.2f}" if isinstance(value, float) else str(value)
    return {**look, "shape": "box", "on": _is_on(value), "text": text}


W, H = 150, 156  # size of one part's picture


def _svg(look: dict) -> str:
    """One part on a strip of breadboard, with its pins below: an accessible SVG picture."""
    e = html.escape
    title = messages.say("bench_picture_title", name=look["name"], kind=look["kind"], pins=look["pins"], state=look["text"])
    holes = "".join(
        f'<circle cx="{x}" cy="{y}" r="1.6" fill="#c9bd9c"/>' for y in (14, 128) for x in range(12, W, 12)
    )
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" role="img" '
        f'aria-label="{e(title)}" data-state="{"on" if look["on"] else "off"}">',
        f"<title>{e(title)}</title>",
        f'<rect x="1" y="1" width="{W - 2}" height="{H - 2}" rx="8" fill="#f4eedc" stroke="#d8cca8"/>',
        holes,
        f'<text x="{W // 2}" y="32" text-anchor="middle" font-family="sans-serif" font-size="13" '
        f'font-weight="bold" fill="#333">{e(look["name"])}</text>',
    ]
    shape, cx, cy = look["shape"], W // 2, 66
    legs = f'<line x1="{cx - 6}" y1="{cy + 14}" x2="{cx - 6}" y2="128" stroke="#8a8a8a" stroke-width="2"/>' \
           f'<line x1="{cx + 6}" y1="{cy + 14}" x2="{cx + 6}" y2="128" stroke="#8a8a8a" stroke-width="2"/>'
    if shape == "led":
        out.append(legs)
        if look["on"]:
            glow = 0.15 + 0.45 * look["brightness"]
            out.append(f'<circle cx="{cx}" cy="{cy}" r="26" fill="{look["colour"]}" opacity="{glow:.2f}"/>')
        out.append(f'<path d="M{cx - 13},{cy + 14} v-16 a13,13 0 0 1 26,0 v16 z" fill="{look["fill"]}" '
                   f'stroke="#555" stroke-width="1.5"/>')
        out.append(f'<rect x="{cx - 16}" y="{cy + 12}" width="32" height="4" rx="1" fill="{look["fill"]}" stroke="#555"/>')
        out.append(f'<ellipse cx="{cx - 5}" cy="{cy - 6}" rx="3" ry="5" fill="#fff" opacity="0.5"/>')
    elif shape == "button":
        out.append(legs)
        press = 3 if look["on"] else 0
        out.append(f'<rect x="{cx - 18}" y="{cy - 16}" width="36" height="32" rx="3" fill="#3c3c3c"/>')
        out.append(f'<circle cx="{cx}" cy="{cy + press - 1}" r="10" fill="{"#2a6bd1" if look["on"] else "#4f8ff0"}" '
                   f'stroke="#1d3f7a" stroke-width="{3 if look["on"] else 1.5}"/>')
    elif shape == "buzzer":
        out.append(legs)
        out.append(f'<circle cx="{cx}" cy="{cy}" r="16" fill="#1f1f1f"/><circle cx="{cx}" cy="{cy}" r="3" fill="#777"/>')
        if look["on"]:
            for r in (22, 28):
                out.append(f'<path d="M{cx + r * 0.7:.0f},{cy - r * 0.7:.0f} a{r},{r} 0 0 1 0,{r * 1.4:.0f}" '
                           f'fill="none" stroke="#e0542a" stroke-width="2.5"/>')
    elif shape in ("sensor", "switch"):
        out.append(legs)
        fill = "#1c6e4a" if shape == "sensor" else "#6b4c9a"
        out.append(f'<rect x="{cx - 24}" y="{cy - 16}" width="48" height="32" rx="4" fill="{fill}"/>')
        if shape == "switch":
            out.append(f'<circle cx="{cx}" cy="{cy}" r="11" fill="{"#ffe27a" if look["on"] else "#e8e8e8"}" opacity="0.95"/>')
        elif look["kind"] == "DistanceSensor":  # two ultrasonic "eyes"
            out.append(f'<circle cx="{cx - 11}" cy="{cy}" r="9" fill="#dfe7ea" stroke="#9aa"/>'
                       f'<circle cx="{cx + 11}" cy="{cy}" r="9" fill="#dfe7ea" stroke="#9aa"/>')
        elif look["kind"] == "TemperatureSensor":  # a thermometer
            level = max(0.0, min(1.0, (look["reading"] + 10) / 50))
            out.append(f'<rect x="{cx - 4}" y="{cy - 12}" width="8" height="20" rx="4" fill="#fff"/>'
                       f'<rect x="{cx - 2}" y="{cy + 6 - 18 * level:.1f}" width="4" height="{18 * level + 2:.1f}" fill="#e0402a"/>'
                       f'<circle cx="{cx}" cy="{cy + 9}" r="5" fill="#e0402a"/>')
        else:  # a light sensor: it glows as bright as the light it sees
            glow = _mix("#3a3a3a", "#ffe27a", look["reading"])
            out.append(f'<circle cx="{cx}" cy="{cy}" r="10" fill="{glow}" stroke="#ccc"/>')
    elif shape == "closed":
        out.append(f'<rect x="{cx - 20}" y="{cy - 16}" width="40" height="32" rx="4" fill="none" stroke="#999" stroke-dasharray="4 3"/>')
    else:
        out.append(legs)
        out.append(f'<rect x="{cx - 22}" y="{cy - 14}" width="44" height="28" rx="4" fill="{"#5b8def" if look["on"] else "#9aa5b1"}"/>')
    width = 8 + 7 * len(look["text"])
    out.append(f'<rect x="{cx - width // 2}" y="{cy + 25}" width="{width}" height="18" rx="9" fill="#fffdf6" '
               f'stroke="#d8cca8"/>')
    out.append(f'<text x="{cx}" y="{cy + 38}" text-anchor="middle" font-family="sans-serif" font-size="12" '
               f'fill="#222" font-weight="bold">{e(look["text"])}</text>')
    lines: list[str] = []
    for item in look["pins"].split(" · "):
        if lines and len(lines[-1]) + 3 + len(item) <= 21:
            lines[-1] += " · " + item
        else:
            lines.append(item)
    top = H - 10 - 12 * len(lines)
    out.append(f'<rect x="8" y="{top}" width="{W - 16}" height="{6 + 12 * len(lines)}" rx="3" fill="#1e4d2b"/>')
    for i, line in enumerate(lines):
        out.append(f'<text x="{cx}" y="{top + 14 + 12 * i}" text-anchor="middle" font-family="monospace" '
                   f'font-size="10.5" fill="#fff">{e(line)}</text>')
    out.append("</svg>")
    return "".join(out)


# --- the breadboard widget -----------------------------------------------------------------
def _throttled(draw, gap: float = REDRAW_GAP):
    """``draw`` now, or (when the last drawing was very recent) once more a moment later."""
    lock = threading.Lock()
    state = {"last": 0.0, "timer": None}

    def later():
        with lock:
            state["timer"], state["last"] = None, time.monotonic()
        draw()

    def poke():
        with lock:
            if state["timer"] is not None:
                return
            wait = state["last"] + gap - time.monotonic()
            if wait > 0:
                state["timer"] = threading.Timer(wait, later)
                state["timer"].daemon = True
                state["timer"].start()
                return
            state["last"] = time.monotonic()
        draw()

    return poke


def _sources(part) -> list:
    """What to listen to for changes of ``part``: its mock pins, or the virtual sensor itself."""
    if isinstance(part, _VirtualSensor):
        return [part]
    return [leaf._pin for leaf in _leaves(part) if isinstance(leaf, GPIODevice) and leaf._pin is not None]


def _controls(part, name: str) -> list:
    """The things a student can click or slide to work an input part."""
    import ipywidgets as w

    if isinstance(part, _VirtualSensor):
        slider = w.FloatSlider(value=part._reading, min=part.LOW, max=part.HIGH, step=part.STEP,
                               description=messages.say(part.LABEL), readout_format=".2f",
                               layout=w.Layout(width=f"{W}px"), style={"description_width": "initial"})
        slider.observe(lambda change: part._set(change["new"]), names="value")
        _listen(part, lambda: setattr(slider, "value", part._reading))
        return [slider]
    if not isinstance(part, gpiozero.InputDevice) or not isinstance(getattr(part, "_pin", None), MockPin):
        return []
    if isinstance(part, gpiozero.Button):
        button = w.Button(description=messages.say("bench_label_press"), icon="hand-pointer-o",
                          tooltip=messages.say("bench_tooltip_press", name=name, pins=_pin_label(part)),
                          layout=w.Layout(width=f"{W}px"))
        button.on_click(lambda _b: None if _closed(part) else click(part, hold=CLICK_HOLD))
        return [button]
    toggle = w.ToggleButton(value=bool(part.is_active), description=messages.say("bench_label_switch"),
                            tooltip=messages.say("bench_tooltip_switch", name=name), layout=w.Layout(width=f"{W}px"))
    toggle.observe(lambda change: None if _closed(part) else (press(part) if change["new"] else release(part)),
                   names="value")
    _listen(part._pin, lambda: setattr(toggle, "value", _pin_active(part)) if not _closed(part) else None)
    return [toggle]


def _pin_active(part) -> bool:
    """Is an input's pin active right now (before gpiozero's smoothing has looked)?"""
    return bool(part._state_to_value(part._pin.state))


def _breadboard_class():
    import ipywidgets as w

    class Board(w.HBox):
        """A row of parts on a breadboard. ``look(part)`` says what a part's picture shows."""

        def __init__(self, parts, names):
            self.parts = list(parts)
            self.names = names
            self.pictures: dict[int, w.HTML] = {}
            self.inputs: dict[int, list] = {}
            self.kept: set[int] = set()  # parts a newer board shows now; this picture keeps their moment
            self.draws: dict[int, object] = {}
            cards = []
            for part in self.parts:
                name = names[id(part)]
                picture = w.HTML(value=_svg(_look(part, name)))
                self.pictures[id(part)] = picture

                def draw(part=part, picture=picture, name=name):
                    if id(part) in self.kept:
                        return
                    try:
                        svg = _svg(_look(part, name))
                    except Exception:  # the part was closed while it changed: the next look says so
                        return
                    if picture.value != svg:
                        picture.value = svg

                self.draws[id(part)] = draw
                redraw = _throttled(draw)
                for source in _sources(part):
                    _listen(source, redraw)
                self.inputs[id(part)] = _controls(part, name)
                cards.append(w.VBox([picture, *self.inputs[id(part)]], layout=w.Layout(margin="0 6px 0 0")))
            super().__init__(cards, layout=w.Layout(flex_flow="row wrap", padding="6px",
                                                    border="2px solid #d8cca8", width="fit-content"))
            self.add_class("artech-bench")
            for part in self.parts:
                older = _NEWEST.get(part)
                if older is not None and older is not self and not older.has_controls():
                    older.keep(part)
                _NEWEST[part] = self
            if any(not isinstance(s, (MockPin, _VirtualSensor)) for p in self.parts for s in _sources(p)) \
                    or any(not _sources(p) for p in self.parts):
                _poll(self)

        def look(self, part) -> dict:
            return _look(part, self.names[id(part)])

        def has_controls(self) -> bool:
            return any(self.inputs.values())

        def keep(self, part) -> None:
            """Draw ``part`` as it is now, and keep that picture: a newer board follows it from here."""
            self.draws[id(part)]()
            self.kept.add(id(part))

        def redraw(self) -> None:
            for part in self.parts:
                if id(part) in self.kept:
                    continue
                try:
                    svg = _svg(self.look(part))
                except Exception:
                    continue
                if self.pictures[id(part)].value != svg:
                    self.pictures[id(part)].value = svg

        def __repr__(self) -> str:
            parts = ", ".join(f"{self.names[id(p)]} ({_kind_name(p)}, {_pin_label(p)})" for p in self.parts)
            return messages.say("bench_board_text", parts=parts)

    return Board


_BOARD = None
_NEWEST: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # part -> the newest board that shows it


def _poll(board) -> None:
    """Real pins tell nobody when they change: look at them ten times a second."""
    ref = weakref.ref(board)

    def run():
        while True:
            time.sleep(POLL_EVERY)
            b = ref()
            if b is None or all(_closed(p) for p in b.parts):
                return
            b.redraw()
            del b

    threading.Thread(target=run, daemon=True).start()


def board(*parts, **named):
    """A breadboard widget with ``parts`` (and ``name=part`` pairs), without showing it yet."""
    __tracebackhide__ = True
    global _BOARD
    _choose_pins()
    flat = []
    for part in list(parts) + list(named.values()):
        if part is Ellipsis:
            raise TypeError(messages.say("bench_blank_part", what="show"))
        if isinstance(part, (list, tuple)) and not isinstance(part, GPIOBase):
            flat.extend(part)
            continue
        if not isinstance(part, (GPIOBase, _VirtualSensor)):
            raise TypeError(messages.say("bench_not_a_part", kind=messages.kind_name(part), value=repr(part)[:40]))
        if isinstance(part, CompositeDevice) and not isinstance(part, gpiozero.TonalBuzzer):
            flat.extend(_leaves(part))
        else:
            flat.append(part)
    if not flat:
        raise TypeError(messages.say("bench_nothing_to_show"))
    names = _names(flat)
    for key, part in named.items():
        names[id(part)] = key
    for part in flat:
        names.setdefault(id(part), type(part).__name__)
        for source in _sources(part):
            if isinstance(source, MockPin):
                _watch(source)
    if _BOARD is None:
        _BOARD = _breadboard_class()
    return _BOARD(flat, names)


def show(*parts, **named) -> None:
    """Show parts on a breadboard under this cell, now. The pictures follow the parts from then on."""
    __tracebackhide__ = True
    from IPython.display import display

    display(board(*parts, **named))


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


# --- mistakes, in gpiozero's own kinds of error ------------------------------------------------
COMMON = ("on", "off", "toggle", "blink", "pulse", "value", "is_lit", "is_active", "is_pressed",
          "when_pressed", "when_released", "when_held", "wait_for_press", "color", "beep", "play", "stop",
          "distance", "when_in_range", "when_motion", "motion_detected", "light_detected", "close")


def _scopes():
    """The names in the student's code: locals and globals of each calling frame."""
    for frame in _student_frames():
        yield frame.f_locals
        yield frame.f_globals


def _owner_name(part) -> str:
    for scope in _scopes():
        for name, value in list(scope.items()):
            if value is part and not name.startswith("_"):
                return name
    return ""


def _no_attribute(part, name: str) -> AttributeError:
    cls = type(part)
    choices = [a for a in dir(cls) if not a.startswith("_")]
    can = ", ".join(f"`{a}`" for a in COMMON if a in choices) or ", ".join(f"`{a}`" for a in choices[:8])
    return AttributeError(messages.say("bench_no_attribute", kind=_kind_name(part), name=name,
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
                who = _owner_name(self) or type(self).__name__.lower()
                raise AttributeError(messages.say("bench_method_not_value", name=name, var=who,
                                                  kind=_kind_name(self))) from None
        return original(self, name, value)

    __setattr__._artech = True
    return __setattr__


def _wrap_reserve_pins(original):
    def reserve_pins(self, requester, *names):
        __tracebackhide__ = True
        try:
            return original(self, requester, *names)
        except GPIOPinInUse:
            holder, pin = _holder(self, requester, names)
            if holder is None:
                raise
            var, whole = _owner_name(holder), holder
            if not var:
                var, whole = _owner_of_child(holder)
            if not var:
                raise GPIOPinInUse(messages.say("bench_pin_in_use_unknown", pin=pin, kind=_kind_name(holder))) from None
            raise GPIOPinInUse(messages.say("bench_pin_in_use", pin=pin, kind=_kind_name(whole), name=var)) from None

    reserve_pins._artech = True
    return reserve_pins


def _holder(factory, requester, names):
    for name in names:
        for _header, info in factory.board_info.find_pin(name):
            for ref in factory._reservations.get(info, []):
                other = ref()
                if other is not None and requester._conflicts_with(other):
                    return other, info.name
    return None, ""


def _owner_of_child(part) -> tuple[str, object]:
    """For an LED inside TrafficLights or an RGBLED: the name of the whole part, and the part."""
    for scope in _scopes():
        for name, value in list(scope.items()):
            if name.startswith("_") or not isinstance(value, GPIOBase) or value is part:
                continue
            if any(leaf is part for leaf in _leaves(value)):
                return name, value
    return "", None


def _method_text(obj, p, cycle) -> None:
    """``led.on`` without brackets: say how to make it happen instead of showing a bound method."""
    owner = getattr(obj, "__self__", None)
    if isinstance(owner, (GPIOBase, _VirtualSensor)) and not obj.__name__.startswith("_"):
        var = _owner_name(owner) or type(owner).__name__.lower()
        p.text(messages.say("bench_method_not_called", var=var, name=obj.__name__, kind=_kind_name(owner)))
    else:
        p.text(repr(obj))


def _showwarning(message, category, filename, lineno, file=None, line=None):
    """gpiozero's warning about ``when_pressed = led.on()`` (with brackets), in beginner words."""
    if issubclass(category, CallbackSetToNone):
        print(messages.say("bench_callback_none"), file=file or sys.stderr)
        return
    return _SHOWWARNING(message, category, filename, lineno, file, line)


_SHOWWARNING = warnings.showwarning


def _install() -> None:
    """Beginner words for gpiozero's mistakes, the IPython hooks, and mock pins on a laptop."""
    if not getattr(GPIOBase.__setattr__, "_artech", False):
        GPIOBase.__setattr__ = _wrap_setattr(GPIOBase.__setattr__)
    if "__getattr__" not in GPIOBase.__dict__:
        GPIOBase.__getattr__ = _friendly_getattr
    if not getattr(CompositeDevice.__getattr__, "_artech", False):
        CompositeDevice.__getattr__ = _wrap_composite_getattr(CompositeDevice.__getattr__)
    if not getattr(Factory.reserve_pins, "_artech", False):
        Factory.reserve_pins = _wrap_reserve_pins(Factory.reserve_pins)
    if warnings.showwarning is not _showwarning:
        warnings.showwarning = _showwarning
    _choose_pins()
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover
        return
    shell = get_ipython()
    if shell is None:
        return
    callbacks = shell.events.callbacks.get("pre_run_cell", [])
    if not any(getattr(cb, "__name__", "") == "_cell_started" for cb in callbacks):
        shell.events.register("pre_run_cell", _cell_started)
        _cell_started()  # the cell importing the kit is running now
    shell.display_formatter.formatters["text/plain"].for_type(types.MethodType, _method_text)


_install()

from .sound import RATE, chord, draw_wave, melody, note, play, save_wav, silence, tone  # noqa: E402
