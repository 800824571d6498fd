"""Buzzers on the bench: gpiozero's own Buzzer and TonalBuzzer, what they played, and hearing it again."""

import time

import gpiozero
import pytest
from gpiozero import LED, Button, Buzzer, TonalBuzzer
from gpiozero.pins.mock import MockPWMPin

from artech import KitError, bench, messages, sound
from artech.bench import buzzer as buzzer_module
from conftest import is_message


@pytest.fixture(autouse=True)
def fresh_bench():
    bench.reset()
    yield
    bench.reset()


def run_cell(ns, source):
    """Run ``source`` as a notebook cell would: IPython's cell hooks around code in the notebook's names."""
    bench._cell_started(source)
    try:
        exec(compile(source, "<cell>", "exec"), ns)
    finally:
        bench._cell_finished()


def names(notes):
    return [bench.note_name(f) for f, _s in notes]


def test_the_buzzers_are_gpiozeros_own_parts_on_mock_pwm_pins():
    buzzer = TonalBuzzer(18)
    assert type(buzzer) is gpiozero.TonalBuzzer
    assert isinstance(buzzer.pwm_device.pin, MockPWMPin)
    beeper = Buzzer(17)
    assert type(beeper) is gpiozero.Buzzer


def test_played_gives_each_note_in_order_with_how_long_it_lasted():
    ns = {"TonalBuzzer": TonalBuzzer, "sleep": time.sleep}
    run_cell(ns, "buzzer = TonalBuzzer(18)\nfor n in ['C4', 'E4', 'G4']:\n"
                 "    buzzer.play(n)\n    sleep(0.06)\n    buzzer.stop()\n    sleep(0.03)")
    notes = bench.played(ns["buzzer"])
    assert [bench.note_name(f) for f, _s in notes] == ["C4", "rest", "E4", "rest", "G4"]
    assert all(0.05 <= s < 0.2 for f, s in notes if f is not None)
    assert notes[0][0] == pytest.approx(261.63, abs=0.01)


def test_a_note_changed_without_a_stop_is_heard_as_a_new_note():
    ns = {"TonalBuzzer": TonalBuzzer, "sleep": time.sleep}
    run_cell(ns, "buzzer = TonalBuzzer(18)\nbuzzer.play('C4')\nsleep(0.05)\nbuzzer.play('G4')\nsleep(0.05)\n"
                 "buzzer.stop()")
    assert names(bench.played(ns["buzzer"])) == ["C4", "G4"]


def test_two_same_notes_without_a_gap_run_together_as_one_long_note():
    ns = {"TonalBuzzer": TonalBuzzer, "sleep": time.sleep}
    run_cell(ns, "buzzer = TonalBuzzer(18)\nfor n in ['C4', 'C4']:\n    buzzer.play(n)\n    sleep(0.05)\n"
                 "    buzzer.stop()")
    notes = bench.played(ns["buzzer"])
    assert names(notes) == ["C4"]
    assert notes[0][1] >= 0.1


def test_played_looks_at_the_exercise_cell_only():
    ns = {"TonalBuzzer": TonalBuzzer, "sleep": time.sleep}
    run_cell(ns, "buzzer = TonalBuzzer(18)\nbuzzer.play('A4')\nsleep(0.03)\nbuzzer.stop()")
    run_cell(ns, "buzzer.play('B4')\nsleep(0.03)\nbuzzer.stop()")
    run_cell(ns, "x = 1")  # an unrelated cell between the exercise and the check
    assert names(bench.played(ns["buzzer"])) == ["B4"]
    assert names(bench.played(ns["buzzer"], since=None)) == ["A4", "B4"]


def test_a_plain_buzzer_beeps_at_its_own_tone():
    ns = {"Buzzer": Buzzer, "sleep": time.sleep}
    run_cell(ns, "beeper = Buzzer(17)\nbeeper.on()\nsleep(0.05)\nbeeper.off()")
    notes = bench.played(ns["beeper"])
    assert len(notes) == 1 and notes[0][0] == bench.BEEP_HZ


