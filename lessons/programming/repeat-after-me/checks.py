"""The checks for *Repeat after me* (programming-repeat-after-me).

They run in the kit, never in the student's notebook: `check("id")` loads this file fresh,
and `artech check` runs it after the student's code. The hints and praise live here too,
so a student copy holds no answers. Every sentence goes through `_` (or `_n` for a count),
so each edition of the lesson speaks its own language (`checks.<lang>.po`).

The checks look at what was made: the notes of a song, the lines of a drawing (how many, how long,
how the pen turned, where the dots are). Only the stairs look at the code too, because that
exercise is about writing the long program short: they ask that the cell used a loop."""

import re

from artech.checks import exercise, _, _n
from artech import draw as _draw
from artech import sound as _sound
from artech.draw import Pen

_Pen = Pen  # the checks use their own names, so a student's `draw = ...` or `Pen = ...` can't break them

# --- the song: "Frère Jacques" (in Dutch "Vader Jacob"), a traditional song, free for everyone ----------
_PARTS = [
    ["C4", "D4", "E4", "C4"],
    ["E4", "F4", ("G4", 2)],
    [("G4", 0.5), ("A4", 0.5), ("G4", 0.5), ("F4", 0.5), "E4", "C4"],
    ["C4", "G3", ("C4", 2)],
]
_SONG = [n for part in _PARTS for n in part + part]


def _same_note(a, b):
    """Two notes of a melody are the same: "C4" is ("C4", 1), "c4" is "C4"."""
    def norm(n):
        name, beats = (n[0], n[1]) if isinstance(n, (tuple, list)) and len(n) == 2 else (n, 1)
        return (str(name).strip().upper(), float(beats) if isinstance(beats, (int, float)) else beats)
    try:
        return norm(a) == norm(b)
    except Exception:
        return False


def _starts_with(song, at, part):
    return len(song) - at >= len(part) and all(_same_note(song[at + k], part[k]) for k in range(len(part)))


def _parts_of(song):
    """The song as a list of part numbers (1-4), or None when it is not made of the parts."""
    found, at = [], 0
    while at < len(song):
        for number, part in enumerate(_PARTS, start=1):
            if _starts_with(song, at, part):
                found.append(number)
                at += len(part)
                break
        else:
            return None
    return found


def _runs(numbers):
    """[1, 1, 2, 3, 3] -> [(1, 2), (2, 1), (3, 2)]: each part, and how many times in a row."""
    runs = []
    for n in numbers:
        if runs and runs[-1][0] == n:
            runs[-1] = (n, runs[-1][1] + 1)
        else:
            runs.append((n, 1))
    return runs


def _list_of(numbers):
    return ", ".join(str(n) for n in numbers)


