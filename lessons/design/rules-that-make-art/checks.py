"""The checks for *Rules that make art* (design-rules-that-make-art).

They run in the kit, never in the student's notebook: `check("id")` loads this file fresh,
and `artech check` runs it after the student's code. They look at what was drawn (how many rays,
how long each one is, whether chance came from the seed), never at how the code is written.
Every sentence goes through `_` (or `_n` for a count), so each edition speaks its own language."""

import random as _random

from artech.checks import exercise, _, _n
from artech import draw as _draw
from artech.draw import Pen

_Pen = Pen  # the checks use their own names, so a student's `Pen = ...` can't break them
_Random = _random.Random


def _pen(see, name):
    """The student's pen `name`, once it has drawn something."""
    see.that(see.ns.get(name) is not _Pen, _(
        "`{name}` is `Pen` without brackets, so it is not a pen yet. "
        "Write `{name} = Pen()`, run the cell, then check again.", name=see.name(name)))
    pen = see.value(name, _Pen)
    see.that(len(pen) > 0, _(
        "Your pen `{name}` has not drawn any lines yet. "
        "Maybe the cell stopped with an error: look for a red or blue box under it, fix that line, "
        "run the cell again (Shift+Enter), then check again.", name=see.name(name)))
    return pen


def _on_screen(see, pen, name):
    """The lines are right: now the drawing must be on the screen too (the pen's name alone on the last line)."""
    problem = _draw.not_shown(pen, see.name(name))
    see.that(not problem, problem)


def _rays(pen):
    """The length of every ray: a line that starts in the middle, where the pen started."""
    lines = pen.lines
    middle = lines[0][0]
    return [_draw.length(line) for line in lines
            if abs(line[0][0] - middle[0]) <= 0.5 and abs(line[0][1] - middle[1]) <= 0.5]


def _number(x):
    """A length as the student would write it: 15, not 15.0."""
    return format(x, "g")


def _some(lengths):
    """The first few lengths, as a student would write them: 10, 15, 20, ..."""
    shown = ", ".join(_number(x) for x in lengths[:5])
    return shown + (", ..." if len(lengths) > 5 else "")


# --- exercise 1: a rule ---------------------------------------------------------------
@exercise("growing-rays", hints=[
    _("The counter `step` is 0 the first time, then 1, then 2, and so on. "
      "Put `step` in your rule, so the length changes every time the loop goes round."),
    _("A rule that grows: start with a number, and add a bit more for each step, "
      "like `length = 10 + step * ...`. Fill in how much longer each ray gets."),
    _("Write `length = 10 + step * 5`: the first ray is 10 long, the next 15, then 20, ..."),
], praise=_("Each ray is a bit longer than the one before. One line of rule, and the computer drew the whole shell."))
def growing_rays(see):
    pen = _pen(see, "shell")
    rays = _rays(pen)
    see.that(len(rays) >= 10, _n(
        "Your shell has {n} ray. Keep `range(36)` as it is, so the loop draws 36 rays.",
        "Your shell has {n} rays. Keep `range(36)` as it is, so the loop draws 36 rays.",
        len(rays), n=len(rays)), expected=36, saw=len(rays))
    see.that(len(set(rays)) > 1, _(
        "Every ray of your shell is {length} long, so nothing changes from one step to the next. "
        "A rule that changes uses the counter: put `step` in your rule for `length`.",
        length=_number(rays[0])))
    pairs = list(zip(rays, rays[1:]))
    if all(b < a for a, b in pairs):
        see.that(False, _(
            "Your rays get shorter each step ({lengths}). That is a rule too! "
            "In this exercise they should grow, so add to the length for each step instead of taking away.",
            lengths=_some(rays)))
    see.that(all(b > a for a, b in pairs), _(
        "Your rays do not grow all the time ({lengths}). "
        "Make a rule where each ray is a bit longer than the one before: start with a number, "
        "and add a bit more for each step.", lengths=_some(rays)))
    _on_screen(see, pen, "shell")


# --- exercise 2: chance with a seed -------------------------------------------------------
def _draws_since_seed(chance, seed):
    """How many numbers `chance` gave since it was made with `random.Random(seed)`, or None when it
    did not start from that seed. Every number the student asks for moves the generator on by whole
    steps of 32 random bits, so a fresh generator with the same seed catches up step by step."""
    try:
        fresh = _Random(seed)
    except TypeError:
        return None
    target = chance.getstate()
    for used in range(20_000):
        if fresh.getstate() == target:
            return used
        fresh.getrandbits(32)
    return None


@exercise("chance-burst", hints=[
    _("Chance is in `chance`. Ask it for a whole number between two numbers, "
      "like the dice did: `chance.randint(..., ...)`."),
    _("The rays should be between 30 and 150 long. Write `length = chance.randint(...)` "
      "with those two numbers in the brackets."),
    _("Write `length = chance.randint(30, 150)`, pushed in with 4 spaces, like the lines under it."),
], praise=_("Chance picked every length, and the seed makes it the same picture every time you run it. "
            "Try another seed!"))
