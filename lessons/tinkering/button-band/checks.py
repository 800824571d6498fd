"""The checks for *A button band* (tinkering-button-band).

They run in the kit, never in the student's notebook. `bench.played(buzzer)` says what a buzzer played in
the exercise cell (the last cell before the check that played or named it): `[(frequency or None, seconds)]`.
The checks press the student's buttons with `bench.press` and `bench.release`, the way a finger would, and
look at what the buzzer and the lights do. They never ask for one exact way of writing it.

Every sentence a student reads goes through `_` (its Dutch is in checks.nl.po). Names in messages come from
`see.name(...)`, so the Dutch edition shows `zoemer`, `hoog`, `lampje_hoog`."""

import time

from gpiozero import LED, Button, Buzzer, TonalBuzzer
from gpiozero.tones import Tone

from artech import bench
from artech.checks import _, _n, exercise

_EXAMPLE = ["C4", "G4"]  # the notes of the two buttons of exercise 3: the start of "make it yours"


def _open(see, name, kind):
    part = see.value(name, kind)
    see.that(not part.closed, _("`{name}` is closed, so it can't do anything any more. "
                                "Run the cell that makes `{name}` again, then this cell.", name=see.name(name)))
    return part


def _note(frequency):
    return bench.note_name(frequency)


def _notes_of(tune):
    """The student's tune as note names ("C4"), or None for an entry that is not a note."""
    out = []
    for item in tune:
        try:
            out.append(Tone(item).note if isinstance(item, str) else None)
        except ValueError:
            out.append(None)
    return out


def _press(see, button, buzzer):
    """Press ``button``, see what the buzzer played while it was down, let go: (notes, playing after, lights)."""
    start = time.monotonic()
    see.run(bench.press, button)
    heard_down = buzzer.tone
    see.run(bench.release, button)
    notes = [_note(f) for f, _s in bench.played(buzzer, since=start) if f is not None]
    if heard_down is not None and not notes:
        notes = [heard_down.note]
    return notes, buzzer.tone


@exercise("doorbell", hints=[
    _("It works like the button and the light you made before: one job for pressing, one for letting go."),
    _("Give the jobs with `=` and without brackets: `button.when_pressed = beeper.on`."),
    _("The second line is for letting go: `button.when_released = beeper.off`."),
], praise=_("Ding! Your button is a doorbell: it beeps while you press, and stops when you let go. "
            "Click Press and Let go to try it."))
def doorbell(see):
    beeper = _open(see, "beeper", Buzzer)
    button = _open(see, "button", Button)
    names = {"button": see.name("button"), "beeper": see.name("beeper")}
    wired = button.when_pressed is not None or button.when_released is not None or beeper.source is not None
    if not wired:
        beeped = any(f for f, _s in bench.played(beeper))
        see.that(not beeped, _("Your code made `{beeper}` beep straight away, just once. That is what the brackets "
                               "in `{beeper}.on()` do: now. Without brackets, `{beeper}.on` is a job the button keeps "
                               "for later: `{button}.when_pressed = {beeper}.on`.", beeper=names["beeper"], button=names["button"]))
        see.that(False, _("Nothing happens yet when `{button}` is pressed. Give it its jobs: "
                          "`{button}.when_pressed = ...` and `{button}.when_released = ...`.", button=names["button"]))
    beeper.off()
    pressed, released = see.run(bench.press_and_see, button, beeper)
    see.that(pressed[0], _("I pressed `{button}`, but `{beeper}` stayed quiet. When the button is pressed, the "
                           "buzzer should go on: `{button}.when_pressed = {beeper}.on`.", beeper=names["beeper"], button=names["button"]))
    see.that(not released[0], _("I pressed `{button}` and it beeped. But when I let go, `{beeper}` kept on beeping. "
                                "A doorbell stops when you let go: `{button}.when_released = {beeper}.off`.", beeper=names["beeper"], button=names["button"]))


