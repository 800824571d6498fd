"""The checks for *A data logger* (tinkering-data-logger).

They run in the kit, never in the student's notebook. They read the student's own log file back and look
at what is in it (a time column, times that move on, light readings from 0 to 1, enough rows for the
day), at whether a time read from the chart is really where the lamps go on in the student's log, at
whether a step in minutes can see a 10-minute break, and at which columns a privacy-minded log keeps.
Never at how the code was written."""

import csv
from pathlib import Path

from artech.checks import exercise, _

SHORTEST_BREAK = 10      # minutes: the break 14:00-14:10 in logger.SCHOOL_DAY
NEEDED = ("time", "light")
ABOUT_PEOPLE = ("teacher", "people_moving", "door_opened")


def _is_time(text):
    text = str(text)
    return len(text) == 5 and text[2] == ":" and text[:2].isdigit() and text[3:].isdigit()


def _rows(see):
    name = see.name("log_file")
    path = see.value("log_file")
    path = Path(str(path))
    see.that(path.is_file(), _("There is no file at `{name}` yet. Run the cell of exercise 1 again: it makes "
                               "the file and writes the log into it.", name=name))
    with path.open(encoding="utf-8", newline="") as f:
        lines = list(csv.reader(f))
    see.that(lines and [c.strip() for c in lines[0]][:2] == ["time", "light"],
             _("The first line of your log should be the names of the columns, `time,light`. Keep the line "
               "`writer.writerow([\"time\", \"light\"])` above the loop."))
    return lines[1:]


@exercise("log-day", hints=[
    _("Each time round the loop: first measure and write, then move the clock on."),
    _("`writer.writerow([...])` writes one line. Put the time and the light in its list, in that order."),
    _("Write `writer.writerow([clock.time(), sensor.value])` and then `clock.wait(every)`."),
], praise=_("A whole school day in a file, one line a measurement, each with its time. That is a data logger."))
def log_day(see):
    rows = _rows(see)
    see.that(rows, _("Your log has the names of the columns, but no measurements under them. Inside the loop, "
                     "write a row with `writer.writerow([clock.time(), sensor.value])`."))
    first = rows[0]
    see.that(len(first) >= 2, _("The first row of your log is {row}: only one value. A row needs the time and "
                                "the light: `[clock.time(), sensor.value]`.", row=",".join(first)))
    see.that(_is_time(first[0]), _("The first row of your log starts with {value}, but the first column is the "
                                    "time, like 07:00. Put `clock.time()` first in the list, then "
                                    "`sensor.value`.", value=first[0]))
    try:
        light = [float(r[1]) for r in rows]
    except (ValueError, IndexError):
        light = None
    see.that(light is not None and all(0 <= v <= 1 for v in light),
             _("The second column of your log should be the light, a number from 0 to 1, like 0.07. Use "
               "`sensor.value`."))
    times = [r[0] for r in rows]
    see.that(len(set(times)) > 1, _("Every row of your log has the time {time}: the clock never moved. After "
                                    "writing a row, let the clock wait: `clock.wait(...)`.", time=times[0]))
    twice = [t for t in times if times.count(t) > 1]
    see.that(not twice,
             _("Some times appear twice in your log, like {time}. Write one row for each measurement, and let "
               "the clock wait once after each row.", time=twice[0] if twice else ""))
    see.that(times[-1] >= "18:00", _("Your log stops at {time}, but the day goes on until 19:00. Let the clock "
                                     "wait `every` minutes each time, so the loop reaches the end of the day.",
                                     time=times[-1]))


