"""The checks for *Light it up* (tinkering-light-it-up).

They run in the kit, never in the student's notebook: `check("id")` loads this file fresh,
and `artech check` runs it after the student's code. The hints and praise live here too,
so a student copy holds no answers.

`bench.history`, `bench.blinks` and `bench.steps` look at the exercise: the last cell before the check
that changed or named the parts (never a check cell). So a check run twice, or after an unrelated
cell, gives the same verdict.

Every sentence a student reads goes through `_` (its Dutch is in checks.nl.po). The student's names are
read by their English name (`see.value("red")` reads `rood` in the Dutch edition); a name shown in a
message comes from `see.name(...)`."""

from artech.checks import exercise, _, _n
from artech import bench
from gpiozero import LED, Button

_NAMES = ("red", "amber", "green")  # the English names of the traffic light: see.name gives the edition's
_ROUND = ("red", "green", "amber", "red")  # one round of a Dutch traffic light


def _phases(states, names):
    """[name, seconds] for each time exactly one light was on (all-off moments are skipped)."""
    phases = []
    for state, seconds in states:
        on = [n for n, v in zip(names, state) if v]
        if len(on) != 1:
            continue
        if phases and phases[-1][0] == on[0]:
            phases[-1][1] += seconds
        else:
            phases.append([on[0], seconds])
    return phases


def _open(see, name):
    part = see.value(name, LED)
    see.that(not part.closed, _("`{name}` is closed, so it can't light up any more. "
                                "Run the cell that makes `{name}` again, then this cell.", name=see.name(name)))
    return part


def _shown(see, names):
    """The names of the traffic light as the student's edition writes them: ["rood", "groen", ...]."""
    return [see.name(n) for n in names]


@exercise("light-off", hints=[
    _("A light can do a few things: `on()`, `off()` and `toggle()`. Which one do you need?"),
    _("Write the name of the light, a dot, and what it should do. Switching on was `led.on()`."),
    _("The last line of the cell is `led.off()`."),
], praise=_("The light is off: one line of code, and the computer did it."))
def light_off(see):
    led = _open(see, "led")
    line = bench.history(led)
    see.that(not led.is_lit, _("The light is still on. Add a line at the end of the cell that switches it off, "
                               "then run the cell again."))
    see.that(any(v for _t, v in line), _("I didn't see the light go on and then off in the cell above. "
                                         "Run the exercise cell again (it switches the light on first), "
                                         "then this check."))


@exercise("blink-three", hints=[
    _("One blink has four steps: on, wait, off, wait. Put all four inside the loop."),
    _("The lines inside the loop start with 4 spaces. Use `led.on()`, `sleep(0.2)`, `led.off()` and `sleep(0.2)`."),
], praise=_("On, wait, off, wait, three times: the loop did the repeating for you."))
def blink_three(see):
    led = _open(see, "led")
    blinks = bench.blinks(led)
    see.that(blinks > 0, _("I didn't see the light blink in the cell above. "
                           "Write the steps of one blink inside the loop, run that cell, then run this check."))
    see.that(blinks == 3, _n("I counted {blinks} blink, and it should be 3. The loop already repeats 3 times: "
                             "put the steps of just **one** blink inside it.",
                             "I counted {blinks} blinks, and it should be 3. The loop already repeats 3 times: "
                             "put the steps of just **one** blink inside it.",
                             blinks, blinks=blinks), expected=3, saw=blinks)
    steps = bench.steps(led, seconds=True)
    on = [s for (v,), s in steps if v]
    off = [s for (v,), s in steps[1:-1] if not v]
    see.that(min(on) >= 0.05, _("Your light blinked 3 times, but so fast that nobody could see it. "
                                "Wait after switching it on: `sleep(0.2)` after `led.on()`."))
    see.that(not off or min(off) >= 0.05, _("The light was off for such a short time that it looked like it stayed on. "
                                            "Wait after switching it off too: `sleep(0.2)` after `led.off()`."))


