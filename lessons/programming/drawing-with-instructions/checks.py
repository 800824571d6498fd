"""The checks for *Drawing with instructions* (programming-drawing-with-instructions).

They run in the kit, never in the student's notebook: `check("id")` loads this file fresh,
and `artech check` runs it after the student's code. The hints and praise live here too,
so a student copy holds no answers. Every sentence goes through `_` (or `_n` for a count),
so each edition of the lesson speaks its own language (`checks.<lang>.po`)."""

from artech.checks import exercise, _, _n
from artech import draw as _draw
from artech.draw import Pen

_Pen = Pen  # the checks use their own names, so a student's `draw = ...` or `Pen = ...` can't break them


def _pen(see, name):
    """The student's pen `name`, once it has drawn something."""
    see.that(see.ns.get(name) is not _Pen, _(
        "`{name}` is `Pen` without brackets, so it is not a pen yet. "
        "Brackets make a new pen: write `{name} = Pen()`, run the cell, then check again.",
        name=see.name(name)))
    pen = see.value(name, _Pen)
    see.that(len(pen) > 0, _(
        "Your pen `{name}` has not drawn any lines yet. "
        "Each instruction starts with the pen's name and ends with brackets, like `{name}.forward(100)`. "
        "Write the instructions, run the cell (Shift+Enter), then check again.",
        name=see.name(name)))
    return pen


def _on_screen(see, pen, name):
    """The lines are right: now the drawing must be on the screen too (the pen's name alone on the last line)."""
    problem = _draw.not_shown(pen, see.name(name))
    see.that(not problem, problem)


def _straight(pen):
    """True when the pen drew lines but never turned between them."""
    turns = _draw.turns(pen)
    return len(turns) == len(pen) - 1 and all(abs(t) < 0.5 for t in turns)


def _degrees(t):
    """A number of degrees as the student would write it: 90, not 90.0."""
    return format(t, "g")


def _turn(t):
    """One turn of the pen, in words: 'left 60' or 'right 90'."""
    if t > 0:
        return _("left {degrees}", degrees=_degrees(t))
    return _("right {degrees}", degrees=_degrees(-t))


def _corners_not_square(turns):
    """The message for a 'square' whose corners are not quarter turns, naming how the pen turned.

    A square has 4 lines, so there are at most 3 turns between them: one whole sentence for each count."""
    words = [_turn(t) for t in turns]
    if not words:
        return _("Some corners are not square corners: your pen turned nothing. "
                 "At each corner, the pen should turn a quarter turn: 90 degrees.")
    if len(words) == 1:
        return _("Some corners are not square corners: your pen turned {first}. "
                 "At each corner, the pen should turn a quarter turn: 90 degrees.", first=words[0])
    if len(words) == 2:
        return _("Some corners are not square corners: your pen turned {first} and {last}. "
                 "At each corner, the pen should turn a quarter turn: 90 degrees.", first=words[0], last=words[1])
    return _("Some corners are not square corners: your pen turned {first}, {second} and {last}. "
             "At each corner, the pen should turn a quarter turn: 90 degrees.",
             first=words[0], second=", ".join(words[1:-1]), last=words[-1])


def _square(see, name):
    pen = _pen(see, name)
    n = len(pen)
    if name == "quick_square" and n < 4:
        see.that(False, _n(
            "Your pen drew {n} line, but a square has 4. "
            "Lines inside the loop run 4 times, so one side inside the loop makes 4 sides. "
            "Check that your lines are pushed in with 4 spaces, under `for side in range(4):`.",
            "Your pen drew {n} lines, but a square has 4. "
            "Lines inside the loop run 4 times, so one side inside the loop makes 4 sides. "
            "Check that your lines are pushed in with 4 spaces, under `for side in range(4):`.",
            n, n=n), expected=4, saw=n)
    if name == "quick_square" and n > 4 and n % 4 == 0:
        see.that(False, _(
            "Your pen drew {n} lines, but a square has 4. "
            "The loop already repeats what is inside it 4 times. "
            "So inside the loop, write only one side: one `forward` and one turn.", n=n), expected=4, saw=n)
    see.that(n == 4, _n(
        "A square has 4 sides, so the pen should draw 4 lines. Your pen drew {n}.",
        "A square has 4 sides, so the pen should draw 4 lines. Your pen drew {n}.",
        n, n=n), expected=4, saw=n)
    if _straight(pen):
        if name == "quick_square":
            see.that(False, _("Your pen drew 4 lines in one straight row: it never turned between them. "
                              "Check that both lines inside the loop are pushed in with 4 spaces."))
        see.that(False, _("Your pen drew 4 lines in one straight row: it never turned between them. "
                          "The order matters: turn after each line."))
    sizes = _draw.lengths(pen)
    most = max(sizes, key=sizes.count)
    see.that(_draw.same_length(sizes), _("Your 4 lines are not all the same length. "
                                         "In a square, every side is just as long."), expected=[most] * 4, saw=sizes)
    turns = _draw.turns(pen)
    see.that(len(turns) == 3 and all(abs(abs(t) - 90) < 0.5 for t in turns), _corners_not_square(turns))
    see.that(_draw.closed(pen), _("The pen did not come back to where it started, so the square is not closed. "
                                  "Turn the same way (left, or right) at every corner."))
    _on_screen(see, pen, name)


