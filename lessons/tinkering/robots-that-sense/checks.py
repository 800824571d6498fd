"""The checks for *Robots that sense* (tinkering-robots-that-sense).

They run in the kit, never in the student's notebook. Timing is real here (the eye is read by a thread
while the robot drives, and the student's loop sleeps), so the exact stopping point wanders by a
centimetre or two from one run to the next: every window below leaves room for that, and still refuses
the real mistakes. Exercise 1 reads the route of the exercise cell (`bench.path`); exercises 2, 3 and
make it yours drive the student's own robot and eye on floors of their own, the same as in the lesson.
Every sentence goes through `_` (Dutch: checks.nl.po)."""

import contextlib
import math
import time

from gpiozero import Robot

from artech.checks import exercise, _, _n
from artech import bench
from artech.bench import robot as R
from artech.bench.sensors import _VirtualDistance

SECONDS = 2            # how long explore and my_robot run in each room (the check's time limit is 3 s)
START = (0.45, 0.75, 0.0)   # the start line in both rooms: x, y (metres) and heading (degrees)


def _hall():
    return bench.Floor(width=1.5, depth=1)


def _rooms():
    """Room A and room B of the lesson: the same size, the box in another place (and a bin in B)."""
    return (("A", bench.Floor(width=2, depth=1.5, obstacles=[(0.9, 0.55, 0.3, 0.4)])),
            ("B", bench.Floor(width=2, depth=1.5, obstacles=[(0.55, 1.0, 0.3, 0.5), (1.25, 0.4, 0.3, 0.6)])))


def _robot(see):
    robot = see.value("robot", Robot)
    see.that(not robot.closed, _("`robot` is closed, so its motors can't turn any more. "
                                 "Run the cell that makes `robot` and `eye` again, then this exercise."))
    return robot


def _eye(see, robot):
    """The student's eye, and it must be carried by this robot."""
    eye = see.value("eye")
    name = see.name("eye")
    see.that(isinstance(eye, _VirtualDistance),
             _("Your `{name}` is not the distance sensor any more. Run the cell that makes `robot` and "
               "`{name}` again (it ends with `bench.carry(...)`), then this exercise.", name=name))
    carried = R._CARRIED.get(eye)
    see.that(carried is not None and carried.robot is robot and not eye.closed,
             _("Your `{name}` is not on the robot's nose, so it can't see the floor. Run the cell that makes "
               "`robot` and `{name}` again (it ends with `bench.carry(...)`), then this exercise.", name=name))
    return eye


@contextlib.contextmanager
def _exact(eye):
    """No made-up noise while the check drives (a student may have added some in Level up)."""
    noise, rng = eye._noise, eye._rng
    eye._noise = 0.0
    try:
        yield
    finally:
        eye._noise, eye._rng = noise, rng


def _gap(trip):
    """Metres from the robot's nose to the first wall or box straight ahead, where it stopped."""
    a = math.radians(trip.heading)
    nose = (trip.x + R.SIZE / 2 * math.cos(a), trip.y + R.SIZE / 2 * math.sin(a))
    return trip.floor.distance_ahead(nose[0], nose[1], trip.heading)


def _cm(metres):
    return round(metres * 100)


def _limit(see, name):
    """A limit in metres, as a number: the kind message for cm and for a limit that is never reached."""
    limit = see.value(name, (int, float))
    shown = see.name(name)
    see.that(not isinstance(limit, bool), _("Your `{name}` is True or False, but it must be a distance in "
                                            "metres, such as 0.3.", name=shown))
    see.that(limit <= 1, _("Your `{name}` is {limit}. The eye measures in metres, never more than 1: it always sees "
                           "less than {limit}, so the robot stops before it even drives. Write the limit in metres: "
                           "30 cm is 0.3.", name=shown, limit=limit))
    see.that(limit > 0, _("Your `{name}` is {limit}. The eye never measures less than 0, so the robot would "
                          "drive on until it hits the wall. Choose a limit in metres, such as 0.3.",
                          name=shown, limit=limit))
    return limit


