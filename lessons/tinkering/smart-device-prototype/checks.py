"""The checks for *A smart-device prototype* (tinkering-smart-device-prototype).

They run in the kit, never in the student's notebook. The device checks never read the code: they set the
virtual sensor themselves (`bench.set_reading`), call the student's own `update()` or `my_update()`, and look
at what the outputs did. The writing tasks (data sheet, test notes) are checked only for their structure:
every part there, as a real sentence, never which words.

Every sentence a student reads goes through `_` (its Dutch is in checks.nl.po). Names are read by their
English name (`see.value("reminder")` reads `seintje` in the Dutch edition). The keys of the data sheet are
words too: each edition has its own, and the English keys pass in every edition.
"""

import numbers
import re

from artech import bench
from artech.bench.sensors import _VirtualSensor
from artech.checks import exercise, _, _n
from gpiozero import LED
from gpiozero.output_devices import OutputDevice
from gpiozero.devices import CompositeDevice

MAX_SWITCHES = 4      # a calm reminder over the simulated day
SAME_AS_LESSON_DAY = 5  # the seed of the lesson's day (the check makes the same day)

MOMENT = ("after", "week", "month", "day", "year", "end", "deleted", "delete", "removed", "never kept", "straight",
          "immediately", "when", "within", "na ", "na\u00a0", "week", "maand", "dag", "jaar", "eind", "verwijder",
          "gewist", "wissen", "meteen", "direct", "zodra", "binnen", "wanneer", "als ")
FOREVER = ("forever", "never deleted", "always kept", "voor altijd", "nooit verwijderd", "nooit gewist",
           "altijd bewaard")


def _words(text):
    return re.findall(r"[\w']+", str(text).lower())


def _number(value):
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def _simulated_day():
    """The lesson's simulated day, made the same way as in the notebook (so a student can't change it)."""
    import math
    import random

    rnd = random.Random(SAME_AS_LESSON_DAY)
    day = []
    for i in range(67):
        hour = 7 + i / 6
        sun = max(0, math.sin(math.pi * (hour - 6) / 13))
        cloud = rnd.uniform(-0.15, 0.15)
        day.append(round(min(1, max(0, 0.05 + 0.8 * sun + cloud)), 2))
    return day


def _parts(see):
    sensor = see.value("sensor", _VirtualSensor, why=_("It is the light sensor: `sensor = LightSensor(4)`."))
    reminder = see.value("reminder", LED, why=_("It is the reminder light: `reminder = LED(17)`."))
    for name, part in (("sensor", sensor), ("reminder", reminder)):
        see.that(not part.closed, _("`{name}` is closed, so it can't be used any more. Run the cell that makes the "
                                    "parts again, then your exercise cell, then this check.", name=see.name(name)))
    return sensor, reminder


def _after(see, update, sensor, reminder, level):
    """Set the sensor to ``level``, run the student's update, and say if the reminder is on."""
    bench.set_reading(sensor, level)
    see.run(update)
    return bool(reminder.is_lit)


def _limit(see, name):
    value = see.value(name)
    see.that(_number(value) and 0 < value < 1, _(
        "`{name}` is {value}. The sensor gives values from 0 (dark) to 1 (bright), so a limit is a number between "
        "them, such as 0.6, without quotes.", name=see.name(name), value=repr(value)[:40]))
    return float(value)


def _level(x):
    return round(min(0.99, max(0.01, x)), 2)