@exercise("square-steps", hints=[
    _("Be the pen: go forward, then turn. Do that at every corner. "
      "A square has 4 corners, so you need 4 forwards and 4 turns."),
    _("One side is two instructions: `square.forward(100)` and then `square.left(90)`."),
    _("Write those two lines 4 times: 8 lines in all, in the order forward, left, forward, left, ..."),
], praise=_("8 instructions, in just the right order."))
def square_in_steps(see):
    _square(see, "square")


@exercise("square-loop", hints=[
    _("The lines under `for side in range(4):` that are pushed in with spaces run 4 times."),
    _("Inside the loop, write one side and one corner: a `forward` and a `left`, each on its own line, "
      "each pushed in with 4 spaces."),
    _("Write `quick_square.forward(100)`, and under it `quick_square.left(90)`. Both have 4 spaces in front."),
], praise=_("The same square, with 2 instructions instead of 8. That is what loops are for."))
def square_with_a_loop(see):
    _square(see, "quick_square")


@exercise("triangle", hints=[
    _("Walk a triangle on the floor, or with your finger on the table. "
      "At each corner, how far do you turn your body? "
      "That turn is not the same as the angle you see inside the corner."),
    _("Walk once all the way round a shape, and you face the same way again: you turned one whole turn, "
      "360 degrees. A triangle has 3 corners, so each turn is 360 ÷ 3."),
    _("360 ÷ 3 = 120. Under `triangle.forward(100)`, pushed in just as far, write `triangle.left(120)`."),
], praise=_("The pen turns 120 degrees, even though the corner inside looks like 60. You found the trick."))
def triangle(see):
    pen = _pen(see, "triangle")
    n = len(pen)
    see.that(n == 3, _n(
        "A triangle has 3 sides, so the pen should draw 3 lines. Your pen drew {n}. "
        "Keep `range(3)` and the `forward` line as they are, and add only the turn.",
        "A triangle has 3 sides, so the pen should draw 3 lines. Your pen drew {n}. "
        "Keep `range(3)` and the `forward` line as they are, and add only the turn.",
        n, n=n), expected=3, saw=n)
    see.that(not _straight(pen), _(
        "Your pen drew 3 lines in one straight row: it never turned. "
        "Inside the loop, under the `forward` line, add an instruction that turns the pen, "
        "with a number in its brackets, like `triangle.left(...)`."))
    if _draw.closed(pen):
        _on_screen(see, pen, "triangle")
        return
    turns = _draw.turns(pen)
    if len(set(turns)) == 1:
        see.that(False, _(
            "Your pen turned {degrees} degrees at each corner, "
            "but the lines don't meet again, so the triangle is not closed yet. "
            "Look at the drawing: the pen should end at the grey dot, where it started. "
            "Did it turn too little, or too much?", degrees=_degrees(abs(turns[0]))))
    if len(turns) == 2:
        see.that(False, _(
            "Your pen turned {first} and {last} degrees at the corners, "
            "but the lines don't meet again, so the triangle is not closed yet. "
            "Look at the drawing: the pen should end at the grey dot, where it started. "
            "Did it turn too little, or too much?", first=_degrees(abs(turns[0])), last=_degrees(abs(turns[1]))))
    see.that(False, _(
        "Your lines don't join up at the corners, so the triangle is not closed yet. "
        "Look at the drawing: the pen should end at the grey dot, where it started. "
        "Did it turn too little, or too much?"))


