"""The virtual robot: the floor, the path from the motor pins, the picture, the distance ahead, kind errors."""

import math
import time

import pytest
from gpiozero import Motor, Robot
from gpiozero.exc import GPIOPinInUse

from artech import bench, messages
from artech.bench import robot as R
from artech.errors import KitError
from conftest import is_message


@pytest.fixture(autouse=True)
def fresh():
    bench.reset()
    yield
    bench.reset()


def _robot():
    return Robot(left=Motor(4, 14), right=Motor(17, 18))


def test_a_plan_drives_straight_then_turns():
    floor = R.Floor(2, 1.5)
    trip = R._drive([((1, 1), 1.0), ((-1, 1), 0.5), ((0, 0), 0.3)], floor, 0.5, 0.3, 90)
    assert trip.points[0] == (0.5, 0.3)
    assert math.isclose(trip.y, 0.3 + R.TOP_SPEED, abs_tol=0.01)
    turned = math.degrees(2 * R.TOP_SPEED / R.WHEEL_GAP) * 0.5
    assert math.isclose(trip.heading, (90 + turned) % 360, abs_tol=0.5)
    assert trip.turns == 1 and not trip.bumped and not trip.moving


def test_a_wall_stops_the_robot():
    trip = R._drive([((1, 1), 10.0)], R.Floor(2, 1.5), 1, 0.5, 90)
    assert trip.bumped and trip.y < 1.5
    trip = R._drive([((1, 1), 10.0)], R.Floor(2, 1.5, obstacles=[(0.8, 0.9, 0.4, 0.2)]), 1, 0.3, 90)
    assert trip.bumped and trip.y < 0.9


def test_distance_ahead_sees_walls_and_obstacles():
    floor = R.Floor(2, 1.5, obstacles=[(0.8, 1.0, 0.4, 0.2)])
    assert math.isclose(floor.distance_ahead(1.0, 0.5, 90), 0.5)
    assert math.isclose(floor.distance_ahead(0.5, 0.5, 90), 1.0)
    assert math.isclose(floor.distance_ahead(0.5, 0.5, 180), 0.5)


def test_the_path_comes_from_the_motor_pins():
    robot = _robot()
    R.place(robot, 1, 0.3, 90)
    start = time.monotonic()
    robot.forward(1)
    time.sleep(0.2)
    robot.stop()
    moves = bench.moves(robot, since=start)
    assert [m for m, _s in moves if m != (0.0, 0.0)] == [(1.0, 1.0)]
    trip = bench.path(robot, since=start)
    assert 0.08 <= trip.length <= 0.14 and not trip.moving
    assert math.isclose(trip.x, 1, abs_tol=1e-6)


def test_forgetting_stop_is_noted(capsys):
    robot = _robot()
    start = time.monotonic()
    robot.left(0.5)
    time.sleep(0.05)
    bench.drive(robot, since=start)
    assert bench.path(robot, since=start).moving
    assert "stop()" in capsys.readouterr().out


def test_the_picture_is_accessible():
    trip = R._drive([((1, 1), 0.5), ((1, -1), 0.2)], R.Floor(), 1, 0.3, 90)
    svg = R.picture(trip, "rover")
    assert 'role="img"' in svg and "<title>" in svg and "rover" in svg and "polyline" in svg
    trip = R._drive([((1, 1), 10.0)], R.Floor(), 1, 0.3, 90)
    assert trip.bumped and "#ffb000" in R.picture(trip)  # the yellow dot where it bumped


def test_a_speed_out_of_range_is_kind():
    robot = _robot()
    with pytest.raises(R.SpeedOutOfRange) as err:
        robot.forward(2)
    assert isinstance(err.value, (KitError, ValueError)) and "2" in str(err.value)
    with pytest.raises(ValueError):
        robot.backward(-1)
    robot.forward(0.5)
    robot.stop()


def test_a_motor_on_a_used_pin_is_kind():
    robot = _robot()  # noqa: F841
    with pytest.raises(GPIOPinInUse) as err:
        other = Motor(17, 5)  # noqa: F841
    assert isinstance(err.value, KitError)


def test_not_a_robot():
    with pytest.raises(bench.BenchError):
        bench.path(42)


def test_a_carried_sensor_reads_what_is_ahead():
    robot = _robot()
    R.place(robot, 1, 0.3, 90, floor=R.Floor(2, 1.5))
    eye = bench.DistanceSensor(echo=23, trigger=24, max_distance=2)
    bench.carry(robot, eye)
    first = eye.distance
    assert math.isclose(first, 1.5 - 0.3 - R.SIZE / 2, abs_tol=0.01)
    robot.forward(1)
    time.sleep(0.3)
    robot.stop()
    time.sleep(0.06)
    assert eye.distance < first - 0.1
    with pytest.raises(bench.BenchError):
        bench.carry(robot, 5)