@exercise("button-light", hints=[
    _("The button needs two jobs: one for pressing (`when_pressed`) and one for letting go (`when_released`)."),
    _("Give a job with `=`, and write the job without brackets: `button.when_pressed = led.on`."),
    _("The second line is almost the same, for letting go: `button.when_released = ...` "
      "and the word that switches off."),
], praise=_("The button keeps its jobs: press for light, let go for dark. Click Press and try it!"))
def button_light(see):
    led = _open(see, "led")
    button = see.value("button", Button)
    see.that(not button.closed, _("`button` is closed. Run the cell that makes `button = Button(2)` again, "
                                  "then this cell."))
    wired = button.when_pressed is not None or button.when_released is not None or led.source is not None
    if not wired:  # `led.source = button` is gpiozero's own way to wire them: the light follows the button
        # `button.when_pressed = led.on()` (with brackets) switched the light on at once and gave no job.
        went_on = any(v for _t, v in bench.history(led)[1:])
        see.that(not went_on, _("Your code switched the light on straight away, just once. That is what the "
                                "brackets in `led.on()` do: *now*. Without brackets, `led.on` is a job the button "
                                "keeps for later: `button.when_pressed = led.on`."))
        see.that(False, _("Nothing happens yet when the button is pressed. Give the button its jobs with "
                          "`button.when_pressed = ...` and `button.when_released = ...`."))
    led.off()
    pressed, released = see.run(bench.press_and_see, button, led)
    see.that(pressed == (1,), _("I pressed the button, but the light stayed off. "
                                "When the button is pressed, the light should go on: `button.when_pressed = led.on`."))
    see.that(released == (0,), _("I pressed the button and the light went on. But when I let go, it stayed on. "
                                 "Give the button a job for letting go too: `button.when_released = ...`."))


@exercise("traffic-light", hints=[
    _("After red comes green. Switch red off, switch green on, then wait with `sleep(...)`."),
    _("The order is: red off, green on, wait, green off, amber on, wait, amber off, red on."),
    _("Look at the two lines at the top: `red.on()` and `sleep(1)`. Do the same for green and amber, "
      "and switch each light off before the next one goes on."),
], praise=_("Red, green, amber, red: one light at a time, each long enough to see."))
def traffic_light(see):
    red, amber, green = (_open(see, n) for n in _NAMES)
    states = bench.steps(red, amber, green, seconds=True)
    see.that(len(states) > 1, _("I didn't see the traffic light change in the cell above. "
                                "Finish the traffic light, run its cell, then run this check."))
    for state, _seconds in states:
        on = _shown(see, [n for n, v in zip(_NAMES, state) if v])
        if len(on) == 2:
            see.that(False, _("For a moment {first} and {second} were on at the same time. On a real street "
                              "that confuses everyone. Switch one light off before you switch the next one on.",
                              first=on[0], second=on[1]))
        elif len(on) > 2:
            see.that(False, _("For a moment {first} and {second} and {third} were on at the same time. "
                              "On a real street that confuses everyone. "
                              "Switch one light off before you switch the next one on.",
                              first=on[0], second=on[1], third=on[2]))
    phases = _phases(states, _NAMES)
    order = [name for name, _s in phases]
    start = order.index("green") if "green" in order else -1
    expected, saw = _shown(see, _ROUND), _shown(see, order)
    see.that(start >= 0, _("I saw no green light yet. After red comes green: `red.off()`, then `green.on()`."),
             expected=expected, saw=saw)
    see.that(order[start + 1:start + 2] == ["amber"], _("After green comes amber. It warns: stop, red is coming."),
             expected=expected, saw=saw)
    see.that(order[start + 2:start + 3] == ["red"], _("After amber comes red again. End with `amber.off()` and "
                                                      "`red.on()`."),
             expected=expected, saw=saw)
    for name, seconds in phases[start:start + 2]:
        see.that(seconds >= 0.1, _("The {name} light was on for {seconds:.2f} seconds: too short to see. "
                                   "Add `sleep(...)` after `{name}.on()`.", name=see.name(name), seconds=seconds))


@exercise("my-pattern", hints=[
    _("Anything goes: switch the lights on and off in your own order, with your own waiting times."),
    _("Start small. A warning light: `amber.on()`, `sleep(0.3)`, `amber.off()`, `sleep(0.3)`, inside a loop."),
], praise=_("That's your own light pattern. Show it to your neighbour!"))
def my_pattern(see):
    parts = [_open(see, n) for n in ("red", "amber", "green", "led")]
    start = bench.exercise_start(*parts)  # one window for all four lights: the pattern's cell
    states = bench.steps(*parts, since=start, seconds=True)
    see.that(len(states) >= 4, _("I saw fewer than 4 changes of the lights in the cell above. Make a pattern "
                                 "of a few steps of your own, run it, then check again."))
    # The traffic light of exercise 4 again, with the same times and the LED left alone, is not new yet.
    phases = _phases(bench.steps(*parts[:3], since=start, seconds=True), _NAMES)
    order = [name for name, _s in phases]
    if order[:1] == ["red"]:  # red was still on from exercise 4
        phases, order = phases[1:], order[1:]
    seconds = dict(phases)
    same = (order == ["green", "amber", "red"] and len(bench.history(parts[3], since=start)) < 2
            and abs(seconds["green"] - 1) < 0.15 and abs(seconds["amber"] - 0.5) < 0.15)
    see.that(not same, _("This is exactly the traffic light from before. Make it yours: change the order, "
                         "the waiting times, or add the LED `led`."))
