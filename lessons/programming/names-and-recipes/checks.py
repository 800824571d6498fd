"""The checks for *Names and recipes* (programming-names-and-recipes).

They run in the kit, never in the student's notebook: `check("id")` loads this file fresh,
and `artech check` runs it after the student's code. Every sentence goes through `_`
(or `_n` for a count), so each edition speaks its own language (`checks.nl.po`).
The checks look at what was made: the value of a variable, the text a function gives back,
the lines a recipe draws. Never at how the code is written."""

import contextlib as _contextlib
import dis as _dis
import inspect as _inspect
import io as _io

from artech.checks import exercise, _, _n
from artech import draw as _draw
from artech.draw import Pen

_Pen = Pen  # the checks keep their own name, so a student's `Pen = ...` can't break them


# --- exercise 1 ----------------------------------------------------------------------
@exercise("one-year-older", hints=[
    _("Python works out the right side of `=` first, and then puts the answer in the name on the left."),
    _("On the right, take the age and add 1. On the left, the same name: that is where the answer goes."),
    _("Write `age = age + 1` on the empty line."),
], praise=_("70 candles! You changed a variable with its own value."))
def one_year_older(see):
    name = see.name("age")
    age = see.value("age")
    see.that(not isinstance(age, str), _(
        "Your `{name}` is the text {saw}, because of the quotes. "
        "Text cannot count, so Python can't add 1 to it. "
        "Write the line without quotes: numbers and names need no quotes.", name=name, saw=repr(age)))
    see.that(isinstance(age, (int, float)) and not isinstance(age, bool), _(
        "Your `{name}` is not a number now. Make it a number: one more than 69.", name=name))
    see.that(age != 69, _(
        "Your `{name}` is still 69. "
        "`{name} + 1` works out 70, but then throws the answer away. "
        "Only `=` puts it in the jar: write `{name} =` in front of it.", name=name), expected=70, saw=age)
    see.that(age == 70, _(
        "Your `{name}` is {saw} now. One year older than 69 is 70: add exactly 1.",
        name=name, saw=age), expected=70, saw=age)


# --- exercise 2 ----------------------------------------------------------------------
def _call_and_listen(fn, *args):
    """Call the student's function; give back what it returned and what it printed."""
    out = _io.StringIO()
    with _contextlib.redirect_stdout(out):
        result = fn(*args)
    return result, out.getvalue()


@exercise("greeting", hints=[
    _("The function must give the text back with `return`, not show it with `print`."),
    _("Stick three pieces together with `+`: the greeting in quotes, then the parameter without quotes, then \"!\" in quotes."),
    _("Write `return \"Happy birthday, \" + name + \"!\"` inside the function, 4 spaces in."),
], praise=_("One recipe, a card for every grandparent."))
def greeting(see):
    fn = see.function("card_text")
    name = see.name("card_text")
    for person in (_("Grandpa Ali"), _("Grandma Mei")):
        result, printed = _call_and_listen(fn, person)
        if result is None and person in printed:
            see.that(False, _(
                "Your `{name}` shows the card with `print`, but gives nothing back (`None`). "
                "The card text must come back, so the rest of the program can use it. "
                "Change `print(...)` into `return ...`.", name=name))
        see.that(result is not None, _(
            "Your `{name}` gives nothing back (`None`). "
            "A function only gives something back with `return`. "
            "Write `return` and then the text for the card.", name=name))
        see.that(isinstance(result, str), _(
            "Your `{name}` gives back {saw}, which is not text. "
            "The card needs text: stick texts together with `+`.", name=name, saw=repr(result)))
        word = _("name")
        if person not in result and word in result:
            see.that(False, _(
                "I called `{name}(\"{person}\")`, and the card says: {saw}. "
                "It shows the word {word}, not the name I gave: the quotes make it just a word. "
                "Take the parameter out of the quotes and stick it on with `+`.",
                name=name, person=person, saw=result, word=word))
        see.that(person in result, _(
            "I called `{name}(\"{person}\")`, and the card says: {saw}. "
            "The name {person} is not on it. "
            "Use the parameter in your text, so every card gets its own name.",
            name=name, person=person, saw=result))
        see.that(len(result.replace(person, "").strip(" ,.!?")) >= 2, _(
            "I called `{name}(\"{person}\")`, and the card only says: {saw}. "
            "A card needs a greeting too. Stick a greeting in quotes in front of the name, with `+`.",
            name=name, person=person, saw=result))


