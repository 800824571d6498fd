"""The checks for *Simulating the world* (programming-simulating-the-world).

They run in the kit, never in the student's notebook. Every sentence goes through `_`.
The settings are a dictionary whose keys are words the student types, so the checks accept the keys
of both editions (`roof` or `dak`): a Dutch student who keeps the English keys is right too."""

from artech.checks import exercise, _

_KEYS = {"roof": ("roof", "dak"), "capacity": ("capacity", "inhoud"), "use": ("use", "gebruik")}


def _setting(settings, key):
    for word in _KEYS[key]:
        if word in settings:
            return settings[word]
    return None


def _settings(see):
    settings = see.value("settings", dict)
    for key in _KEYS:
        value = _setting(settings, key)
        see.that(isinstance(value, (int, float)) and not isinstance(value, bool), _(
            "Your `{name}` needs a number for each of its three settings: {keys}. "
            "Run the cell with the settings again.", name=see.name("settings"), keys=", ".join(map(str, settings))))
    return settings


def _expected(water, rain_mm, settings):
    """Both honest orders: overflow first, then use; or use first, then overflow."""
    roof, cap, use = (_setting(settings, k) for k in ("roof", "capacity", "use"))
    one = max(0, min(cap, water + rain_mm * roof) - use)
    two = min(cap, max(0, water + rain_mm * roof - use))
    return {one, two}


def _near(value, options):
    return isinstance(value, (int, float)) and not isinstance(value, bool) and any(abs(value - o) < 1e-6 for o in options)


@exercise("one-day", hints=[
    _("One day of the model: water comes in from the roof, some goes out to the garden, "
      "and the barrel can hold no more than it holds, and no less than nothing."),
    _("Rain in litres is the rain in mm times the roof area in m². Add it, take away the daily use, "
      "then keep the answer between 0 and the capacity with `min` and `max`."),
    _("For example: `new = water + rain_mm * settings[\"roof\"] - settings[\"use\"]`, then "
      "`return max(0, min(settings[\"capacity\"], new))`."),
], praise=_("One day of the model, with both limits of a real barrel: it can be full, and it can be empty."))
def one_day(see):
    settings = _settings(see)
    step = see.function("step")
    cap = _setting(settings, "capacity")
    roof = _setting(settings, "roof")
    use = _setting(settings, "use")
    got = step(100, 0, dict(settings))
    see.that(got is not None, _(
        "Your `step(100, 0, settings)` gave `None`: it works out the new amount but does not give it back. "
        "End the function with `return` and the new amount."))
    ok = _expected(100, 0, settings)
    see.that(_near(got, ok), _(
        "On a dry day the barrel loses only the daily use ({use} litres), so `step(100, 0, settings)` "
        "should give {want}. Yours gave {got}.", use=use, want=min(ok), got=got), expected=min(ok), saw=got)
    got = step(100, 5, dict(settings))
    ok = _expected(100, 5, settings)
    if _near(got, {100 + 5 - use}):
        see.that(False, _(
            "Your `step(100, 5, settings)` gave {got}: you added 5 litres for 5 mm of rain. But the rain falls "
            "on the whole roof: 1 mm on 1 m² is 1 litre, so 5 mm on {roof} m² is 5 × {roof} litres.",
            got=got, roof=roof))
    see.that(_near(got, ok), _(
        "After 5 mm of rain, `step(100, 5, settings)` should give {want} (100 + 5 × {roof} − {use}). Yours gave {got}.",
        want=min(ok), roof=roof, use=use, got=got), expected=min(ok), saw=got)
    got = step(cap - 10, 10, dict(settings))
    ok = _expected(cap - 10, 10, settings)
    see.that(not (isinstance(got, (int, float)) and got > cap), _(
        "After heavy rain your barrel holds {got} litres, more than it can hold ({cap}). "
        "A full barrel overflows: keep the amount at most the capacity, with `min`.", got=got, cap=cap))
    see.that(_near(got, ok), _(
        "`step({water}, 10, settings)` should give {want}: the barrel overflows, and then the use goes out. "
        "Yours gave {got}.", water=cap - 10, want=" / ".join(str(v) for v in sorted(ok)), got=got))
    got = step(5, 0, dict(settings))
    see.that(_near(got, {0}), _(
        "A barrel with 5 litres on a dry day ends with {got} litres. A barrel cannot hold less than nothing: "
        "keep the amount at least 0, with `max`.", got=got), expected=0, saw=got)