@exercise("flower", hints=[
    _("After each square, the pen turns a little. "
      "All 12 of those turns together should make one whole turn: 360 degrees."),
    _("Each turn is 360 ÷ 12 degrees. Write `flower.left(...)` with that number where the ✏️ is, "
      "lined up with `for side`, so it happens once after each square."),
    _("360 ÷ 12 = 30. Write `flower.left(30)` where the ✏️ is, with 4 spaces in front."),
], praise=_("12 squares, all the way round. You made a pattern from a loop inside a loop."))
def flower(see):
    pen = _pen(see, "flower")
    n = len(pen)
    see.that(n == 48, _n(
        "A flower of 12 squares has 12 × 4 = 48 lines. Your pen drew {n}. "
        "Keep both loops as they are, and add only the turn.",
        "A flower of 12 squares has 12 × 4 = 48 lines. Your pen drew {n}. "
        "Keep both loops as they are, and add only the turn.",
        n, n=n), expected=48, saw=n)
    squares = [pen.lines[i:i + 4] for i in range(0, 48, 4)]
    closed = all(_draw.closed(s) for s in squares)
    see.that(closed, _("Your squares are not squares any more: the pen also turns inside the square loop. "
                       "Move your turn to the left, so it lines up with `for side`. "
                       "Then it happens once, after each square."))
    ways = [_draw.direction(s[0]) for s in squares]
    different = len({round(w) % 360 for w in ways})
    see.that(different > 1, _("All 12 squares lie on top of each other, so you only see one. "
                              "After each square, turn the pen a little, with `flower.left(...)`."))
    see.that(different == 12, _n(
        "Some squares lie on top of each other: I see {n} different square, not 12. "
        "Each turn is too big. Make the turn smaller.",
        "Some squares lie on top of each other: I see {n} different squares, not 12. "
        "Each turn is too big. Make the turn smaller.",
        different, n=different), expected=12, saw=different)
    step = (ways[1] - ways[0]) % 360
    spread = {round((ways[0] + k * 30) % 360) % 360 for k in range(12)} == {round(w) % 360 for w in ways}
    see.that(spread, _("Your 12 squares don't go all the way round: each turn is {degrees} degrees. "
                       "12 turns together should make one whole turn, 360 degrees.", degrees=_degrees(step)))
    _on_screen(see, pen, "flower")


def _idea():
    idea = _Pen()
    idea.colour("orange")
    for ray in range(36):
        idea.forward(150)
        idea.left(170)
    return idea


def _flower():
    flower = _Pen()
    flower.colour("purple")
    for petal in range(12):
        for side in range(4):
            flower.forward(80)
            flower.left(90)
        flower.left(30)
    return flower


@exercise("my-pattern", hints=[
    _("Start from the sun or the flower: copy its lines into the cell under `mine = Pen()`, "
      "change the pen's name to `mine` everywhere, and run it. Then change a number."),
    _("A pattern idea: draw a shape in a loop, and turn a little after each time. "
      "Change how long the lines are, how far it turns, how many times, or the colour."),
], praise=_("That is your own pattern. Show it to your neighbour!"))
def my_pattern(see):
    mine = see.made("mine", kind=_Pen)
    see.that(mine != _idea(), _(
        "Your pen `mine` draws exactly the sun. "
        "This pattern is yours, so make it different. "
        "Change at least one thing: a number or a colour. Then run the cell and check again."))
    see.that(mine != _flower(), _(
        "Your pen `mine` draws exactly the flower from exercise 4. "
        "This pattern is yours, so make it different. "
        "Change at least one thing: a number or a colour. Then run the cell and check again."))
    see.that(not _draw.stopped(mine), _(
        "Your pen stopped itself, because its loop never ended. "
        "Give your loop a number, like `for step in range(36):`, run the cell, then check again."))
    see.that(len(mine) >= 5, _n(
        "Your pattern has {n} line. "
        "A pattern repeats something, so make at least 5 lines. Try a loop, like in the flower.",
        "Your pattern has {n} lines. "
        "A pattern repeats something, so make at least 5 lines. Try a loop, like in the flower.",
        len(mine), n=len(mine)))
    _on_screen(see, mine, "mine")