# --- exercises 3 and 4: the flower recipe ---------------------------------------------
def _swap_pen(fn, name):
    """Let the student's recipe draw on a fresh pen in place of `name`: give back (pen, put_back)."""
    space = getattr(fn, "__globals__", {})
    old = space.get(name, None)
    had = name in space
    fresh = _Pen()
    space[name] = fresh

    def put_back():
        if had:
            space[name] = old
        else:
            space.pop(name, None)
    return fresh, put_back


def _steps(n):
    return format(n, "g")


@exercise("flower", hints=[
    _("Inside the recipe, use the parameters, not fixed numbers or words: the size is the blank, and so is the colour."),
    _("The loop of the star in the first cell is nearly right. Copy it, and use `card` and `size` in it."),
    _("First `card.colour(colour)`. Then `for petal in range(12):` with `card.forward(size)` and "
      "`card.left(150)` under it, pushed in 4 more spaces."),
], praise=_("A recipe that draws! Now one line makes a whole flower."))
def flower(see):
    fn = see.function("flower")
    name, card, size = see.name("flower"), see.name("card"), see.name("size")
    drawn = {}
    for steps, colour in ((40, "red"), (80, "blue")):
        pen, put_back = _swap_pen(see.value("flower"), card)
        try:
            see.run(fn, steps, colour)
        finally:
            put_back()
        drawn[steps] = (pen, colour)
    pen, colour = drawn[40]
    see.that(len(pen) > 0, _(
        "I called `{name}(40, \"red\")`, but nothing was drawn on `{card}`. "
        "Inside the recipe, each instruction starts with the pen's name, like `{card}.forward({size})`.",
        name=name, card=card, size=size))
    see.that(len(pen) >= 5, _n(
        "I called `{name}(40, \"red\")`, and the pen drew {n} line. "
        "A flower has 12: put the forward and the turn in a loop, `for petal in range(12):`.",
        "I called `{name}(40, \"red\")`, and the pen drew {n} lines. "
        "A flower has 12: put the forward and the turn in a loop, `for petal in range(12):`.",
        len(pen), n=len(pen), name=name), expected=12, saw=len(pen))
    small, big = _draw.lengths(drawn[40][0]), _draw.lengths(drawn[80][0])
    if small and small == big:
        see.that(False, _(
            "I called `{name}(40, \"red\")` and `{name}(80, \"blue\")`, and both flowers have lines of {steps} steps. "
            "Your recipe always uses the same number, so the size makes no difference. "
            "Use the parameter: `{card}.forward({size})`.",
            name=name, card=card, size=size, steps=_steps(small[0])))
    see.that(all(abs(s - 40) < 0.5 for s in small), _(
        "I called `{name}(40, \"red\")`, but the lines are not all 40 steps long. "
        "Go forward exactly `{size}` steps: `{card}.forward({size})`.", name=name, card=card, size=size),
        expected=[40] * len(small), saw=small)
    colours = {line[2] for line in pen.lines}
    see.that(colours == {"red"}, _(
        "I called `{name}(40, \"red\")`, but the flower is {saw}. "
        "Set the pen's colour with the parameter, before the loop: `{card}.colour(colour)`, without quotes around colour.",
        name=name, card=card, saw=", ".join(sorted(colours))))
    see.that(not _draw.stopped(pen), _("Your recipe's loop never ends. Give it a number: `for petal in range(12):`."))


def _looks(pen):
    """What tells calls apart in a drawing: each line's length and colour, each shape's kind, size and colours."""
    looks = {("line", round(_draw.length(line)), line[2]) for line in pen.lines}
    looks |= {("shape", s.kind, round(s.size), s.colour, s.fill) for s in pen.shapes}
    return looks


