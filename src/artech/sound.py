"""Sound from numbers: tones, notes, melodies and chords, heard and seen in a notebook.

A sound is a long list of numbers between -1 and 1, ``RATE`` of them for every
second. Everything here works without speakers or a sound card: ``play`` makes a
player in the notebook (the browser plays it) and ``draw_wave`` makes a picture.

    from artech.sound import *
    a = tone(440, seconds=1)        # the note A: 440 shakes per second
    play(a)
    draw_wave(a)                    # 0.01 seconds of it, as a picture
    play(melody(["C4", "D4", ("E4", 2), "rest", "C4"]))

Mistakes a beginner makes (a frequency in quotes, volume 5, a note called "H4")
stop with a kind :class:`SoundError` that says what to try; the words live in
``artech.messages``.
"""

from __future__ import annotations

import html
import re
import wave as _wave
from numbers import Real
from pathlib import Path

import numpy as np

from . import i18n, messages
from .errors import KitError

__all__ = [
    "RATE", "SoundError", "tone", "silence", "note", "melody", "chord", "join",
    "play", "draw_wave", "save_wav", "measure_frequency", "measure_frequencies",
]

RATE = 16000  # numbers (samples) per second: small files, and tones up to 8000 Hz
HIGHEST = RATE // 2  # a shake needs at least two numbers, so nothing above RATE / 2
FADE = 0.01  # seconds of fade-in and fade-out, so a sound starts and stops without a click
SHAPES = ("sine", "square", "triangle", "sawtooth")
LETTERS = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}
OCTAVES = range(0, 9)  # C0 (16 Hz) up to B8 (7902 Hz)
REST = "rest"

_NOTE = re.compile(r"^([A-Ga-g])([#b♯♭]?)(\d+)$")
_SOLFEGE = {"do": "C", "re": "D", "mi": "E", "fa": "F", "sol": "G", "so": "G", "la": "A", "si": "B", "ti": "B"}
_DUTCH = re.compile(r"^([A-Ga-g])(is|es|s)(\d*)$", re.I)  # cis, fis, bes, es, as: Dutch note names


class SoundError(KitError, ValueError):
    """A value the sound tools can't use; the message says what happened and what to try."""


def _say(key: str, **values) -> SoundError:
    return SoundError(messages.say(key, **values))


def _show(value) -> str:
    return repr(value) if isinstance(value, str) else str(value)


# --- checking what the student gave ---------------------------------------
def _number(value, what_key: str, example: str) -> float:
    """``value`` as a float, or a kind SoundError; ``what_key`` is the message that names it (frequency,
    seconds, volume…): a key from a table written out here, so every word can be translated."""
    what = messages.say(what_key)
    if value is Ellipsis:
        raise _say("sound_blank", what=what, example=example)
    if isinstance(value, str):
        if re.fullmatch(r"\s*-?\d+(\.\d+)?\s*", value):
            raise _say("sound_text_number", what=what, value=value, bare=value.strip())
        raise _say("sound_not_a_number", what=what, value=_show(value),
                   kind=messages.kind_name(value), example=example)
    if isinstance(value, bool) or not isinstance(value, (Real, np.number)) or not np.isfinite(value):
        raise _say("sound_not_a_number", what=what, value=_show(value),
                   kind=messages.kind_name(value), example=example)
    return float(value)


def _seconds(value, what_key: str = "sound_what_seconds") -> float:
    seconds = _number(value, what_key, "seconds=1")
    if seconds < 0:
        raise _say("sound_negative_seconds", what=messages.say(what_key), value=_show(value), example="seconds=1")
    return seconds


def _volume(value) -> float:
    volume = _number(value, "sound_what_volume", "volume=0.5")
    if volume > 1:
        raise _say("sound_too_loud", value=_show(value))
    if volume < 0:
        raise _say("sound_negative_volume", value=_show(value))
    return volume


