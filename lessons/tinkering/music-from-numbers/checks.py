"""The checks for *Music from numbers* (tinkering-music-from-numbers).

They run in the kit, never in the student's notebook: `check("id")` loads this file fresh,
and `artech check` runs it after the student's code. The hints and praise live here too,
so a student copy holds no answers. Every sentence a student reads goes through `_` (or `_n`
for a count): its translations are in `checks.<lang>.po`."""

from artech.checks import exercise, _, _n
from artech import sound as _kit
from artech.messages import kind_name as _kind_name
import numpy as _np


def _sound(see, name):
    """The student's `name`, which must be a sound with something in it."""
    value = see.value(name)
    see.that(
        isinstance(value, _np.ndarray) and value.ndim == 1,
        _("`{name}` is {kind}, not a sound. "
          "A sound is made by a sound tool, for example `{name} = tone(300, seconds=1)`.",
          name=see.name(name), kind=_kind_name(value)),
    )
    see.that(len(value) > 0,
             _("`{name}` is a sound of 0 seconds: there is nothing to hear. Give it a length above 0.",
               name=see.name(name)))
    see.that(_np.abs(value).max() > 0.005,
             _("`{name}` is silent (volume 0): there is nothing to hear. Give it a volume above 0.",
               name=see.name(name)))
    return value


def _hz(wave):
    return round(_kit.measure_frequency(wave))


def _count(seconds):
    """The count that chooses the word form for a length: 1 for exactly 1 second, else 2 (0, 1.5, 2 …).

    Plural rules count whole things; a length like 1.5 seconds takes the plural, like 2."""
    return 1 if seconds == 1 else 2


_NAMED = {_kit.note(n): n for n in ["C4", "D4", "E4", "F4", "G4", "A4", "B4", "C5"]}


def _strong_notes(wave):
    """The loudest notes in `wave`, low to high, as names where they have one ("C4") or else "300 Hz".

    Only peaks at least 60% as strong as the strongest count, so the overtones of a square or
    triangle sound are not heard as extra notes."""
    size = max(len(wave), _kit.RATE)
    mags = _np.abs(_np.fft.rfft(wave * _np.hanning(len(wave)), n=size))
    top = mags.max()
    found = [i * _kit.RATE / size for i in range(1, len(mags) - 1)
             if mags[i] >= 0.6 * top and mags[i] > mags[i - 1] and mags[i] >= mags[i + 1]]
    return [next((n for hz, n in _NAMED.items() if abs(hz - f) < 2), f"{f:.0f} Hz") for f in found]


def _notes(see, name):
    """The student's list of notes, as (frequency, beats) pairs; kind words for what can't be played."""
    notes = see.value(name, list, why=_("A list of notes has square brackets: [\"C4\", \"E4\"]."))
    if notes:
        try:
            _kit.melody(notes)  # the same kind words the cell showed: a bad pair, "2" in quotes…
        except _kit.SoundError as problem:
            see.that(False, str(problem))
    pairs = []
    for item in notes:
        beats = 1
        if isinstance(item, (tuple, list)) and len(item) == 2:
            item, beats = item
        try:
            pairs.append((0.0 if str(item).strip().lower() == "rest" else _kit.note(item), beats))
        except _kit.SoundError as problem:
            see.that(False, str(problem))
    return pairs


@exercise("tone-440", hints=[
    _("Look at how `beep` was made above. Yours is almost the same: only the length is different."),
    _("Inside `tone( )` the first number is the frequency (440). `seconds=` says how long it lasts (2)."),
    _("Write `a = tone(440, seconds=2)` and run the cell."),
], praise=_("You made the tuning note A: 440 shakes every second."))
def tuning_note(see):
    a = _sound(see, "a")
    hz = _hz(a)
    see.that(abs(hz - 440) <= 2,
             _("Your tone shakes about {hz} times per second. The note A shakes 440 times per second: "
               "make the first number in `tone( )` 440.", hz=hz), expected=440, saw=hz)
    seconds = round(len(a) / _kit.RATE, 2)
    see.that(abs(seconds - 2) < 0.01,
             _n("The pitch is right! Your tone lasts {seconds:g} second, and it should last 2. "
                "Change the length with `seconds=2`.",
                "The pitch is right! Your tone lasts {seconds:g} seconds, and it should last 2. "
                "Change the length with `seconds=2`.",
                _count(seconds), seconds=seconds), expected=2, saw=seconds)


