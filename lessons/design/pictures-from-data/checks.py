"""The checks for *Pictures from data* (design-pictures-from-data).

They run in the kit, never in the student's notebook. They look at what a chart shows (its kind, its
title, its y-axis, how many bars or points, its source), never at its pixels, and they read the
lesson's own data files to know what the tables hold. Every sentence goes through `_`, so it is
translated in `checks.nl.po`; the student's names are read by their English name."""

from pathlib import Path

from artech import data as _data
from artech import messages as _messages
from artech.checks import _, _n, exercise

HERE = Path(__file__).resolve().parent


def _table(name):
    return _data.load(name, start=HERE)


def _temperatures():
    """{year: how much warmer than the 1901-2000 average}, from the lesson's own table."""
    return {r["year"]: r["temp_anomaly"] for r in _table("temperature-by-year.csv")}


def _lives():
    return [r["life_expectancy"] for r in _table("life-expectancy-2013.csv")]


def _n2(x):
    """A number for a message: at most two decimals, no trailing zeros."""
    return f"{x:.2f}".rstrip("0").rstrip(".")


def _kind_words(kind):
    return {
        "line": _("a line chart"),
        "bars": _("a bar chart"),
        "parts": _("a parts chart"),
        "stripes": _("a stripes chart"),
    }.get(kind, kind)


def _default_titles():
    """The titles a chart gets when the student gives none."""
    return {_messages.say("chart_title_line"), _messages.say("chart_title_bars"),
            _messages.say("chart_title_parts"), _messages.say("chart_title_stripes")}


def _chart(see, name):
    """The student's chart ``name``: something made with line(), bars(), parts() or stripes()."""
    c = see.value(name)
    see.that(hasattr(c, "kind") and hasattr(c, "svg") and hasattr(c, "ys"),
             _("Your `{name}` is {what}, not a chart. Make it with a chart tool, like `line(...)`, "
               "`bars(...)` or `parts(...)`, and put `{name} =` in front.",
               name=see.name(name), what=_messages.kind_name(c)))
    return c


def _titled(see, name, c):
    see.that(c.title.strip() and c.title not in _default_titles(),
             _("Your `{name}` has no title of its own yet, so a reader cannot tell what it is about. "
               "Add `title=\"...\"` with a sentence that says what the reader should see.", name=see.name(name)))


def _sourced(see, name, c):
    see.that(c.source.strip(),
             _("Your `{name}` does not say where its numbers come from. A reader should be able to check them. "
               "Add `source=\"...\"` with who measured them, like the source under the table above.",
               name=see.name(name)))


# --- 1. a line that says what it shows ----------------------------------------------------------
@exercise("temperature-line", hints=[
    _("Start from the line above: `line(years, warmer)`. Add the words inside the brackets, after a comma."),
    _("Each extra is a name, `=` and text in quotes: `title=\"...\"`, `x_label=\"...\"`, "
      "`y_label=\"...\"` and `source=\"...\"`."),
    _("For example: `temperature_chart = line(years, warmer, title=\"...\", x_label=\"year\", "
      "y_label=\"°C warmer than 1901-2000\", source=\"NOAA\")`. Write your own title."),
], praise=_("Now a reader knows what the line is, what the numbers mean and who measured them."))
def temperature_line(see):
    name = "temperature_chart"
    c = _chart(see, name)
    table = _temperatures()
    if c.kind == "bars":
        see.that(False, _n("Your `{name}` is a bar chart with {n} bar. Bars compare amounts side by side. "
                           "This question is about change over time, and a line shows that best: use `line(...)`.",
                           "Your `{name}` is a bar chart with {n} bars. Bars compare amounts side by side. "
                           "This question is about change over time, and a line shows that best: use `line(...)`.",
                           c.count, name=see.name(name), n=c.count))
    see.that(c.kind == "line", _("Your `{name}` is {kind}. For change over time, use a line: `line(...)`.",
                                 name=see.name(name), kind=_kind_words(c.kind)))
    see.that(not (c.xs and all(abs(x) < 5 for x in c.xs)),
             _("Your line has the temperatures along the bottom and the years going up and down. "
               "Time goes along the bottom: put the years first, then the temperatures: `line(years, warmer, ...)`."))
    see.that(c.count == len(table) and c.xs[0] == min(table),
             _("Your line has {n} points, from {first} to {last}. The table has {all} years, from {start} to {end}. "
               "Use the whole lists `years` and `warmer`.", n=c.count, first=c.xs[0], last=c.xs[-1],
               all=len(table), start=min(table), end=max(table)))
    _titled(see, name, c)
    see.that(c.y_label.strip(), _("Your line has no `y_label`, so a reader does not know what the numbers "
                                  "going up and down are. Add `y_label=\"°C warmer than 1901-2000\"` or your own words."))
    _sourced(see, name, c)


