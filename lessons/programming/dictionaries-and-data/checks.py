"""The checks for *Dictionaries and data* (programming-dictionaries-and-data).

They run in the kit, never in the student's notebook: `check("id")` loads this file fresh,
and `artech check` runs it after the student's code. The right answers are worked out here from the
lesson's own data file (data/countries-2013.csv), so they always agree with the data.
Every sentence goes through `_` (or `_n` for a count)."""

import csv as _csv
from pathlib import Path as _Path

from artech.checks import exercise, _, _n

_KEYS = ("country", "region", "life_expectancy", "children_per_woman", "population")
_NUMBERS = ("life_expectancy", "children_per_woman", "population")


def _rows():
    """The lesson's data, read fresh by the check: numbers as numbers."""
    path = _Path(__file__).parent / "data" / "countries-2013.csv"
    rows = []
    with path.open(encoding="utf-8", newline="") as f:
        for row in _csv.DictReader(f):
            for key in _NUMBERS:
                row[key] = float(row[key]) if "." in row[key] else int(row[key])
            rows.append(row)
    return rows


def _near(word, words):
    """The key the student probably meant: same letters give or take one or two."""
    import difflib
    found = difflib.get_close_matches(word, words, n=1, cutoff=0.7)
    return found[0] if found else None


@exercise("belgium-facts", hints=[
    _("A dictionary is written between curly brackets: `{\"key\": value, \"key\": value}`. "
      "Each key is in quotes, then a colon, then its value."),
    _("Use the five column names of the file as keys, exactly as they are written, with underscores. "
      "Numbers go without quotes: `80.5`, not `\"80.5\"`."),
    _("Start like this: `{\"country\": \"Belgium\", \"region\": \"Europe & Central Asia\", "
      "\"life_expectancy\": 80.5, ...}` and add the last two."),
], praise=_("Five facts about Belgium, each under its own key. That is exactly what one row of the data file looks like."))
def belgium_facts(see):
    d = see.value("belgium", dict)
    name = see.name("belgium")
    row = next(r for r in _rows() if r["country"] == "Belgium")
    for key in d:
        if key not in _KEYS:
            near = _near(str(key), list(_KEYS))
            if near:
                see.that(False, _("Your `{name}` has a key {key}. Did you mean {near}? "
                                  "A key must be written exactly like the column name, letter for letter.",
                                  name=name, key=repr(key), near=repr(near)))
            see.that(False, _("Your `{name}` has a key {key}, which is not a column of the file. "
                              "Use the column names: {keys}.", name=name, key=repr(key), keys=", ".join(_KEYS)))
    missing = [k for k in _KEYS if k not in d]
    see.that(not missing, _n("Your `{name}` has no key {keys} yet. Add it, with its value from the row for Belgium.",
                             "Your `{name}` has no keys {keys} yet. Add them, with their values from the row for Belgium.",
                             len(missing), name=name, keys=", ".join(repr(k) for k in missing)))
    for key in _NUMBERS:
        value = d[key]
        if isinstance(value, str):
            see.that(False, _("Your `{name}[{key}]` is {value}: that is text, because of the quotes. "
                              "Text cannot be added or compared as a number. Take the quotes away: {bare}.",
                              name=name, key=repr(key), value=repr(value), bare=value))
    for key in _KEYS:
        see.that(d[key] == row[key], _("Your `{name}[{key}]` is {value}, but the row for Belgium says {right}. "
                                       "Copy the value from the row exactly.",
                                       name=name, key=repr(key), value=repr(d[key]), right=repr(row[key])),
                 expected=row[key], saw=d[key])


@exercise("count-small-families", hints=[
    _("For each row, look at `row[\"children_per_woman\"]`. Only when it is smaller than 2.1, add one to `count`."),
    _("Use `if` with `<` to test the row, and `+=` to add: `count = count + 1` can also be written `count += 1`."),
    _("Inside the loop, write two lines: `if row[\"children_per_woman\"] < 2.1:` and, pushed in 4 more spaces, "
      "`count += 1`."),
], praise=_("87 of the 202 countries: in 2013, fewer than half of all countries had fewer than 2.1 children per woman."))
def count_small_families(see):
    rows = _rows()
    right = sum(r["children_per_woman"] < 2.1 for r in rows)
    count = see.value("count", int)
    name = see.name("count")
    see.that(count != 0, _("Your `{name}` is still 0: nothing was counted yet. Inside the loop, write an `if` that "
                           "tests the row, and under it `{name} += 1`.", name=name), expected=right, saw=count)
    see.that(count != 1, _("Your `{name}` is 1. It looks like `{name} = 1` was run for each matching row: "
                           "that sets the count back to 1 every time. Use `{name} += 1` to add one to it.",
                           name=name), expected=right, saw=count)
    see.that(count != len(rows), _("Your `{name}` is {count}: that is every row of the file. "
                                   "The `if` should let only the rows with fewer than 2.1 children per woman through.",
                                   name=name, count=count), expected=right, saw=count)
    see.that(count != len(rows) - right, _("Your `{name}` is {count}: those are the countries with 2.1 children "
                                           "per woman or more. Look at the sign: you want the ones below 2.1, "
                                           "so use `<`.", name=name, count=count), expected=right, saw=count)
    see.that(count == right, _("Your `{name}` is {count}, but the data has {right} countries with fewer than "
                               "2.1 children per woman. Check the column name, the sign `<` and the number 2.1.",
                               name=name, count=count, right=right), expected=right, saw=count)


