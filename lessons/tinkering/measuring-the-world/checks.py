"""The checks for *Measuring the world* (tinkering-measuring-the-world).

They run in the kit, never in the student's notebook. The night-light and alarm checks set the virtual
sensors to readings of their own (dark, bright, cold, warm), call the student's recipe, and look at the
lamp; then they put the sensors back as they were. They look at what the recipe does, never how it is
written. Every sentence a student reads goes through `_` (its Dutch is in checks.nl.po)."""

from numbers import Real

from gpiozero import LED

from artech import bench
from artech.checks import _, _n, exercise

_TESTS = (0.1, 0.8, 0.25, 0.35, 0.05, 0.6)  # light readings the night-light check tries, dark and bright


def _number(value):
    return isinstance(value, Real) and not isinstance(value, bool)


def _sensor(see, name):
    part = see.value(name)
    see.that(hasattr(part, "_reading") and not part.closed,
             _("`{name}` is not a working sensor any more. Run the cell that makes `{name}` again, then this cell.",
               name=see.name(name)))
    return part


class _Kept:
    """Remember a virtual sensor's reading and noise, and put them back after the check."""

    def __init__(self, *sensors):
        self.sensors = sensors
        self.saved = [(s._reading, s._noise, s._rng) for s in sensors]

    def __enter__(self):
        for s in self.sensors:
            s._noise = 0.0
        return self

    def __exit__(self, *_exc):
        for s, (reading, noise, rng) in zip(self.sensors, self.saved):
            s._set(reading)
            s._noise, s._rng = noise, rng
        return False


@exercise("read-light", hints=[
    _("The sensor is called `sensor`. What it measures now is its `value`."),
    _("Write the name of the sensor, a dot, and `value`: `light = sensor.value`."),
], praise=_("That is a measurement: a number the sensor gave, at one moment."))
def read_light(see):
    sensor = _sensor(see, "sensor")
    light = see.value("light")
    names = {"light": see.name("light"), "sensor": see.name("sensor")}
    see.that(not hasattr(light, "_reading"), _("`{light}` is the sensor itself, not a number. Ask the sensor "
                                               "what it measures: `{light} = {sensor}.value`.", light=names["light"], sensor=names["sensor"]))
    see.that(not isinstance(light, str), _("`{light}` is the text {value}, not a number. Without quotes Python "
                                           "asks the sensor: `{light} = {sensor}.value`.", value=repr(light),
                                           light=names["light"], sensor=names["sensor"]))
    see.that(_number(light), _("`{light}` should be a number from 0 to 1, the light the sensor measures.", light=names["light"]))
    now = sensor._reading
    see.that(abs(light - now) < 0.01, _("`{light}` is {value}, but the sensor measures {now} now. "
                                        "Ask the sensor after it got dark: `{light} = {sensor}.value`.",
                                        value=round(light, 2), now=round(now, 2), light=names["light"], sensor=names["sensor"]))


@exercise("night-light", hints=[
    _("`if` asks a question. Is the light smaller than the limit? Then the lamp goes on. `else`: it goes off."),
    _("Measure inside the recipe, every time: `if sensor.value < limit:`. Then `lamp.on()`, 4 more spaces in."),
    _("Under it, at the height of `if`: `else:`, and then `lamp.off()`, 4 more spaces in."),
], praise=_("Dark: lamp on. Light: lamp off. Your night light decides by itself, from a measurement."))
def night_light(see):
    sensor = _sensor(see, "sensor")
    lamp = see.value("lamp", LED)
    limit = see.value("limit")
    recipe = see.function("night_light")
    names = {"lamp": see.name("lamp"), "limit": see.name("limit"), "sensor": see.name("sensor"),
             "night_light": see.name("night_light"), "light": see.name("light")}
    seen = []
    with _Kept(sensor):
        for reading in _TESTS:
            sensor._set(reading)
            lamp.off() if reading < limit else lamp.on()  # start the other way round: the recipe must switch it
            see.run(recipe)
            seen.append((reading, bool(lamp.is_lit)))
    flipped = [(r, lit) for r, lit in seen if lit != (r < limit)]
    if all(lit for _r, lit in seen):
        see.that(False, _("I tried dark and bright light, but `{lamp}` was on every time. When it is light, the lamp "
                          "must go off: add `else:` with `{lamp}.off()`. And measure inside `{night_light}` with "
                          "`{sensor}.value`, not with an old number like `{light}`.", lamp=names["lamp"],
                          night_light=names["night_light"], sensor=names["sensor"], light=names["light"]))
    if all(not lit for _r, lit in seen):
        see.that(False, _("I tried dark and bright light, but `{lamp}` stayed off every time. Does the recipe "
                          "measure again each time? Use `{sensor}.value` inside `{night_light}`, not an old "
                          "number like `{light}`.", lamp=names["lamp"], night_light=names["night_light"],
                          sensor=names["sensor"], light=names["light"]))
    for reading, lit in flipped:
        if reading < limit:
            see.that(False, _("At a light of {reading} it is dark (below {cut}), but `{lamp}` stayed off. "
                              "When `{sensor}.value < {limit}`, switch the lamp on: `{lamp}.on()`.",
                              reading=reading, cut=limit, lamp=names["lamp"], limit=names["limit"], sensor=names["sensor"]))
        see.that(False, _("At a light of {reading} it is light (above {cut}), but `{lamp}` was on. "
                          "Switch the lamp off in the `else` part: `{lamp}.off()`.", reading=reading, cut=limit,
                          lamp=names["lamp"]))