def _frequency(value) -> float:
    if isinstance(value, str) and _NOTE.match(value.strip()):
        raise _say("sound_note_as_frequency", value=value.strip())
    frequency = _number(value, "sound_what_frequency", "tone(440)")
    if frequency < 0:
        raise _say("sound_negative_frequency", value=_show(value))
    if frequency >= HIGHEST:
        from babel.numbers import format_decimal  # 44,100 in English is 44.100 in Dutch

        lang = i18n.language()
        raise _say("sound_too_high", value=_show(value), rate=format_decimal(RATE, locale=lang),
                   limit=format_decimal(HIGHEST, locale=lang))
    return frequency


def _shape(value) -> str:
    name = value.strip().lower() if isinstance(value, str) else value
    if name not in SHAPES:
        raise _say("sound_unknown_shape", value=_show(value),
                   suggestion=messages.did_you_mean(str(name), SHAPES),
                   shapes=", ".join(f'"{s}"' for s in SHAPES))
    return name


def _wave_of(value, what: str = "sound") -> np.ndarray:
    """A sound made by the tools (or a list of numbers) as a 1-D float array, checked."""
    if value is Ellipsis:
        raise _say("sound_wave_blank")
    if isinstance(value, (str, Real, dict)) or value is None:
        raise _say("sound_not_a_wave", kind=messages.kind_name(value), value=_show(value))
    try:
        data = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise _say("sound_not_a_wave", kind=messages.kind_name(value), value="…") from None
    if data.ndim != 1:
        raise _say("sound_not_a_wave", kind=messages.kind_name(value), value="…")
    if data.size == 0:
        raise _say("sound_empty")
    peak = float(np.max(np.abs(data)))
    if not np.isfinite(peak):
        raise _say("sound_not_a_wave", kind=messages.kind_name(value), value="…")
    if peak > 1 + 1e-9:
        raise _say("sound_wave_too_loud", peak=f"{peak:.2f}")
    return data