@exercise("long-lives", hints=[
    _("Go through the rows. When a row's `life_expectancy` is 81 or more, add that row's country to the list."),
    _("\"81 or more\" is `>= 81`. To add to a list, use `.append(...)`, and add only the name: `row[\"country\"]`."),
    _("Inside the loop: `if row[\"life_expectancy\"] >= 81:` and, pushed in, `long_lives.append(row[\"country\"])`."),
], praise=_("18 places where a baby born in 2013 could expect to live 81 years or more. The Netherlands, at exactly 81.0, only just made it."))
def long_lives(see):
    right = [r["country"] for r in _rows() if r["life_expectancy"] >= 81]
    names = see.value("long_lives", list)
    name = see.name("long_lives")
    see.that(bool(names), _("Your list `{name}` is still empty. Inside the `if`, add the country with "
                            "`{name}.append(row[\"country\"])`.", name=name))
    if any(isinstance(x, dict) for x in names):
        see.that(False, _("Your list `{name}` holds whole rows (dictionaries). "
                          "Add only the name of the country: `row[\"country\"]`.", name=name))
    too_many = [x for x in names if x not in right]
    missing = [x for x in right if x not in names]
    if missing and not too_many:
        see.that(False, _("Your list has {got} countries, but {missing} is missing. "
                          "Does your test keep a country with exactly 81? \"81 or more\" is `>=`, not `>`.",
                          got=len(names), missing=", ".join(missing)), expected=right, saw=names)
    see.that(not too_many, _("Your list has {got} countries, and {extra} should not be in it: "
                             "its life expectancy is below 81. Check the column and the sign `>=`.",
                             got=len(names), extra=", ".join(map(str, too_many[:3]))), expected=right, saw=names)
    see.that(len(names) == len(right), _("Your list has {got} names for {right} countries: some are in it twice. "
                                         "Add each country once.", got=len(names), right=len(right)),
             expected=right, saw=names)


@exercise("count-per-region", hints=[
    _("The dictionary has one key per region. Its value is a count that should go up by one for every row of that region."),
    _("`per_region[region]` is the count for this row's region. Add one to it with `+=`."),
    _("One line: `per_region[region] += 1`. Use the name `region`, without quotes: it holds this row's region."),
], praise=_("Six regions, six counts: one dictionary did all the counting, and the chart shows the answer."))
def count_per_region(see):
    right = {}
    for r in _rows():
        right[r["region"]] = right.get(r["region"], 0) + 1
    counts = see.value("per_region", dict)
    name = see.name("per_region")
    see.that(len(counts) > 1,
             _("Your `{name}` has only {keys}. The loop stopped early: read the error under the cell. "
               "Did you put the key in quotes? `\"region\"` is the word region; `region` (no quotes) is this row's region.",
               name=name, keys=", ".join(map(repr, counts)) or "-"))
    extra = [k for k in counts if k not in right]
    see.that(not extra, _("Your `{name}` has a key {key}, which is not a region. "
                          "Use the name `region` without quotes: it holds the region of this row.",
                          name=name, key=repr(extra[0]) if extra else ""))
    see.that(set(counts) == set(right), _("Your `{name}` misses some regions. Go through every row.", name=name))
    see.that(any(counts.values()), _("Every count in your `{name}` is still 0: the loop made the regions, "
                                     "but nothing was added yet. Write the line that adds one with `+=`.", name=name),
             expected=right, saw=counts)
    if all(v == 1 for v in counts.values()):
        see.that(False, _("Every count in your `{name}` is 1. `= 1` puts 1 in the box each time; "
                          "`+= 1` adds one to what is already there.", name=name), expected=right, saw=counts)
    wrong = [k for k in right if counts[k] != right[k]]
    see.that(not wrong, _("Your count for {region} is {got}, but the data has {right} countries there. "
                          "Add exactly one for every row.", region=repr(wrong[0]) if wrong else "",
                          got=counts[wrong[0]] if wrong else 0, right=right[wrong[0]] if wrong else 0),
             expected=right, saw=counts)


@exercise("my-question", hints=[
    _("Pick a question the data can answer, like: how many countries per region have more than 50 million people?"),
    _("Copy the loop of exercise 4 into the cell. Change the name to `my_counts` and put an `if` in front of the `+= 1`."),
    _("You need at least one key with a number: `my_counts` should not be empty when the cell is done."),
], praise=_("Your own question, answered by the data, with a chart to show it."))
def my_question(see):
    right = {}
    for r in _rows():
        right[r["region"]] = right.get(r["region"], 0) + 1
    mine = see.made("my_counts", right, kind=dict)
    name = see.name("my_counts")
    bad = [k for k, v in mine.items() if isinstance(v, bool) or not isinstance(v, (int, float))]
    see.that(not bad, _("In your `{name}`, the value for {key} is not a number. "
                        "A chart needs a number for every key.", name=name, key=repr(bad[0]) if bad else ""))