@exercise("buzzer-tune", hints=[
    _("One note has four steps: play it, wait, stop, and wait a little. The loop does this for every note."),
    _("The loop gives you the note in the name `note`. Play it with `buzzer.play(note)`, then `sleep(0.25)`."),
    _("The four lines are `buzzer.play(note)`, `sleep(0.25)`, `buzzer.stop()` and `sleep(0.05)`, "
      "each 4 spaces in."),
], praise=_("That is the tune: every note clear, with a tiny gap so two of the same sound like two. "
            "Listen to it in the next cell."))
def buzzer_tune(see):
    tune = see.value("tune", list)
    buzzer = _open(see, "buzzer", TonalBuzzer)
    names = {"buzzer": see.name("buzzer"), "tune": see.name("tune"), "note": see.name("note")}
    notes = [(f, s) for f, s in bench.played(buzzer) if f is not None]
    see.that(notes, _("I heard nothing from `{buzzer}` in the cell above. Inside the loop, play the note: "
                      "`{buzzer}.play({note})`. Then run the cell again.", buzzer=names["buzzer"], note=names["note"]))
    if buzzer.is_active:
        see.that(False, _("`{buzzer}` is still playing {playing}, after the tune has ended. Stop it after every note: "
                          "`{buzzer}.stop()`.", playing=buzzer.tone.note, buzzer=names["buzzer"]))
    shortest = min(s for _f, s in notes)
    see.that(shortest >= 0.08, _("A note lasted only {seconds:.3f} seconds: too short to hear. "
                                 "After you play a note, wait: `sleep(0.25)`.", seconds=shortest))
    heard = [_note(f) for f, _s in notes]
    wanted = _notes_of(tune)
    if len(heard) < len(wanted):
        see.that(False, _n("I heard {count} note, but `{tune}` has {total}: {heard}. Notes that are the same ran "
                           "together into one long note. After `{buzzer}.stop()`, wait a moment: `sleep(0.05)`.",
                           "I heard {count} notes, but `{tune}` has {total}: {heard}. Notes that are the same ran "
                           "together into one long note. After `{buzzer}.stop()`, wait a moment: `sleep(0.05)`.",
                           len(heard), count=len(heard), total=len(wanted), heard=", ".join(heard), buzzer=names["buzzer"], tune=names["tune"]),
                 expected=wanted, saw=heard)
    see.that(len(heard) == len(wanted), _("I heard {count} notes, but `{tune}` has {total}. Play each note once: "
                                          "the loop already goes through all of them.",
                                          count=len(heard), total=len(wanted), tune=names["tune"]), expected=wanted, saw=heard)
    see.that(heard == wanted, _("The buzzer played {heard}, but `{tune}` is {wanted}. Play the note the loop gives "
                                "you: `{buzzer}.play({note})`.", heard=", ".join(heard),
                                wanted=", ".join(str(w) for w in wanted), buzzer=names["buzzer"], note=names["note"], tune=names["tune"]), expected=wanted, saw=heard)


@exercise("note-buttons", hints=[
    _("`play_high` looks like `play_low`, with another note and the other light."),
    _("Inside `play_high`: `buzzer.play(\"G4\")` and `light_high.on()`, 4 spaces in. Then give `high` its jobs."),
    _("The jobs are `high.when_pressed = play_high` and `high.when_released = quiet`, without brackets."),
], praise=_("Two buttons, two notes, two lights: you can hear and see which button is pressed. "
            "That is an instrument!"))