# --- making sounds ----------------------------------------------------------
def _fade(data: np.ndarray) -> np.ndarray:
    """Fade in and out smoothly (at most a quarter of the sound each way), so there is no click."""
    n = min(int(FADE * RATE), len(data) // 4)
    if n > 0:
        ramp = 0.5 - 0.5 * np.cos(np.pi * np.arange(n) / n)
        data[:n] *= ramp
        data[len(data) - n:] *= ramp[::-1]
    return data


def _harmonics(frequency: float, t: np.ndarray, shape: str) -> np.ndarray:
    top = min(int((HIGHEST - 1) // frequency), 100)  # 100 harmonics are plenty, and quick
    out = np.zeros(len(t))
    for k in range(1, top + 1):
        smooth = np.sinc(k / (top + 1))  # Lanczos factor: flat tops without ripples at the corners
        if shape == "square" and k % 2:
            out += smooth * np.sin(2 * np.pi * k * frequency * t) / k
        elif shape == "triangle" and k % 2:
            out += (-1) ** ((k - 1) // 2) * np.sin(2 * np.pi * k * frequency * t) / k**2
        elif shape == "sawtooth":
            out += smooth * (-1) ** (k + 1) * np.sin(2 * np.pi * k * frequency * t) / k
    return out


def _shape_wave(frequency: float, n: int, shape: str) -> np.ndarray:
    """``n`` samples of ``shape`` at ``frequency``, between -1 and 1.

    Square, triangle and sawtooth are built from their harmonics up to RATE / 2,
    so they add no false tones (aliasing) at this modest sample rate.
    """
    t = np.arange(n) / RATE
    if shape == "sine" or frequency == 0:
        return np.sin(2 * np.pi * frequency * t)
    one_shake = np.arange(4096) / (4096 * frequency)  # finely, to find the true peak
    peak = np.max(np.abs(_harmonics(frequency, one_shake, shape)))
    return _harmonics(frequency, t, shape) / peak


def tone(frequency, seconds=0.5, volume=0.5, shape="sine") -> np.ndarray:
    """A steady tone: ``frequency`` shakes per second (hertz), for ``seconds``.

    ``volume`` goes from 0 (silent) to 1 (loudest); ``shape`` is "sine" (soft, like a
    whistle), "triangle", "square" (buzzy, like an old game) or "sawtooth" (bright).
    The numbers stay between -volume and volume, with a short fade at both ends.
    """
    frequency = _frequency(frequency)
    seconds = _seconds(seconds)
    volume = _volume(volume)
    shape = _shape(shape)
    n = int(round(seconds * RATE))
    return _fade(volume * _shape_wave(frequency, n, shape))


def silence(seconds=0.5) -> np.ndarray:
    """Quiet: ``seconds`` of zeros."""
    return np.zeros(int(round(_seconds(seconds) * RATE)))


def _note_problem(name: str) -> SoundError:
    """The kindest message for a note name we don't know."""
    text = name.strip()
    squeezed = text.replace(" ", "")
    several = re.findall(r"[A-Ga-g][#b♯♭]?\d", squeezed)
    if len(several) > 1 and "".join(several) == squeezed:  # "C4 D4", or ["C4" "D4"] without a comma
        return _say("sound_note_several", value=text, parts=", ".join(f'"{w}"' for w in several))
    if re.fullmatch(r"-?\d+(\.\d+)?", squeezed):
        return _say("sound_text_number", what=messages.say("sound_what_note"), value=text, bare=squeezed)
    why, suggestion = "", ""
    m = re.match(r"^([A-Za-z]+)(.*)$", squeezed)
    word, rest = (m.group(1), m.group(2)) if m else (squeezed, "")
    octave = rest if rest.isdigit() else "4"
    dutch = _DUTCH.match(squeezed)
    if word.lower() == "h":
        why, suggestion = messages.say("sound_note_h"), f"B{octave}"
    elif word.lower() in _SOLFEGE:
        why, suggestion = messages.say("sound_note_solfege", value=text), f"{_SOLFEGE[word.lower()]}{octave}"
    elif dutch and (dutch.group(2).lower() != "s" or dutch.group(1).upper() in "AE"):
        letter = dutch.group(1).upper()
        sign = "#" if dutch.group(2).lower() == "is" else "b"
        why = messages.say("sound_note_dutch", value=text)
        suggestion = f"{letter}{sign}{dutch.group(3) or '4'}"
    elif _NOTE.match(squeezed[:1] + squeezed[1:2] + "4") and not re.search(r"\d", squeezed):
        why, suggestion = messages.say("sound_note_no_octave"), f"{squeezed[0].upper()}{squeezed[1:]}4"
    elif re.match(r"^[A-Ga-g][#b♯♭]?\d+$", squeezed):
        return _say("sound_note_octave", value=text)
    if suggestion:
        return _say("sound_unknown_note", value=text, why=why,
                    suggestion=messages.say("did_you_mean", suggestion=f'"{suggestion}"'))
    close = messages.did_you_mean(squeezed.upper(), [n.upper() for n in NOTE_NAMES])
    if close:
        found = re.search(r"`([^`]+)`", close).group(1)
        real = next(n for n in NOTE_NAMES if n.upper() == found)
        close = messages.say("did_you_mean", suggestion=f'"{real}"')
    return SoundError(messages.say("sound_unknown_note", value=text, why=why, suggestion=close).replace("  ", " "))


def note(name) -> float:
    """The frequency (hertz) of a note name: "A4" → 440.0, "C4" → 261.63, "C#4" = "Db4" → 277.18.

    Equal temperament with A4 = 440 Hz: each step up (semitone) multiplies by the
    twelfth root of 2, so twelve steps (an octave) double the frequency.
    A number is given back as it is, so ``note(440)`` is 440.0.
    """
    if _is_number(name):
        return _frequency(name)
    if name is Ellipsis:
        raise _say("sound_note_blank")
    if not isinstance(name, str):
        raise _say("sound_note_not_text", value=_show(name), kind=messages.kind_name(name))
    m = _NOTE.match(name.replace(" ", ""))
    if not m or int(m.group(3)) not in OCTAVES:
        raise _note_problem(name)
    letter, sign, octave = m.group(1).upper(), m.group(2), int(m.group(3))
    step = LETTERS[letter] + {"": 0, "#": 1, "♯": 1, "b": -1, "♭": -1}[sign]
    midi = 12 * (octave + 1) + step  # C4 = 60, A4 = 69
    return round(440.0 * 2 ** ((midi - 69) / 12), 2)


def _is_number(value) -> bool:
    return isinstance(value, (Real, np.number)) and not isinstance(value, bool)


NOTE_NAMES = [f"{letter}{sign}{octave}" for octave in OCTAVES for letter in "CDEFGAB" for sign in ("", "#", "b")]


def _is_rest(item) -> bool:
    return isinstance(item, str) and item.strip().lower() == REST


def _one_by_one(tool: str, first, *rest) -> None:
    """``chord("C4", "E4", "G4")``: notes given one by one instead of in one list."""
    extra = [r for r in rest if isinstance(r, str) and (_NOTE.match(r.replace(" ", "")) or _is_rest(r))]
    if extra and isinstance(first, str):
        parts = ", ".join(f'"{n}"' for n in [first, *extra])
        raise _say("sound_notes_one_by_one", tool=tool, parts=parts)


def melody(notes, beat=0.3, volume=0.5, shape="sine") -> np.ndarray:
    """Notes one after another. ``notes`` is a list of note names ("C4"), frequencies (440),
    "rest" for a pause, or pairs (name, beats) for a longer note: ``("G4", 2)``.
    Every beat lasts ``beat`` seconds.
    """
    if notes is Ellipsis:
        raise _say("sound_melody_blank")
    _one_by_one("melody", notes, beat, volume, shape)
    if isinstance(notes, str):
        raise _say("sound_melody_text", value=notes,
                   parts=", ".join(f'"{w}"' for w in notes.replace(",", " ").split()) or '"C4", "E4"')
    if not isinstance(notes, (list, tuple)):
        raise _say("sound_melody_not_list", kind=messages.kind_name(notes))
    if len(notes) == 0:
        raise _say("sound_melody_empty")
    beat = _seconds(beat, "sound_what_beat")
    volume = _volume(volume)
    parts = []
    for item in notes:
        beats = 1
        if isinstance(item, (tuple, list)):
            if len(item) != 2:
                raise _say("sound_bad_pair", value=_show(tuple(item)))
            item, beats = item
            beats = _number(beats, "sound_what_beats", '("G4", 2)')
            if beats < 0:
                raise _say("sound_negative_seconds", what=messages.say("sound_what_beats"), value=_show(beats),
                           example='("G4", 2)')
        if _is_rest(item):
            parts.append(silence(beats * beat))
        else:
            parts.append(tone(note(item), beats * beat, volume, shape))
    return np.concatenate(parts)


def chord(names_or_freqs, seconds=1.0, volume=0.5, shape="sine") -> np.ndarray:
    """Notes at the same time: ``chord(["C4", "E4", "G4"])``. Each note gets an equal share of
    ``volume``, so together they are never louder than one tone at that volume."""
    if names_or_freqs is Ellipsis:
        raise _say("sound_melody_blank")
    _one_by_one("chord", names_or_freqs, seconds, volume, shape)
    if isinstance(names_or_freqs, str) or _is_number(names_or_freqs):
        names_or_freqs = [names_or_freqs]
    if not isinstance(names_or_freqs, (list, tuple)):
        raise _say("sound_melody_not_list", kind=messages.kind_name(names_or_freqs))
    if len(names_or_freqs) == 0:
        raise _say("sound_chord_empty")
    volume = _volume(volume)
    share = volume / len(names_or_freqs)
    waves = [tone(note(item), seconds, share, shape) for item in names_or_freqs]
    return np.sum(waves, axis=0)


def join(*sounds) -> np.ndarray:
    """Sounds one after another: ``join(a, silence(0.2), b)``. (``a + b`` would mix them instead.)"""
    if len(sounds) == 1 and isinstance(sounds[0], (list, tuple)) and sounds[0] and not _is_number(sounds[0][0]):
        sounds = tuple(sounds[0])
    if not sounds:
        raise _say("sound_empty")
    return np.concatenate([_wave_of(s) for s in sounds])


# --- measuring --------------------------------------------------------------
def _spectrum(data: np.ndarray) -> tuple[np.ndarray, float]:
    """Magnitudes of the frequencies in ``data`` (Hann window, at least 1 Hz apart) and Hz per bin."""
    size = max(len(data), RATE)
    mags = np.abs(np.fft.rfft(data * np.hanning(len(data)), n=size))
    return mags, RATE / size


def _peak_at(mags: np.ndarray, i: int, step: float) -> float:
    """The frequency of the peak at bin ``i``, refined between bins (parabolic interpolation)."""
    if 0 < i < len(mags) - 1:
        a, b, c = np.log(mags[i - 1] + 1e-12), np.log(mags[i] + 1e-12), np.log(mags[i + 1] + 1e-12)
        denom = a - 2 * b + c
        shift = 0.5 * (a - c) / denom if denom else 0.0
        return (i + shift) * step
    return i * step


def measure_frequency(sound) -> float:
    """The strongest frequency in a sound, in hertz (rounded to 0.1), measured from its numbers."""
    data = _wave_of(sound)
    mags, step = _spectrum(data)
    if mags.max() < 1e-9:
        return 0.0
    return round(float(_peak_at(mags, int(np.argmax(mags)), step)), 1)


def measure_frequencies(sound, how_many=3) -> list[float]:
    """The ``how_many`` strongest frequencies in a sound (for example the notes of a chord), low to high."""
    data = _wave_of(sound)
    mags, step = _spectrum(data)
    peaks = [i for i in range(1, len(mags) - 1) if mags[i] > mags[i - 1] and mags[i] >= mags[i + 1]]
    peaks = [i for i in peaks if mags[i] > mags.max() * 0.05]
    strongest = sorted(peaks, key=lambda i: -mags[i])[: int(how_many)]
    return sorted(round(float(_peak_at(mags, i, step)), 1) for i in strongest)


# --- hearing and seeing -----------------------------------------------------
try:
    from IPython.display import Audio as _Audio
except ImportError:  # pragma: no cover - IPython comes with Jupyter
    _Audio = object


class Sound(_Audio):
    """A player in the notebook, with a short description of the sound next to it."""

    def __init__(self, data: np.ndarray, label: str = ""):
        seconds = len(data) / RATE
        unit = messages.say("sound_second" if _nice(seconds) == "1" else "sound_seconds")
        self.label = label or messages.say("sound_player", seconds=_nice(seconds), unit=unit)
        super().__init__(data, rate=RATE, normalize=False)

    def _repr_html_(self) -> str:
        label = html.escape(self.label)
        return (
            '<figure style="margin:0.3em 0">'
            f'<audio controls="controls" aria-label="{label}">'
            f'<source src="{self.src_attr()}" type="{self.mimetype}" /></audio>'
            f'<figcaption style="font-family:sans-serif;font-size:0.9em">🔊 {label}</figcaption></figure>'
        )

    def __repr__(self) -> str:
        return f"🔊 {self.label}"


def _nice(x: float) -> str:
    """0.5 → '0.5', 1.0 → '1', 0.01 → '0.01': numbers the way a person writes them."""
    return f"{x:.3f}".rstrip("0").rstrip(".") or "0"


def play(sound, label="") -> Sound:
    """A player for ``sound`` in the notebook (no speakers needed to make it; press ▶ to listen).
    ``label`` describes the sound in words, shown next to the player."""
    return Sound(_wave_of(sound), str(label))


class WavePicture:
    """A small, accessible SVG picture of a piece of a sound wave."""

    def __init__(self, svg: str, description: str):
        self.svg = svg
        self.description = description

    def _repr_html_(self) -> str:
        return self.svg

    def __repr__(self) -> str:
        return self.description


def draw_wave(sound, seconds=0.01) -> WavePicture:
    """A picture of ``seconds`` of a sound (from its middle, where it is steady).

    Up is +1, the middle line is 0 (still air), down is -1. The scale stays the same
    for every picture, so a quiet sound looks small and a loud one big.
    """
    data = _wave_of(sound)
    seconds = _seconds(seconds)
    n = max(2, min(len(data), int(round(seconds * RATE))))
    start = (len(data) - n) // 2
    piece = data[start:start + n]
    shown = n / RATE
    width, height, left, top, plot_w, plot_h = 640, 230, 46, 14, 580, 170
    mid = top + plot_h / 2

    def y(v):
        return mid - v * plot_h / 2

    if n > 2 * plot_w:  # too many numbers for the width: draw how far it shakes around each column
        reach = max(n // plot_w, RATE // 80) // 2  # at least one shake of a low note, so no moiré
        centres = (np.arange(plot_w) + 0.5) * n / plot_w
        cols = [piece[max(0, int(c) - reach): int(c) + reach + 1] for c in centres]
        xs = [left + i + 0.5 for i in range(plot_w)]
        upper = [f"{x:.1f},{y(c.max()):.1f}" for x, c in zip(xs, cols)]
        lower = [f"{x:.1f},{y(c.min()):.1f}" for x, c in zip(xs, cols)]
        shape = (f'<polygon points="{" ".join(upper + lower[::-1])}" fill="#2563eb" '
                 'stroke="#1d4ed8" stroke-width="1"/>')
    else:
        pts = [(left + i * plot_w / (n - 1), y(v)) for i, v in enumerate(piece)]
        shape = ('<polyline points="' + " ".join(f"{x:.1f},{yy:.1f}" for x, yy in pts)
                 + '" fill="none" stroke="#2563eb" stroke-width="2.5" stroke-linejoin="round"/>')
        if n <= 80:
            shape += "".join(f'<circle cx="{x:.1f}" cy="{yy:.1f}" r="3" fill="#1e3a8a"/>' for x, yy in pts)
    description = _describe(piece, shown)
    label = html.escape(description)
    grid = ""
    for v, text in ((1, "+1"), (0.5, "+0.5"), (0, "0"), (-0.5, "−0.5"), (-1, "−1")):
        style = 'stroke="#6b7280"' if v == 0 else 'stroke="#d1d5db" stroke-dasharray="4 4"'
        grid += (f'<line x1="{left}" y1="{y(v):.1f}" x2="{left + plot_w}" y2="{y(v):.1f}" {style} stroke-width="1"/>'
                 f'<text x="{left - 8}" y="{y(v) + 4:.1f}" text-anchor="end">{text}</text>')
    axis_y = top + plot_h + 20
    axis = "sound_picture_axis_all" if n == len(data) else "sound_picture_axis"
    caption = html.escape(messages.say(axis, seconds=_nice(shown)))
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{label}" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        'style="max-width:100%;height:auto;font-family:sans-serif;font-size:13px;fill:#374151">'
        f"<title>{label}</title>"
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>'
        f"{grid}{shape}"
        f'<line x1="{left}" y1="{axis_y - 8}" x2="{left + plot_w}" y2="{axis_y - 8}" stroke="#9ca3af"/>'
        f'<text x="{left + plot_w / 2:.1f}" y="{axis_y + 8}" text-anchor="middle">{caption}</text>'
        "</svg>"
    )
    return WavePicture(svg, description)


def _describe(piece: np.ndarray, seconds: float) -> str:
    """Words for the picture (its alt text): how many shakes, how big."""
    high, low = float(piece.max()), float(piece.min())
    if max(abs(high), abs(low)) < 0.005:
        return messages.say("sound_picture_silent", seconds=_nice(seconds))
    signs = np.signbit(piece)
    ups = np.flatnonzero(signs[:-1] & ~signs[1:])  # where the line crosses 0 going up
    if len(ups) >= 2:  # shakes per sample between the first and last crossing, times the samples shown
        shakes = (len(ups) - 1) / (ups[-1] - ups[0]) * len(piece)
    else:
        shakes = len(ups)
    return messages.say("sound_picture", seconds=_nice(seconds), shakes=f"{shakes:.1f}".removesuffix(".0"),
                        high=f"{high:.2f}", low=f"{low:.2f}")


def save_wav(sound, path) -> Path:
    """Save a sound as a .wav file (16-bit, mono, RATE numbers per second) that any music player opens."""
    data = _wave_of(sound)
    path = Path(path)
    frames = np.round(np.clip(data, -1, 1) * 32767).astype("<i2").tobytes()
    with _wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)
    return path
