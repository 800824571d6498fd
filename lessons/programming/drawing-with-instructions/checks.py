"""The checks for *Drawing with instructions* (programming-drawing-with-instructions).

They run in the kit, never in the student's notebook: `check("id")` loads this file fresh,
and `artech check` runs it after the student's code. The hints and praise live here too,
so a student copy holds no answers."""

from artech.checks import exercise
from artech import draw as _draw
from artech.draw import Pen

_Pen = Pen  # the checks use their own names, so a student's `draw = ...` or `Pen = ...` can't break them


def _pen(see, name):
    """The student's pen `name`, once it has drawn something."""
    see.that(see.ns.get(name) is not _Pen, f"`{name}` is `Pen` without brackets, so it is not a pen yet. "
             f"Brackets make a new pen: write `{name} = Pen()`, run the cell, then check again.")
    pen = see.value(name, _Pen)
    see.that(
        len(pen) > 0,
        f"Your pen `{name}` has not drawn any lines yet. "
        f"Each instruction starts with the pen's name and ends with brackets, like `{name}.forward(100)`. "
        "Write the instructions, run the cell (Shift+Enter), then check again.",
    )
    return pen


def _on_screen(see, pen, name):
    """The lines are right: now the drawing must be on the screen too (the pen's name alone on the last line)."""
    problem = _draw.not_shown(pen, name)
    see.that(not problem, problem)


def _straight(pen):
    """True when the pen drew lines but never turned between them."""
    turns = _draw.turns(pen)
    return len(turns) == len(pen) - 1 and all(abs(t) < 0.5 for t in turns)


def _turned(turns):
    """How the pen turned, in words: 'left 60, left 60 and right 90'."""
    words = [f"left {t:g}" if t > 0 else f"right {-t:g}" for t in turns] or ["nothing"]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _square(see, name):
    pen = _pen(see, name)
    n = len(pen)
    if name == "quick_square" and n < 4:
        see.that(False, f"Your pen drew {n} line{'s' if n != 1 else ''}, but a square has 4. "
                 "Lines inside the loop run 4 times, so one side inside the loop makes 4 sides. "
                 "Check that your lines are pushed in with 4 spaces, under `for side in range(4):`.",
                 expected=4, saw=n)
    if name == "quick_square" and n > 4 and n % 4 == 0:
        see.that(False, f"Your pen drew {n} lines, but a square has 4. "
                 "The loop already repeats what is inside it 4 times. "
                 "So inside the loop, write only one side: one `forward` and one turn.", expected=4, saw=n)
    see.that(n == 4, f"A square has 4 sides, so the pen should draw 4 lines. Your pen drew {n}.",
             expected=4, saw=n)
    if _straight(pen):
        extra = (" Check that both lines inside the loop are pushed in with 4 spaces."
                 if name == "quick_square" else " The order matters: turn after each line.")
        see.that(False, "Your pen drew 4 lines in one straight row: it never turned between them." + extra)
    sizes = _draw.lengths(pen)
    most = max(sizes, key=sizes.count)
    see.that(_draw.same_length(sizes), "Your 4 lines are not all the same length. "
             "In a square, every side is just as long.", expected=[most] * 4, saw=sizes)
    turns = _draw.turns(pen)
    see.that(len(turns) == 3 and all(abs(abs(t) - 90) < 0.5 for t in turns),
             f"Some corners are not square corners: your pen turned {_turned(turns)}. "
             "At each corner, the pen should turn a quarter turn: 90 degrees.")
    see.that(_draw.closed(pen), "The pen did not come back to where it started, so the square is not closed. "
             "Turn the same way (left, or right) at every corner.")
    _on_screen(see, pen, name)


@exercise("square-steps", hints=[
    "Be the pen: go forward, then turn. Do that at every corner. "
    "A square has 4 corners, so you need 4 forwards and 4 turns.",
    "One side is two instructions: `square.forward(100)` and then `square.left(90)`.",
    "Write those two lines 4 times: 8 lines in all, in the order forward, left, forward, left, ...",
], praise="8 instructions, in just the right order.")
def _(see):
    _square(see, "square")


@exercise("square-loop", hints=[
    "The lines under `for side in range(4):` that are pushed in with spaces run 4 times.",
    "Inside the loop, write one side and one corner: a `forward` and a `left`, each on its own line, "
    "each pushed in with 4 spaces.",
    "Write `quick_square.forward(100)`, and under it `quick_square.left(90)`. Both have 4 spaces in front.",
], praise="The same square, with 2 instructions instead of 8. That is what loops are for.")
def _(see):
    _square(see, "quick_square")


