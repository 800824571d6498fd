"""The drawing pen (artech.draw): what it records, how it shows, and how it helps with mistakes."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from artech import draw, messages
from artech.draw import Pen

SVG_NS = "{http://www.w3.org/2000/svg}"


def square(size=100, turn="left"):
    pen = Pen()
    for _ in range(4):
        pen.forward(size)
        getattr(pen, turn)(90)
    return pen


def polygon(sides, turn, size=100):
    pen = Pen()
    for _ in range(sides):
        pen.forward(size)
        pen.left(turn)
    return pen


# --- what the pen records -------------------------------------------------------
def test_a_square_records_four_lines_that_close():
    pen = square()
    assert pen.lines == [
        ((0.0, 0.0), (100.0, 0.0), "black", 2),
        ((100.0, 0.0), (100.0, 100.0), "black", 2),
        ((100.0, 100.0), (0.0, 100.0), "black", 2),
        ((0.0, 100.0), (0.0, 0.0), "black", 2),
    ]
    assert len(pen) == 4
    assert draw.lengths(pen) == [100.0] * 4
    assert draw.turns(pen) == [90.0, 90.0, 90.0]
    assert draw.closed(pen)


def test_right_turns_are_negative_and_still_close():
    pen = square(turn="right")
    assert draw.turns(pen) == [-90.0, -90.0, -90.0]
    assert draw.closed(pen)
    assert pen.lines[1][1] == (100.0, -100.0)


def test_triangle_closes_with_120_but_not_with_60():
    right = polygon(3, 120)
    assert draw.closed(right) and draw.same_length(draw.lengths(right))
    assert draw.turns(right) == [120.0, 120.0]
    wrong = polygon(3, 60)
    assert not draw.closed(wrong)
    assert draw.turns(wrong) == [60.0, 60.0]
    assert wrong.lines[-1][1] == (100.0, 173.2)


def test_no_float_noise_after_many_turns():
    pen = Pen()
    for _ in range(12):
        for _ in range(4):
            pen.forward(80)
            pen.left(90)
        pen.left(30)
    assert len(pen) == 48
    assert (pen._x, pen._y, pen._heading) == (0.0, 0.0, 0.0)
    for (x1, y1), (x2, y2), _, _ in pen.lines:
        for v in (x1, y1, x2, y2):
            assert v == round(v, 1)
            assert str(v) != "-0.0"
    assert {round(draw.direction(pen.lines[i])) for i in range(0, 48, 4)} == set(range(0, 360, 30))


def test_colour_width_up_down_and_back():
    pen = Pen()
    pen.colour("Red")
    pen.width(5)
    pen.forward(50)
    pen.up()
    pen.forward(50)
    pen.down()
    pen.colour((0, 128, 255))
    pen.width(2.5)
    pen.back(20)
    pen.forward(0)  # nothing to draw
    assert pen.lines == [
        ((0.0, 0.0), (50.0, 0.0), "red", 5),
        ((100.0, 0.0), (80.0, 0.0), "#0080ff", 2.5),
    ]
    pen.color("blue")  # the American spelling works too
    pen.forward(10)
    assert pen.lines[-1][2] == "blue"


def test_pens_compare_by_what_they_drew():
    assert square() == square()
    assert square() != square(50)
    assert square() != polygon(3, 120)
    assert Pen() != "a pen"
    assert len(Pen()) == 0


def test_turns_only_counts_corners_where_lines_join():
    pen = Pen()
    pen.forward(100)
    pen.up()
    pen.forward(10)
    pen.down()
    pen.left(90)
    pen.forward(100)
    assert draw.turns(pen) == []
    assert draw.turns(pen.lines[:1]) == []  # a list of lines works as well as a pen


# --- how the drawing shows ------------------------------------------------------------
def test_svg_is_accessible_and_describes_the_drawing():
    text = square()._repr_svg_()
    root = ET.fromstring(text)
    assert root.get("role") == "img"
    title = root.find(f"{SVG_NS}title").text
    assert title == "A drawing of 4 lines in black. The pen ends where it started."
    assert root.get("aria-label") == title
    assert len(root.findall(f".//{SVG_NS}line")) == 4


def test_svg_is_deterministic_and_rounded():
    first, second = polygon(7, 360 / 7)._repr_svg_(), polygon(7, 360 / 7)._repr_svg_()
    assert first == second
    assert "0x" not in first
    numbers = re.findall(r'"(-?\d+\.\d+)"', first)
    assert numbers and all(len(n.split(".")[1]) == 1 for n in numbers)


def test_svg_uses_the_colours_and_widths_it_drew():
    pen = Pen()
    pen.colour("orange")
    pen.width(7)
    pen.forward(40)
    root = ET.fromstring(pen._repr_svg_())
    (line,) = root.findall(f".//{SVG_NS}line")
    assert (line.get("stroke"), line.get("stroke-width")) == ("orange", "7")


def test_empty_pen_says_so():
    pen = Pen()
    assert repr(pen) == "Pen drawing: no lines yet."
    root = ET.fromstring(pen._repr_svg_())
    assert root.find(f"{SVG_NS}title").text.startswith("An empty drawing")


def test_text_version_is_useful():
    assert repr(square()) == "Pen drawing: 4 lines in black. The pen ends where it started."
    pen = Pen()
    pen.forward(10)
    assert repr(pen) == "Pen drawing: 1 line in black."
    for colour in ["red", "orange", "gold", "green"]:
        pen.colour(colour)
        pen.forward(10)
    assert repr(pen) == "Pen drawing: 5 lines in 5 colours."


def test_a_pen_far_off_the_page_still_fits_on_it():
    pen = Pen()
    pen.forward(100)
    pen.up()
    pen.forward(50_000)
    pen.down()
    pen.left(90)
    pen.forward(100)
    root = ET.fromstring(pen._repr_svg_())
    width, height = float(root.get("width")), float(root.get("height"))
    assert width <= draw.PAGE + 2 * draw.MARGIN + 10
    for line in root.findall(f".//{SVG_NS}line"):
        assert 0 <= float(line.get("x1")) <= width and 0 <= float(line.get("x2")) <= width
        assert 0 <= float(line.get("y1")) <= height and 0 <= float(line.get("y2")) <= height


# --- kind mistakes ---------------------------------------------------------------
def test_typo_says_did_you_mean():
    with pytest.raises(AttributeError) as err:
        Pen().foward(100)
    message = str(err.value)
    assert message.startswith("Pen has no `foward`.")
    assert "Did you mean `forward`?" in message
    assert "forward, back, left, right, colour, width, up, down" in message


@pytest.mark.parametrize("word, meant", [("links", "left"), ("kleur", "colour"), ("penup", "up"), ("Forward", "forward")])
def test_dutch_and_turtle_words_point_to_the_instruction(word, meant):
    with pytest.raises(AttributeError, match=f"Did you mean `{meant}`"):
        getattr(Pen(), word)


def test_unknown_word_lists_the_instructions_without_guessing():
    with pytest.raises(AttributeError) as err:
        Pen().circle(50)
    assert "Did you mean" not in str(err.value)
    assert "A pen only knows these instructions" in str(err.value)


def test_private_names_stay_plain_attribute_errors():
    with pytest.raises(AttributeError) as err:
        Pen()._repr_html_
    assert str(err.value) == "_repr_html_"


def test_number_in_quotes():
    with pytest.raises(TypeError) as err:
        Pen().forward("100")
    assert "`forward` needs a number" in str(err.value)
    assert "`pen.forward(100)`" in str(err.value)


@pytest.mark.parametrize("call, words", [
    (lambda pen: pen.forward("far"), "needs a number, like `pen.forward(100)`, but it got text"),
    (lambda pen: pen.left(True), "but it got True or False"),
    (lambda pen: pen.right(...), "`right` got `...`, the blank"),
    (lambda pen: pen.forward(), "needs one number in its brackets, like `pen.forward(100)`, but it got nothing"),
    (lambda pen: pen.up(5), "`up` needs empty brackets, like `pen.up()`, but it got 1 thing"),
    (lambda pen: pen.left(90, 90), "but it got 2 things"),
    (lambda pen: pen.colour(3), "`colour` needs the name of a colour in quotes"),
])
def test_wrong_things_in_the_brackets(call, words):
    with pytest.raises(TypeError) as err:
        call(Pen())
    assert words in str(err.value)


@pytest.mark.parametrize("call, words", [
    (lambda p: p.forward(10_000_000), "is a bigger number than the pen can use"),
    (lambda p: p.forward(float("inf")), "is a bigger number than the pen can use"),
    (lambda p: p.forward(10**400), "is a bigger number than the pen can use"),
    (lambda p: p.width(0), "must be more than 0"),
    (lambda p: p.width(500), "at most 100 wide"),
    (lambda p: p.colour("gren"), "Did you mean `green`?"),
    (lambda p: p.colour("rood"), "Did you mean `red`?"),
    (lambda p: p.colour((300, 0, 0)), "three whole numbers from 0 to 255"),
])
def test_values_the_pen_cannot_use(call, words):
    pen = Pen()
    with pytest.raises(ValueError) as err:
        call(pen)
    assert words in str(err.value)
    assert pen.lines == []


def test_no_wild_guess_for_a_colour():
    with pytest.raises(ValueError) as err:
        Pen().colour("sky")
    assert "Did you mean" not in str(err.value)


def test_assigning_instead_of_calling():
    pen = Pen()
    with pytest.raises(AttributeError, match=r'Write it like `pen.colour\("red"\)`'):
        pen.colour = "red"
    with pytest.raises(AttributeError, match="only the pen itself can change it"):
        pen.lines = []
    with pytest.raises(AttributeError, match="can't keep a name of your own, like `size`"):
        pen.size = 3
    pen.colour("red")  # still an instruction


def test_pen_without_brackets():
    with pytest.raises(TypeError, match=r"Write `pen = Pen\(\)` first"):
        Pen.forward(100)


@pytest.mark.parametrize("call, words", [
    (lambda: square.forward("100"), "Take the quotes away: `square.forward(100)`."),
    (lambda: square.forward(), "like `square.forward(100)`, but it got nothing"),
    (lambda: square.left("ninety"), "like `square.left(90)`, but it got text"),
    (lambda: square.right(...), "like `square.right(90)`, then run"),
    (lambda: square.colour(3), "like `square.colour(\"red\")`"),
    (lambda: square.colour((300, 0, 0)), "like `square.colour((255, 136, 0))`"),
    (lambda: square.width(0), "like `square.width(5)`"),
    (lambda: setattr(square, "forward", 100), "Write it like `square.forward(100)`"),
])
def test_examples_in_messages_use_the_pens_own_name(call, words):
    # A lesson's pens have names like `square`: an example that says `pen.forward(100)`
    # would send a student who copies it to draw on another pen.
    global square
    square = Pen()
    with pytest.raises((TypeError, ValueError, AttributeError)) as err:
        call()
    assert words in str(err.value)
    assert "`pen." not in str(err.value)
    assert "square.left" in repr(square.left)


def test_a_pen_made_without_brackets_is_named_in_the_message():
    quick_square = Pen  # noqa: F841  (the name the message should use)
    with pytest.raises(TypeError, match=r"Write `quick_square = Pen\(\)` first, then `quick_square.forward\(100\)`"):
        quick_square.forward(100)


def test_instruction_without_brackets_explains_itself():
    assert repr(Pen().left) == messages.say("draw_no_brackets", name="left", example="pen.left(90)")
    assert "brackets" in repr(Pen().left)


def test_a_loop_that_never_ends_stops(monkeypatch):
    monkeypatch.setattr(draw, "MAX_STEPS", 50)
    pen = Pen()
    with pytest.raises(RuntimeError, match="a loop that never ends"):
        while True:
            pen.forward(1)
            pen.left(1)
    assert draw.stopped(pen)
    assert not draw.stopped(Pen())


def test_every_draw_message_exists_and_is_used():
    source = Path(draw.__file__).read_text()
    used = set(re.findall(r'"(draw_[a-z_]+)"', source))
    keys = {k for k in messages.TEXT if k.startswith("draw_")}
    assert used <= keys, used - keys
    assert keys <= used, keys - used


# --- the pen's errors are the kit's errors, and still the Python kind -------------------------------
@pytest.mark.parametrize("call, kind, python_kind", [
    (lambda p: p.forward("100"), draw.DrawTypeError, TypeError),
    (lambda p: p.forward(), draw.DrawTypeError, TypeError),
    (lambda p: p.colour(3), draw.DrawTypeError, TypeError),
    (lambda p: Pen.forward(100), draw.DrawTypeError, TypeError),
    (lambda p: p.forward(10_000_000), draw.DrawValueError, ValueError),
    (lambda p: p.colour("gren"), draw.DrawValueError, ValueError),
    (lambda p: p.width(0), draw.DrawValueError, ValueError),
    (lambda p: p.foward(100), draw.DrawAttributeError, AttributeError),
    (lambda p: setattr(p, "colour", "red"), draw.DrawAttributeError, AttributeError),
])
def test_pen_errors_are_kit_errors_of_the_python_kind(call, kind, python_kind):
    from artech.errors import KitError

    with pytest.raises(kind) as err:
        call(Pen())
    assert isinstance(err.value, KitError) and isinstance(err.value, python_kind)
    assert isinstance(err.value, draw.DrawError)


def test_a_pen_that_never_ends_stops_with_a_kit_error(monkeypatch):
    monkeypatch.setattr(draw, "MAX_STEPS", 10)
    pen = Pen()
    with pytest.raises(draw.DrawStopped) as err:
        for _ in range(11):
            pen.forward(1)
    assert isinstance(err.value, RuntimeError)


# --- was the drawing shown? -------------------------------------------------------------------------
def _a_square():
    pen = Pen()
    for _ in range(4):
        pen.forward(100)
        pen.left(90)
    return pen


def test_the_pen_knows_whether_its_whole_drawing_was_shown():
    pen = _a_square()
    assert not draw.shown(pen)
    assert draw.not_shown(pen, "square") == messages.say("draw_not_shown", name="square")
    draw.svg(pen)  # making the picture for a file or a test is not showing it
    assert not draw.shown(pen)
    pen._repr_svg_()  # what the notebook asks for when it shows the pen
    assert draw.shown(pen) and draw.not_shown(pen, "square") == ""
    pen.left(90)  # a turn adds no line: the picture on the screen is still the whole drawing
    assert draw.shown(pen)
    pen.forward(10)
    assert not draw.shown(pen)
    assert draw.not_shown(pen, "square") == messages.say("draw_shown_early", name="square")


DRAWING_CHECKS = Path(__file__).resolve().parents[1] / "lessons" / "programming" / "drawing-with-instructions" / "checks.py"


def _flower():
    pen = Pen()
    for _ in range(12):
        for _ in range(4):
            pen.forward(80)
            pen.left(90)
        pen.left(30)
    return pen


@pytest.mark.parametrize("exercise, name, make", [
    ("square-steps", "square", _a_square),
    ("square-loop", "quick_square", _a_square),
    ("triangle", "triangle", lambda: polygon(3, 120)),
    ("flower", "flower", _flower),
    ("my-pattern", "mine", lambda: polygon(6, 60, size=50)),
])
def test_a_right_drawing_that_never_appeared_is_not_yet_done(exercise, name, make):
    from artech.checks import load, run_check

    exercises = load(DRAWING_CHECKS)
    pen = make()
    hidden = run_check(exercise, {name: pen}, exercises)
    assert hidden.status == "not yet" and hidden.message == messages.say("draw_not_shown", name=name)
    pen._repr_svg_()
    assert run_check(exercise, {name: pen}, exercises).status == "done"
    early = make()
    early._repr_svg_()
    early.up()  # a move with the pen up adds no line: no difference
    early.forward(5)
    assert run_check(exercise, {name: early}, exercises).status == "done"
    whole = make()
    object.__setattr__(whole, "_shown", len(whole) - 1)  # as if shown before the pen drew its last line
    result = run_check(exercise, {name: whole}, exercises)
    assert result.status == "not yet" and result.message == messages.say("draw_shown_early", name=name)


def test_in_a_notebook_the_pen_name_pushed_into_the_loop_is_caught_by_the_check():
    import nbformat
    from nbclient import NotebookClient

    check = (f"from artech.checks import load, run_check\n"
             f"result = run_check('square-loop', globals(), load({str(DRAWING_CHECKS)!r}))\n"
             "print(result.status, '|', result.message)")
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell("from artech.draw import Pen\n"
                                  "quick_square = Pen()\nfor side in range(4):\n"
                                  "    quick_square.forward(100)\n    quick_square.left(90)\n"
                                  "    quick_square"),  # the editor pushed the last line into the loop
        nbformat.v4.new_code_cell(check),
        nbformat.v4.new_code_cell("quick_square = Pen()\nfor side in range(4):\n"
                                  "    quick_square.forward(100)\n    quick_square.left(90)\n"
                                  "quick_square"),
        nbformat.v4.new_code_cell(check),
    ]
    NotebookClient(nb, kernel_name="python3").execute()
    pushed_in, first_check, right, second_check = nb.cells
    assert pushed_in.outputs == []  # nothing appeared under the cell
    assert first_check.outputs[0].text.strip() == "not yet | " + messages.say("draw_not_shown", name="quick_square")
    assert "image/svg+xml" in right.outputs[0].data
    assert second_check.outputs[0].text.startswith("done | ")
