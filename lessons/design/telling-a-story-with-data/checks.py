"""The checks for *Telling a story with data* (design-telling-a-story-with-data).

They run in the kit, never in the student's notebook. They look at what a chart and its words show:
the kind of chart, whether its title holds a number the chart really shows (a claim, not a label),
its caption and its source; and at the facts a student notes about the data. They never judge the
student's words beyond that. Every sentence goes through `_`, so it is translated in `checks.nl.po`."""

import re

from artech import messages as _messages
from artech.checks import _, exercise

CHOICES = ("A", "B", "C", "D")
NUMBER = re.compile(r"(?<![A-Za-z\d])\d+(?:[ .,]\d+)*")  # not the 2 of CO2


def _default_titles():
    """The titles a chart gets when the student gives none."""
    return {_messages.say("chart_title_line"), _messages.say("chart_title_bars"),
            _messages.say("chart_title_parts"), _messages.say("chart_title_stripes")}


def _chart(see, name):
    c = see.value(name)
    see.that(hasattr(c, "kind") and hasattr(c, "svg") and hasattr(c, "ys"),
             _("Your `{name}` is {what}, not a chart. Make it with a chart tool, like `line(...)` or `bars(...)`, "
               "and put `{name} =` in front.", name=see.name(name), what=_messages.kind_name(c)))
    return c


def _numbers(text):
    """Every number in ``text``, read both ways where that matters: "9,855" and "9 855" are 9855, "315,9" is 315.9."""
    found = set()
    for token in NUMBER.findall(text):
        found.add(float(re.sub(r"[ .,]", "", token)))
        if re.fullmatch(r"\d+[.,]\d{1,2}", token):
            found.add(float(token.replace(",", ".")))
    return found


def _shown(c, numbers):
    """The numbers a reader can find in a chart: its years; the first, last, lowest and highest value, and
    the value at a year the title names; and how many times or what percentage more the last value is than
    the first (and the highest than the lowest)."""
    pairs_xy = [(x, y) for x, y in zip(c.xs, c.ys) if isinstance(x, (int, float)) and isinstance(y, (int, float))]
    exact = {x for x, _y in pairs_xy}
    ys = [y for _x, y in pairs_xy]
    near = [y for x, y in pairs_xy if x in numbers]
    pairs = [(ys[0], ys[-1]), (min(ys), max(ys))] if ys else []
    for a, b in pairs:
        near += [a, b, abs(b - a)]
        if a:
            near += [b / a, (b - a) / a * 100]
        if b:
            near.append(a / b)
    return exact, [v for v in near if v]


def _claim(see, name, c):
    """The title is a claim the chart supports: some words, and a number the chart shows."""
    title = c.title.strip()
    see.that(title and title not in _default_titles(),
             _("Your `{name}` has no title of its own yet. Add `title=\"...\"`: a sentence that says what the chart "
               "shows, with a number from it.", name=see.name(name)))
    numbers = _numbers(title)
    see.that(numbers, _("Your title \"{title}\" says what the chart is about, but not what it shows. A claim says "
                        "what happened, with a number from the chart: a year, a value, or how many times as much.",
                        title=title))
    exact, near = _shown(c, numbers)
    supported = any(n in exact or any(abs(n - v) <= 0.06 * abs(v) for v in near) for n in numbers)
    see.that(supported, _("Your title \"{title}\" has a number, but your chart does not show it. Use a number the "
                          "reader can find in the chart: a year on the bottom axis, a value, or how many times as "
                          "much the last value is as the first.", title=title))
    see.that(len(title.split()) >= 4, _("Your title \"{title}\" is very short. Make it a whole claim, like a "
                                        "headline: what happened, and how much?", title=title))


def _sourced(see, name, c):
    see.that(c.source.strip(), _("Your `{name}` does not say where its numbers come from. Add `source=\"...\"` "
                                 "with who measured them.", name=see.name(name)))


def _captioned(see, name, c):
    text = c.caption.strip()
    see.that(text, _("Your `{name}` has no caption yet. Add `caption=\"...\"`: two short sentences under the chart, "
                     "what the reader sees and what the chart does not show.", name=see.name(name)))
    sentences = [s for s in re.split(r"[.!?]+", text) if len(s.split()) >= 2]
    see.that(len(sentences) >= 2, _("Your caption \"{caption}\" is one sentence. Write a second one: what does the "
                                    "chart not show, or where do the numbers come from?", caption=text))
    see.that(text != c.title.strip(), _("Your caption is the same as your title. The title makes the claim; the "
                                        "caption tells the reader more: what to look at, and what is missing."))


# --- 1. which title does the chart support? ----------------------------------------------------
@exercise("best-title", hints=[
    _("Look at the chart: where does the line start, and where does it end? Which title says that?"),
    _("One title is only a label, one says more than the numbers show, and one gives a cause the chart cannot show."),
    _("Work it out: 371 is not twice 316. And nothing in the chart is about cars."),
], praise=_("A claim the chart supports: a reader can look at the line and see that it is true."))
def best_title(see):
    choice = see.value("best_title", str, why=_("Your choice is a letter, so it goes in quotes, like \"A\"."))
    letter = choice.strip().upper().strip("\"'")
    see.that(letter in CHOICES, _("Your `{name}` is \"{choice}\". Choose one of the letters A, B, C or D.",
                                  name=see.name("best_title"), choice=choice))
    why = {
        "A": _("Title A only names what the chart is about. It makes no claim: a reader still has to find out "
               "what happened."),
        "C": _("Title C says more than the numbers show: from 316 to 371 ppm is about 17% more, not twice as much."),
        "D": _("Title D gives a cause. The chart shows that CO2 rose, not why: nothing in this table is about cars."),
    }
    see.that(letter == "B", why.get(letter, ""))