def note_buttons(see):
    buzzer = _open(see, "buzzer", TonalBuzzer)
    high = _open(see, "high", Button)
    low = _open(see, "low", Button)
    light = _open(see, "light_high", LED)
    names = {"buzzer": see.name("buzzer"), "high": see.name("high"), "light": see.name("light_high"),
             "play_high": see.name("play_high"), "quiet": see.name("quiet")}
    if high.when_pressed is None:
        played = any(f for f, _s in bench.played(buzzer))
        see.that(not played, _("Your code played a note straight away, just once: the brackets in `{play_high}()` "
                               "mean now. Give the button the recipe without brackets: "
                               "`{high}.when_pressed = {play_high}`.", high=names["high"], play_high=names["play_high"]))
        see.that(False, _("Nothing happens yet when `{high}` is pressed. Give it its job: "
                          "`{high}.when_pressed = {play_high}`.", high=names["high"], play_high=names["play_high"]))
    buzzer.stop()
    light.off()
    low_notes, _after = _press(see, low, buzzer)
    start = time.monotonic()
    see.run(bench.press, high)
    lit = light.is_lit
    see.run(bench.release, high)
    notes = [_note(f) for f, _s in bench.played(buzzer, since=start) if f is not None]
    see.that(notes, _("I pressed `{high}`, but `{buzzer}` stayed quiet. In `{play_high}`, play a note: "
                      "`{buzzer}.play(\"G4\")`.", buzzer=names["buzzer"], high=names["high"], play_high=names["play_high"]))
    see.that(notes[:1] != low_notes[:1], _("Both buttons play {note}. Someone who plays your instrument can't hear "
                                           "which button is which. Give `{high}` another note, like \"G4\".",
                                           note=notes[0], high=names["high"]))
    see.that(lit, _("I pressed `{high}` and heard {note}, but `{light}` stayed off. Switch it on in `{play_high}`: "
                    "`{light}.on()`. A light helps a player who does not hear well.", note=notes[0], high=names["high"], light=names["light"], play_high=names["play_high"]))
    see.that(buzzer.tone is None, _("When I let go of `{high}`, `{buzzer}` kept on playing {note}. Give `{high}` a "
                                    "job for letting go: `{high}.when_released = {quiet}`.", note=notes[-1], buzzer=names["buzzer"], high=names["high"], quiet=names["quiet"]))
    see.that(not light.is_lit, _("When I let go of `{high}`, `{light}` stayed on. Give `{high}` a job for letting "
                                 "go: `{high}.when_released = {quiet}`.", high=names["high"], light=names["light"], quiet=names["quiet"]))


@exercise("my-instrument", hints=[
    _("Change something your tester asked for: another note, a third button, or a light for every button."),
    _("A third button is like `high`: a `Button` on a free pin (13), an `LED` (24), a recipe with `def`, "
      "and two jobs."),
], praise=_("That is your own instrument. Let your tester play it again: is it better now?"))
def my_instrument(see):
    buzzer = _open(see, "buzzer", TonalBuzzer)
    buttons = []
    for name in list(see.ns):
        value = see.ns.get(name) if hasattr(see.ns, "get") else None
        if isinstance(value, Button) and not value.closed and value.when_pressed is not None \
                and all(value is not b for _n2, b in buttons):
            buttons.append((name, value))
    see.that(buttons, _("I found no button with a job. Give a button a recipe to play: "
                        "`my_button.when_pressed = my_recipe`."))
    buzzer.stop()
    playing = []
    for name, button in sorted(buttons, key=lambda nb: str(nb[1].pin)):
        notes, after = _press(see, button, buzzer)
        if after is not None:
            see.that(False, _("When I let go of `{button}`, `{buzzer}` kept on playing {note}. An instrument that "
                              "stops when you let go is easier to play. Give `{button}` a job for letting go.",
                              button=name, buzzer=see.name("buzzer"), note=after.note))
        if notes:
            playing.append((name, notes))
    see.that(playing, _("I pressed every button with a job, but `{buzzer}` stayed quiet. "
                        "Make each recipe play a note: `{buzzer}.play(\"E4\")`.", buzzer=see.name("buzzer")))
    see.that(len(playing) >= 2, _("Only `{button}` plays a note. An instrument needs at least two buttons with "
                                  "their own notes. Finish exercise 3 first, then make the instrument yours.",
                                  button=playing[0][0]))
    firsts = sorted(notes[0] for _name, notes in playing)
    same = len(playing) == 2 and firsts == sorted(_EXAMPLE) and all(len(n) == 1 for _name, n in playing)
    see.that(not same, _("Your instrument is still the one from exercise 3: two buttons with C4 and G4. "
                         "Make it yours: change a note, add a third button, or make a button play a short tune."))