@exercise("bunch", hints=[
    _("Writing a recipe draws nothing. Call it: its name, and values in the brackets."),
    _("Each call is one flower, like `flower(150, \"gold\")`. Write 3 calls, each with another size."),
    _("Write `flower(150, \"gold\")`, `flower(100, \"orange\")` and `flower(50, \"crimson\")`, each on its own line."),
], praise=_("A whole bunch from one recipe. That is what functions are for."))
def bunch(see):
    name, flower = see.name("bunch"), see.name("flower")
    pen = see.value("bunch", _Pen)
    see.that(len(pen) > 0, _(
        "The card `{name}` is still empty. "
        "Writing `{flower}` alone, or only the recipe, draws nothing: you must call it with values in brackets, "
        "like `{flower}(150, \"gold\")`.", name=name, flower=flower))
    sizes = sorted({round(s) for s in _draw.lengths(pen)})
    if len(sizes) == 1:
        see.that(len(pen) <= 12, _(
            "All your flowers are {steps} steps big, so they lie exactly on top of each other. "
            "Give each call another size: the first number in the brackets.", steps=_steps(sizes[0])))
    see.that(len(sizes) >= 3, _n(
        "I see flowers of {n} size on your card: {sizes}. "
        "Make at least 3 flowers of different sizes: call `{flower}` 3 times, each time with another first number.",
        "I see flowers of {n} sizes on your card: {sizes}. "
        "Make at least 3 flowers of different sizes: call `{flower}` 3 times, each time with another first number.",
        len(sizes), n=len(sizes), sizes=", ".join(_steps(s) for s in sizes), flower=flower), expected=3, saw=len(sizes))
    problem = _draw.not_shown(pen, name)
    see.that(not problem, problem)


# --- make it yours -------------------------------------------------------------------------
def _uses(fn, parameter):
    """True when the function's own code reads the parameter."""
    try:
        for step in _dis.get_instructions(fn):
            if step.opname.startswith("LOAD_FAST") or step.opname == "LOAD_DEREF":
                values = step.argval if isinstance(step.argval, tuple) else (step.argval,)
                if parameter in values:
                    return True
    except TypeError:
        return True
    return False


@exercise("my-recipe", hints=[
    _("Start from `flower`: copy it into the cell, call it `my_recipe`, and let it draw with `mine`. "
      "Then change something, like the turn."),
    _("Under the recipe, not pushed in, call it 2 times with different values, like `my_recipe(140, \"purple\")` "
      "and `my_recipe(70, \"hotpink\")`."),
], praise=_("Your own recipe, called with your own values. Show your card to your neighbour!"))
def my_recipe(see):
    recipe, mine = see.name("my_recipe"), see.name("mine")
    fn = see.value("my_recipe")
    see.that(callable(fn), _(
        "Your `{recipe}` is not a function. Make it with `def {recipe}(...):`, with a parameter in the brackets.",
        recipe=recipe))
    try:
        parameters = list(_inspect.signature(fn).parameters)
    except (TypeError, ValueError):
        parameters = ["?"]
    see.that(parameters, _(
        "Your recipe `{recipe}` has no parameter: its brackets are empty, so it draws the same thing every time. "
        "Put a blank in the brackets, like `def {recipe}(size):`, and use it inside.", recipe=recipe))
    used = [p for p in parameters if _uses(fn, p)]
    see.that(used, _(
        "Your recipe has the parameter `{parameter}`, but it never uses it, so every call draws the same. "
        "Use it inside the recipe, like `{mine}.forward({parameter})`.", parameter=parameters[0], mine=mine))
    pen = see.made("mine", kind=_Pen)
    see.that(not _draw.stopped(pen), _(
        "Your pen stopped itself, because a loop never ended. Give your loop a number, like `for ray in range(18):`."))
    see.that(len(_looks(pen)) >= 2, _(
        "Your card shows only one kind of line, so I can't see two calls with different values. "
        "Call `{recipe}` at least 2 times, with another size or colour each time.", recipe=recipe))
    problem = _draw.not_shown(pen, mine)
    see.that(not problem, problem)
