"""The virtual bench: parts drawn as widgets that follow gpiozero both ways, and kind errors."""

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import ipywidgets
import pytest
from gpiozero import LED, PWMLED, RGBLED, Button, Buzzer, Device, MotionSensor, TrafficLights
from gpiozero.exc import GPIOPinInUse, PinInvalidPin
from gpiozero.pins.mock import MockFactory, MockPWMPin

from artech import KitError, bench, checks, i18n, messages, sound
from conftest import is_message, message_pattern, said

LIGHT_IT_UP = Path(__file__).resolve().parents[1] / "lessons" / "tinkering" / "light-it-up" / "checks.py"

SETTLE = bench.REDRAW_GAP * 4  # long enough for a delayed redraw to happen


@pytest.fixture(autouse=True)
def fresh_bench():
    bench.reset()
    yield
    bench.reset()


def state(board, part):
    """What the widget shows: the data-state of the part's SVG picture."""
    svg = board.pictures[id(part)].value
    return "on" if 'data-state="on"' in svg else "off"


def run_cell(ns, source):
    """Run ``source`` as a notebook cell would: IPython's cell hooks around code in the notebook's names."""
    bench._cell_started(source)
    try:
        exec(compile(source, "<cell>", "exec"), ns)
    finally:
        bench._cell_finished()


def check_cell(ns, exercise_id):
    """A check cell: the lesson's checks, loaded fresh as ``check("id")`` does, on the notebook's names."""
    exercises = checks.load(LIGHT_IT_UP)
    ns["_check"] = lambda ex: checks.run_check(ex, ns, exercises, lesson="tinkering-light-it-up")
    run_cell(ns, f"_result = _check({exercise_id!r})")
    result = ns.pop("_result")
    return result.status, result.message


def check_said(english, **values):
    """A sentence of light-it-up's checks (keyed by its English text) as the check says it now."""
    text = i18n.translate(checks.catalogue(LIGHT_IT_UP), english, english, check=bool(values))
    return text.format(**values) if values else text


def notebook():
    """The names after the lesson's first cell."""
    return {"LED": LED, "Button": Button, "TrafficLights": TrafficLights, "sleep": time.sleep, "bench": bench}


def wait_for(condition, seconds=2.0):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.01)
    return condition()


# --- pins ----------------------------------------------------------------------------------
def test_a_laptop_gets_mock_pins_that_can_dim():
    assert isinstance(Device.pin_factory, bench.BenchFactory)
    light = PWMLED(18)
    light.value = 0.25
    assert light.value == 0.25