@exercise("first-lesson", hints=[
    _("Look for the first row where the light jumps up, to more than 0.5."),
    _("Print more rows to see the jump: `print(rows[:10])` shows the first ten."),
    _("With a measurement every 15 minutes the jump is at 08:30. Write the time as text: `\"08:30\"`."),
], praise=_("You read it from the log: that is when the lamps went on, and a class came in."))
def first_lesson(see):
    rows = _rows(see)
    try:
        log = [(r[0], float(r[1])) for r in rows]
    except (ValueError, IndexError):
        log = []
    see.that(log and all(_is_time(t) for t, _v in log),
             _("Your log from exercise 1 is not finished yet, so there is nothing to read. Get exercise 1 done "
               "first, then come back."))
    value = see.value("first_lesson")
    name = see.name("first_lesson")
    see.that(isinstance(value, str) and _is_time(value.strip()),
             _("Your `{name}` is {value}. Write a time as text, with hours and minutes, in quotes: like "
               "`\"07:45\"`.", name=name, value=repr(value)))
    value = value.strip()
    bright = [t for t, v in log if v > 0.5]
    see.that(bright, _("No row of your log is brighter than 0.5, so it shows no lamps. Do exercise 1 again."))
    light = dict(log)
    see.that(value in light, _("Your log has no row at {value}. Choose a time that is in your log: look at "
                               "the rows printed above.", value=value))
    see.that(light[value] > 0.5, _("At {value} your log says {light}: the lamps are still off. Look "
                                   "further, at the first time the light is above 0.5.", value=value,
                                   light=light[value]))
    see.that(value == bright[0], _("At {value} the lamps are on, but they already went on earlier in your log. "
                                   "Find the first bright row.", value=value))


@exercise("often-enough", hints=[
    _("A break can fall between two measurements. How long is the shortest break?"),
    _("If you measure every 15 minutes, a 10-minute break can start just after one measurement and end just "
      "before the next."),
    _("The shortest break is 10 minutes, so measure at least every 10 minutes."),
], praise=_("Measuring at least as often as the shortest thing you want to see: then nothing slips through."))
def often_enough(see):
    value = see.value("every_for_breaks")
    name = see.name("every_for_breaks")
    see.that(isinstance(value, (int, float)) and not isinstance(value, bool),
             _("Your `{name}` is {value}. Make it a number of minutes, without quotes, like 30.",
               name=name, value=repr(value)))
    see.that(value > 0, _("Your `{name}` is {value}. The time between two measurements has to be more than 0 "
                          "minutes.", name=name, value=value))
    see.that(value <= SHORTEST_BREAK,
             _("With {value} minutes between measurements, a break of {short} minutes can fall completely "
               "between two of them, and the log never sees it. Which break is the shortest?",
               value=value, short=SHORTEST_BREAK))


@exercise("leave-it-out", hints=[
    _("Read the question again: lamps, after school. Which columns answer it?"),
    _("You need to know when, and how bright. The rest says things about people."),
    _("Keep `\"time\"` and `\"light\"`, and perhaps `\"room\"`: `keep = [\"time\", \"light\"]`."),
], praise=_("Only what the question needs. The log still answers it, and it tells much less about people."))
def leave_it_out(see):
    keep = see.value("keep", (list, tuple))
    name = see.name("keep")
    keep = [str(k).strip() for k in keep]
    for needed in NEEDED:
        see.that(needed in keep, _("Your `{name}` leaves out \"{column}\", but the caretaker needs it to answer "
                                   "the question. Put it back in the list.", name=name, column=needed))
    for about in ABOUT_PEOPLE:
        see.that(about not in keep, _("Your `{name}` keeps \"{column}\". The question is only about the lamps. "
                                      "That column says something about people, so leave it out.",
                                      name=name, column=about))


@exercise("my-logger", hints=[
    _("Think of a question at your school that a sensor could answer. Write it as text in quotes."),
    _("Choose a sensor (light, sound, temperature, CO2 ...) and how many minutes between two measurements."),
    _("`my_columns` is a list of names, and one of them is the time: `[\"time\", \"temperature\"]`."),
], praise=_("A plan for a logger of your own, with only what its question needs. Which people would you tell about it?"))
def my_logger(see):
    question = see.made("my_question", kind=str)
    see.made("my_sensor", kind=str)
    every = see.value("my_every")
    columns = see.made("my_columns", kind=(list, tuple))
    see.that(len(question.strip()) >= 10, _("Your `{name}` is very short. Write the whole question, like "
                                            "\"Is the canteen too noisy at lunch?\".", name=see.name("my_question")))
    see.that(isinstance(every, (int, float)) and not isinstance(every, bool) and every > 0,
             _("Your `{name}` should be a number of minutes, more than 0, like 10.", name=see.name("my_every")))
    see.that("time" in [str(c).strip() for c in columns],
             _("Your `{name}` has no \"time\" column. Without the time, nobody can read the log later.",
               name=see.name("my_columns")))