# --- 2. comparing amounts: bars --------------------------------------------------------------
@exercise("life-bars", hints=[
    _("Which question is it: change over time, comparing amounts, or parts of a whole? Look at the table at the top."),
    _("Comparing amounts side by side is a job for `bars(labels, values, ...)`: the labels are the countries."),
    _("`life_chart = bars(countries, life_years, title=\"...\", y_label=\"...\", source=\"...\")`, with your own title."),
], praise=_("Six bars, all starting at 0: the length of each bar is its number, so the eye compares fairly."))
def life_bars(see):
    name = "life_chart"
    c = _chart(see, name)
    lives = _lives()
    see.that(c.kind != "line", _("Your `{name}` is a line chart. A line joins the countries as if one came after "
                                 "the other in time, but countries are not moments. To compare amounts, use "
                                 "`bars(...)`.", name=see.name(name)))
    see.that(c.kind != "parts", _("Your `{name}` is a parts chart. Parts are shares of one whole, but the life "
                                  "expectancies of six countries do not add up to a whole. To compare amounts, "
                                  "use `bars(...)`.", name=see.name(name)))
    see.that(c.kind == "bars", _("Your `{name}` is {kind}. To compare amounts, use `bars(...)`.",
                                 name=see.name(name), kind=_kind_words(c.kind)))
    see.that(sorted(v for v in c.ys if v is not None) == sorted(lives),
             _n("Your bar chart has {n} bar, but not the six life expectancies of the table. "
                "Use `countries` for the labels and `life_years` for the values.",
                "Your bar chart has {n} bars, but not the six life expectancies of the table. "
                "Use `countries` for the labels and `life_years` for the values.", c.count, n=c.count))
    low = c.y_range[0]
    see.that(low == 0, _("The y-axis of your `{name}` starts at {start}, not at 0. Then a bar is no longer as "
                         "long as its number, and small differences look big. Leave `y_from` out: "
                         "you will use that trick in exercise 4.", name=see.name(name), start=_n2(low)))
    _titled(see, name, c)
    _sourced(see, name, c)


# --- 3. parts of a whole ----------------------------------------------------------------------
@exercise("age-parts", hints=[
    _("The question asks what share of everybody is in each group: parts of one whole."),
    _("`parts(labels, values, ...)` cuts one bar into parts. The labels are `age_groups`, the values the people of 2020."),
    _("`age_chart = parts(age_groups, people_2020, title=\"...\", source=\"...\")`, with your own title."),
], praise=_("One whole, cut into three: you see at a glance that most people are between 20 and 64."))
def age_parts(see):
    name = "age_chart"
    c = _chart(see, name)
    rows = _table("netherlands-by-age.csv")
    in_1950 = sum(r["people_1950"] for r in rows)
    in_2020 = sum(r["people_2020"] for r in rows)
    see.that(c.kind != "bars", _("Your `{name}` is a bar chart. Bars show how many people are in each group, "
                                 "but the question asks what share of everybody: the parts of one whole. "
                                 "Use `parts(...)`, and it works out the percentages for you.", name=see.name(name)))
    see.that(c.kind == "parts", _("Your `{name}` is {kind}. For parts of a whole, use `parts(...)`.",
                                  name=see.name(name), kind=_kind_words(c.kind)))
    total = sum(v for v in c.ys if v is not None)
    see.that(total != in_1950, _("Your parts add up to {total} people: that is the Netherlands in 1950. "
                                 "The question is about 2020: use `people_2020`.", total=in_1950))
    see.that(c.count == len(rows) and total == in_2020,
             _("Your parts add up to {total}, but in 2020 the Netherlands had {people} people in the three groups. "
               "Use `age_groups` for the labels and `people_2020` for the values.", total=_n2(total), people=in_2020))
    _titled(see, name, c)
    _sourced(see, name, c)


# --- 4. a misleading bar chart ----------------------------------------------------------------
LOOKS_AT_LEAST = 3  # the tallest bar must look at least this many times as tall as the shortest


@exercise("misleading-bars", hints=[
    _("Copy your `life_chart` line, call it `misleading_bars`, and add `y_from=` with a number: where the axis starts."),
    _("The closer the axis starts to the shortest bar, the bigger the difference looks. The shortest is 79.4."),
    _("Try `y_from=79`, and a title that shouts, like \"France lives much longer!\"."),
], praise=_("Same six numbers, a very different picture. When a bar chart's axis does not start at 0, "
            "the bars' lengths lie."))