@exercise("react", hints=[
    _("Use `if level > LIMIT:` and, under it, the line that switches the reminder on. What happens otherwise?"),
    _("After the `if` part comes `else:` with the line that switches it off. Both lines start with 8 spaces."),
    _("The four lines are `if level > LIMIT:`, `reminder.on()`, `else:` and `reminder.off()`."),
], praise=_("Sensor in, rule in the middle, light out: that is the heart of every smart device."))
def react(see):
    sensor, reminder = _parts(see)
    update = see.function("update")
    limit = _limit(see, "LIMIT")
    before = sensor.value
    try:
        bright, dark = _level(limit + 0.25), _level(limit - 0.25)
        reminder.off()
        on_bright = _after(see, update, sensor, reminder, bright)
        on_dark = _after(see, update, sensor, reminder, dark)
        on_bright_again = _after(see, update, sensor, reminder, bright)
    finally:
        bench.set_reading(sensor, before)
    if on_dark and not on_bright:
        see.that(False, _("The reminder went on in the dark ({dark}) and off in bright light ({bright}): the other "
                          "way round. It should say *there is enough daylight*: on when the light is more than "
                          "`{limit}`.", dark=dark, bright=bright, limit=see.name("LIMIT")))
    see.that(on_bright, _("I set the light to {bright}, more than your `{limit}` of {value}, and ran `{update}()`. "
                          "The reminder stayed off. Switch it on when `level > {limit}`, with brackets: "
                          "`{reminder}.on()`.", bright=bright, limit=see.name("LIMIT"), value=limit,
                          update=see.name("update"), reminder=see.name("reminder")))
    see.that(not on_dark, _("I set the light to {dark}, less than your `{limit}`, and ran `{update}()`. The reminder "
                            "stayed on. When it is darker, switch it off again: add `else:` with "
                            "`{reminder}.off()`.", dark=dark, limit=see.name("LIMIT"), update=see.name("update"),
                            reminder=see.name("reminder")))
    see.that(on_bright_again, _("The reminder went on in bright light once, but not a second time. Let `{update}()` "
                                "decide from the reading every time it runs.", update=see.name("update")))


def _switches(states):
    return sum(1 for a, b in zip(states, states[1:]) if a != b)


@exercise("steady", hints=[
    _("Three cases: above `ON_ABOVE` on, below `OFF_BELOW` off, and in between nothing. Which case needs no code?"),
    _("Use `if level > ON_ABOVE:` for on, and `elif level < OFF_BELOW:` for off. Leave out `else:`."),
    _("`if level > ON_ABOVE:` then `reminder.on()`, `elif level < OFF_BELOW:` then `reminder.off()`, and nothing "
      "more."),
], praise=_("Two limits with a gap: a cloud no longer makes your device change its mind. Thermostats work like this."))
def steady(see):
    sensor, reminder = _parts(see)
    update = see.function("update")
    on_above, off_below = _limit(see, "ON_ABOVE"), _limit(see, "OFF_BELOW")
    see.that(off_below < on_above, _(
        "`{off}` is {off_value} and `{on}` is {on_value}. `{off}` should be the lower one, so there is a gap "
        "between them where nothing changes.", off=see.name("OFF_BELOW"), off_value=off_below,
        on=see.name("ON_ABOVE"), on_value=on_above))
    middle = round((on_above + off_below) / 2, 3)
    before, was = sensor.value, reminder.is_lit
    try:
        reminder.off()
        _after(see, update, sensor, reminder, _level(off_below - 0.1))
        stays_off = not _after(see, update, sensor, reminder, middle)
        went_on = _after(see, update, sensor, reminder, _level(on_above + 0.1))
        stays_on = _after(see, update, sensor, reminder, middle)
        went_off = not _after(see, update, sensor, reminder, _level(off_below - 0.1))
        reminder.off()
        states = [_after(see, update, sensor, reminder, level) for level in _simulated_day()]
    finally:
        bench.set_reading(sensor, before)
        reminder.value = was
    see.that(went_on, _("In bright light ({level}) the reminder did not go on. Above `{on}`, switch it on: "
                        "`{reminder}.on()`.", level=_level(on_above + 0.1), on=see.name("ON_ABOVE"),
                        reminder=see.name("reminder")))
    see.that(went_off, _("In the dark ({level}) the reminder did not go off. Below `{off}`, switch it off: "
                         "`{reminder}.off()`.", level=_level(off_below - 0.1), off=see.name("OFF_BELOW"),
                         reminder=see.name("reminder")))
    see.that(stays_on, _("The reminder was on, then the light went to {middle}, between your two limits, and it "
                         "went off. In between, the device should do nothing: leave out the `else:` part.",
                         middle=middle))
    see.that(stays_off, _("The reminder was off, then the light went to {middle}, between your two limits, and "
                          "it went on. In between, the device should do nothing: only switch on above `{on}`.",
                          middle=middle, on=see.name("ON_ABOVE")))
    see.that(any(states), _("Over the whole simulated day the reminder never went on: the brightest reading is "
                            "{top}, and your `{on}` is {on_value}. Choose a lower `{on}`.",
                            top=max(_simulated_day()), on=see.name("ON_ABOVE"), on_value=on_above))
    count = _switches(states)
    see.that(count <= MAX_SWITCHES, _n(
        "Over the simulated day the reminder switched {count} time. That is still restless: make the gap "
        "between `{off}` and `{on}` a little wider.",
        "Over the simulated day the reminder switched {count} times. That is still restless: make the gap "
        "between `{off}` and `{on}` a little wider.", count, count=count, off=see.name("OFF_BELOW"),
        on=see.name("ON_ABOVE")), expected=f"<= {MAX_SWITCHES}", saw=count)


