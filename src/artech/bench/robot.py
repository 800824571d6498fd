"""A virtual robot on a virtual floor: where gpiozero's ``Robot`` drives, worked out from its motor pins.

Student code is ordinary gpiozero code, the same on a real Raspberry Pi with a real robot::

    from gpiozero import Robot, Motor
    from time import sleep
    from artech import bench

    robot = Robot(left=Motor(4, 14), right=Motor(17, 18))
    robot.forward(0.5)
    sleep(0.4)
    robot.stop()
    bench.drive(robot)           # the floor from above, with the path the robot drove

How it works, so a teacher can trust it:

* A ``Floor`` is plain data: its size in metres and its obstacles (rectangles). The edges are walls.
* ``path(robot)`` reads what the four motor pins did (``timeline.steps`` with ``seconds=True``, the same
  history the checks read) and drives a differential-drive model with it: each wheel's speed is its
  motor's value (-1 to 1) times ``TOP_SPEED``; the robot turns by the difference of the two wheels.
  A robot that reaches a wall or an obstacle stops there (``bumped``), as a real one would push
  against it.
* ``picture(...)`` draws the floor and the path as an accessible SVG (``role="img"``, a title that
  says in words where the robot went); ``drive`` shows it.
* ``carry(robot, sensor)`` puts a bench ``DistanceSensor`` on the robot's nose: while the robot
  drives, the sensor reads the distance to the first wall or obstacle straight ahead.
  ``carry(robot, sensor, on=servo)`` puts it on a servo's arm, so it looks where the servo points;
  ``delay=0.25`` makes it answer a quarter of a second late, as a real smoothing sensor does. Each
  ``place`` starts the sensor's trip again at the start line, as ``drive`` starts each cell's route there.
* Mistakes in beginner words: a speed outside 0-1 (``robot.forward(2)``) is a ``SpeedOutOfRange``;
  a robot still driving when the picture is made gets a note (``robot.stop()`` forgotten).
"""

from __future__ import annotations

import html
import math
import threading
import time
import weakref
from dataclasses import dataclass, field

import gpiozero
from gpiozero import Motor, Robot

from .. import messages
from ..errors import KitError
from .errors import BenchError
from .parts import owner_name
from .pins import mocking
from .timeline import steps

TOP_SPEED = 0.5   # metres a second at speed 1 (a small classroom robot)
WHEEL_GAP = 0.5 / math.pi  # metres between the wheels (about 16 cm): at speed 1 a spin on the spot takes 1 second
SIZE = 0.12       # how wide the robot is drawn (metres)
STEP = 0.01       # seconds per step of the model


class SpeedOutOfRange(KitError, ValueError):
    """A motor speed outside 0 to 1, like ``robot.forward(2)``."""


@dataclass
class Floor:
    """A rectangle of floor, ``width`` by ``depth`` metres, with obstacles ``(x, y, width, depth)``.

    (0, 0) is the bottom left corner; x goes right, y goes up (away from you)."""

    width: float = 2.0
    depth: float = 1.5
    obstacles: list = field(default_factory=list)

    def blocked(self, x: float, y: float, margin: float = SIZE / 2) -> bool:
        if not (margin <= x <= self.width - margin and margin <= y <= self.depth - margin):
            return True
        return any(ox - margin <= x <= ox + ow + margin and oy - margin <= y <= oy + od + margin
                   for ox, oy, ow, od in self.obstacles)

    def distance_ahead(self, x: float, y: float, heading: float, limit: float = 4.0) -> float:
        """Metres from (x, y), looking along ``heading`` (degrees, 0 = right, 90 = up), to a wall or obstacle."""
        dx, dy = math.cos(math.radians(heading)), math.sin(math.radians(heading))
        best = limit
        for t in _hits(x, y, dx, dy, 0.0, 0.0, self.width, self.depth, inside=True):
            best = min(best, t)
        for ox, oy, ow, od in self.obstacles:
            for t in _hits(x, y, dx, dy, ox, oy, ox + ow, oy + od, inside=False):
                best = min(best, t)
        return max(0.0, best)


