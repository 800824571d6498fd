"""artech.sound: the numbers are right, the files are real WAVs, and mistakes get kind words."""

import base64
import html as html_text
import io
import re
import wave
from pathlib import Path

import numpy as np
import pytest
from IPython.display import Audio

from artech import i18n, messages
from artech import sound as S
from conftest import is_message, said
from artech.errors import raised_by_kit, students_part
from artech.sound import (
    RATE, SoundError, chord, draw_wave, join, measure_frequencies, measure_frequency,
    melody, note, play, save_wav, silence, tone,
)


def crossings_frequency(data: np.ndarray) -> float:
    """Frequency by counting upward zero crossings: independent of the FFT in measure_frequency."""
    signs = np.signbit(data)
    ups = np.flatnonzero(signs[:-1] & ~signs[1:])
    return (len(ups) - 1) / ((ups[-1] - ups[0]) / RATE)


# --- the note table -----------------------------------------------------------
@pytest.mark.parametrize("name, hz", [
    ("A4", 440.0), ("C4", 261.63), ("A3", 220.0), ("A5", 880.0), ("E4", 329.63),
    ("G4", 392.0), ("C5", 523.25), ("C#4", 277.18), ("Db4", 277.18), ("Bb3", 233.08),
    ("C0", 16.35), ("B8", 7902.13), ("a4", 440.0), ("c 4", 261.63), ("F♯4", 369.99),
])
def test_note_table(name, hz):
    assert note(name) == hz


def test_every_octave_doubles_and_every_step_is_the_twelfth_root_of_two():
    for letter in "CDEFGAB":
        assert note(f"{letter}5") == pytest.approx(2 * note(f"{letter}4"), abs=0.02)
    names = ["C4", "C#4", "D4", "D#4", "E4", "F4", "F#4", "G4", "G#4", "A4", "A#4", "B4", "C5"]
    ratios = [note(b) / note(a) for a, b in zip(names, names[1:])]
    assert ratios == pytest.approx([2 ** (1 / 12)] * 12, abs=1e-4)


def test_note_passes_numbers_through():
    assert note(440) == 440.0


# --- tones ---------------------------------------------------------------------
def test_rate_keeps_files_small_and_notes_playable():
    assert 8000 <= RATE <= 22050
    assert note("B8") < RATE / 2


@pytest.mark.parametrize("hz", [110, 261.63, 440, 880, 3000])
def test_tone_has_the_frequency_asked_for(hz):
    a = tone(hz, seconds=1)
    assert crossings_frequency(a) == pytest.approx(hz, rel=0.005)
    assert measure_frequency(a) == pytest.approx(hz, abs=0.5)


@pytest.mark.parametrize("shape", S.SHAPES)
def test_every_shape_keeps_its_pitch_and_volume(shape):
    a = tone(440, seconds=1, volume=0.6, shape=shape)
    assert measure_frequency(a) == pytest.approx(440, abs=0.5)
    assert crossings_frequency(a) == pytest.approx(440, rel=0.005)
    assert 0.58 <= np.abs(a).max() <= 0.6


def test_shapes_really_differ():
    sine, square = tone(440, 1, shape="sine"), tone(440, 1, shape="square")
    # a square wave spends most of its time near the top or bottom; a sine does not
    assert np.mean(np.abs(square) > 0.45) > 0.8
    assert np.mean(np.abs(sine) > 0.45) < 0.4


def test_tone_length_volume_and_fades():
    a = tone(440, seconds=2, volume=0.3)
    assert isinstance(a, np.ndarray) and a.dtype == float and a.ndim == 1
    assert len(a) == 2 * RATE
    assert np.abs(a).max() == pytest.approx(0.3, abs=0.001)
    assert np.abs(a).max() <= 0.3
    assert abs(a[0]) < 1e-9 and abs(a[-1]) < 0.01  # starts and ends quietly: no click
    assert np.abs(a[:20]).max() < 0.05


def test_volume_changes_size_not_pitch():
    soft, loud = tone(440, 1, volume=0.1), tone(440, 1, volume=0.9)
    assert measure_frequency(soft) == measure_frequency(loud) == 440.0
    assert np.abs(loud).max() / np.abs(soft).max() == pytest.approx(9, rel=0.01)