@exercise("many-days", hints=[
    _("Inside the loop, each day starts from the water of the day before: "
      "work out the new amount with `step`, and keep it in `water`."),
    _("Two lines inside the loop: one that updates `water` with `step(water, rain_mm, settings)`, "
      "and one that adds `water` to the end of `levels`."),
    _("`water = step(water, rain_mm, settings)` and then `levels.append(water)`."),
], praise=_("A simulation: the same small rule, step after step, makes the whole story of the barrel."))
def many_days(see):
    settings = _settings(see)
    rain = see.value("rain", list)
    simulate = see.function("simulate")
    step = see.function("step")
    levels = simulate(rain[:10], dict(settings))
    see.that(isinstance(levels, list), _(
        "Your `simulate` gave {kind}, not a list. Keep `return levels` as the last line of the function.",
        kind=type(levels).__name__))
    see.that(len(levels) == 11, _(
        "For 10 days of rain, `simulate` should give 11 amounts: the start, and one after each day. "
        "Yours gave {n}. Inside the loop, add the new amount to `levels` each day.", n=len(levels)),
        expected=11, saw=len(levels))
    see.that(all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in levels), _(
        "Some amounts in your list are not numbers: {levels}. Add `water` to the list, not the result of `append`.",
        levels=levels[:6]))
    if levels[1:] == rain[:10]:
        see.that(False, _("Your list holds the rain of each day, not the water in the barrel. Add `water` to `levels`."))
    start = levels[0]
    fresh = [step(start, r, dict(settings)) for r in rain[:10]]
    if levels[1:] == fresh and len(set(fresh)) > 1:
        see.that(False, _(
            "Each day of your model starts again from {start} litres, as if the barrel forgot yesterday. "
            "Keep the new amount in `water`, so the next day goes on from there.", start=start))
    for day in range(10):
        want = step(levels[day], rain[day], dict(settings))
        see.that(abs(levels[day + 1] - want) < 1e-6, _(
            "On day {day} your model goes from {before} to {after} litres, but `step` gives {want}. "
            "Each day, work out the new amount with `step`, from the amount of the day before.",
            day=day + 1, before=levels[day], after=levels[day + 1], want=want))


@exercise("empty-days", hints=[
    _("Count like a person with a tally: start at 0, look at each amount, and add 1 when it is 0."),
    _("A loop over `levels` with an `if`, and a counter that starts at 0. Return the counter at the end."),
    _("`count = 0`, then `for amount in levels:` and `if amount == 0: count = count + 1`, then `return count`."),
], praise=_("Now you can compare two runs of the model with one number."))
def empty_days(see):
    count = see.function("empty_days")
    tests = [([0, 10, 0, 0, 5], 3), ([50, 40, 30], 0), ([0], 1), ([], 0), ([0.0, 2.5, 0], 2)]
    for levels, want in tests:
        got = count(list(levels))
        see.that(got is not None, _(
            "Your `empty_days` gave `None`: it counts, but does not give the count back. End it with `return`."))
        see.that(got == want, _(
            "`empty_days({levels})` should give {want}: the number of days with 0 litres. Yours gave {got}.",
            levels=levels, want=want, got=got), expected=want, saw=got)


@exercise("my-model", hints=[
    _("Pick one thing the model leaves out, like water that evaporates on hot days, "
      "and write it as one more line in your own copy of `step`."),
    _("Make `my_levels` with your own model, for the same `rain`, so you can compare it with `levels`."),
], praise=_("Your own model. Now say in words what you added, and which number in it is only a guess."))
def my_model(see):
    mine = see.made("my_levels", kind=list)
    levels = see.value("levels", list)
    see.that(all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in mine), _(
        "Your `{name}` should hold amounts of water, numbers only. It starts with {first}.",
        name=see.name("my_levels"), first=mine[:4]))
    see.that(len(mine) > 10, _(
        "Your `{name}` has {n} amounts. Run your model for the days of `rain`, like `levels`.",
        name=see.name("my_levels"), n=len(mine)))
    see.that(mine != levels, _(
        "Your `{name}` is the same as `levels`: nothing in the model has changed yet. "
        "Add something the model leaves out, or change a setting, then run it again.",
        name=see.name("my_levels")))