# --- 2. a title that makes a claim --------------------------------------------------------------
@exercise("claim-title", hints=[
    _("Look at the line first: what happened between the first year and the last? Write that down as a sentence."),
    _("Pick one number the cell above printed: the first or the last value, the highest, or how many times as much the last is as the first. Put that number in your title."),
    _("For example: `title=\"Since 1900 we burn more than 18 times as much carbon a year\"`, with `source=\"...\"`."),
], praise=_("A headline a reader can check in the chart itself."))
def claim_title(see):
    name = "emissions_chart"
    c = _chart(see, name)
    see.that(c.kind == "line", _("Your `{name}` is not a line chart. The emissions change over time: use `line(...)`.",
                                 name=see.name(name)))
    _claim(see, name, c)
    _sourced(see, name, c)


# --- 3. where the data comes from and what it leaves out ----------------------------------------
@exercise("about-the-data", hints=[
    _("Every answer is in the text above the exercise, and in the table itself: read it again."),
    _("`when_measured` needs the first and the last year in the table. `left_out` is a list: [\"...\", \"...\"]."),
    _("Who: the scientists of the Scripps Institution of Oceanography. Where: Mauna Loa, Hawaii. "
      "When: 1959 to 2001. Left out: for example the weeks with no measurement, and every other place on Earth."),
], praise=_("Now a reader knows who measured, where, when, and what the table cannot tell them."))
def about_the_data(see):
    who = see.value("who_measured", str, why=_("It is text, so it goes in quotes."))
    see.that(who.strip(), _("Your `{name}` is empty. Who measured the CO2? Write it between the quotes.",
                            name=see.name("who_measured")))
    where = see.value("where_measured", str, why=_("It is text, so it goes in quotes."))
    see.that(re.search(r"mauna\s*loa|hawai", where, re.I),
             _("Your `{name}` is \"{answer}\". Where was the air measured? It is in the text above, and in the title "
               "of the first chart.", name=see.name("where_measured"), answer=where))
    when = see.value("when_measured", str, why=_("It is text, so it goes in quotes."))
    see.that("2001" in when and ("1959" in when or "1958" in when),
             _("Your `{name}` is \"{answer}\". Write the first and the last year of the table: look at `co2_years[0]` "
               "and `co2_years[-1]`.", name=see.name("when_measured"), answer=when))
    left = see.value("left_out", (list, tuple), why=_("Make it a list of things, like [\"...\", \"...\"]."))
    things = [x for x in left if isinstance(x, str) and x.strip()]
    see.that(len(things) >= 2, _("Your `{name}` has {n} thing. Every table leaves out more than one thing: think of "
                                 "other places, other years, and the weeks with no measurement.",
                                 name=see.name("left_out"), n=len(things)) if len(things) == 1 else
             _("Your `{name}` has no things in it yet. Write at least two, in quotes, like [\"...\", \"...\"].",
               name=see.name("left_out")))


# --- 4. chart and words together -----------------------------------------------------------------
@exercise("co2-story", hints=[
    _("Three parts: a title that makes a claim, a caption of two sentences, and a source."),
    _("The caption goes inside the brackets like the title: `caption=\"First sentence. Second sentence.\"`."),
    _("For example: `caption=\"The line goes up almost every year. It was measured in one place, high on a "
      "volcano.\"`."),
], praise=_("Title, chart, caption and source tell one story, and a reader can check every part of it."))
def co2_story(see):
    name = "co2_story"
    c = _chart(see, name)
    see.that(c.kind == "line", _("Your `{name}` is not a line chart. CO2 changes over time: use `line(...)`.",
                                 name=see.name(name)))
    _claim(see, name, c)
    _captioned(see, name, c)
    _sourced(see, name, c)


# --- make it yours: one story for a real audience ------------------------------------------------
@exercise("my-story", hints=[
    _("First choose who your story is for, and write it in `my_audience`. What do they already know?"),
    _("Pick a table, a chart that fits, a title with a number, a caption of two sentences and a source."),
    _("You can use part of a table, like only the years since 1950, or a new question about the same table."),
], praise=_("One clear story, with its source, for people you know. Show it to them and ask what they see."))
def my_story(see):
    audience = see.value("my_audience", str, why=_("It is text, so it goes in quotes."))
    see.that(audience.strip(), _("Your `{name}` is empty. Who is your story for? Write it between the quotes.",
                                 name=see.name("my_audience")))
    name = "my_story"
    c = _chart(see, name)
    for other in ("co2_story", "emissions_chart"):
        made = see.ns.get(other)
        see.that(not (hasattr(made, "svg") and made.svg == c.svg),
                 _("Your `{name}` is exactly your `{other}` from earlier. This story is yours: change the question, "
                   "the part of the table, or the words, for your audience.", name=see.name(name), other=see.name(other)))
    _claim(see, name, c)
    _captioned(see, name, c)
    _sourced(see, name, c)
