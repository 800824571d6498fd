"""The checks for *Shapes and patterns* (design-shapes-and-patterns).

They run in the kit, never in the student's notebook: `check("id")` loads this file fresh,
and `artech check` runs it after the student's code. They look at what was drawn (how many
circles, the steps between them, which shapes have a mirror twin), never at pixels or at how
the code is written. Every sentence goes through `_` (or `_n` for a count)."""

from artech.checks import exercise, _, _n
from artech import draw as _draw
from artech.draw import Pen

_Pen = Pen  # the checks use their own names, so a student's `draw = ...` or `Pen = ...` can't break them


def _g(x):
    """A number as a student writes it: 80, not 80.0."""
    return format(x, "g")


def _list(values):
    """Numbers for a message: '80, 70, 90'."""
    return ", ".join(_g(v) for v in values)


def _at(point):
    """A place as the student writes it in `jump_to`: (60, 40)."""
    return "({}, {})".format(_g(point[0]), _g(point[1]))


def _pen(see, name):
    """The student's pen `name`."""
    see.that(see.ns.get(name) is not _Pen, _(
        "`{name}` is `Pen` without brackets, so it is not a pen yet. "
        "Brackets make a new pen: write `{name} = Pen()`, run the cell, then check again.",
        name=see.name(name)))
    return see.value(name, _Pen)


def _on_screen(see, pen, name):
    """The drawing is right: now it must be on the screen too (the pen's name alone on the last line)."""
    problem = _draw.not_shown(pen, see.name(name))
    see.that(not problem, problem)


def _circles(see, pen, name):
    circles = _draw.shapes(pen, "circle")
    see.that(circles, _(
        "Your pen `{name}` has not drawn any circles yet. "
        "`{name}.circle(20)` draws a circle where the pen is. "
        "Write it inside the loop, with 4 spaces in front, then run the cell and check again.",
        name=see.name(name)))
    return circles


def _steps_even(see, circles, name, step_example):
    """The circles are in one row, none on top of another, with even steps between them."""
    steps = _draw.spacings(circles)
    see.that(all(s > _draw.NEAR for s in steps), _(
        "Some of your circles have their middle in the same place, "
        "so they lie on top of each other, or one inside the other. "
        "After each circle, move the pen on, like `{example}`, inside the loop.",
        example=step_example.format(pen=see.name(name))))
    see.that(_draw.in_a_row(circles), _(
        "Your circles are not in one straight row. "
        "Let the pen move straight on between the circles, with `forward`, and don't turn it."))
    see.that(_draw.same_length(steps), _(
        "The steps between your circles are {steps}. "
        "In a pattern with rhythm, every step is just as big, like the beat in music. "
        "Move the pen on just as far after every circle.", steps=_list(steps)))


@exercise("even-row", hints=[
    _("Look at the example with the 5 beads. It draws a circle, then moves on, and does that again and again."),
    _("Inside the loop, you need two instructions, each with 4 spaces in front: "
      "one that draws a circle, and one that moves the pen on."),
    _("Write `for bead in range(6):`. Under it, with 4 spaces in front, write `beads.circle(20)`, "
      "and under that `beads.forward(70)`."),
], praise=_("6 beads, and every step is the same. That even beat is rhythm."))
def even_row(see):
    pen = _pen(see, "beads")
    circles = _circles(see, pen, "beads")
    n = len(circles)
    if n > 6:
        on_top = any(s <= _draw.NEAR for s in _draw.spacings(circles))
        see.that(not on_top, _(
            "Your pen drew {n} circles, but some lie on top of each other, so you see fewer. "
            "The loop already repeats what is inside it. "
            "Inside the loop, draw only one circle, and then move on.", n=n), expected=6, saw=n)
        see.that(False, _(
            "Your row has {n} circles, but the task asks for 6. "
            "The loop already repeats what is inside it 6 times. "
            "Inside the loop, draw only one circle, and then move on.", n=n), expected=6, saw=n)
    see.that(n == 6, _n(
        "Your row has {n} circle, but the task asks for 6. "
        "A loop with `range(6)` repeats 6 times. Put the circle inside the loop, with 4 spaces in front.",
        "Your row has {n} circles, but the task asks for 6. "
        "A loop with `range(6)` repeats 6 times. Put the circle inside the loop, with 4 spaces in front.",
        n, n=n), expected=6, saw=n)
    _steps_even(see, circles, "beads", "{pen}.forward(70)")
    sizes = [c.size for c in circles]
    see.that(_draw.same_length(sizes), _(
        "Your circles have different sizes: {sizes}. "
        "This row should be calm, so make every circle the same size.", sizes=_list(sizes)))
    _on_screen(see, pen, "beads")