def test_button_jobs_play_notes_and_listen_hears_what_was_pressed():
    ns = {"TonalBuzzer": TonalBuzzer, "Button": Button}
    run_cell(ns, "buzzer = TonalBuzzer(18)\nbutton = Button(2)\n"
                 "button.when_pressed = lambda: buzzer.play('E4')\nbutton.when_released = buzzer.stop")
    bench.press(ns["button"])
    time.sleep(0.05)
    bench.release(ns["button"])
    heard = bench.listen(ns["buzzer"])
    assert names(heard.notes) == ["E4"]
    assert len(heard) == pytest.approx(0.05 * sound.RATE, rel=0.5)
    assert is_message(repr(heard).lstrip("🔊 "), "bench_heard")


def test_listen_makes_a_square_wave_at_the_note_and_draw_wave_reads_it():
    ns = {"TonalBuzzer": TonalBuzzer, "sleep": time.sleep}
    run_cell(ns, "buzzer = TonalBuzzer(18)\nbuzzer.play('A4')\nsleep(0.2)\nbuzzer.stop()")
    heard = bench.listen(ns["buzzer"])
    assert sound.measure_frequency(heard) == pytest.approx(440, abs=3)
    assert max(abs(v) for v in heard.samples) <= buzzer_module.VOLUME + 1e-9
    picture = bench.draw_wave(heard)
    assert "<svg" in picture._repr_html_()
    assert "<audio" in heard._repr_html_()


def test_listen_to_nothing_says_so_in_words():
    ns = {"TonalBuzzer": TonalBuzzer}
    run_cell(ns, "buzzer = TonalBuzzer(18)")
    heard = bench.listen(ns["buzzer"])
    assert heard.notes == []
    assert is_message(heard.label, "bench_heard_nothing")


def test_a_note_left_on_lasts_until_now_but_not_for_ever():
    ns = {"TonalBuzzer": TonalBuzzer}
    run_cell(ns, "buzzer = TonalBuzzer(18)\nbuzzer.play('C4')")
    time.sleep(0.05)
    assert bench.played(ns["buzzer"])[-1][1] >= 0.05
    assert len(bench.listen(ns["buzzer"])) <= buzzer_module.LONGEST * sound.RATE


def test_the_picture_shows_the_new_note_at_once():
    buzzer = TonalBuzzer(18)
    board = bench.board(buzzer=buzzer)
    buzzer.play("C4")
    time.sleep(bench.REDRAW_GAP * 3)
    buzzer.play("G4")  # only the frequency changes: no stop in between
    time.sleep(bench.REDRAW_GAP * 4)
    assert ">G4<" in board.pictures[id(buzzer)].value


def test_a_note_out_of_range_is_a_kind_value_error():
    buzzer = TonalBuzzer(18)
    with pytest.raises(ValueError) as caught:
        buzzer.play("C6")
    assert isinstance(caught.value, KitError) and isinstance(caught.value, bench.ToneOutOfRange)
    assert "A3" in str(caught.value) and "A5" in str(caught.value)
    assert is_message(str(caught.value), "bench_tone_out_of_range")


def test_listen_to_something_that_is_not_a_buzzer_says_what_to_do():
    with pytest.raises(bench.BenchError) as caught:
        bench.listen(LED(17))
    assert is_message(str(caught.value), "bench_not_a_buzzer")
    with pytest.raises(bench.BenchError) as caught:
        bench.listen(...)
    assert is_message(str(caught.value), "bench_blank_part")


def test_on_real_pins_listen_says_the_real_buzzer_was_heard(monkeypatch):
    buzzer = TonalBuzzer(18)
    monkeypatch.setattr(buzzer_module, "_pin", lambda part: object())  # a pin that is not a mock pin
    heard = bench.listen(buzzer)
    assert heard.notes == [] and is_message(heard.label, "bench_heard_real_pi")
    assert bench.played(buzzer) == []


def test_reset_forgets_what_was_played():
    buzzer = TonalBuzzer(18)
    buzzer.play("C4")
    bench.reset()
    assert not buzzer_module._FREQS
    assert messages.say("bench_heard_nothing", name="x")