def test_short_tones_and_silence():
    assert len(tone(440, seconds=0.01)) == RATE // 100
    assert len(tone(440, seconds=0)) == 0
    quiet = silence(0.5)
    assert len(quiet) == RATE // 2 and not quiet.any()


# --- melodies, chords, join ------------------------------------------------------
def test_melody_lengths_rests_and_pitches():
    beat = 0.25
    m = melody(["A4", "rest", ("A5", 2)], beat=beat)
    n = int(beat * RATE)
    assert len(m) == 4 * n
    assert not m[n:2 * n].any()
    assert measure_frequency(m[:n]) == pytest.approx(440, abs=2)
    assert measure_frequency(m[2 * n:]) == pytest.approx(880, abs=2)
    assert np.abs(m).max() <= 0.5


def test_melody_accepts_numbers_lists_and_rest_in_any_case():
    m = melody([440, ["C4", 1], "Rest"], beat=0.1)
    assert len(m) == 3 * int(0.1 * RATE)


def test_chord_holds_its_notes_and_stays_within_volume():
    c = chord(["C4", "E4", "G4"], seconds=1.5)
    assert len(c) == int(1.5 * RATE)
    assert measure_frequencies(c, 3) == pytest.approx([261.63, 329.63, 392.0], abs=0.5)
    assert np.abs(c).max() <= 0.5
    assert measure_frequencies(tone(440, 1), 3) == [440.0]  # one note: one frequency


def test_join_puts_sounds_one_after_another():
    a, b = tone(440, 0.5), tone(880, 0.25)
    j = join(a, silence(0.25), b)
    assert len(j) == len(a) + RATE // 4 + len(b)
    assert np.array_equal(j[: len(a)], a)


# --- play ---------------------------------------------------------------------------
def _wav_in(html: str) -> bytes:
    src = re.search(r'src="data:audio/wav;base64,([^"]+)"', html).group(1)
    return base64.b64decode(src)


def test_play_gives_an_inline_wav_player_that_needs_no_sound_card():
    a = tone(440, seconds=0.5, volume=0.5)
    player = play(a, label="A beep")
    assert isinstance(player, Audio)
    html = player._repr_html_()
    assert "<audio" in html and "A beep" in html and 'aria-label="A beep"' in html
    with wave.open(io.BytesIO(_wav_in(html))) as w:
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate(), w.getnframes()) == (1, 2, RATE, len(a))
        samples = np.frombuffer(w.readframes(len(a)), dtype="<i2")
    assert samples.max() == pytest.approx(0.5 * 32767, abs=2)  # not normalised: volume is kept
    assert repr(player).startswith("🔊")


def test_play_is_deterministic_so_stored_outputs_stay_proven():
    first = play(melody(["C4", "E4"]))._repr_html_()
    second = play(melody(["C4", "E4"]))._repr_html_()
    assert first == second
    assert html_text.escape(said("sound_player", seconds="0.6", unit=said("sound_seconds"))) in first
    assert html_text.escape(said("sound_player", seconds="1", unit=said("sound_second"))) in play(tone(440, 1))._repr_html_()


# --- draw_wave ------------------------------------------------------------------------
def test_draw_wave_is_an_accessible_deterministic_svg():
    pic = draw_wave(tone(440, seconds=1))
    svg = pic._repr_html_()
    assert svg.startswith("<svg") and 'role="img"' in svg and "<title>" in svg
    assert svg == draw_wave(tone(440, seconds=1))._repr_html_()
    title = re.search(r"<title>(.*?)</title>", svg).group(1)
    # 440 shakes per second is 4.4 shakes in 0.01 seconds
    assert is_message(html_text.unescape(title), "sound_picture", seconds="0.01", high="0.50", shakes="4.4")
    assert 'aria-label="' + title in svg
    assert repr(pic) == html_text.unescape(title)


def test_draw_wave_shows_size_and_speed():
    def shakes(pic, times):
        return is_message(repr(pic), "sound_picture", shakes=times)

    assert shakes(draw_wave(tone(880, 1)), "8.8")
    assert shakes(draw_wave(tone(100, 1), seconds=0.1), "10")
    assert is_message(repr(draw_wave(tone(440, 1, volume=0.1))), "sound_picture", low="-0.10", high="0.10")
    assert repr(draw_wave(silence(1))) == said("sound_picture_silent", seconds="0.01")
    long = draw_wave(melody(["C4", "E4", "G4"]), seconds=5)
    assert is_message(html_text.unescape(long._repr_html_()), "sound_picture_axis_all", seconds="0.9")
    assert "<polygon" in long._repr_html_()
    dots = draw_wave(tone(440, 1), seconds=0.002)
    assert dots._repr_html_().count("<circle") == int(0.002 * RATE)