@exercise("store-little", hints=[
    _("Count the readings where the reminder was on, then think: how many minutes is each reading worth?"),
    _("`sum(states)` counts the `True`s. Multiply that by `minutes_each`."),
    _("The one line in the function is `return sum(states) * minutes_each`."),
], praise=_("One number a day instead of a log of every moment: the caretaker gets an answer, and nobody's "
            "evenings are in it."))
def store_little(see):
    fn = see.function("daylight_minutes")
    cases = [([True, False, True, True], 10, 30), ([False, False], 10, 0), ([True] * 6, 5, 30),
             ([False, True, False], 15, 15)]
    for states, each, expected in cases:
        got = fn(list(states), each)
        see.that(got is not None, _("`{name}` gave back nothing (`None`). Does it end with `return` and the number? "
                                    "`print` only shows a number; `return` gives it back.",
                                    name=see.name("daylight_minutes")))
        see.that(_number(got), _("`{name}` gave back {value}, which is not one number. Store only what the "
                                 "caretaker needs: one number of minutes, no list and no times.",
                                 name=see.name("daylight_minutes"), value=repr(got)[:60]))
        if got != expected and got == sum(states):
            see.that(False, _("For {states} with {each} minutes each, you gave back {got}: the number of readings "
                              "with the reminder on. Each reading stands for {each} minutes: multiply by "
                              "`minutes_each`.", states=states, each=each, got=got))
        if got != expected and got == len(states) * each:
            see.that(False, _("For {states} with {each} minutes each, you gave back {got}: every reading counted, "
                              "also when the reminder was off. Count only the `True`s.",
                              states=states, each=each, got=got))
        see.that(got == expected, _("For {states} with {each} minutes each, I expected {expected} minutes and got "
                                    "{got}.", states=states, each=each, expected=expected, got=got),
                 expected=expected, saw=got)


def _key(english):
    """A data-sheet key in the student's edition: `stores` in English, `bewaart` in Dutch."""
    return {"measures": _("measures"), "stores": _("stores"), "shares": _("shares"), "kept": _("kept"),
            "who_sees": _("who_sees")}[english]


@exercise("datasheet", hints=[
    _("Five keys, each with one sentence in quotes: what it measures, stores, shares, how long it is kept, and "
      "who can see it."),
    _("For \"kept\", say when the data is deleted: after a week, at the end of the project, straight away."),
], praise=_("Anyone in the room can now read what your device does with data. Most devices never tell you."))
def datasheet(see):
    sheet = see.value("datasheet", dict, why=_("A data sheet is a dictionary: keys in quotes, a colon, a sentence, "
                                               "between curly brackets { }."))
    for english in ("measures", "stores", "shares", "kept", "who_sees"):
        key = _key(english)
        if key not in sheet and english in sheet:
            key = english
        see.that(key in sheet, _("Your data sheet has no \"{key}\" yet. Add \"{key}\": \"...\" with a sentence.",
                                 key=key))
        value = sheet[key]
        see.that(isinstance(value, str) and len(_words(value)) >= 3, _(
            "The \"{key}\" of your data sheet is {value}. Write a short sentence in quotes, of at least three "
            "words, that someone in the room can understand.", key=key, value=repr(value)[:60]))
        if english == "kept":
            text = value.lower()
            see.that(not any(w in text for w in FOREVER), _(
                "Your data sheet says the data is kept \"{value}\". Data kept forever can be used for things "
                "nobody agreed to. Say when it is deleted.", value=value))
            see.that(any(w in text for w in MOMENT), _(
                "Your \"{key}\" says \"{value}\", but not when the data is deleted. Add a moment: after four "
                "weeks, at the end of the school year.", key=key, value=value))