@exercise("stop-at-wall", hints=[
    _("Three steps, as in the plan above: start the motors, wait as long as the wall is far, stop the motors. "
      "The waiting is a loop."),
    _("`while eye.distance > limit:` repeats as long as the wall is further away than the limit. Inside it, "
      "only `sleep(0.02)`: the motors keep running by themselves."),
    _("`limit = 0.3`, then `robot.forward(0.5)`, then the `while` loop with `sleep(0.02)` inside it, and "
      "`robot.stop()` after it, not indented."),
], praise=_("It looks while it drives, and stops when the wall is close: your first robot that reacts to the world."))
def stop_at_wall(see):
    robot = _robot(see)
    limit = _limit(see, "limit")
    trip = bench.path(robot)
    if trip.moving:
        robot.stop()
        see.that(False, _("Your robot was still driving when the cell ended: it would drive on into the wall. "
                          "After the loop comes `robot.stop()`, not indented, so it runs once the loop is over."))
    started = any(any(state) for state in bench.steps(*R._wheels(robot)))
    see.that(started, _("I didn't see the robot drive. Start the motors before the loop, with `robot.forward(0.5)`: "
                        "the loop only waits and looks, it does not drive. If the cell kept running, stop it "
                        "with the square button, as it waited for a wall that never came closer."))
    cm = _cm(trip.length)
    see.that(trip.length >= 0.05, _("Your robot drove {cm} cm and stopped, far from the wall. Did the cell end at "
                                    "once? Then the loop ended at once: `if` looks only once, but `while` keeps "
                                    "looking. Or the test is the wrong way round: drive on as long as the distance "
                                    "is more than the limit (`>`). Did the cell keep running? Then `robot.stop()` "
                                    "is inside the loop: put it after the loop, not indented.", cm=cm))
    see.that(not trip.bumped, _("Your robot bumped into the wall. A limit of {limit} m is too small: the eye "
                                "answers a little late, and the robot drives on in the meantime. Try a bigger "
                                "limit, such as 0.3.", limit=limit))
    gap = _cm(_gap(trip))
    see.that(gap <= 45, _("Your robot stopped {cm} cm from the wall. That is far away: let it drive closer, "
                          "with a limit of about 0.3.", cm=gap), expected="< 45", saw=gap)


def _test_drive(robot, eye, limit):
    """One test drive at full speed in a hall of the check's own: the trip, from the start line."""
    with _exact(eye):
        bench.place(robot, x=0.9, y=0.5, heading=0, floor=_hall())
        start = time.monotonic()
        robot.forward(1)
        for _tick in range(150):          # 3 seconds at most
            if eye.distance <= limit:
                break
            time.sleep(0.02)
        robot.stop()
    return bench.path(robot, since=start)


@exercise("tune-limit", hints=[
    _("Look at your results: at speed 1, how many cm does the robot stop after the limit? That is its "
      "reaction distance."),
    _("Where it stops is the limit minus the reaction distance. For 10 cm from the wall, the limit is 10 cm plus "
      "the reaction distance, written in metres."),
    _("At full speed the robot stops about 14 cm after the limit. So test a limit of about 0.24."),
], praise=_("Tuned by testing: you measured how late this robot stops at full speed, and chose a limit that fits."))
def tune_limit(see):
    robot = _robot(see)
    eye = _eye(see, robot)
    limit = _limit(see, "my_limit")
    trip = _test_drive(robot, eye, limit)
    see.that(not trip.bumped, _("I tested your limit of {limit} at speed 1, and the robot bumped into the wall. "
                                "At full speed it drives on for more than {cm} cm after the eye sees the limit: "
                                "the eye answers late, and the robot is fast. Choose a bigger limit: look in your "
                                "results for the one that stopped about 10 cm from the wall.",
                                limit=limit, cm=_cm(limit)))
    gap = _cm(_gap(trip))
    late = max(0, _cm(limit) - gap)
    see.that(gap >= 7, _("I tested your limit of {limit} at speed 1: the robot stopped {cm} cm from the wall, too "
                         "close. It stops about {late} cm after the limit, so make the limit a little bigger.",
                         limit=limit, cm=gap, late=late), expected=10, saw=gap)
    see.that(gap <= 13, _("I tested your limit of {limit} at speed 1: the robot stopped {cm} cm from the wall, too "
                          "far. It stops about {late} cm after the limit, so make the limit a little smaller.",
                          limit=limit, cm=gap, late=late), expected=10, saw=gap)


def _in_rooms(fn, robot, eye):
    """Run the student's function for SECONDS in room A and in room B: (room, trip, plan) for each."""
    out = []
    with _exact(eye):
        for room, floor in _rooms():
            robot.stop()
            bench.place(robot, x=START[0], y=START[1], heading=START[2], floor=floor)
            start = time.monotonic()
            try:
                fn(SECONDS)
            except BaseException:
                robot.stop()          # a function that stopped with an error leaves no robot driving on
                raise
            trip = bench.path(robot, since=start)
            plan = [m for m in bench.moves(robot, since=start) if m[1] >= 0.03]
            if trip.moving:
                robot.stop()
            out.append((room, trip, plan))
    return out


def _driving(plan):
    return [m for m in plan if m[0] != (0.0, 0.0)]