@exercise("octave-up", hints=[
    _("Double means two times as much. How much is two times 440?"),
    _("440 × 2 = 880. Use 880 as the frequency."),
    _("Write `higher = tone(880, seconds=1)` and run the cell."),
], praise=_("Twice as many shakes: the same note, one octave higher."))
def octave_up(see):
    higher = _sound(see, "higher")
    hz = _hz(higher)
    see.that(abs(hz - 440) > 2,
             _("Your tone has the same frequency as the beep, 440, so it sounds just as high. "
               "Double the frequency: 2 × 440."), expected=880, saw=hz)
    see.that(hz > 440,
             _("Your tone shakes {hz} times per second. That is fewer than 440, so it sounds lower. "
               "For a higher tone, make the number bigger: 2 × 440.", hz=hz), expected=880, saw=hz)
    see.that(abs(hz - 880) <= 3,
             _("Yes, {hz} is higher than 440! But one octave up is exactly double: 440 × 2.", hz=hz),
             expected=880, saw=hz)


@exercise("soft-and-loud", hints=[
    _("Add `volume=` inside `tone( )`, after the seconds, like this: `tone(440, seconds=1, volume=0.5)`."),
    _("Soft is a small number, 0.2 or less. Loud is a big one, 0.7 or more (1 is the most)."),
    _("Write `soft = tone(440, seconds=1, volume=0.1)` and `loud = tone(440, seconds=1, volume=0.8)`."),
], praise=_("Same pitch, different size: volume changes how far the speaker moves, not how fast."))
def soft_and_loud(see):
    soft = _sound(see, "soft")
    loud = _sound(see, "loud")
    for name, wave in (("soft", soft), ("loud", loud)):
        hz = _hz(wave)
        see.that(abs(hz - 440) <= 2,
                 _("Your `{name}` tone shakes {hz} times per second. Keep the frequency 440 for both, "
                   "so you only hear the volume change. (Louder is not higher!)", name=see.name(name), hz=hz),
                 expected=440, saw=hz)
    soft_size, loud_size = round(float(_np.abs(soft).max()), 2), round(float(_np.abs(loud).max()), 2)
    see.that(soft_size <= 0.21, _("Your `soft` tone has volume {size:g}. Soft is 0.2 or less.", size=soft_size),
             expected=_("0.2 or less"), saw=soft_size)
    see.that(loud_size >= 0.69, _("Your `loud` tone has volume {size:g}. Loud is 0.7 or more.", size=loud_size),
             expected=_("0.7 or more"), saw=loud_size)


@exercise("vader-jacob", hints=[
    _("`line2` is a list like `line1`: square brackets, each note in quotes, commas between."),
    _("The notes are E4, F4 and G4. The G is long: write it as a pair with its beats, `(\"G4\", 2)`."),
    _("Write `line2 = [\"E4\", \"F4\", (\"G4\", 2)]` and run the cell."),
], praise=_("Vader Jacob, slaapt gij nog? You wrote a song as a list of notes."))
def vader_jacob(see):
    pairs = _notes(see, "line2")
    want = [(_kit.note("E4"), 1), (_kit.note("F4"), 1), (_kit.note("G4"), 2)]
    see.that(len(pairs) > 0,
             _("`line2` is an empty list. Put the notes E4, F4 and G4 between the square brackets."))
    saw = [_NAMED.get(hz, hz) for hz, _beats in pairs]
    see.that(saw != ["E4", "F4", "G4", "G4"],
             _("Almost! \"nog?\" is one long G, not two short ones. Write the long G as a pair: `(\"G4\", 2)`."),
             expected=["E4", "F4", ("G4", 2)], saw=see.ns["line2"])
    see.that([hz for hz, _beats in pairs] == [hz for hz, _beats in want],
             _("The notes are not quite right yet. Sing it: \"Slaapt gij nog?\" goes E, F, G."),
             expected=["E4", "F4", "G4"], saw=saw)
    see.that([beats for _hz_, beats in pairs] == [1, 1, 2],
             _("The notes are right! Now the length: the G (\"nog?\") is long. Write it as `(\"G4\", 2)`."),
             expected=["E4", "F4", ("G4", 2)], saw=see.ns["line2"])