@exercise("whole-song", hints=[
    _("Sing the song in your head: every part comes 2 times. "
      "The first loop already puts part 1 in the song 2 times. Do the same for the other parts."),
    _("Copy the first loop 3 times, under it. In the first copy, change `part1` into `part2`, "
      "in the next one into `part3`, and in the last one into `part4`."),
    _("Under the first loop, write `for time in range(2):` and, pushed in with 4 spaces, "
      "`song = song + part2`. Then the same for `part3` and `part4`."),
], praise=_("The whole song, from 4 short parts and 4 loops. Sing along!"))
def whole_song(see):
    song = see.value("song", list)
    see.that(len(song) > 0, _("Your `{name}` is still empty: `[]`. "
                              "Run the cell with the loops, then check again.", name=see.name("song")))
    if len(song) == len(_SONG) and all(_same_note(a, b) for a, b in zip(song, _SONG)):
        return
    parts = _parts_of(song)
    if parts is None:
        see.that(False, _n(
            "Your `{name}` has {n} note, but they are not the notes of the parts. "
            "Build the song from the parts that are ready: `song = song + part2` puts part 2 at the end.",
            "Your `{name}` has {n} notes, but they are not the notes of the parts. "
            "Build the song from the parts that are ready: `song = song + part2` puts part 2 at the end.",
            len(song), name=see.name("song"), n=len(song)))
    runs = _runs(parts)
    order = [n for n, times in runs]
    if order == [1]:
        see.that(False, _n(
            "Your song is only part 1, sung {times} time. The other parts are still missing. "
            "Under the first loop, add a loop for part 2, then for part 3 and part 4.",
            "Your song is only part 1, sung {times} times. The other parts are still missing. "
            "Under the first loop, add a loop for part 2, then for part 3 and part 4.",
            runs[0][1], times=runs[0][1]))
    if order == [4] or (len(order) == 1 and order != [1]):
        see.that(False, _(
            "Your song is only part {part}. The song starts with part 1, and every part is in it. "
            "Did you write `song = part{part}`? Then the song starts again from that part. "
            "Write `song = song + part{part}`: that adds the part at the end.", part=order[0]))
    missing = [n for n in (1, 2, 3, 4) if n not in order]
    if missing and order == sorted(order):
        see.that(False, _n(
            "Your song has no part {missing} yet. Add a loop for it, in the right place.",
            "Your song does not have parts {missing} yet. Add a loop for each of them, in the right place.",
            len(missing), missing=_list_of(missing)))
    if order != [1, 2, 3, 4]:
        see.that(False, _(
            "Your song has the parts in this order: {order}. The song goes 1, 2, 3, 4, each part 2 times. "
            "The loops run from top to bottom, so put them in that order.", order=_list_of(parts)))
    for part, times in runs:
        if times != 2:
            see.that(False, _n(
                "In your song, part {part} is sung {times} time. In the song, every part comes 2 times. "
                "Look at the number in `range(...)` in the loop of part {part}.",
                "In your song, part {part} is sung {times} times. In the song, every part comes 2 times. "
                "Look at the number in `range(...)` in the loop of part {part}.",
                times, part=part, times=times), expected=2, saw=times)


# --- the stairs ----------------------------------------------------------------------------------
def _pen(see, name):
    """The student's pen `name`, once it has drawn something."""
    see.that(see.ns.get(name) is not _Pen, _(
        "`{name}` is `Pen` without brackets, so it is not a pen yet. "
        "Brackets make a new pen: write `{name} = Pen()`, run the cell, then check again.",
        name=see.name(name)))
    pen = see.value(name, _Pen)
    see.that(len(pen) > 0, _(
        "Your pen `{name}` has not drawn any lines yet. "
        "Each instruction starts with the pen's name and ends with brackets, like `{name}.forward(30)`. "
        "Write the instructions, run the cell (Shift+Enter), then check again.",
        name=see.name(name)))
    see.that(not _draw.stopped(pen), _(
        "Your pen `{name}` stopped itself, because its loop never ended. "
        "Give your loop a number, like `for step in range(5):`, run the cell, then check again.",
        name=see.name(name)))
    return pen


def _on_screen(see, pen, name):
    """The lines are right: now the drawing must be on the screen too (the pen's name alone on the last line)."""
    problem = _draw.not_shown(pen, see.name(name))
    see.that(not problem, problem)


def _cell_of(see, name):
    """The code of the last cell the student ran that made the pen `name`, or None when the kernel keeps
    no history (then the check trusts the drawing alone)."""
    history = see.ns.get("_ih") if "_ih" in see.ns else None
    if not isinstance(history, list):
        return None
    made = re.compile(r"^\s*" + re.escape(see.name(name)) + r"\s*=\s*Pen\s*\(", re.M)
    for source in reversed(history):
        if isinstance(source, str) and made.search(source):
            return source
    return None


def _same_drawing(pen, other):
    """The same lines in the same order (colour and width aside), give or take a rounding."""
    a, b = pen.lines, other.lines
    return len(a) == len(b) and all(
        abs(p[0] - q[0]) < 0.5 and abs(p[1] - q[1]) < 0.5
        for x, y in zip(a, b) for p, q in ((x[0], y[0]), (x[1], y[1])))