def chance_burst(see):
    seed = see.value("seed", int)
    chance = see.value("chance", _Random)
    pen = _pen(see, "burst")
    rays = _rays(pen)
    see.that(len(rays) >= 10, _n(
        "Your burst has {n} ray. Keep `range(36)` as it is, so the loop draws 36 rays.",
        "Your burst has {n} rays. Keep `range(36)` as it is, so the loop draws 36 rays.",
        len(rays), n=len(rays)), expected=36, saw=len(rays))
    see.that(len(set(rays)) > 1, _(
        "Every ray of your burst is {length} long, so chance did not choose anything. "
        "Ask `{chance}` for a new number for every ray: `{chance}.randint(30, 150)`. "
        "(A new `random.Random(...)` inside the loop starts from the seed again each time, "
        "and gives the same number every time.)", length=_number(rays[0]), chance=see.name("chance")))
    used = _draws_since_seed(chance, seed)
    see.that(used is not None, _(
        "Your `{chance}` does not come from the seed {seed}. "
        "Maybe you changed `{seed_name}` but did not run the cell again. "
        "Keep the line `{chance} = random.Random({seed_name})` in the cell, run the cell, then check again.",
        chance=see.name("chance"), seed=seed, seed_name=see.name("seed")))
    see.that(used > 0, _(
        "Your rays have different lengths, but they did not come from `{chance}`, so the seed does nothing. "
        "`random.randint` has no seed: it gives a new picture every run, and nobody can make yours again. "
        "Write `{chance}.randint(30, 150)` instead.", chance=see.name("chance")))
    _on_screen(see, pen, "burst")


# --- exercise 3: a label with credit --------------------------------------------------------
# Answers that do not say whose work you built on: "me", "the internet".
_VAGUE = {
    "me", "myself", "mine", "i", "nobody", "no one", "noone", "none", "nothing", "internet",
    "the internet", "google", "online", "a website", "someone", "somebody", "ik", "mij", "mezelf",
    "ikzelf", "niemand", "niks", "niets", "geen", "google", "het internet", "iemand", "een website",
}


def _text(see, name):
    """The student's text `name`, with its words."""
    text = see.value(name, str, why=_("Text goes between quotes, like \"...\"."))
    words = text.split()
    see.that(words, _("Your `{name}` is still empty: write something between the quotes.", name=see.name(name)))
    return text.strip(), words


@exercise("credit-line", hints=[
    _("A label has three parts: the name of the work, who made it, and whose work it builds on. "
      "Each is text between quotes."),
    _("Your burst is built on code from this lesson. In `based_on`, say what you used and where it came from: "
      "a few words, not just \"me\" or \"the internet\"."),
    _("For example: `based_on = \"the burst code from the ArTech lesson Rules that make art\"`. "
      "A title and your first name (or an artist name) go in the other two."),
], praise=_("Now everyone who sees your work knows who made it, and whose work it builds on. Artists do it like this."))
def credit_line(see):
    title, _title_words = _text(see, "title")
    made_by, _maker_words = _text(see, "made_by")
    based_on, words = _text(see, "based_on")
    plain = " ".join(based_on.lower().strip(".!?,;:'\"").split())
    see.that(plain not in _VAGUE, _(
        "Your `{name}` says \"{answer}\". That does not tell anyone whose idea or code you used. "
        "Your burst builds on code from this lesson: say what you took, and from where.",
        name=see.name("based_on"), answer=based_on))
    see.that(len(words) >= 3, _n(
        "Your `{name}` has {n} word: \"{answer}\". A credit says what you used and from where, "
        "so write at least 3 words.",
        "Your `{name}` has {n} words: \"{answer}\". A credit says what you used and from where, "
        "so write at least 3 words.",
        len(words), n=len(words), name=see.name("based_on"), answer=based_on))
    see.that(based_on.lower() != title.lower(), _(
        "Your `{based_on}` is the same as your `{title}`. The title is the name of your work; "
        "`{based_on}` says whose work you built on.", based_on=see.name("based_on"), title=see.name("title")))


# --- make it yours -----------------------------------------------------------------------
def _example_burst():
    chance = _Random(1)
    burst = _Pen()
    burst.colour("crimson")
    for ray in range(36):
        length = chance.randint(30, 150)
        burst.forward(length)
        burst.back(length)
        burst.left(10)
    return burst


@exercise("my-art", hints=[
    _("Start from your burst or your shell: copy its loop into the cell under `mine = Pen()`, "
      "change the pen's name to `mine` everywhere, and run it. Then change one thing."),
    _("Ideas: more rays, a smaller turn, a colour chosen by chance with `my_chance.choice([\"red\", \"gold\"])`, "
      "or a rule and chance together: `length = 20 + step * 2 + my_chance.randint(0, 30)`."),
], praise=_("That is your own artwork: your rule, and the computer's chance. Which choices were yours?"))
def my_art(see):
    mine = see.made("mine", kind=_Pen)
    for name in ("burst", "shell"):
        other = see.ns.get(name)
        see.that(not (isinstance(other, _Pen) and mine == other), _(
            "Your pen `{mine}` draws exactly the same as `{other}`. "
            "This work is yours, so make it different: change the rule, the seed, a number or a colour.",
            mine=see.name("mine"), other=see.name(name)))
    see.that(mine != _example_burst(), _(
        "Your pen `{mine}` draws exactly the burst from exercise 2. "
        "This work is yours, so make it different: change the rule, the seed, a number or a colour.",
        mine=see.name("mine")))
    see.that(not _draw.stopped(mine), _(
        "Your pen stopped itself, because its loop never ended. "
        "Give your loop a number, like `for step in range(36):`, run the cell, then check again."))
    see.that(len(mine) >= 10, _n(
        "Your artwork has {n} line. Let a loop draw at least 10 lines: that is where a rule starts to show.",
        "Your artwork has {n} lines. Let a loop draw at least 10 lines: that is where a rule starts to show.",
        len(mine), n=len(mine)))
    _on_screen(see, mine, "mine")