# --- save_wav ------------------------------------------------------------------------
def test_save_wav_writes_a_16_bit_mono_wav(tmp_path):
    a = tone(440, seconds=0.75, volume=0.8)
    path = save_wav(a, tmp_path / "beep.wav")
    raw = Path(path).read_bytes()
    assert raw[:4] == b"RIFF" and raw[8:12] == b"WAVE"
    assert len(raw) == 44 + 2 * len(a)
    with wave.open(str(path)) as w:
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate(), w.getnframes()) == (1, 2, RATE, len(a))
        back = np.frombuffer(w.readframes(len(a)), dtype="<i2") / 32767
    assert np.abs(back - a).max() <= 1 / 32767
    assert measure_frequency(back) == pytest.approx(440, abs=0.5)


# --- kind errors -----------------------------------------------------------------------
def _in_this_language(number: int) -> str:
    """A number as the language the tests run in writes it: 8,000 in English, 8.000 in Dutch."""
    from babel.numbers import format_decimal

    return format_decimal(number, locale=i18n.language())


# Each mistake, and what its message must say (made when the test runs, in its language): a pair
# (key, values) is a message of the kit with those values; a plain string is code, the same in every
# language (the kit's names stay English).
@pytest.mark.parametrize("make, expected", [
    (lambda: tone("440"), lambda: [
        ("sound_text_number", dict(what=said("sound_what_frequency"), value="440", bare="440"))]),
    (lambda: tone(...), lambda: [
        ("sound_blank", dict(what=said("sound_what_frequency"), example="tone(440)"))]),
    (lambda: tone(None), lambda: [
        ("sound_not_a_number", dict(what=said("sound_what_frequency"), value="None", kind=said("kind_none"),
                                    example="tone(440)"))]),
    (lambda: tone("A4"), lambda: [("sound_note_as_frequency", dict(value="A4")), 'tone(note("A4"))']),
    (lambda: tone(440, seconds=-1), lambda: [
        ("sound_negative_seconds", dict(what=said("sound_what_seconds"), value="-1", example="seconds=1")),
        "seconds=1"]),
    (lambda: silence(-2), lambda: [
        ("sound_negative_seconds", dict(what=said("sound_what_seconds"), value="-2"))]),
    (lambda: tone(440, volume=5), lambda: [("sound_too_loud", dict(value="5")), "volume=0.8"]),
    (lambda: tone(440, volume=-0.5), lambda: [("sound_negative_volume", dict(value="-0.5"))]),
    (lambda: tone(-440), lambda: [("sound_negative_frequency", dict(value="-440"))]),
    (lambda: tone(20000), lambda: [
        ("sound_too_high", dict(value="20000", limit=_in_this_language(8000)))]),
    (lambda: tone(440, shape="sqaure"), lambda: [
        ("sound_unknown_shape", dict(value="'sqaure'")), ("did_you_mean", dict(suggestion="square"))]),
    (lambda: note("H4"), lambda: [
        ("sound_unknown_note", dict(value="H4", why=said("sound_note_h"),
                                    suggestion=said("did_you_mean", suggestion='"B4"')))]),
    (lambda: note("C"), lambda: [
        ("sound_unknown_note", dict(value="C", why=said("sound_note_no_octave"),
                                    suggestion=said("did_you_mean", suggestion='"C4"')))]),
    (lambda: note("do"), lambda: [
        ("sound_unknown_note", dict(value="do", why=said("sound_note_solfege", value="do"),
                                    suggestion=said("did_you_mean", suggestion='"C4"')))]),
    (lambda: note("fis4"), lambda: [
        ("sound_unknown_note", dict(value="fis4", why=said("sound_note_dutch", value="fis4"),
                                    suggestion=said("did_you_mean", suggestion='"F#4"')))]),
    (lambda: note("C4,"), lambda: [
        ("sound_unknown_note", dict(value="C4,")), ("did_you_mean", dict(suggestion='"C4"'))]),
    (lambda: note("C12"), lambda: [("sound_note_octave", dict(value="C12")), "C0", "B8"]),
    (lambda: note("X4"), lambda: [  # no reason and no guess: the message without them, and one space
        said("sound_unknown_note", value="X4", why="", suggestion="").replace("  ", " ")]),
    (lambda: melody(["C4" "D4", "E4"]), lambda: [
        ("sound_note_several", dict(value="C4D4", parts='"C4", "D4"')), '["C4", "D4"]']),
    (lambda: melody("C4 D4 E4"), lambda: [
        ("sound_melody_text", dict(value="C4 D4 E4", parts='"C4", "D4", "E4"')), '["C4", "D4", "E4"]']),
    (lambda: melody([]), lambda: [("sound_melody_empty", {})]),
    (lambda: melody([("G4",)]), lambda: [("sound_bad_pair", dict(value="('G4',)")), '("G4", 2)']),
    (lambda: melody([("G4", "2")]), lambda: [
        ("sound_text_number", dict(what=said("sound_what_beats"), value="2", bare="2"))]),
    (lambda: chord([]), lambda: [("sound_chord_empty", {})]),
    (lambda: chord("C4", "E4", "G4"), lambda: [
        ("sound_notes_one_by_one", dict(tool="chord", parts='"C4", "E4", "G4"')), 'chord(["C4", "E4", "G4"])']),
    (lambda: melody("C4", "D4"), lambda: [
        ("sound_notes_one_by_one", dict(tool="melody", parts='"C4", "D4"')), 'melody(["C4", "D4"])']),
    (lambda: play(tone(440, volume=0.8) + tone(440, volume=0.8)), lambda: [
        ("sound_wave_too_loud", dict(peak="1.60")), "chord([...])", "join(a, b)"]),
    (lambda: play(...), lambda: [("sound_wave_blank", {}), "tone(440)"]),
    (lambda: play("C4"), lambda: [("sound_not_a_wave", dict(kind=said("kind_str")))]),
    (lambda: draw_wave(silence(0)), lambda: [("sound_empty", {})]),
])
def test_mistakes_get_kind_specific_messages(make, expected):
    with pytest.raises(SoundError) as info:
        make()
    text = str(info.value)
    for item in expected():
        if isinstance(item, str):
            assert item in text, (item, text)
        else:
            key, values = item
            assert is_message(text, key, **values), (key, values, text)
    assert "Traceback" not in text and "{" not in text