def _repeats(keys):
    """The shortest repeat (2, 3 or 4) in a list of looks, or 0 when there is none."""
    for period in (2, 3, 4):
        if len(keys) >= 2 * period and all(keys[i] == keys[i + period] for i in range(len(keys) - period)):
            return period
    return 0


@exercise("lively-row", hints=[
    _("Each time round the loop, the pen draws two circles: a big one and a small one. "
      "After each circle it moves on."),
    _("Inside the loop you need 4 instructions: a big circle, move on, a small circle, move on."),
    _("Inside the loop, with 4 spaces in front: `lively.circle(30)`, `lively.forward(70)`, "
      "`lively.circle(15)`, `lively.forward(70)`."),
], praise=_("Big, small, big, small: the row has a beat now. It looks lively."))
def lively_row(see):
    pen = _pen(see, "lively")
    circles = _circles(see, pen, "lively")
    n = len(circles)
    see.that(n >= 6, _n(
        "Your row has {n} circle. Each time round the loop, draw two circles, a big one and a small one. "
        "The loop goes round 3 times, so that makes 6.",
        "Your row has {n} circles. Each time round the loop, draw two circles, a big one and a small one. "
        "The loop goes round 3 times, so that makes 6.",
        n, n=n), expected=6, saw=n)
    _steps_even(see, circles, "lively", "{pen}.forward(70)")
    looks = [(c.size, c.fill) for c in circles]
    sizes = [c.size for c in circles]
    see.that(len(set(looks)) > 1, _(
        "All your circles look the same: each one is size {size}. That row is calm, not lively yet. "
        "Make the second circle in the loop smaller, like `{name}.circle(15)`.",
        size=_g(sizes[0]), name=see.name("lively")))
    see.that(_repeats(looks), _(
        "Your circles change, but the change does not repeat. Their sizes are {sizes}. "
        "In a lively pattern the change comes back again and again: big, small, big, small.",
        sizes=_list(sizes)))
    _on_screen(see, pen, "lively")


def _fill_word(fill):
    return fill if fill else _("no fill")


def _twin_message(see, alone, found):
    """What to do for the first shape without a mirror twin, naming where its twin should be."""
    shape = alone[0]
    x, y = shape.centre
    there = (-x, y)
    near = [s for s in found if s.kind == shape.kind and abs(s.centre[0] - there[0]) <= 10
            and abs(s.centre[1] - there[1]) <= 10 and s is not shape]
    if near:
        other = near[0]
        if abs(other.size - shape.size) > _draw.TWIN:
            return _("The circle at {here} has a twin at {there}, but the twin is not just as big: "
                     "its size is {other}, and it should be {size}. "
                     "In a mirror, both sides are just as big.",
                     here=_at(shape.centre), there=_at(other.centre), other=_g(other.size), size=_g(shape.size))
        if other.fill != shape.fill:
            return _("The circle at {here} has a twin at {there}, but the twin has another colour: "
                     "{other} instead of {fill}. Use `{name}.fill(\"{fill}\")` before you draw the twin.",
                     here=_at(shape.centre), there=_at(other.centre), other=_fill_word(other.fill),
                     fill=_fill_word(shape.fill), name=see.name("butterfly"))
        return _("The circle at {here} has a twin at {there}, but it is not quite in the mirror place. "
                 "Its mirror place is {place}: the same y, and the x on the other side of 0.",
                 here=_at(shape.centre), there=_at(other.centre), place=_at(there))
    return _("The circle at {here} (size {size}, {fill}) has no twin on the other side. "
             "Its twin goes at {there}: the same y, and the x on the other side of 0. "
             "Jump there, and draw a circle just as big and in the same colour.",
             here=_at(shape.centre), size=_g(shape.size), fill=_fill_word(shape.fill), there=_at(there))