def _hits(x, y, dx, dy, x0, y0, x1, y1, inside):
    """Distances along the ray to the sides of a box (the walls from inside, an obstacle from outside)."""
    out = []
    for edge, d, p, lo, hi, q, qd in ((x0, dx, x, y0, y1, y, dy), (x1, dx, x, y0, y1, y, dy),
                                       (y0, dy, y, x0, x1, x, dx), (y1, dy, y, x0, x1, x, dx)):
        if abs(d) < 1e-12:
            continue
        t = (edge - p) / d
        if t < 0:
            continue
        if lo - 1e-9 <= q + qd * t <= hi + 1e-9:
            out.append(t)
    return out


@dataclass
class Trip:
    """Where the robot went: ``points`` [(x, y)], its last ``heading``, and what happened on the way."""

    points: list
    heading: float
    seconds: float
    bumped: bool = False
    moving: bool = False  # the motors were still on at the end: robot.stop() forgotten
    turns: int = 0        # how many times it turned on the spot or curved (a change of heading)
    floor: Floor = None

    @property
    def x(self):
        return self.points[-1][0]

    @property
    def y(self):
        return self.points[-1][1]

    @property
    def length(self) -> float:
        return sum(math.dist(a, b) for a, b in zip(self.points, self.points[1:]))


_START = weakref.WeakKeyDictionary()   # robot -> (x, y, heading)
_FLOOR = weakref.WeakKeyDictionary()   # robot -> Floor


def place(robot, x=None, y=None, heading=90.0, floor=None) -> None:
    """Put ``robot`` on ``floor`` at (x, y) in metres, facing ``heading`` degrees (90 = up). Default: the middle."""
    __tracebackhide__ = True
    _robot(robot)
    floor = floor or _FLOOR.get(robot) or Floor()
    _FLOOR[robot] = floor
    _START[robot] = (floor.width / 2 if x is None else float(x), floor.depth / 2 if y is None else float(y),
                     float(heading))
    _restart_carried(robot)


def _robot(robot):
    __tracebackhide__ = True
    if not isinstance(robot, Robot):
        raise BenchError(messages.say("bench_not_a_robot", kind=messages.kind_name(robot)))
    return robot


def _wheels(robot):
    """The four mock pins' devices in order: left forward, left backward, right forward, right backward."""
    return (robot.left_motor.forward_device, robot.left_motor.backward_device,
            robot.right_motor.forward_device, robot.right_motor.backward_device)


def moves(robot, since="exercise") -> list:
    """The moves the robot made: ``[((left, right), seconds), ...]``, each wheel's value from -1 to 1."""
    out = []
    line = steps(*_wheels(_robot(robot)), since=since, seconds=True)
    for i, ((lf, lb, rf, rb), seconds) in enumerate(line):
        if seconds < 0.005 and i < len(line) - 1:  # the moment between one motor changing and the other: no move
            continue
        wheels = (round(float(lf) - float(lb), 3), round(float(rf) - float(rb), 3))
        if out and out[-1][0] == wheels:
            out[-1] = (wheels, round(out[-1][1] + seconds, 3))
        else:
            out.append((wheels, seconds))
    return out


def path(robot, since="exercise", floor=None, start=None) -> Trip:
    """Drive the model with what the motors did: the ``Trip`` from ``start`` (x, y, heading)."""
    __tracebackhide__ = True
    _robot(robot)
    floor = floor or _FLOOR.get(robot) or Floor()
    x, y, heading = start or _START.get(robot) or (floor.width / 2, floor.depth / 2, 90.0)
    return _drive(moves(robot, since), floor, x, y, heading)