@exercise("many-readings", hints=[
    _("Inside the loop, measure once and add the number to the list: `readings.append(...)`."),
    _("The thermometer gives its measurement with `thermometer.temperature`."),
    _("The line inside the loop is `readings.append(thermometer.temperature)`."),
], praise=_("30 measurements of one room, and no two the same: that is noise."))
def many_readings(see):
    readings = see.value("readings", list)
    names = {"readings": see.name("readings"), "thermometer": see.name("thermometer")}
    see.that(readings, _("`{readings}` is still empty. Inside the loop, add a measurement: "
                         "`{readings}.append({thermometer}.temperature)`.", readings=names["readings"], thermometer=names["thermometer"]))
    see.that(all(_number(r) for r in readings),
             _("`{readings}` holds something that is not a number. Add the temperature, not the thermometer "
               "itself: `{readings}.append({thermometer}.temperature)`.", readings=names["readings"], thermometer=names["thermometer"]))
    see.that(len(readings) == 30, _n("`{readings}` has {count} measurement, and it should be 30: one for every "
                                     "turn of the loop. Put the `append` line inside the loop, 4 spaces in.",
                                     "`{readings}` has {count} measurements, and it should be 30: one for every "
                                     "turn of the loop. Put the `append` line inside the loop, 4 spaces in.",
                                     len(readings), count=len(readings), readings=names["readings"]), expected=30, saw=len(readings))
    see.that(len(set(readings)) > 1, _("All 30 numbers are the same: {value}. A real measurement wanders a little "
                                       "every time. Ask the thermometer inside the loop: "
                                       "`{thermometer}.temperature`.", value=readings[0], thermometer=names["thermometer"]))
    see.that(all(15 <= r <= 25 for r in readings),
             _("Some numbers are far from the room's 20 °C, like {value}. Add what the thermometer measures: "
               "`{thermometer}.temperature`.", value=max(readings, key=lambda r: abs(r - 20)), thermometer=names["thermometer"]))


@exercise("average", hints=[
    _("The average is: add all the numbers up, then divide by how many numbers there are."),
    _("`sum(readings)` adds them up. `len(readings)` says how many there are."),
    _("`average = sum(readings) / len(readings)`"),
], praise=_("One number for 30 measurements: the noise up and the noise down cancel out, for the most part."))
def average(see):
    readings = see.value("readings", list)
    mean = see.value("average")
    names = {"average": see.name("average"), "readings": see.name("readings")}
    see.that(_number(mean), _("`{average}` should be one number, the average of `{readings}`.", average=names["average"], readings=names["readings"]))
    right = sum(readings) / len(readings)
    see.that(abs(mean - sum(readings)) > 1e-6 or abs(right - sum(readings)) < 1e-6,
             _("`{average}` is {value}: that is all the measurements added up. Divide by how many there are: "
               "`/ len({readings})`.", value=round(mean, 1), average=names["average"], readings=names["readings"]))
    see.that(abs(mean - right) < 1e-6, _("`{average}` is {value}, but the average of `{readings}` is {right}. "
                                         "Add up all the measurements with `sum({readings})`, then divide by "
                                         "`len({readings})`.", value=round(mean, 2), right=round(right, 2), average=names["average"], readings=names["readings"]),
             expected=round(right, 2), saw=round(mean, 2))


@exercise("my-alarm", hints=[
    _("Choose a sensor and a limit. In `my_alarm`, measure, and switch `alarm` on when the measurement passes "
      "`my_limit`."),
    _("Like the night light: `if thermometer.temperature > my_limit:` then `alarm.on()`, `else:` `alarm.off()`."),
], praise=_("Your own alarm: it watches a measurement and acts when it passes your limit."))
def my_alarm(see):
    limit = see.value("my_limit")
    names = {"my_limit": see.name("my_limit"), "my_alarm": see.name("my_alarm"), "alarm": see.name("alarm")}
    see.that(_number(limit), _("`{my_limit}` should be a number: the limit your alarm watches.", my_limit=names["my_limit"]))
    alarm = see.value("alarm", LED)
    recipe = see.function("my_alarm")
    sensors = [_sensor(see, n) for n in ("thermometer", "sensor")]
    with _Kept(*sensors):
        for part in sensors:
            states = set()
            for reading in (part.LOW, part.HIGH, part.LOW):
                part._set(reading)
                see.run(recipe)
                states.add(bool(alarm.is_lit))
            if len(states) == 2:
                return
    see.that(False, _("I made it cold and warm, and dark and light, but `{alarm}` did not change. In `{my_alarm}`, "
                      "measure, and switch `{alarm}` on or off when the measurement passes `{my_limit}`.", alarm=names["alarm"], my_alarm=names["my_alarm"], my_limit=names["my_limit"]))