@exercise("happy-chord", hints=[
    _("A chord is made with `chord([...], seconds=...)`: the note names go in the list."),
    _("The three notes are \"C4\", \"E4\" and \"G4\", and it lasts 2 seconds."),
    _("Write `happy = chord([\"C4\", \"E4\", \"G4\"], seconds=2)` and run the cell."),
], praise=_("Three waves at once: that is a chord."))
def happy_chord(see):
    happy = _sound(see, "happy")
    heard = _strong_notes(happy)
    if heard != ["C4", "E4", "G4"]:
        third = len(happy) // 3
        begin, end = _strong_notes(happy[:third]), _strong_notes(happy[-third:])
        if begin and end and begin != end:
            see.that(False, _("Your notes come one after another ({first} first, {last} last): that is a melody. "
                              "In a chord they sound at the same time: use `chord([\"C4\", \"E4\", \"G4\"], seconds=2)`.",
                              first=begin[0], last=end[-1]),
                     expected=["C4", "E4", "G4"], saw=f"{begin[0]} … {end[-1]}")
    see.that(len(heard) > 1,
             _("I hear only one note in your sound: {note}. A chord is notes at the same time: "
               "put C4, E4 and G4 in one list in `chord([...])`.", note=heard[0]),
             expected=["C4", "E4", "G4"], saw=heard)
    see.that(heard == ["C4", "E4", "G4"],
             _n("I hear {n} note in your chord: {notes}. "
                "This chord needs exactly three: C4, E4 and G4, in one list.",
                "I hear {n} notes in your chord: {notes}. "
                "This chord needs exactly three: C4, E4 and G4, in one list.",
                len(heard), n=len(heard), notes=", ".join(heard)),
             expected=["C4", "E4", "G4"], saw=heard)
    seconds = round(len(happy) / _kit.RATE, 2)
    see.that(abs(seconds - 2) < 0.01,
             _n("The notes are right! Your chord lasts {seconds:g} second: make it 2.",
                "The notes are right! Your chord lasts {seconds:g} seconds: make it 2.",
                _count(seconds), seconds=seconds),
             expected=2, saw=seconds)


@exercise("my-jingle", hints=[
    _("Put note names in the list `my_tune`, like in Vader Jacob: `[\"C4\", \"E4\", (\"G4\", 2)]`."),
    _("Make it different from the examples: change a note, add a `\"rest\"`, make a note long with `(\"C5\", 2)`."),
], praise=_("That's your own jingle. Play it to your neighbour!"))
def my_jingle(see):
    tune = see.made("my_tune", ["C4", "D4", "E4", "C4"], kind=list)
    examples = (["E4", "F4", ("G4", 2)], ["C4", "D4", "E4", "F4", ("G4", 2), "rest", "G4"], ["C4", "E4", "G4"],
                ["C4", "E4", ("G4", 2)])
    for example in examples:
        see.that(tune != example,
                 _("`my_tune` is still one of the examples. Change at least one note to make it yours."))
    pairs = _notes(see, "my_tune")
    see.that(any(hz > 0 for hz, _beats in pairs),
             _("`my_tune` has only rests: add at least one note you can hear."))
    heard = sum(1 for hz, _beats in pairs if hz > 0)
    see.that(heard >= 3, _n("`my_tune` has {n} note you can hear. A jingle is a short tune: "
                            "give it at least three notes, like the examples.",
                            "`my_tune` has {n} notes you can hear. A jingle is a short tune: "
                            "give it at least three notes, like the examples.", heard, n=heard))