def _drive(plan, floor, x, y, heading) -> Trip:
    points, bumped, turns, total = [(x, y)], False, 0, 0.0
    moving = bool(plan) and plan[-1][0] != (0.0, 0.0)
    for (left, right), seconds in plan:
        total += seconds
        if (left, right) == (0.0, 0.0) or bumped:
            continue
        if abs(left - right) > 1e-6:
            turns += 1
        n = max(1, round(seconds / STEP))
        dt = seconds / n
        v = (left + right) / 2 * TOP_SPEED
        w = math.degrees((right - left) * TOP_SPEED / WHEEL_GAP)
        for _ in range(n):
            heading += w * dt / 2
            nx = x + v * dt * math.cos(math.radians(heading))
            ny = y + v * dt * math.sin(math.radians(heading))
            heading += w * dt / 2
            if abs(v) > 1e-9 and floor.blocked(nx, ny):
                bumped = True
                break
            x, y = nx, ny
            if math.dist(points[-1], (x, y)) >= 0.01:
                points.append((x, y))
        if points[-1] != (x, y):
            points.append((x, y))
    return Trip(points, heading % 360, round(total, 3), bumped, moving, turns, floor)


# --- the picture ---------------------------------------------------------------------------------
PX = 200  # pixels per metre


def picture(trip: Trip, name: str = "robot") -> str:
    """The floor from above with the robot's path: an accessible SVG picture."""
    e = html.escape
    floor = trip.floor or Floor()
    w, h = round(floor.width * PX), round(floor.depth * PX)
    sx = lambda x: round(10 + x * PX, 1)   # noqa: E731
    sy = lambda y: round(10 + (floor.depth - y) * PX, 1)   # noqa: E731
    start, end = trip.points[0], trip.points[-1]
    title = messages.say("bench_robot_alt", name=name, metres=f"{trip.length:.2f}", turns=trip.turns,
                         x=f"{end[0]:.2f}", y=f"{end[1]:.2f}", sx=f"{start[0]:.2f}", sy=f"{start[1]:.2f}",
                         count=trip.turns)
    if trip.bumped:
        title += " " + messages.say("bench_robot_bumped", name=name)
    if trip.moving:
        title += " " + messages.say("bench_robot_still_moving", name=name)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w + 20}" height="{h + 20}" viewBox="0 0 {w + 20} {h + 20}" '
           f'role="img" aria-label="{e(title)}">', f"<title>{e(title)}</title>",
           f'<rect x="10" y="10" width="{w}" height="{h}" fill="#f6f1e4" stroke="#5a4a32" stroke-width="4"/>']
    for i in range(1, int(floor.width / 0.25) + 1):  # a grid every 25 cm, stronger every metre
        gx = sx(i * 0.25)
        if gx < 10 + w:
            out.append(f'<line x1="{gx}" y1="10" x2="{gx}" y2="{10 + h}" stroke="#d9cfb5" stroke-width="{1.5 if i % 4 == 0 else 0.6}"/>')
    for i in range(1, int(floor.depth / 0.25) + 1):
        gy = sy(i * 0.25)
        if gy > 10:
            out.append(f'<line x1="10" y1="{gy}" x2="{10 + w}" y2="{gy}" stroke="#d9cfb5" stroke-width="{1.5 if i % 4 == 0 else 0.6}"/>')
    for ox, oy, ow, od in floor.obstacles:
        out.append(f'<rect x="{sx(ox)}" y="{sy(oy + od)}" width="{round(ow * PX, 1)}" height="{round(od * PX, 1)}" '
                   f'fill="#7b8794" stroke="#3e4a56" stroke-width="2"/>')
    out.append(f'<text x="{10 + w - 4}" y="{6 + h}" text-anchor="end" font-family="sans-serif" font-size="11" '
               f'fill="#7a6a4f">{e(messages.say("bench_robot_grid"))}</text>')
    line = " ".join(f"{sx(px)},{sy(py)}" for px, py in trip.points)
    out.append(f'<polyline points="{line}" fill="none" stroke="#d1495b" stroke-width="4" stroke-linejoin="round" '
               f'stroke-linecap="round"/>')
    out.append(f'<circle cx="{sx(start[0])}" cy="{sy(start[1])}" r="6" fill="#fff" stroke="#d1495b" stroke-width="3"/>')
    r = SIZE / 2 * PX
    a = math.radians(trip.heading)
    cx, cy = sx(end[0]), sy(end[1])
    nose = (round(cx + r * math.cos(a), 1), round(cy - r * math.sin(a), 1))
    out.append(f'<circle cx="{cx}" cy="{cy}" r="{r:.1f}" fill="#2e86ab" stroke="#1b4f66" stroke-width="2" opacity="0.9"/>')
    out.append(f'<line x1="{cx}" y1="{cy}" x2="{nose[0]}" y2="{nose[1]}" stroke="#fff" stroke-width="4" stroke-linecap="round"/>')
    if trip.bumped:
        out.append(f'<circle cx="{nose[0]}" cy="{nose[1]}" r="7" fill="#ffb000" stroke="#8a5a00" stroke-width="2"/>')
    out.append("</svg>")
    return "".join(out)