def test_sound_errors_are_value_errors_and_show_only_the_students_lines():
    assert issubclass(SoundError, ValueError)

    def students_cell():
        play(tone(440, volume=0.8) + tone(440, volume=0.8))

    with pytest.raises(SoundError) as info:
        students_cell()
    full = info.value.__traceback__
    names = []
    while full is not None:
        names.append(full.tb_frame.f_code.co_name)
        full = full.tb_next
    assert "_wave_of" in names  # the kit's insides are in the real traceback...
    short = students_part(info.value.__traceback__)
    kept = []
    while short is not None:
        kept.append(short.tb_frame.f_code.co_name)
        short = short.tb_next
    assert kept[-1] == "students_cell" and "play" not in kept and "_wave_of" not in kept  # ...not in the one shown
    assert raised_by_kit(info.value.__traceback__)  # so the notebook shows the short one, without a second box


def test_every_sound_message_exists_and_is_used():
    source = Path(S.__file__).read_text()
    used = set(re.findall(r'"(sound_[a-z_]+)"', source))
    defined = {key for key in messages.TEXT if key.startswith("sound_")}
    assert used <= defined, used - defined
    assert defined <= used, defined - used


def test_notes_without_quotes_in_a_notebook_get_the_put_it_in_quotes_box():
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("import artech\nfrom artech.sound import melody, play\nline1 = ['C4', 'D4']"),
                nbformat.v4.new_code_cell("line2 = [E4, F4, G4]\nplay(melody(line2))")]
    NotebookClient(nb, allow_errors=True, kernel_name="python3").execute()
    box, error = nb.cells[1].outputs
    assert error.output_type == "error" and error.ename == "NameError"
    assert messages.say("name_maybe_text", name="E4") in box.data["text/plain"]


def test_sound_errors_are_kit_errors():
    from artech.errors import KitError

    with pytest.raises(SoundError) as err:
        note("H4")
    assert isinstance(err.value, KitError) and isinstance(err.value, ValueError)