@exercise("triangle", hints=[
    "Walk a triangle on the floor, or with your finger on the table. "
    "At each corner, how far do you turn your body? "
    "That turn is not the same as the angle you see inside the corner.",
    "Walk once all the way round a shape, and you face the same way again: you turned one whole turn, "
    "360 degrees. A triangle has 3 corners, so each turn is 360 ÷ 3.",
    "360 ÷ 3 = 120. Under `triangle.forward(100)`, pushed in just as far, write `triangle.left(120)`.",
], praise="The pen turns 120 degrees, even though the corner inside looks like 60. You found the trick.")
def _(see):
    pen = _pen(see, "triangle")
    n = len(pen)
    see.that(n == 3, f"A triangle has 3 sides, so the pen should draw 3 lines. Your pen drew {n}. "
             "Keep `range(3)` and the `forward` line as they are, and add only the turn.", expected=3, saw=n)
    see.that(not _straight(pen), "Your pen drew 3 lines in one straight row: it never turned. "
             "Inside the loop, under the `forward` line, add an instruction that turns the pen, "
             "with a number in its brackets, like `triangle.left(...)`.")
    turns = _draw.turns(pen)
    if len(set(turns)) == 1:
        turned = f"Your pen turned {abs(turns[0]):g} degrees at each corner"
    else:
        turned = f"Your pen turned {' and '.join(f'{abs(t):g}' for t in turns)} degrees at the corners"
    see.that(_draw.closed(pen), turned + ", but the lines don't meet again, so the triangle is not closed yet. "
             "Look at the drawing: the pen should end at the grey dot, where it started. "
             "Did it turn too little, or too much?")
    _on_screen(see, pen, "triangle")


@exercise("flower", hints=[
    "After each square, the pen turns a little. "
    "All 12 of those turns together should make one whole turn: 360 degrees.",
    "Each turn is 360 ÷ 12 degrees. Write `flower.left(...)` with that number where the ✏️ is, "
    "lined up with `for side`, so it happens once after each square.",
    "360 ÷ 12 = 30. Write `flower.left(30)` where the ✏️ is, with 4 spaces in front.",
], praise="12 squares, all the way round. You made a pattern from a loop inside a loop.")
def _(see):
    pen = _pen(see, "flower")
    n = len(pen)
    see.that(n == 48, f"A flower of 12 squares has 12 × 4 = 48 lines. Your pen drew {n}. "
             "Keep both loops as they are, and add only the turn.", expected=48, saw=n)
    squares = [pen.lines[i:i + 4] for i in range(0, 48, 4)]
    closed = all(_draw.closed(s) for s in squares)
    see.that(closed, "Your squares are not squares any more: the pen also turns inside the square loop. "
             "Move your turn to the left, so it lines up with `for side`. Then it happens once, after each square.")
    ways = [_draw.direction(s[0]) for s in squares]
    different = len({round(w) % 360 for w in ways})
    see.that(different > 1, "All 12 squares lie on top of each other, so you only see one. "
             "After each square, turn the pen a little, with `flower.left(...)`.")
    see.that(different == 12, f"Some squares lie on top of each other: I see {different} different squares, "
             "not 12. Each turn is too big. Make the turn smaller.", expected=12, saw=different)
    step = (ways[1] - ways[0]) % 360
    spread = {round((ways[0] + k * 30) % 360) % 360 for k in range(12)} == {round(w) % 360 for w in ways}
    see.that(spread, f"Your 12 squares don't go all the way round: each turn is {step:g} degrees. "
             "12 turns together should make one whole turn, 360 degrees.")
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
    "Start from the sun or the flower: copy its lines into the cell under `mine = Pen()`, "
    "change the pen's name to `mine` everywhere, and run it. Then change a number.",
    "A pattern idea: draw a shape in a loop, and turn a little after each time. "
    "Change how long the lines are, how far it turns, how many times, or the colour.",
], praise="That is your own pattern. Show it to your neighbour!")
def _(see):
    mine = see.made("mine", kind=_Pen)
    for example, what in ((_idea(), "the sun"), (_flower(), "the flower from exercise 4")):
        see.that(mine != example, f"Your pen `mine` draws exactly {what}. "
                 "This pattern is yours, so make it different. "
                 "Change at least one thing: a number or a colour. Then run the cell and check again.")
    see.that(not _draw.stopped(mine), "Your pen stopped itself, because its loop never ended. "
             "Give your loop a number, like `for step in range(36):`, run the cell, then check again.")
    see.that(len(mine) >= 5, f"Your pattern has {len(mine)} line{'s' if len(mine) != 1 else ''}. "
             "A pattern repeats something, so make at least 5 lines. Try a loop, like in the flower.")
    _on_screen(see, mine, "mine")