def _picture_widget(svg: str, text: str):
    """The picture as a widget (like the breadboard), so its stored output is the same text every run:
    the exact path wanders by a few milliseconds of ``sleep`` from one run to the next."""
    import ipywidgets as w

    class FloorPicture(w.HTML):
        def __repr__(self) -> str:
            return text

    return FloorPicture(value=svg)


def drive(robot, since="exercise", floor=None, start=None) -> None:
    """Show the floor and the path ``robot`` drove (in the exercise cell, or ``since``)."""
    __tracebackhide__ = True
    trip = path(robot, since=since, floor=floor, start=start)
    name = owner_name(robot) or "robot"
    if trip.moving:
        print(messages.say("bench_robot_forgot_stop", name=name))
    try:
        from IPython.display import display
        display(_picture_widget(picture(trip, name), messages.say("bench_robot_text", name=name)))
    except ImportError:  # pragma: no cover
        pass


# --- a distance sensor on the robot's nose -------------------------------------------------------
@dataclass(eq=False)
class _Carried:
    """One sensor on one robot: where its trip counts from, the servo it sits on, how late it answers."""

    robot: object
    since: float
    on: object = None
    delay: float = 0.0
    every: float = 0.02


_CARRIED = weakref.WeakKeyDictionary()  # sensor -> _Carried (a new carry or place starts a new one)


def _cut(plan: list, seconds: float) -> list:
    """The plan without its last ``seconds``: the moves up to that long ago."""
    out = list(plan)
    while out and seconds > 1e-9:
        wheels, lasted = out[-1]
        if lasted <= seconds:
            out.pop()
            seconds -= lasted
        else:
            out[-1] = (wheels, lasted - seconds)
            seconds = 0.0
    return out


def reading_for(robot, since="all", look: float = 0.0, delay: float = 0.0) -> float:
    """What a sensor on the robot's nose reads now: metres to the first thing straight ahead, or ``look``
    degrees to the left of ahead (a sensor on a servo; negative is to the right). With a ``delay`` it reads
    where the robot was ``delay`` seconds ago, as a real sensor that smooths its measurements answers late."""
    if delay > 0:
        floor = _FLOOR.get(robot) or Floor()
        x, y, heading = _START.get(robot) or (floor.width / 2, floor.depth / 2, 90.0)
        trip = _drive(_cut(moves(robot, since), delay), floor, x, y, heading)
    else:
        trip = path(robot, since=since)
    floor = trip.floor
    nose_x = trip.x + SIZE / 2 * math.cos(math.radians(trip.heading))
    nose_y = trip.y + SIZE / 2 * math.sin(math.radians(trip.heading))
    return floor.distance_ahead(nose_x, nose_y, trip.heading + look)


