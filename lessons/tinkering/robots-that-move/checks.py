"""The checks for *Robots that move* (tinkering-robots-that-move).

They run in the kit, never in the student's notebook. `bench.path(robot)` rebuilds the route from what
the four motor pins did in the exercise cell (the last cell before the check that drove or named the
robot), so a check run twice gives the same verdict. Every sentence goes through `_` (Dutch: checks.nl.po)."""

import math
import time

from gpiozero import Robot

from artech.checks import exercise, _, _n
from artech import bench


def _robot(see):
    robot = see.value("robot", Robot)
    see.that(not robot.closed, _("`robot` is closed, so its motors can't turn any more. "
                                 "Run the cell that makes `robot` again, then this exercise."))
    return robot


def _trip(see, robot, since="exercise", start=None):
    """The route of the exercise; a robot still driving is stopped, and that is the message."""
    trip = bench.path(robot, since=since, start=start)
    if trip.moving:
        robot.stop()
        see.that(False, _("Your robot was still driving when the cell ended. A real robot would drive on "
                          "until it hits the wall. End every route with `robot.stop()`."))
    see.that(trip.length > 0.02 or trip.turns, _("I didn't see the robot move in the cell above. Start the motors "
                                                 "(`robot.forward(1)`), wait with `sleep(...)`, and only then "
                                                 "`robot.stop()`."))
    return trip


def _cm(metres):
    return round(metres * 100)


def _box(trip):
    xs, ys = [p[0] for p in trip.points], [p[1] for p in trip.points]
    return max(xs) - min(xs), max(ys) - min(ys)


@exercise("fifty-cm", hints=[
    _("Three steps: start the motors, wait, stop. The waiting decides how far the robot gets."),
    _("At speed 1 the robot drives 50 cm in one second. So: `robot.forward(1)`, then `sleep(...)` for one second, "
      "then `robot.stop()`."),
], praise=_("Fifty centimetres: speed times time is distance, also for a robot."))
def fifty_cm(see):
    robot = _robot(see)
    trip = _trip(see, robot)
    see.that(not trip.bumped, _("Your robot bumped into the wall. Drive less long, and check it starts at the circle."))
    see.that(trip.turns == 0, _n("Your robot turned {count} time on the way. For a straight line both wheels turn "
                                 "forwards at the same speed: `robot.forward(...)`.",
                                 "Your robot turned {count} times on the way. For a straight line both wheels turn "
                                 "forwards at the same speed: `robot.forward(...)`.", trip.turns, count=trip.turns))
    start, end = trip.points[0], trip.points[-1]
    a = math.radians(trip.heading)
    ahead = (end[0] - start[0]) * math.cos(a) + (end[1] - start[1]) * math.sin(a)
    see.that(ahead > 0, _("Your robot drove backwards. `robot.forward(...)` drives it the way its nose points."))
    cm = _cm(trip.length)
    see.that(42 <= cm <= 58, _("Your robot drove {cm} cm, and the line is at 50 cm. At speed 1 it drives 50 cm in a "
                               "second: change the time in `sleep(...)` (or the speed).", cm=cm), expected=50, saw=cm)


@exercise("square", hints=[
    _("One side of the square is two moves: drive straight, then a quarter turn. The loop repeats them 4 times."),
    _("At speed 1 a side of 25 cm takes 0.5 seconds, and a quarter turn (90 degrees) takes 0.25 seconds."),
    _("Inside the loop: `robot.forward(1)`, `sleep(0.5)`, `robot.left(1)`, `sleep(0.25)`."),
], praise=_("Four sides, four quarter turns, back at the start: a route is a plan of moves."))
def square(see):
    robot = _robot(see)
    trip = _trip(see, robot)
    see.that(not trip.bumped, _("Your robot bumped into the wall or the box. A square of 25 cm fits easily: "
                                "check the times in your loop."))
    see.that(trip.turns > 0, _("Your robot drove a straight line, without turning. After each side it needs a turn: "
                               "`robot.left(1)` and a short `sleep(...)`. Without the sleep the turn lasts no time."))
    w, h = _box(trip)
    see.that(min(w, h) >= 0.1, _("The path is a line that goes back and forth, not a square. Your turns are too big: "
                                 "a turn of 180 degrees sends the robot back. At speed 1 it turns 360 degrees a second, "
                                 "so a quarter turn lasts a quarter of that."))
    away = _cm(math.dist(trip.points[0], trip.points[-1]))
    see.that(away <= 8, _("Your robot ended {cm} cm from where it started. A square ends where it began: "
                          "four equal sides and four quarter turns.", cm=away), expected=0, saw=away)
    see.that(abs(w - h) <= 0.08, _("Your shape is {w} by {h} cm: a rectangle, not a square. Give every side the "
                                   "same driving time.", w=_cm(w), h=_cm(h)))


def _turned(see, fn, robot, degrees):
    robot.stop()
    start = time.monotonic()
    fn(robot, degrees)
    trip = bench.path(robot, since=start, start=(1.0, 0.75, 90.0))
    if trip.moving:
        robot.stop()
        see.that(False, _("After `{call}` the robot was still turning. A function that moves the robot should "
                          "stop it at the end: `robot.stop()` as its last line.",
                          call=f"{see.name('turn_left')}(robot, {degrees})"))
    return round((trip.heading - 90.0 + 180) % 360 - 180)


@exercise("turn-left", hints=[
    _("At speed 1 the robot turns 360 degrees in one second. How long does it need for `degrees` degrees?"),
    _("The waiting time is a calculation with the parameter: `sleep(degrees / 360)`."),
    _("Three lines: `robot.left(1)`, `sleep(degrees / 360)`, `robot.stop()`."),
], praise=_("One function, any angle: the next route is much easier to write."))
def turn_left(see):
    robot = _robot(see)
    fn = see.function("turn_left")
    name = see.name("turn_left")
    for degrees, low, high in ((90, 75, 105), (45, 35, 55)):
        turned = _turned(see, fn, robot, degrees)
        call = f"{name}(robot, {degrees})"
        see.that(turned != 0, _("I called `{call}`, and the robot did not turn. Start the turn with `robot.left(1)`, "
                                "wait, then stop.", call=call))
        see.that(turned > 0, _("I called `{call}`, and the robot turned {turned} degrees: to the right. "
                               "Turning left is `robot.left(...)`.", call=call, turned=-turned))
        see.that(low <= turned <= high, _("I called `{call}`, and the robot turned {turned} degrees. "
                                          "The waiting time must depend on `degrees`: more degrees, a longer turn.",
                                          call=call, turned=turned), expected=degrees, saw=turned)


@exercise("my-route", hints=[
    _("Plan on paper first: draw your route on squared paper, one square is 25 cm. Then write one line per move."),
    _("Use your functions: `forward_cm(robot, 50)` and `turn_left(robot, 90)`. A route needs at least two turns."),
], praise=_("Your own route, planned as moves and turns. Show it to your neighbour: can they guess the plan?"))
def my_route(see):
    robot = _robot(see)
    trip = _trip(see, robot)
    see.that(not trip.bumped, _("Your robot bumped into something (the yellow dot in the picture). "
                                "Change that move so the route goes around it."))
    cm = _cm(trip.length)
    see.that(cm >= 40, _("Your route is {cm} cm long. Make it a real trip over the floor: at least 40 cm.", cm=cm))
    see.that(trip.turns >= 2, _n("Your route has {count} turn. Plan one with at least two turns, so it is more "
                                 "than a line.", "Your route has {count} turns. Plan one with at least two turns, "
                                 "so it is more than a line.", trip.turns, count=trip.turns))
