"""artech.logger: a pretend clock that drives the bench's virtual sensors, a simulated day of light,
and CSV logs written into a temporary folder."""

import csv

import pytest
from conftest import is_message

from artech import logger
from artech.bench import LightSensor, reset
from artech.logger import LoggerError


@pytest.fixture(autouse=True)
def fresh_bench():
    reset()
    yield
    reset()


def test_the_clock_jumps_ahead_and_the_sensor_follows_the_series():
    sensor = LightSensor(4)
    clock = logger.Clock("07:00")
    clock.replay(sensor, [0.1, 0.2, 0.3, 0.4])
    assert clock.time() == "07:00" and sensor.value == pytest.approx(0.1)
    clock.wait(2)
    assert clock.time() == "07:02" and sensor.value == pytest.approx(0.3)
    assert not clock.over
    clock.wait(5)                                   # past the end: the last reading stays
    assert clock.over and sensor.value == pytest.approx(0.4) and clock.time() == "07:07"
    assert is_message(repr(clock), "logger_clock")


def test_the_simulated_classroom_day_is_the_same_every_time_and_shows_the_lessons():
    day = logger.classroom_light()
    assert day == logger.classroom_light() and len(day) == 12 * 60 + 1
    assert all(0 <= v <= 1 for v in day)
    at = lambda hhmm: day[int(hhmm[:2]) * 60 + int(hhmm[3:]) - 7 * 60]
    assert at("09:00") > 0.5 > at("10:15")          # lamps on in a lesson, off in the break
    assert at("07:00") < 0.2 and at("18:30") < 0.3  # nobody there


def test_a_log_is_written_outside_the_lesson_and_read_back_with_numbers(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = logger.new_file("light.csv")
    assert path.name == "light.csv" and path.parent != tmp_path and path.parent.is_dir()
    with path.open("w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["time", "light"])
        writer.writerow(["07:00", 0.12])
    assert logger.read(path) == [{"time": "07:00", "light": 0.12}]
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("call, key", [
    (lambda: logger.Clock("7 o'clock"), "logger_bad_time"),
    (lambda: logger.Clock("25:00"), "logger_bad_time"),
    (lambda: logger.Clock().wait(0), "logger_bad_wait"),
    (lambda: logger.Clock().wait(1.5), "logger_bad_wait"),
    (lambda: logger.Clock().wait("15"), "logger_bad_wait"),
    (lambda: logger.read("nothing-here.csv"), "logger_no_file"),
])
def test_kind_errors(call, key):
    with pytest.raises(LoggerError) as caught:
        call()
    assert is_message(str(caught.value), key)


def test_a_time_as_hours_for_a_chart():
    assert logger.hours("07:15") == 7.25 and logger.hours("00:00") == 0
    with pytest.raises(LoggerError):
        logger.hours(7)


def test_a_typo_in_a_tool_name():
    with pytest.raises(AttributeError) as caught:
        logger.Clok
    assert is_message(str(caught.value), "logger_no_such_tool")