def misleading_bars(see):
    name = "misleading_bars"
    c = _chart(see, name)
    lives = _lives()
    see.that(c.kind == "bars", _("Your `{name}` is {kind}. This trick is about bars: make it with `bars(...)`, "
                                 "like `life_chart`.", name=see.name(name), kind=_kind_words(c.kind)))
    see.that(sorted(v for v in c.ys if v is not None) == sorted(lives),
             _("Your `{name}` does not show the six life expectancies. The trick only counts with the real numbers: "
               "use `countries` and `life_years`, like in `life_chart`.", name=see.name(name)))
    start, high, low = c.y_range[0], max(lives), min(lives)
    see.that(start > 0, _("The y-axis of your `{name}` starts at {start}, so this chart is still honest: every bar is "
                          "as long as its number. Add `y_from=` with a number close to the shortest bar ({low}).",
                          name=see.name(name), start=_n2(start), low=_n2(low)))
    if start < low:
        looks = (high - start) / (low - start)
        see.that(looks >= LOOKS_AT_LEAST,
                 _("In your chart the tallest bar looks {looks} times as tall as the shortest, but the difference "
                   "hardly shows yet. Start the axis closer to the shortest bar ({low}).",
                   looks=_n2(looks), low=_n2(low)))
    _titled(see, name, c)


# --- 5. a cut-off time range ------------------------------------------------------------------
FLAT = 0.1  # °C: a line that rises less than this from its first to its last year looks flat


@exercise("cut-off-line", hints=[
    _("`between(first, last)` gives the years from `first` to `last` and their temperatures. Try a few pairs of years."),
    _("A line looks flat when its last year is about as warm as its first. Start in a year that was unusually warm."),
    _("Look at the years around 2000 in the big line: try starting in 1998, a very warm year, and stopping before 2013."),
], praise=_("Every number in your line is true, and still it tells a story that is not: the years you left out "
            "are the story."))
def cut_off_line(see):
    name = "short_line"
    c = _chart(see, name)
    table = _temperatures()
    see.that(c.kind == "line", _("Your `{name}` is {kind}. This trick is about a line over time: use `line(...)`.",
                                 name=see.name(name), kind=_kind_words(c.kind)))
    see.that(all(x in table and y == table[x] for x, y in zip(c.xs, c.ys)),
             _("Your `{name}` has points that are not in the temperature table. The trick only counts with the "
               "real numbers: make the lists with `between(...)`.", name=see.name(name)))
    see.that(c.count < len(table), _("Your `{name}` shows all {n} years, so nothing is cut off: it still shows "
                                     "the whole warming. Choose fewer years with `between(...)`.",
                                     name=see.name(name), n=c.count))
    see.that(c.count >= 5, _n("Your `{name}` shows only {n} year. A line that short does not look like real data. "
                              "Choose at least 5 years.",
                              "Your `{name}` shows only {n} years. A line that short does not look like real data. "
                              "Choose at least 5 years.", c.count, name=see.name(name), n=c.count))
    rise = c.ys[-1] - c.ys[0]
    see.that(rise <= FLAT, _("From {first} to {last} your line goes up by {rise} °C, so it still shows the warming. "
                             "Find years where the line looks flat or goes down: start in a year that was very warm.",
                             first=c.xs[0], last=c.xs[-1], rise=_n2(rise)))


# --- make it yours ----------------------------------------------------------------------------
LESSON_CHARTS = ("temperature_chart", "life_chart", "age_chart", "misleading_bars", "short_line")


@exercise("my-chart", hints=[
    _("First write your question in `my_question`, in quotes. Then ask: is it change over time, comparing "
      "amounts, or parts of a whole?"),
    _("Pick the tool that fits: `line(...)`, `bars(...)` or `parts(...)`. Give it a `title` and a `source`."),
    _("You can use part of a table: `between(...)` for some of the years, or `people_1950` for another year."),
], praise=_("Your own question, the chart that fits it, and a source a reader can check."))
def my_chart(see):
    question = see.value("my_question", str, why=_("A question is text, so it goes in quotes."))
    see.that(question.strip(), _("Your `{name}` is empty. Write the question your chart answers, between the quotes.",
                                 name=see.name("my_question")))
    c = _chart(see, "my_chart")
    for other in LESSON_CHARTS:
        made = see.ns.get(other)
        see.that(not (hasattr(made, "svg") and made.svg == c.svg),
                 _("Your `{name}` is exactly your `{other}` from earlier. This one is yours: ask another question, "
                   "or use other data or another part of a table.", name=see.name("my_chart"), other=see.name(other)))
    _titled(see, "my_chart", c)
    _sourced(see, "my_chart", c)