def _long_stairs():
    pen = _Pen()
    for step in range(5):
        pen.forward(30)
        pen.left(90)
        pen.forward(30)
        pen.right(90)
    return pen


def _degrees(t):
    """A number of degrees as the student would write it: 90, not 90.0."""
    return format(abs(t), "g")


@exercise("stairs", hints=[
    _("Look at the long program: which 4 lines come back again and again? "
      "That is one step of the stairs. Count how many times it comes."),
    _("One step is: forward 30, left 90, forward 30, right 90. It comes 5 times. "
      "Put those 4 lines in a loop that runs 5 times."),
    _("Write `for step in range(5):` and under it, each pushed in with 4 spaces: `stairs.forward(30)`, "
      "`stairs.left(90)`, `stairs.forward(30)`, `stairs.right(90)`."),
], praise=_("5 steps from 5 lines of code instead of 20. You found the part that repeats."))
def stairs(see):
    pen = _pen(see, "stairs")
    n = len(pen)
    sizes = _draw.lengths(pen)
    if n % 2 == 0 and n != 10 and all(abs(s - 30) < 0.5 for s in sizes):
        see.that(False, _n(
            "Your stairs have {steps} step, but the long program draws 5. "
            "Count again how many times the repeating part comes, and put that number in `range(...)`.",
            "Your stairs have {steps} steps, but the long program draws 5. "
            "Count again how many times the repeating part comes, and put that number in `range(...)`.",
            n // 2, steps=n // 2), expected=5, saw=n // 2)
    turns = _draw.turns(pen)
    if n > 2 and any(t > 0.5 for t in turns) and all(t > -0.5 for t in turns):
        see.that(False, _(
            "Your pen turned left at the corners, and never right, so it goes round like a square. "
            "A step goes up (turn left) and then on again (turn right). "
            "Check that both turns are inside the loop, pushed in with 4 spaces."))
    if n > 2 and all(abs(t) < 0.5 for t in turns) and len(turns) == n - 1:
        see.that(False, _(
            "Your pen drew one straight line: it never turned. "
            "Check that the turns are inside the loop, pushed in with 4 spaces."))
    see.that(_same_drawing(pen, _long_stairs()), _n(
        "Your drawing is not the same as the stairs of the long program. Your pen drew {n} line; "
        "the stairs have 10 lines of 30 steps, that go up like stairs. "
        "Copy one step of the long program into your loop: 4 lines.",
        "Your drawing is not the same as the stairs of the long program. Your pen drew {n} lines; "
        "the stairs have 10 lines of 30 steps, that go up like stairs. "
        "Copy one step of the long program into your loop: 4 lines.",
        n, n=n), expected=[30] * 10, saw=_tidy(sizes))
    code = _cell_of(see, "stairs")
    if code is not None:
        see.that(re.search(r"^\s*for\s", code, re.M), _(
            "Your stairs are right, but you wrote every instruction out, without a loop. "
            "The idea is to write the repeating part only once. "
            "Put one step in `for step in range(5):`, and take the other lines away."))
    _on_screen(see, pen, "stairs")


# --- the spiral ----------------------------------------------------------------------------------
def _numbers(values):
    return ", ".join(format(round(v), "g") if abs(v - round(v)) < 0.2 else format(v, "g") for v in values)


def _tidy(values):
    """Lengths as a student writes them: 60, not 60.0 or 59.9."""
    return [int(round(v)) if abs(v - round(v)) < 0.2 else v for v in values]


def _about(a, b):
    """Two lists of lengths that are the same, give or take a rounding (59.9 is 60)."""
    return len(a) == len(b) and all(abs(x - y) < 0.5 for x, y in zip(a, b))


@exercise("spiral", hints=[
    _("The counter `i` must count 1, 2, 3 … 10. Which `range` does that? "
      "Look at the cell above: `range(1, 5)` counts 1, 2, 3, 4."),
    _("Line number `i` is `10 * i` steps long. So inside the loop, write `spiral.forward(10 * i)` "
      "and then a quarter turn."),
    _("Write `for i in range(1, 11):` and under it, pushed in: `spiral.forward(10 * i)` and `spiral.left(90)`."),
], praise=_("Every line a bit longer than the one before: the counter did that."))
def spiral(see):
    pen = _pen(see, "spiral")
    sizes = _draw.lengths(pen)
    wanted = [10.0 * i for i in range(1, 11)]
    n = len(pen)
    if n < 10 and _about(sizes, wanted[:n]):
        see.that(False, _n(
            "Your spiral has {n} line, from 10 up to {last} steps, but it needs 10 lines, up to 100. "
            "So `i` stopped too soon: `range` stops just before its last number. "
            "`range(10)` counts 0 … 9, and `range(1, 10)` counts 1 … 9.",
            "Your spiral has {n} lines, from 10 up to {last} steps, but it needs 10 lines, up to 100. "
            "So `i` stopped too soon: `range` stops just before its last number. "
            "`range(10)` counts 0 … 9, and `range(1, 10)` counts 1 … 9.",
            n, n=n, last=_numbers(sizes[-1:])), expected=_tidy(wanted), saw=_tidy(sizes))
    if n > 1 and _draw.same_length(sizes):
        see.that(False, _(
            "All your lines are {size} steps long, so they don't grow. "
            "Use the counter in the brackets: `spiral.forward(10 * i)`. "
            "Then line 1 is 10 steps, line 2 is 20 steps, and so on.", size=_numbers(sizes[:1])))
    if _about(sizes, [float(i) for i in range(1, n + 1)]):
        see.that(False, _(
            "Your lines are {sizes} steps long: they grow, but they are tiny. "
            "Each line should be 10 times as long: `10 * i`.", sizes=_numbers(sizes)), expected=_tidy(wanted), saw=_tidy(sizes))
    see.that(_about(sizes, wanted), _(
        "Your lines are {sizes} steps long. "
        "The spiral needs 10 lines: 10, 20, 30 and so on up to 100. Line number `i` is `10 * i` steps.",
        sizes=_numbers(sizes)), expected=_tidy(wanted), saw=_tidy(sizes))
    turns = _draw.turns(pen)
    see.that(not all(abs(t) < 0.5 for t in turns), _(
        "Your pen drew one long straight line: it never turned. "
        "Put the turn inside the loop, pushed in with 4 spaces, under the `forward` line."))
    bad = [t for t in turns if abs(abs(t) - 90) >= 0.5]
    see.that(not bad, _(
        "Your pen turned {degrees} degrees at a corner. A square spiral turns a quarter turn at each corner: "
        "90 degrees.", degrees=_degrees(bad[0]) if bad else ""))
    see.that(len(set(t > 0 for t in turns)) == 1, _(
        "Your pen turned left at some corners and right at others, so it zigzags. "
        "Turn the same way at every corner."))
    _on_screen(see, pen, "spiral")


# --- the grid ------------------------------------------------------------------------------------
def _dots(pen):
    """The places of the dots: lines that are very short (a dot is a short, thick line)."""
    return [line[0] for line in pen.lines if _draw.length(line) <= 5]


@exercise("grid", hints=[
    _("The loop `for row in range(4):` is ready. Inside it, the pen must draw one whole row of dots: "
      "that is the loop of the pen `one_row` above."),
    _("Copy the 5 lines of the row loop above (from `for dot in range(5):`) to the ✏️. "
      "Change `one_row` into `grid` in each line."),
    _("Your loop `for dot in range(5):` is inside `for row`, so it has 4 spaces in front, "
      "and the 4 lines inside it have 8 spaces in front."),
], praise=_("4 rows of 5: 20 dots from a loop in a loop."))
def grid(see):
    pen = _pen(see, "grid")
    dots = _dots(pen)
    see.that(dots, _(
        "Your pen `{name}` drew lines, but no dots. A dot is a very short line: `{name}.forward(1)`.",
        name=see.name("grid")))
    places = {(round(x), round(y)) for x, y in dots}
    rows = sorted({y for x, y in places})
    per_row = [sorted(x for x, y in places if y == r) for r in rows]
    see.that(len(rows) == 4, _n(
        "Your grid has {n} row, but it needs 4. Keep `for row in range(4):` as it is.",
        "Your grid has {n} rows, but it needs 4. Keep `for row in range(4):` as it is.",
        len(rows), n=len(rows)), expected=4, saw=len(rows))
    counts = [len(r) for r in per_row]
    if all(c == 1 for c in counts):
        see.that(False, _(
            "Each row has only 1 dot. To draw a whole row, the dot needs its own loop inside the row loop: "
            "`for dot in range(5):`, with the dot and the move inside it."))
    see.that(all(c == 5 for c in counts), _(
        "Your rows have {counts} dots, but every row needs 5. "
        "Look at the number in `range(...)` of your dot loop.", counts=_numbers(counts)),
        expected=[5, 5, 5, 5], saw=counts)
    gaps = sorted({b - a for r in per_row for a, b in zip(r, r[1:])})
    see.that(gaps == [40], _n(
        "The dots in your rows are {gaps} step apart, but they should be 40 apart. "
        "After each dot, lift the pen, move it on 39 steps, and put it down again.",
        "The dots in your rows are {gaps} steps apart, but they should be 40 apart. "
        "After each dot, lift the pen, move it on 39 steps, and put it down again.",
        gaps[-1] if gaps else 0, gaps=_numbers(gaps)))
    see.that(all(r == per_row[0] for r in per_row), _(
        "Your rows don't line up: each row starts at another place. "
        "Each move to the next dot is 39 steps, and the row loop goes back 200 steps: 5 × (1 + 39). "
        "Keep the move at `forward(39)`."))
    _on_screen(see, pen, "grid")


# --- make it yours -------------------------------------------------------------------------------
def _repeats(song):
    """True when some run of 2 or more notes comes again later in the song (a part that repeats)."""
    keys = [repr(n).upper() for n in song]
    for size in range(2, len(keys) // 2 + 1):
        for start in range(len(keys) - 2 * size + 1):
            part = keys[start:start + size]
            for later in range(start + size, len(keys) - size + 1):
                if keys[later:later + size] == part:
                    return True
    return False


def _idea():
    idea_part = ["C4", "E4", "G4", "E4"]
    idea = []
    for time in range(3):
        idea = idea + idea_part
    return idea + [("C5", 2)]


@exercise("my-song", hints=[
    _("Start from the example: copy its lines into the cell, change the names to `my_part` and `my_song`, "
      "and run it. Then change the notes, or the number in `range`."),
    _("A song idea: a short part of 3 to 6 notes that comes 2 or 3 times, and then a long last note, "
      "like `(\"C4\", 2)`."),
], praise=_("That is your own song, with a part that repeats. Let your neighbour listen!"))
def my_song(see):
    mine = see.made("my_song", kind=list)
    see.that(not (len(mine) == len(_idea()) and all(_same_note(a, b) for a, b in zip(mine, _idea()))), _(
        "Your `{name}` is exactly the example song. "
        "This song is yours, so make it different: change a note, or how many times the part repeats.",
        name=see.name("my_song")))
    see.run(_sound.melody, mine)
    see.that(len(mine) >= 6, _n(
        "Your song has {n} note. Make it at least 6 notes long: let a part repeat.",
        "Your song has {n} notes. Make it at least 6 notes long: let a part repeat.",
        len(mine), n=len(mine)), expected=6, saw=len(mine))
    see.that(_repeats(mine), _n(
        "Your song has {n} note, but no part of it comes back. "
        "Make a part of a few notes, and let a loop put it in the song 2 or more times.",
        "Your song has {n} notes, but no part of it comes back. "
        "Make a part of a few notes, and let a loop put it in the song 2 or more times.",
        len(mine), n=len(mine)))