def _same(a, b):
    """The same moves in the same order, each lasting (nearly) as long: a fixed plan, whatever the room."""
    a, b = _driving(a), _driving(b)
    return len(a) == len(b) and all(wa == wb and abs(sa - sb) < 0.15 for (wa, sa), (wb, sb) in zip(a, b))


def _still(plan):
    """Seconds the robot stood with its motors off (the stop after the loop lasts no time yet)."""
    return sum(seconds for wheels, seconds in plan if wheels == (0.0, 0.0))


@exercise("explore", hints=[
    _("Each time round the loop, the robot asks one question: is something close? Then it chooses one of two moves. "
      "That is `if` and `else`."),
    _("`if eye.distance < 0.3:` turn, for example with `robot.left(0.5)`. `else:` drive, with `robot.forward(0.5)`."),
    _("Inside the loop: `if eye.distance < 0.3:` with `robot.left(0.5)` under it, then `else:` with "
      "`robot.forward(0.5)` under it. The `sleep(0.02)` is there already."),
], praise=_("One loop, two rooms, no bumps: your robot did not follow a plan, it reacted to what it saw."))
def explore(see):
    robot = _robot(see)
    eye = _eye(see, robot)
    fn = see.function("explore")
    call = f"{see.name('explore')}({SECONDS})"
    runs = _in_rooms(fn, robot, eye)
    see.that(any(_driving(plan) for _room, _trip, plan in runs),
             _("I ran `{call}` in room A and in room B, and the robot did not move. Inside the loop, start the "
               "motors: drive forward when the way is free, and turn when something is close.", call=call))
    for room, trip, plan in runs:
        see.that(not trip.moving, _("After `{call}` the robot was still driving. Keep `robot.stop()` as the last "
                                    "line of the function, after the loop.", call=call))
        see.that(not trip.bumped, _("In room {room} your robot bumped into something (the yellow dot). Turn away "
                                    "sooner: when `{eye}.distance` is less than about 0.3. The eye answers a little "
                                    "late, so the robot needs room to react.", room=room, eye=see.name("eye")))
    for room, trip, plan in runs:
        still = _still(plan)
        waited = max(1, round(still))
        see.that(still < 0.5, _n("In room {room} your robot stopped in front of something and waited there for about "
                                 "{count} second. Stopping is a reaction, but this robot must go on: turn until the way "
                                 "is free, then drive again.",
                                 "In room {room} your robot stopped in front of something and waited there for about "
                                 "{count} seconds. Stopping is a reaction, but this robot must go on: turn until the way "
                                 "is free, then drive again.", waited, room=room, count=waited))
        cm = _cm(trip.length)
        see.that(cm >= 15, _("In room {room} your robot drove only {cm} cm in {seconds} seconds: it turned on the "
                             "spot most of the time. Drive forward when the way is free, and turn only when "
                             "something is close.", room=room, cm=cm, seconds=SECONDS))
    (_a, _ta, plan_a), (_b, _tb, plan_b) = runs
    see.that(not _same(plan_a, plan_b),
             _("Your robot did exactly the same in room A and in room B, so it followed fixed steps and did not look. "
               "Read `{eye}.distance` inside the loop, and let that decide: turn when something is close, drive "
               "when the way is free.", eye=see.name("eye")))


@exercise("my-behaviour", hints=[
    _("Start from your `explore`, and change what the robot does with what it sees: slow down, back away, "
      "or park at a distance you choose."),
    _("Parking, for example: `if eye.distance > 0.3:` drive at 0.6, `elif eye.distance > 0.15:` creep at 0.2, "
      "`else:` `robot.stop()`."),
], praise=_("Your own behaviour, and it reacts to what the eye sees. Show it to your neighbour: can they guess the rule?"))
def my_behaviour(see):
    robot = _robot(see)
    eye = _eye(see, robot)
    mine = see.made("my_robot")
    see.that(mine is not see.ns.get("explore"),
             _("Your `{name}` is your `{explore}` again. Give it a behaviour of its own.",
               name=see.name("my_robot"), explore=see.name("explore")))
    fn = see.function("my_robot")
    call = f"{see.name('my_robot')}({SECONDS})"
    runs = _in_rooms(fn, robot, eye)
    see.that(any(_driving(plan) for _room, _trip, plan in runs),
             _("I ran `{call}` in room A and in room B, and the robot did not move. Start the motors somewhere in "
               "your loop, so the robot meets something it can react to.", call=call))
    (_a, _ta, plan_a), (_b, _tb, plan_b) = runs
    see.that(not _same(plan_a, plan_b),
             _("Your robot did exactly the same in room A and in room B. That is a fixed plan: let `{eye}.distance` "
               "change what it does.", eye=see.name("eye")))