def test_a_sensor_on_a_servo_looks_where_the_servo_points():
    from gpiozero import AngularServo, Servo

    robot = _robot()
    # a floor 2 m wide and 1 m deep; the robot in the middle, facing up (90 degrees)
    R.place(robot, 1, 0.5, 90, floor=R.Floor(2, 1))
    eye = bench.DistanceSensor(echo=23, trigger=24, max_distance=2)
    neck = AngularServo(12, min_angle=-90, max_angle=90)
    neck.angle = 0
    bench.carry(robot, eye, on=neck)
    nose = R.SIZE / 2
    assert math.isclose(eye.distance, 0.5 - nose, abs_tol=0.01)          # ahead: the top wall
    neck.angle = 90                                                       # to the left: the left wall
    time.sleep(0.08)
    assert math.isclose(eye.distance, 1.0, abs_tol=0.01)                  # from the nose (1, 0.56) to x = 0
    neck.angle = -90                                                      # to the right: the right wall
    time.sleep(0.08)
    assert math.isclose(eye.distance, 1.0, abs_tol=0.01)
    assert R.servo_angle(neck) == -90
    plain = Servo(13)
    plain.value = 0.5
    assert R.servo_angle(plain) == 45
    plain.value = None
    assert R.servo_angle(plain) == 0
    with pytest.raises(bench.BenchError) as err:
        bench.carry(robot, eye, on=robot)
    assert is_message(err.value, "bench_robot_not_servo", kind=messages.kind_name(robot))


def test_the_robot_cell_run_again_gets_its_pins_back(capsys):
    ns = {}
    code = "from gpiozero import Robot, Motor\nrobot = Robot(left=Motor(4, 14), right=Motor(17, 18))\n"
    exec(compile(code, "<cell>", "exec"), ns)
    first = ns["robot"]
    exec(compile(code, "<cell>", "exec"), ns)
    assert first.closed and not ns["robot"].closed
    with pytest.raises(GPIOPinInUse):
        exec(compile("rover = Robot(left=Motor(4, 14), right=Motor(17, 18))\n", "<cell>", "exec"), ns)


def test_a_late_eye_reads_where_the_robot_was_a_moment_ago():
    """``delay`` stands in for gpiozero's smoothing (the median of its last 9 readings): the reading lags."""
    robot = _robot()
    R.place(robot, 0.6, 0.5, 0, floor=R.Floor(1.5, 1))
    eye = bench.DistanceSensor(echo=23, trigger=24)
    bench.carry(robot, eye, delay=0.25)
    start = eye.distance
    assert math.isclose(start, 1.5 - 0.6 - R.SIZE / 2, abs_tol=0.01)
    robot.forward(1)
    time.sleep(0.4)                                    # 20 cm at 0.5 m/s
    robot.stop()
    time.sleep(0.03)
    late = eye.distance                                # still shows where it was about 0.25 s ago
    time.sleep(0.35)
    now = eye.distance                                 # caught up: the robot stands still
    assert math.isclose(now, start - 0.2, abs_tol=0.025)
    assert late > now + 0.08
    assert R._cut([((1, 1), 0.5), ((0, 0), 0.2)], 0.3) == [((1, 1), 0.4)]
    assert R._cut([((1, 1), 0.5)], 1.0) == []


def test_place_starts_a_carried_eye_again_and_a_new_carry_replaces_the_old():
    robot = _robot()
    hall = R.Floor(1.5, 1)
    R.place(robot, 0.6, 0.5, 0, floor=hall)
    eye = bench.DistanceSensor(echo=23, trigger=24)
    bench.carry(robot, eye)
    start = eye.distance
    robot.forward(1)
    time.sleep(0.3)
    robot.stop()
    time.sleep(0.05)
    assert eye.distance < start - 0.1
    R.place(robot, 0.6, 0.5, 0, floor=hall)            # back on the start line: the eye reads it at once
    assert math.isclose(eye.distance, start, abs_tol=0.005)
    time.sleep(0.06)
    assert math.isclose(eye.distance, start, abs_tol=0.005), "the old trip no longer moves the reading"
    bench.carry(robot, eye, delay=0.3)                 # carried again: one follower, with the new delay
    first = R._CARRIED[eye]
    assert first.delay == 0.3
    robot.forward(1)
    time.sleep(0.4)
    robot.stop()
    readings = []
    for _ in range(5):                                 # only the late follower writes: every reading is late
        time.sleep(0.02)
        readings.append(eye.distance)
    assert all(r > start - 0.2 + 0.05 for r in readings), readings
    assert R._CARRIED[eye] is first


def test_a_gpiozero_distance_sensor_is_carried_on_a_pi_and_refused_on_the_bench(monkeypatch):
    import gpiozero

    robot = _robot()

    class Real(gpiozero.DistanceSensor):     # stands in for the real sensor, without timing echoes
        def __init__(self):
            pass

        def close(self):
            pass

    with pytest.raises(bench.BenchError) as err:
        bench.carry(robot, Real())
    assert is_message(err.value, "bench_robot_not_distance", kind=messages.kind_name(Real()))
    monkeypatch.setattr(R, "mocking", lambda: False)
    assert bench.carry(robot, Real()) is None        # on a Raspberry Pi: the real eye is on the real robot
