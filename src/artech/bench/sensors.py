"""Virtual sensors with gpiozero's names, whose reading comes from a slider or a recorded series.

gpiozero's light and distance sensors time real electric signals, which a mock pin cannot do honestly.
On a Raspberry Pi ``LightSensor`` and ``DistanceSensor`` are gpiozero's own classes, so the code stays the same.
"""

from __future__ import annotations

import threading
import time

import numpy as np

import gpiozero
from gpiozero import Device
from gpiozero.mixins import EventsMixin

from .. import messages
from .errors import BenchError
from .pins import mocking
from .timeline import SelfLogging, changed_now


class _VirtualSensor(SelfLogging, EventsMixin, Device):
    """A sensor whose reading comes from a slider or a list; it holds its pins like a real one."""

    KIND, LABEL = "Sensor", "bench_label_light"
    UNIT = ""
    LOW, HIGH, START, STEP = 0.0, 1.0, 0.5, 0.01

    def __init__(self, *pins, threshold=0.5, pin_factory=None):
        self._pins = ()
        self._reading = self.START
        self._replayer = None
        self._noise = 0.0  # how far a measurement may wander from the true reading (set_noise)
        self._rng = np.random.default_rng(0)
        super().__init__(pin_factory=pin_factory)
        names = tuple(p for p in pins if p is not None)
        self.pin_factory.reserve_pins(self, *names)
        self._pins = tuple(self.pin_factory.pin(p) for p in names)
        self.threshold = threshold
        self._start_log(self._reading)
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
        changed_now(self, reading)
        self._fire_events(self.pin_factory.ticks(), self.is_active)

    def _measured(self) -> float:
        """The reading as the sensor measures it: the true reading, plus noise when ``set_noise`` asked for it."""
        if not self._noise:
            return self._reading
        return float(min(max(self._reading + self._rng.normal(0.0, self._noise), self.LOW), self.HIGH))

    @property
    def value(self):
        """The reading as a number from 0 to 1."""
        return (self._measured() - self.LOW) / (self.HIGH - self.LOW)

    @property
    def is_active(self):
        return self.value > self.threshold

    def _text(self) -> str:
        return f"{self._reading:.2f}{self.UNIT}"

    def _pin_text(self) -> str:
        return " · ".join(str(p) for p in self._pins) or "–"

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
        return self._measured()

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

    def _pin_text(self):
        if len(self._pins) == 2:
            return f"echo {self._pins[0]} · trig {self._pins[1]}"
        return super()._pin_text()


class _VirtualTemperature(_VirtualSensor):
    """A thermometer: ``temperature`` in °C; ``is_active`` above ``threshold`` (like CPUTemperature)."""

    KIND, LABEL = "TemperatureSensor", "bench_label_temperature"
    UNIT = " °C"
    LOW, HIGH, START, STEP = -10.0, 40.0, 20.0, 0.5

    def __init__(self, pin=None, *, threshold=25.0, **_ignored):
        super().__init__(pin, threshold=threshold)

    @property
    def temperature(self):
        return self._measured()

    @property
    def is_active(self):
        return self._reading > self.threshold

    def _text(self):
        return f"{self._reading:.1f} °C"


def LightSensor(pin=None, **options):
    """A light sensor: virtual (with a slider) on a laptop, gpiozero's LightSensor on a Raspberry Pi."""
    if mocking():
        return _VirtualLight(pin, **options)
    return gpiozero.LightSensor(pin, **options)


def DistanceSensor(echo=None, trigger=None, **options):
    """A distance sensor: virtual (with a slider) on a laptop, gpiozero's DistanceSensor on a Raspberry Pi."""
    if mocking():
        return _VirtualDistance(echo, trigger, **options)
    return gpiozero.DistanceSensor(echo, trigger, **options)


def TemperatureSensor(pin=4, **options):
    """A virtual thermometer (gpiozero has no temperature part; on a Pi use a DS18B20 library)."""
    return _VirtualTemperature(pin, **options)


def _virtual(sensor) -> _VirtualSensor:
    __tracebackhide__ = True
    if not isinstance(sensor, _VirtualSensor):
        raise BenchError(messages.say("bench_not_virtual", kind=type(sensor).__name__))
    return sensor


# gpiozero's own sensors, which a lesson's LightSensor and DistanceSensor are on a Raspberry Pi
_REAL_SENSORS = (gpiozero.LightSensor, gpiozero.DistanceSensor)


def _real_sensor(sensor, key: str) -> bool:
    """On a Raspberry Pi a lesson's sensor is a real one, which measures the room itself. The cell that would
    set its reading says so and goes on, so the same lesson runs on a Pi; anything else is still a mistake."""
    if isinstance(sensor, _REAL_SENSORS) and not isinstance(sensor, _VirtualSensor) and not mocking():
        print(messages.say(key, kind=type(sensor).__name__))
        return True
    return False


def set_reading(sensor, reading) -> None:
    """Set what a virtual sensor measures: 0 to 1 for light, metres for distance, °C for temperature.

    On a Raspberry Pi, where the sensor is real, it says how to change what the sensor measures instead."""
    __tracebackhide__ = True
    if _real_sensor(sensor, "bench_real_sensor_reading"):
        return
    _virtual(sensor)._set(reading)


def set_noise(sensor, amount, seed=None) -> None:
    """Make a virtual sensor measure like a real one: each reading wanders a little from the true value.

    ``amount`` is how far, in the sensor's own units (0 to 1 for light, metres, °C): the spread
    (standard deviation) of random noise with a normal distribution. A ``seed`` makes the same
    readings every time the notebook runs. ``set_noise(sensor, 0)`` measures exactly again."""
    __tracebackhide__ = True
    if _real_sensor(sensor, "bench_real_sensor_noise"):
        return
    part = _virtual(sensor)
    if amount is Ellipsis or isinstance(amount, bool) or not isinstance(amount, (int, float)):
        raise BenchError(messages.say("bench_noise_not_a_number", value=repr(amount)[:40]))
    if amount < 0:
        raise BenchError(messages.say("bench_noise_negative", value=amount))
    part._noise = float(amount)
    part._rng = np.random.default_rng(seed)


def replay(sensor, readings, every: float = 0.5, background: bool = True):
    """Play a recorded series into a virtual sensor, one reading every ``every`` seconds."""
    __tracebackhide__ = True
    if _real_sensor(sensor, "bench_real_sensor_reading"):
        return None
    _virtual(sensor)
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