@pytest.mark.parametrize("env, expected", [("", "BenchFactory"), ("mock", "BenchFactory"), ("native", "None")])
def test_the_kit_respects_gpiozero_pin_factory(env, expected):
    code = "from artech import bench; from gpiozero import Device; print(type(Device.pin_factory).__name__ " \
           "if Device.pin_factory is not None else None)"
    environ = {k: v for k, v in os.environ.items() if k != "GPIOZERO_PIN_FACTORY"}
    if env:
        environ["GPIOZERO_PIN_FACTORY"] = env
    out = subprocess.run([sys.executable, "-c", code], env=environ, capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == expected, out.stderr


# --- code → widget ---------------------------------------------------------------------------
def test_led_widget_follows_the_led():
    led = LED(17)
    board = bench.board(led)
    assert state(board, led) == "off" and board.look(led)["text"] == said("bench_off")
    led.on()
    assert state(board, led) == "on"
    assert board.look(led)["pins"] == "GPIO17"
    led.off()
    assert wait_for(lambda: state(board, led) == "off")
    assert "GPIO17" in board.pictures[id(led)].value


def test_an_older_picture_keeps_its_moment_when_a_later_cell_shows_the_part_again():
    led = LED(17)
    first = bench.board(led)  # "The LED is on!"
    led.off()
    led.on()  # so quickly after the last drawing that this one is still waiting to be drawn
    second = bench.board(led)  # the next cell shows the LED again…
    assert state(first, led) == "on"  # …and the first picture keeps the moment, at once
    led.off()
    assert wait_for(lambda: state(second, led) == "off")
    time.sleep(SETTLE)
    assert state(first, led) == "on"
    third = bench.board(led)
    assert state(second, led) == "off" and state(third, led) == "off"
    led.on()
    assert wait_for(lambda: state(third, led) == "on")
    time.sleep(SETTLE)
    assert state(second, led) == "off"


def test_a_board_with_a_button_keeps_following_its_parts():
    led, button = LED(17), Button(2)
    panel = bench.board(led, button)
    later = bench.board(led)
    button.when_pressed = led.on
    panel.inputs[id(button)][0].value = True
    assert wait_for(lambda: state(panel, led) == "on" and state(later, led) == "on")
    assert state(panel, button) == "on"


def test_pwm_brightness_and_rgb_colour_are_drawn():
    dim = PWMLED(18)
    rgb = RGBLED(5, 6, 13)
    board = bench.board(dim, rgb)
    dim.value = 0.5
    rgb.color = (1, 0.5, 0)
    assert wait_for(lambda: board.look(dim)["brightness"] == 0.5)
    assert board.look(dim)["text"] == "50%"
    assert wait_for(lambda: "#ff8000" in board.pictures[id(rgb)].value)
    assert board.look(rgb)["colour"] == "#ff8000"
    dim.value = 0
    assert wait_for(lambda: state(board, dim) == "off")


def test_a_parts_name_gives_the_led_its_colour():
    green = LED(27)
    lights = TrafficLights(22, 23, 24)
    board = bench.board(green, lights)
    assert board.look(green)["colour"] == bench.COLOURS["green"]
    assert [board.names[id(p)] for p in board.parts] == ["green", "lights.red", "lights.amber", "lights.green"]
    assert board.look(lights.amber)["colour"] == bench.COLOURS["amber"]


def test_a_blink_from_gpiozeros_background_thread_moves_the_picture():
    led = LED(17)
    board = bench.board(led)
    seen = set()
    board.pictures[id(led)].observe(lambda change: seen.add('data-state="on"' in change["new"]), names="value")
    led.blink(on_time=0.06, off_time=0.06, n=3)  # a background thread, as in a notebook
    assert wait_for(lambda: bench.blinks(led, since=None) == 3)
    assert seen == {True, False}
    assert wait_for(lambda: state(board, led) == "off")


def test_fast_changes_are_drawn_at_most_25_times_a_second_and_end_right():
    led = LED(17)
    board = bench.board(led)
    drawn = []
    board.pictures[id(led)].observe(lambda change: drawn.append(change["new"]), names="value")
    for _ in range(200):
        led.toggle()
    led.on()
    assert len(drawn) < 10
    assert wait_for(lambda: state(board, led) == "on")


def test_buzzer_picture():
    buzzer = Buzzer(21)
    board = bench.board(buzzer)
    buzzer.on()
    assert board.look(buzzer)["text"] == messages.say("bench_beep")
    assert state(board, buzzer) == "on"


def test_a_servo_is_one_part_whose_arm_follows_its_value_and_angle():
    from gpiozero import AngularServo, Servo

    arm = AngularServo(12, min_angle=-90, max_angle=90)
    board = bench.board(arm)
    assert board.parts == [arm]                      # the servo, not the PWM output inside it
    assert board.look(arm)["pins"] == "GPIO12" and board.look(arm)["kind"] == "AngularServo"
    arm.angle = -90
    assert board.look(arm)["turn"] == 0 and board.look(arm)["text"] == "-90°"
    arm.angle = 45
    assert board.look(arm)["turn"] == 0.75 and board.look(arm)["text"] == "45°"
    title = said("bench_picture_title", name="arm", kind="AngularServo", pins="GPIO12", state="45°")
    assert wait_for(lambda: f'aria-label="{title}"' in board.pictures[id(arm)].value)   # the widget follows
    flap = Servo(13)
    flap.value = 1
    assert bench.board(flap).look(flap)["text"] == "1"
    flap.detach()                                     # no pulses: the arm holds no position
    look = bench.board(flap).look(flap)
    assert look["turn"] is None and look["text"] == said("bench_servo_loose") and state(bench.board(flap), flap) == "off"


def test_a_servo_past_its_end_stop_is_kind_and_still_gpiozeros_error():
    from gpiozero import AngularServo, Servo
    from gpiozero.exc import OutputDeviceBadValue

    arm = AngularServo(12, min_angle=-90, max_angle=90)
    with pytest.raises(bench.ServoOutOfRange) as err:
        arm.angle = 120
    assert isinstance(err.value, OutputDeviceBadValue) and isinstance(err.value, KitError)
    assert is_message(err.value, "bench_servo_out_of_range", name="arm", what="angle", value="120", low="-90", high="90")
    assert arm.angle is None or arm.angle != 120          # nothing moved
    flap = Servo(13)
    with pytest.raises(bench.ServoOutOfRange) as err:
        flap.value = -1.5
    assert is_message(err.value, "bench_servo_out_of_range", name="flap", what="value", value="-1.5", low="-1", high="1")
    arm.angle, flap.value = 90, -1                        # the end stops themselves are fine, and so is None
    arm.angle = None
    assert flap.value == -1 and arm.angle is None


def test_a_part_that_cannot_tell_about_changes_is_looked_at_ten_times_a_second():
    class Dial(Device):  # like a part on real pins: no mock pin tells the kit when it changes
        def __init__(self):
            self.reading = 0.25
            super().__init__()

        @property
        def value(self):
            return self.reading

        @property
        def closed(self):
            return False

    dial = Dial()
    board = bench.board(dial)
    assert board.look(dial)["text"] == "0.25"
    dial.reading = 0.75
    assert wait_for(lambda: ">0.75<" in board.pictures[id(dial)].value, 1.0)


# --- widget → code ----------------------------------------------------------------------------
def test_press_holds_the_button_down_until_let_go():
    led = LED(17)
    button = Button(2)
    log = []
    button.when_pressed = lambda: log.append("pressed")
    button.when_released = lambda: log.append("released")
    board = bench.board(led, button)
    (press_widget,) = board.inputs[id(button)]
    assert isinstance(press_widget, ipywidgets.ToggleButton)
    assert press_widget.description == messages.say("bench_label_press")
    assert press_widget.tooltip == messages.say("bench_tooltip_hold", name="button", pins="GPIO2")
    press_widget.value = True  # the student presses…
    assert log == ["pressed"] and button.is_pressed
    assert press_widget.description == messages.say("bench_label_let_go")
    assert state(board, button) == "on"
    led.on()  # …and the button stays down while anything else happens, for as long as they like
    led.off()
    assert log == ["pressed"] and button.is_pressed
    press_widget.value = False  # …until they let go
    assert log == ["pressed", "released"] and not button.is_pressed
    assert press_widget.description == messages.say("bench_label_press")
    assert wait_for(lambda: state(board, button) == "off")


def test_the_press_widget_follows_a_press_from_code():
    button = Button(2)
    board = bench.board(button)
    (press_widget,) = board.inputs[id(button)]
    bench.press(button)
    assert press_widget.value is True and press_widget.description == messages.say("bench_label_let_go")
    bench.release(button)
    assert press_widget.value is False and press_widget.description == messages.say("bench_label_press")


def test_a_click_works_the_led_through_the_students_own_code():
    led = LED(17)
    button = Button(2)
    button.when_pressed = led.on
    button.when_released = led.off
    board = bench.board(led, button)
    board.inputs[id(button)][0].value = True
    assert led.is_lit
    assert wait_for(lambda: state(board, led) == "on")


def test_press_and_see_tells_whether_the_button_turns_the_buzzer_on():
    button, buzzer = Button(2), Buzzer(21)
    assert bench.press_and_see(button, buzzer) == ((0,), (0,))
    button.when_pressed = buzzer.on
    assert bench.press_and_see(button, buzzer) == ((1,), (1,))  # on, but it never goes off again
    button.when_released = buzzer.off
    assert bench.press_and_see(button, buzzer) == ((1,), (0,))


@pytest.mark.parametrize("pull_up, pressed_state", [(True, False), (False, True)])
def test_press_drives_the_pin_like_a_finger(pull_up, pressed_state):
    button = Button(2 if pull_up else 5, pull_up=pull_up)
    bench.press(button)
    assert button.is_pressed and button.pin.state == pressed_state
    bench.release(button)
    assert not button.is_pressed and button.pin.state != pressed_state


def test_only_inputs_can_be_pressed():
    with pytest.raises(TypeError, match=message_pattern("bench_not_an_input", kind="LED")) as error:
        bench.press(LED(17))
    assert isinstance(error.value, bench.BenchError) and isinstance(error.value, KitError)


def test_the_motion_switch_drives_a_real_gpiozero_motion_sensor():
    pir = MotionSensor(4)
    board = bench.board(pir)
    (switch,) = board.inputs[id(pir)]
    switch.value = True
    assert wait_for(lambda: pir.motion_detected)
    assert state(board, pir) == "on"
    switch.value = False
    assert wait_for(lambda: not pir.motion_detected)


def test_sliders_set_virtual_sensors_and_fire_their_events():
    distance = bench.DistanceSensor(echo=24, trigger=23, max_distance=1, threshold_distance=0.3)
    light = bench.LightSensor(4)
    heat = bench.TemperatureSensor(25)
    near = []
    distance.when_in_range = lambda: near.append(distance.distance)
    board = bench.board(distance, light, heat)
    assert distance.distance == 1.0 and not distance.in_range
    board.inputs[id(distance)][0].value = 0.1
    assert distance.distance == pytest.approx(0.1) and distance.in_range and near == [pytest.approx(0.1)]
    assert board.look(distance)["text"] == "10 cm"
    board.inputs[id(light)][0].value = 0.05
    assert light.value == pytest.approx(0.05) and not light.light_detected
    bench.set_reading(heat, 30)  # code → slider
    assert board.inputs[id(heat)][0].value == 30 and heat.temperature == 30 and heat.is_active
    assert board.look(heat)["text"] == "30.0 °C"


def test_a_virtual_sensor_holds_its_pins():
    distance = bench.DistanceSensor(echo=24, trigger=23)
    with pytest.raises(GPIOPinInUse, match=message_pattern("bench_pin_in_use", pin="GPIO24", kind="DistanceSensor",
                                                           name="distance")):
        LED(24)
    distance.close()
    LED(24)


def test_replay_plays_a_recorded_series():
    heat = bench.TemperatureSensor(25)
    bench.replay(heat, [18, 19.5, 21, 40, 100], every=0, background=False)
    assert [v for _, v in bench.history(heat, since=None)] == [20.0, 18, 19.5, 21, 40]  # 100 is off the scale
    with pytest.raises(TypeError, match=message_pattern("bench_not_virtual", kind="Button")):
        bench.set_reading(Button(2), 1)


# --- what happened, for checks ---------------------------------------------------------------
def test_history_blinks_and_steps_look_at_the_exercise_cell():
    led = LED(17)
    red, amber, green = LED(22), LED(23), LED(24)
    led.on()                       # an earlier cell
    bench._cell_started()          # the exercise cell starts
    for _ in range(2):
        led.off()
        led.on()
    led.off()
    red.on()
    red.off()
    green.on()
    bench._cell_started()          # the check cell starts
    assert bench.blinks(led) == 3  # already on at the start, then two more times
    assert bench.blinks(led, since=None) == 3
    assert bench.steps(red, amber, green) == [(0, 0, 0), (1, 0, 0), (0, 0, 0), (0, 0, 1)]
    timed = bench.steps(red, amber, green, seconds=True)
    assert [s for s, _ in timed] == bench.steps(red, amber, green) and all(t >= 0 for _, t in timed)
    assert [v for _, v in bench.history(green)] == [0, 1]


# --- mistakes ---------------------------------------------------------------------------------
def test_a_pin_used_twice_names_the_part_and_how_to_free_it():
    led = LED(17)
    with pytest.raises(GPIOPinInUse) as error:
        LED(17)
    text = str(error.value)
    assert is_message(text, "bench_pin_in_use", pin="GPIO17", kind="LED", name="led")  # the pin, the part, `led.close()`
    led.close()
    assert LED(17).pin.info.name == "GPIO17"


def test_a_pin_inside_traffic_lights_names_the_whole_part():
    lights = TrafficLights(22, 23, 24)
    with pytest.raises(GPIOPinInUse, match=message_pattern("bench_pin_in_use", pin="GPIO23", kind="TrafficLights",
                                                           name="lights")):
        Buzzer(23)
    assert lights.value == (0, 0, 0)


@pytest.mark.parametrize("typo, word", [("onn", "on"), ("of", "off"), ("blinc", "blink")])
def test_a_typo_after_the_dot_says_did_you_mean(typo, word):
    led = LED(17)
    with pytest.raises(AttributeError) as error:
        getattr(led, typo)()
    assert is_message(str(error.value), "bench_no_attribute", kind="LED", name=typo)
    assert is_message(str(error.value), "did_you_mean", suggestion=word)


def test_a_typo_when_giving_a_job_is_refused_kindly():
    button = Button(2)
    with pytest.raises(AttributeError, match=message_pattern("did_you_mean", suggestion="when_pressed")):
        button.when_pressd = print
    assert button.when_pressed is None


def test_a_method_cannot_be_overwritten_by_accident():
    led = LED(17)
    with pytest.raises(AttributeError, match=message_pattern("bench_method_not_value", var="led", name="on", kind="LED")):
        led.on = True
    led.on()
    assert led.is_lit


def test_a_method_without_brackets_says_how_to_call_it():
    led = LED(17)

    class Printer:
        text = ""

        def __init__(self):
            self.parts = []

        def text(self, value):  # noqa: F811 - IPython's printer has a text() method
            self.parts.append(value)

    printer = Printer()
    bench._method_text(led.on, printer, False)
    assert printer.parts == [messages.say("bench_method_not_called", var="led", name="on", kind="LED")]
    other = Printer()
    bench._method_text("abc".upper, other, False)
    assert other.parts == [repr("abc".upper)]


def test_a_pin_that_does_not_exist():
    with pytest.raises(PinInvalidPin, match=message_pattern("bench_bad_pin", pin=99)):
        LED(99)


def test_show_refuses_a_blank_and_things_that_are_not_parts():
    with pytest.raises(TypeError, match=message_pattern("bench_blank_part", what="show")):
        bench.board(...)
    with pytest.raises(TypeError, match=message_pattern("bench_not_a_part", kind=said("kind_int"), value="17")):
        bench.board(17)
    with pytest.raises(TypeError, match=message_pattern("bench_nothing_to_show")):
        bench.board()


def test_the_board_text_is_the_same_whatever_the_parts_do():
    led = LED(17)
    button = Button(2)
    board = bench.board(led, button)
    before = repr(board)
    led.on()
    bench.press(button)
    assert repr(board) == before == said("bench_board_text", parts="led (LED, GPIO17), button (Button, GPIO2)")
    assert re.search('aria-label="' + message_pattern("bench_picture_title", name="led", kind="LED", pins="GPIO17"),
                     board.pictures[id(led)].value)


def test_reset_frees_every_pin_and_the_pictures_say_closed():
    led = LED(17)
    board = bench.board(led)
    bench.reset()
    assert led.closed and board.look(led)["text"] == messages.say("bench_closed")
    LED(17)


# --- a cell run again ------------------------------------------------------------------------
@pytest.mark.parametrize("make, kind, pin", [("led = LED(17)", "LED", "GPIO17"), ("button = Button(2)", "Button", "GPIO2")])
def test_running_the_cell_that_makes_a_part_again_reuses_its_pin(make, kind, pin, capsys):
    ns = notebook()
    run_cell(ns, make)
    name = make.split(" =")[0]
    old = ns[name]
    assert capsys.readouterr().out == ""
    run_cell(ns, make)  # the same cell, a second time: no GPIOPinInUse
    new = ns[name]
    assert new is not old and old.closed and not new.closed
    assert capsys.readouterr().out.strip() == messages.say("bench_made_again", pin=pin, name=name, kind=kind)
    assert type(new).__name__ == kind and str(new.pin) == pin


def test_the_new_part_works_and_the_old_one_lets_go():
    ns = notebook()
    run_cell(ns, "led = LED(17)\nbutton = Button(2)\nbutton.when_pressed = led.on")
    run_cell(ns, "led = LED(17)\nbutton = Button(2)")
    run_cell(ns, "button.when_pressed = led.on\nbutton.when_released = led.off")
    bench.press(ns["button"])
    assert ns["led"].is_lit
    bench.release(ns["button"])
    assert not ns["led"].is_lit


def test_a_whole_part_made_again_closes_all_of_the_old_one(capsys):
    ns = notebook()
    run_cell(ns, "lights = TrafficLights(22, 23, 24)")
    old = ns["lights"]
    run_cell(ns, "lights = TrafficLights(22, 23, 24)")
    assert old.closed and not ns["lights"].closed
    assert messages.say("bench_made_again", pin="GPIO22", name="lights", kind="TrafficLights") in capsys.readouterr().out
    ns["lights"].green.on()
    assert ns["lights"].value == (0, 0, 1)


def test_a_cell_made_again_after_an_edit_may_change_the_kind_of_part():
    ns = notebook()
    ns["Buzzer"] = Buzzer
    run_cell(ns, "led = LED(17)")
    run_cell(ns, "led = Buzzer(17)")
    assert isinstance(ns["led"], Buzzer) and not ns["led"].closed


def test_two_names_on_one_pin_are_still_a_mistake():
    ns = notebook()
    run_cell(ns, "led = LED(17)")
    with pytest.raises(GPIOPinInUse) as error:
        run_cell(ns, "lamp = LED(17)")
    assert isinstance(error.value, bench.PinInUse) and isinstance(error.value, KitError)
    assert str(error.value) == messages.say("bench_pin_in_use", pin="GPIO17", kind="LED", name="led")
    assert not ns["led"].closed and "lamp" not in ns


def test_a_part_made_again_works_with_any_pin_factory_not_only_the_benchs():
    """On a Raspberry Pi gpiozero uses its own factory: the same rule lives in every factory's reserve_pins."""
    ns = notebook()
    ns["factory"] = MockFactory(pin_class=MockPWMPin)  # not a BenchFactory: no history, no bench pins
    run_cell(ns, "led = LED(17, pin_factory=factory)")
    old = ns["led"]
    run_cell(ns, "led = LED(17, pin_factory=factory)")
    assert old.closed and not ns["led"].closed
    ns["led"].on()
    assert ns["factory"].pin(17).state
    ns["led"].close()


# --- the checks of light-it-up: wired either way, the same verdict however often ---------------
def test_led_source_is_button_passes_the_button_exercise():
    ns = notebook()
    run_cell(ns, "led = LED(17)")
    run_cell(ns, "button = Button(2)\nbench.board(led, button)")
    assert check_cell(ns, "button-light")[0] == "not yet"  # no wiring yet
    run_cell(ns, "led.source = button")  # gpiozero's own way: the light follows the button
    assert check_cell(ns, "button-light") == ("done", messages.say("done", praise=checks.load(LIGHT_IT_UP)["button-light"].praise))
    assert check_cell(ns, "button-light")[0] == "done"


def test_jobs_with_brackets_still_get_the_brackets_message_when_the_check_runs_again():
    ns = notebook()
    run_cell(ns, "led = LED(17)")
    run_cell(ns, "button = Button(2)")
    run_cell(ns, "button.when_pressed = led.on()")
    first = check_cell(ns, "button-light")
    assert first[0] == "not yet" and first[1] == check_said(
        "Your code switched the light on straight away, just once. That is what the "
        "brackets in `led.on()` do: *now*. Without brackets, `led.on` is a job the button "
        "keeps for later: `button.when_pressed = led.on`.")
    assert check_cell(ns, "button-light") == first


EXERCISES = {
    "light-off": "bench.show(led)\nled.on()\nsleep(0.05)\nled.off()",
    "blink-three": "bench.show(led)\nfor i in range(3):\n    led.on()\n    sleep(0.06)\n    led.off()\n    sleep(0.06)",
    "button-light": "button.when_pressed = led.on\nbutton.when_released = led.off",
}


@pytest.mark.parametrize("exercise", sorted(EXERCISES))
def test_a_check_gives_the_same_verdict_again_and_after_an_unrelated_cell(exercise):
    ns = notebook()
    run_cell(ns, "led = LED(17)\nbutton = Button(2)")
    run_cell(ns, EXERCISES[exercise])
    run_cell(ns, "x = 6 * 7\nprint(x)")  # an unrelated cell between the exercise and its check
    first = check_cell(ns, exercise)
    assert first[0] == "done", first
    assert check_cell(ns, exercise) == first  # the check run twice
    run_cell(ns, "y = 1")
    assert check_cell(ns, exercise) == first


def test_a_blank_exercise_is_not_yet_even_when_an_earlier_cell_did_the_work():
    ns = notebook()
    run_cell(ns, "led = LED(17)")
    run_cell(ns, "for i in range(3):\n    led.on()\n    sleep(0.06)\n    led.off()\n    sleep(0.06)")  # a demo cell
    run_cell(ns, "bench.show(led)\nfor i in range(3):\n    # ✏️ Your code here\n    ...")  # the exercise, blank
    first = check_cell(ns, "blink-three")
    assert first[0] == "not yet" and first[1] == check_said(
        "I didn't see the light blink in the cell above. "
        "Write the steps of one blink inside the loop, run that cell, then run this check.")
    assert check_cell(ns, "blink-three") == first


def test_the_traffic_light_check_gives_the_same_verdict_twice():
    ns = notebook()
    run_cell(ns, "red = LED(22)\namber = LED(23)\ngreen = LED(24)")
    run_cell(ns, "red.on()\nsleep(0.1)\nred.off()\ngreen.on()\nsleep(0.1)\ngreen.off()\namber.on()\nsleep(0.1)"
                 "\namber.off()\nred.on()")
    run_cell(ns, "print('hello')")
    first = check_cell(ns, "traffic-light")
    assert first[0] == "done", first
    assert check_cell(ns, "traffic-light") == first


def test_the_exercise_window_skips_check_cells_and_cells_that_neither_touch_nor_name_the_part():
    ns = notebook()

    def window():  # asked from a cell that does not name the led, as a check does
        run_cell(ns, "_start = bench.exercise_start(*_parts)")
        return ns.pop("_start")

    run_cell(ns, "led = LED(17)\nother = LED(18)")
    ns["_parts"] = [ns["led"]]
    run_cell(ns, "led.on()")
    exercise = bench.timeline._CELLS[-1].start
    run_cell(ns, "other.on()")  # touches another part only
    run_cell(ns, "z = 3")  # names nothing
    assert window() == exercise
    check_cell(ns, "light-off")  # a check cell: it looks at the led, and never becomes the exercise
    assert bench.timeline._CELLS[-1].checking
    assert window() == exercise
    run_cell(ns, "print(led.is_lit)")  # names the led: a cell that used it
    assert window() == bench.timeline._CELLS[-2].start


def test_what_an_earlier_check_did_never_counts_as_the_students_work():
    ns = notebook()
    run_cell(ns, "led = LED(17)\nbutton = Button(2)")
    run_cell(ns, EXERCISES["button-light"])
    assert check_cell(ns, "button-light")[0] == "done"  # the check pressed the button: the led went on and off
    run_cell(ns, "button.when_pressed = None\nbutton.when_released = None")  # the student takes the jobs away
    status, message = check_cell(ns, "button-light")
    assert status == "not yet" and message == check_said(  # not "switched the light on"
        "Nothing happens yet when the button is pressed. Give the button its jobs with "
        "`button.when_pressed = ...` and `button.when_released = ...`.")
    assert bench.history(ns["led"], since=None)[-1][1] == 0 and len(bench.history(ns["led"], since=None)) > 2


# --- the package keeps the names lessons and tests use ----------------------------------------
def test_every_public_name_of_the_bench_is_still_there():
    for name in ["show", "board", "press", "release", "click", "press_and_see", "history", "blinks", "steps",
                 "reset", "set_reading", "replay", "LightSensor", "DistanceSensor", "TemperatureSensor", "on_a_pi",
                 "REDRAW_GAP", "POLL_EVERY", "LOG_LENGTH", "COLOURS", "BenchFactory", "RATE", "tone", "play"]:
        assert hasattr(bench, name), name
    assert callable(bench.history) and callable(bench.reset) and callable(bench.board)
    assert issubclass(bench.BenchError, KitError) and issubclass(bench.BenchError, TypeError)


# --- sound, from the same import ------------------------------------------------------------
def test_a_tone_appears_as_audio():
    from IPython.display import Audio

    player = bench.play(bench.tone(440, seconds=0.2))
    assert isinstance(player, Audio)
    assert "<audio" in player._repr_html_()
    assert bench.RATE == sound.RATE and bench.note("A4") == pytest.approx(440)


# --- noise: a virtual sensor that measures like a real one ---------------------------------------
def test_a_sensor_without_noise_measures_exactly():
    thermometer = bench.TemperatureSensor(5)
    bench.set_reading(thermometer, 20)
    assert {thermometer.temperature for _ in range(10)} == {20.0}


def test_noise_makes_readings_wander_around_the_true_value_the_same_way_every_time():
    thermometer = bench.TemperatureSensor(5)
    bench.set_reading(thermometer, 20)
    bench.set_noise(thermometer, 0.3, seed=1)
    first = [thermometer.temperature for _ in range(200)]
    assert len(set(first)) > 100
    assert abs(sum(first) / len(first) - 20) < 0.1          # the average is close to the truth
    assert 0.2 < (sum((r - 20) ** 2 for r in first) / len(first)) ** 0.5 < 0.4
    bench.set_noise(thermometer, 0.3, seed=1)
    assert [thermometer.temperature for _ in range(200)] == first   # a seed: the same readings again


def test_noise_keeps_a_reading_inside_the_sensors_range_and_the_picture_shows_the_true_value():
    light = bench.LightSensor(4)
    bench.set_reading(light, 0.0)
    bench.set_noise(light, 0.2, seed=3)
    assert all(0.0 <= light.value <= 1.0 for _ in range(100))
    assert bench.board(light=light).look(light)["text"] == "0%"
    bench.set_noise(light, 0)
    assert light.value == 0.0


def test_noise_that_is_not_a_small_number_says_what_to_try():
    thermometer = bench.TemperatureSensor(5)
    with pytest.raises(bench.BenchError) as caught:
        bench.set_noise(thermometer, -1)
    assert is_message(str(caught.value), "bench_noise_negative")
    with pytest.raises(bench.BenchError) as caught:
        bench.set_noise(thermometer, "a lot")
    assert is_message(str(caught.value), "bench_noise_not_a_number")
    with pytest.raises(bench.BenchError) as caught:
        bench.set_noise(LED(17), 0.3)
    assert is_message(str(caught.value), "bench_not_virtual")


def test_on_a_pi_setting_a_real_sensor_says_how_to_change_it_and_the_lesson_goes_on(monkeypatch, capsys):
    """A lesson's `bench.set_reading(sensor, ...)`, `set_noise` and `replay` are for the virtual bench. On a
    Raspberry Pi the sensor is gpiozero's own and measures the room: the same cell says so and stops nothing."""
    import gpiozero

    from artech.bench import sensors

    real = gpiozero.LightSensor(4, pin_factory=MockFactory())  # gpiozero's own class, as on a Pi
    try:
        monkeypatch.setattr(sensors, "mocking", lambda: False)
        bench.set_reading(real, 0.9)
        assert is_message(capsys.readouterr().out.strip(), "bench_real_sensor_reading", kind="LightSensor")
        bench.set_noise(real, 0.05, seed=1)
        assert is_message(capsys.readouterr().out.strip(), "bench_real_sensor_noise", kind="LightSensor")
        assert bench.replay(real, [0.1, 0.2], every=0, background=False) is None
        assert is_message(capsys.readouterr().out.strip(), "bench_real_sensor_reading", kind="LightSensor")
        with pytest.raises(TypeError, match=message_pattern("bench_not_virtual", kind="Button")):
            bench.set_reading(Button(2), 1)  # a button is never a sensor, on a Pi or not
    finally:
        real.close()
    monkeypatch.undo()
    with pytest.raises(TypeError, match=message_pattern("bench_not_virtual", kind="LightSensor")):
        bench.set_reading(gpiozero.LightSensor(5, pin_factory=MockFactory()), 0.5)  # on the bench: a real mistake