EXAMPLE = {  # the made-up doorbell example of the lesson text, in each edition: copying it is not a test
    "You are in the kitchen. Has someone rung the bell?", "He looked at the hallway lamp, not at the small screen",
    "Let the hallway lamp blink when the bell rings",
    "Je bent in de keuken. Heeft er iemand aangebeld?", "Hij keek naar de lamp in de gang, niet naar het schermpje",
    "Laat de lamp in de gang knipperen als de bel gaat",
}


@exercise("test-notes", hints=[
    _("Three lists of short sentences: what you asked, what you saw, what you will change."),
    _("An observation says what the tester did or said: \"He clicked twice\", \"She asked what the light "
      "means\"."),
], praise=_("Notes about what someone did, not what you hoped: that is how a prototype gets better."))
def test_notes(see):
    sizes = {"tasks": 2, "observations": 2, "improvements": 1}
    lists = {}
    for name, least in sizes.items():
        items = see.value(name, list, why=_("Write it as a list of sentences in quotes, between square "
                                            "brackets [ ]."))
        see.that(len(items) >= least, _n(
            "Your `{name}` has {count} item; write at least {least}.",
            "Your `{name}` has {count} items; write at least {least}.", len(items), name=see.name(name),
            count=len(items), least=least))
        for item in items:
            see.that(isinstance(item, str) and len(_words(item)) >= 3, _(
                "In `{name}` there is {value}. Write each item as a short sentence in quotes, of at least three "
                "words.", name=see.name(name), value=repr(item)[:60]))
        lists[name] = items
    copied = [item for items in lists.values() for item in items if item.strip().strip(".") in EXAMPLE]
    see.that(not copied, _(
        "\"{item}\" is from the made-up doorbell example. Test your own device with someone, and write down "
        "what you asked, saw and will change.", item=copied[0] if copied else ""))
    see.that(not set(lists["observations"]) & set(lists["tasks"]), _(
        "An observation is the same sentence as a task. A task is what you asked; an observation is what the "
        "tester then did or said."))


def _outputs(see):
    found = []
    for name in see.ns:
        value = see.ns[name] if not see.names else see.ns.namespace[name]
        if isinstance(value, (OutputDevice, CompositeDevice)) and not value.closed and not name.startswith("_"):
            found.append((name, value))
    return found


def _sensors(see):
    found = []
    for name in see.ns:
        value = see.ns[name] if not see.names else see.ns.namespace[name]
        if isinstance(value, _VirtualSensor) and not value.closed and not name.startswith("_"):
            found.append((name, value))
    return found


def _state(parts):
    return tuple(str(part.value) for _name, part in parts)


@exercise("my-device", hints=[
    _("Make a sensor and an output of your own, then a function `my_update()` that reads the sensor and sets the "
      "output."),
    _("Start from `update()` of exercise 1, with your own parts: `thermometer = TemperatureSensor(5)`, "
      "`fan_light = LED(27)`, and `if thermometer.temperature > 22:`."),
], praise=_("Your own device reacts to the world. Who will you test it with?"))
def my_device(see):
    fn = see.function("my_update")
    sensors, outputs = _sensors(see), _outputs(see)
    see.that(sensors, _("I found no sensor in your notebook. Make one, such as `thermometer = TemperatureSensor(5)`, "
                        "and run the cell."))
    see.that(outputs, _("I found no output in your notebook, such as an LED. Make one, for example "
                        "`fan_light = LED(27)`, and run the cell."))
    responding = []
    for sname, sensor in sensors:
        before = sensor._reading
        try:
            bench.set_reading(sensor, sensor.LOW)
            see.run(fn)
            low = _state(outputs)
            bench.set_reading(sensor, sensor.HIGH)
            see.run(fn)
            high = _state(outputs)
        finally:
            bench.set_reading(sensor, before)
            see.run(fn)
        changed = [oname for (oname, _part), a, b in zip(outputs, low, high) if a != b]
        responding += [(sname, oname) for oname in changed]
    see.that(responding, _("I made each sensor read very low and very high and ran `{name}()` each time, but no "
                           "output changed. Let `{name}()` read the sensor and switch an output, inside the "
                           "function.", name=see.name("my_update")))
    example = {(see.name("sensor"), see.name("reminder"))}
    see.that(set(responding) - example, _("Your `{name}()` is the daylight reminder again. Make it yours: another "
                                          "sensor, another output, or a device for someone else.",
                                          name=see.name("my_update")))
