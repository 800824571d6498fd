"""The virtual bench: Raspberry Pi parts you can see and use in a notebook.

Student code is ordinary gpiozero code. One line from the kit shows the parts::

    from gpiozero import LED, Button
    from artech import bench

    led = LED(17)
    button = Button(2)
    bench.show(led, button)      # a small breadboard with both parts and their pins
    led.on()                     # the LED on the breadboard lights up

How it works, so a teacher can trust it. One module, one job:

* ``pins`` — mock pins on a laptop, gpiozero's own choice on a Raspberry Pi; a cell that makes a
  part again (``led = LED(17)`` run twice) gets its pin back with a short note.
* ``timeline`` — what each pin did and in which cell: ``history``, ``blinks``, ``steps``. A check
  looks at the exercise cell (the last cell that changed or named the parts, never a check cell),
  so running a check twice, or a cell in between, gives the same verdict.
* ``inputs`` — ``press``, ``release``, ``click`` and ``press_and_see``: a finger on a mock pin.
* ``buzzer`` — ``listen`` and ``played``: what a ``Buzzer`` or ``TonalBuzzer`` played, heard again.
* ``sensors`` — virtual ``LightSensor``, ``DistanceSensor``, ``TemperatureSensor`` with a slider or ``replay``.
* ``looks`` and ``svg`` — what a part's picture shows, and the accessible drawing of it.
* ``breadboard`` — ``board`` and ``show``: the widget, its **Press** (hold) button, switches and sliders.
* ``mistakes`` and ``errors`` — typos and pin mix-ups in beginner words, as ``KitError`` kinds.
* ``servo`` — a ``Servo`` or ``AngularServo`` drawn with its arm, and kind words at its end stops.
* ``robot`` — ``drive``, ``path``, ``place``, ``carry``: a ``Robot`` on a virtual floor, its path as a picture.
* ``fresh`` — ``reset()``; ``hooks`` — what importing the bench adds to gpiozero and IPython.

``artech.bench`` also gives the sound tools (``tone``, ``play``…), so a tinkering lesson needs one import.
"""

from __future__ import annotations

from .buzzer import BEEP_HZ, Heard, listen, note_name, played
from .breadboard import POLL_EVERY, REDRAW_GAP, board, show
from .errors import BenchAttributeError, BenchError, NoSuchPin, PinInUse, ToneOutOfRange
from .fresh import reset
from .inputs import FOLLOW_LIMIT, click, press, press_and_see, release
from .looks import COLOUR_WORDS, COLOURS
from .mistakes import COMMON, _method_text
from .pins import BenchFactory, on_a_pi
from .robot import Floor, SpeedOutOfRange, carry, drive, moves, path, place
from . import robot as _robot
from .servo import ServoOutOfRange
from . import servo as _servo
from .sensors import DistanceSensor, LightSensor, TemperatureSensor, replay, set_noise, set_reading
from .timeline import LOG_LENGTH, _cell_finished, _cell_started, blinks, exercise_start, history, steps
from . import hooks as _hooks

__all__ = [
    "Floor", "SpeedOutOfRange", "carry", "drive", "moves", "path", "place",
    "show", "board", "press", "release", "click", "press_and_see", "history", "blinks", "steps", "exercise_start",
    "reset", "set_reading", "set_noise", "replay", "LightSensor", "DistanceSensor", "TemperatureSensor", "on_a_pi",
    "BenchError", "BenchAttributeError", "PinInUse", "NoSuchPin", "ToneOutOfRange", "ServoOutOfRange",
    "listen", "played", "note_name", "Heard", "BEEP_HZ",
    "RATE", "tone", "silence", "note", "melody", "chord", "play", "draw_wave", "save_wav",
]

_hooks.install()
_robot.install()
_servo.install()

from ..sound import RATE, chord, draw_wave, melody, note, play, save_wav, silence, tone  # noqa: E402