def servo_angle(servo) -> float:
    """Where a servo points, in degrees to the left of its middle: an ``AngularServo``'s ``angle`` measured
    from the middle of its range, a ``Servo``'s value times 90. A loose servo (no value) points ahead."""
    if servo is None or servo.value is None:
        return 0.0
    if isinstance(servo, gpiozero.AngularServo):
        return float(servo.angle) - (servo.min_angle + servo.max_angle) / 2
    return float(servo.value) * 90.0


def _follow(sensor, me: _Carried, every: float) -> None:
    """Put the reading for ``me`` on the sensor now, and keep doing so in a thread until ``me`` is replaced."""
    def read():
        return reading_for(me.robot, since=me.since, look=servo_angle(me.on), delay=me.delay)

    def follow():
        while not sensor.closed and not getattr(me.robot, "closed", True) and _CARRIED.get(sensor) is me:
            if me.on is not None and me.on.closed:
                return
            try:
                sensor._set(read())
            except Exception:
                return
            time.sleep(every)

    _CARRIED[sensor] = me
    sensor._set(read())
    threading.Thread(target=follow, daemon=True).start()


def _restart_carried(robot) -> None:
    """``place`` put the robot back on the floor: each sensor it carries starts its trip there, and reads it now."""
    for sensor, carried in list(_CARRIED.items()):
        if carried.robot is robot and not sensor.closed:
            _follow(sensor, _Carried(robot, time.monotonic(), carried.on, carried.delay, carried.every), carried.every)


def carry(robot, sensor, every: float = 0.02, on=None, delay: float = 0.0) -> None:
    """Put a bench ``DistanceSensor`` on the robot: while it drives, the sensor reads what is ahead.

    ``on=servo`` puts the sensor on a servo's arm (a ``Servo`` or ``AngularServo`` on the robot's nose):
    it then looks where the servo points, from 90 degrees right to 90 degrees left of ahead.
    ``delay`` (seconds) makes it answer late, like a real sensor: gpiozero's ``DistanceSensor`` gives the
    median of its last 9 measurements, taken about 0.06 s apart, so what it says is a moment old.
    The trip counts from the moment of ``carry`` and starts again at each ``place``: place the robot on its
    start line in the cell that drives, as ``drive`` draws every cell from the start. Carrying the sensor
    again replaces the old carry. On a Raspberry Pi a real ``DistanceSensor`` is on the real robot already:
    nothing to do."""
    __tracebackhide__ = True
    _robot(robot)
    from .sensors import _VirtualDistance
    if isinstance(sensor, gpiozero.DistanceSensor) and not isinstance(sensor, _VirtualDistance) and not mocking():
        return  # on a Raspberry Pi: a real sensor on a real robot measures the real floor
    if not isinstance(sensor, _VirtualDistance):
        raise BenchError(messages.say("bench_robot_not_distance", kind=messages.kind_name(sensor)))
    if on is not None and not isinstance(on, gpiozero.Servo):
        raise BenchError(messages.say("bench_robot_not_servo", kind=messages.kind_name(on)))
    _follow(sensor, _Carried(robot, time.monotonic(), on, max(0.0, float(delay)), every), every)


# --- kind words for a speed out of range ---------------------------------------------------------
def _wrap_speed(original, way):
    def move(self, speed=1, *args, **kwargs):
        __tracebackhide__ = True
        if isinstance(speed, (int, float)) and not isinstance(speed, bool) and not 0 <= speed <= 1:
            raise SpeedOutOfRange(messages.say("bench_speed_out_of_range", speed=speed, way=way)) from None
        return original(self, speed, *args, **kwargs)

    move._artech = True
    move.__name__, move.__doc__ = original.__name__, original.__doc__
    return move


def install() -> None:
    """Kind words for ``robot.forward(2)``, on every Motor (real pins too)."""
    for cls in (Motor, gpiozero.PhaseEnableMotor):
        for way in ("forward", "backward"):
            method = getattr(cls, way)
            if not getattr(method, "_artech", False):
                setattr(cls, way, _wrap_speed(method, way))