@exercise("mirror", hints=[
    _("Hold a mirror on the black line in the middle, or fold the picture there. "
      "Each wing on the left needs a twin on the right."),
    _("A twin has the same y. Its x is on the other side of 0: the twin of x = -60 is x = 60. "
      "It is just as big, and it has the same colour."),
    _("The first wing is at (-60, 40), size 50, purple. Its twin: `butterfly.fill(\"purple\")`, "
      "`butterfly.jump_to(60, 40)`, `butterfly.circle(50)`. Then do the same for the small wing."),
], praise=_("Fold it along the middle, and both halves fit. That is mirror symmetry."))
def mirror(see):
    pen = _pen(see, "butterfly")
    found = _draw.shapes(pen, "circle")
    left = [s for s in found if s.centre[0] < -_draw.TWIN]
    right = [s for s in found if s.centre[0] > _draw.TWIN]
    see.that(right, _("Your butterfly has wings on the left only. "
                      "Draw their twins on the right side, where x is more than 0."))
    alone = [s for s in _draw.without_twin(pen, middle=0) if isinstance(s, _draw.Shape)]
    alone_left = [s for s in alone if s.centre[0] < 0]
    alone_right = [s for s in alone if s.centre[0] > 0]
    if alone_left:
        see.that(False, _twin_message(see, alone_left, found))
    if alone_right:
        x, y = alone_right[0].centre
        see.that(False, _(
            "Your circle at {here} has no twin on the left side. "
            "Every circle on the right needs a twin at the mirror place on the left, at {there}. "
            "Or take that circle away.", here=_at((x, y)), there=_at((-x, y))))
    see.that(len(left) >= 1 and _draw.symmetric(pen, middle=0), _(
        "Some lines of your butterfly have no mirror twin on the other side. "
        "Fold the picture in your mind along the black line: what sticks out?"))
    _on_screen(see, pen, "butterfly")


_CALM = ("calm", "rustig")
_LIVELY = ("lively", "levendig", "druk", "vrolijk")


@exercise("pattern-around-you", hints=[
    _("Look around you: the floor, the windows, your clothes, a fence, a book cover. "
      "Where do you see something that repeats?"),
    _("In `seen`, write what repeats and where, as a short sentence in quotes, "
      "like \"red and white squares on the floor of the hall\"."),
    _("In `feels`, write one word in quotes: \"calm\" if every part is the same, "
      "\"lively\" if the parts take turns or change."),
], praise=_("You looked at the world like a designer. Now draw what you saw!"))
def pattern_around_you(see):
    seen = see.value("seen", str).strip()
    words = seen.split()
    see.that(len(words) >= 3, _n(
        "Your `{name}` has {n} word: \"{seen}\". "
        "Tell a bit more: what shape repeats, and where did you see it? Like \"stripes on the zebra crossing\".",
        "Your `{name}` has {n} words: \"{seen}\". "
        "Tell a bit more: what shape repeats, and where did you see it? Like \"stripes on the zebra crossing\".",
        len(words), n=len(words), seen=seen, name=see.name("seen")))
    feels = see.value("feels", str).strip().lower().strip(".!")
    see.that(feels in _CALM + _LIVELY, _(
        "Your `{name}` is \"{feels}\". Choose one of two words here: \"calm\" or \"lively\". "
        "Is every part the same (calm), or do the parts take turns and change (lively)?",
        feels=feels, name=see.name("feels")))


def _idea():
    idea = _Pen()
    idea.up()
    idea.jump_to(-150, 40)
    for tile in range(6):
        idea.fill("teal")
        idea.square(50)
        idea.forward(60)
    idea.jump_to(-120, -20)
    for tile in range(5):
        idea.fill("gold")
        idea.circle(20)
        idea.forward(60)
    return idea


@exercise("my-pattern", hints=[
    _("Start from the tiles: copy their lines into the cell under `mine = Pen()`, "
      "change the pen's name to `mine` everywhere, and run it. Then change a number or a colour."),
    _("A pattern repeats something. Use a loop: draw a shape, move on, and do it again. "
      "Change the shape, the size, the colour or the step."),
], praise=_("That is your own pattern. Is it calm or lively? Show it to your neighbour!"))
def my_pattern(see):
    mine = see.made("mine", kind=_Pen)
    see.that(mine != _idea(), _(
        "Your pen `{name}` draws exactly the tiles from the example. "
        "This pattern is yours, so make it different. "
        "Change at least one thing: a number, a shape or a colour. Then run the cell and check again.",
        name=see.name("mine")))
    see.that(not _draw.stopped(mine), _(
        "Your pen stopped itself, because its loop never ended. "
        "Give your loop a number, like `for tile in range(6):`, run the cell, then check again."))
    marks = len(mine)  # lines and shapes
    see.that(marks >= 4, _n(
        "Your pattern has {n} shape or line. "
        "A pattern repeats something, so draw at least 4. Try a loop, like in the tiles.",
        "Your pattern has {n} shapes and lines. "
        "A pattern repeats something, so draw at least 4. Try a loop, like in the tiles.",
        marks, n=marks))
    _on_screen(see, mine, "mine")
