"""The drawing pen (artech.draw): what it records, how it shows, and how it helps with mistakes."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from artech import draw, messages
from artech.draw import Pen
from conftest import is_message, message_pattern, said

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
    assert title == said("draw_title", lines=said("draw_lines", n=4), colours="black", home=said("draw_home"))
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
    assert repr(pen) == said("draw_repr_empty")
    root = ET.fromstring(pen._repr_svg_())
    assert root.find(f"{SVG_NS}title").text == said("draw_title_empty")


def test_text_version_is_useful():
    assert repr(square()) == said("draw_repr", lines=said("draw_lines", n=4), colours="black", home=said("draw_home"))
    pen = Pen()
    pen.forward(10)
    assert repr(pen) == said("draw_repr", lines=said("draw_one_line"), colours="black", home="")
    for colour in ["red", "orange", "gold", "green"]:
        pen.colour(colour)
        pen.forward(10)
    assert repr(pen) == said("draw_repr", lines=said("draw_lines", n=5), colours=said("draw_colours", n=5), home="")


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
    known = "forward, back, left, right, colour, width, up, down, circle, square, fill, jump_to, go_to, page, hide"
    assert message == said("draw_no_attribute", name="foward",
                           suggestion=said("did_you_mean", suggestion="forward") + " ", known=known)
    assert is_message(message, "did_you_mean", suggestion="forward")
    assert known in message


@pytest.mark.parametrize("word, meant", [("links", "left"), ("kleur", "colour"), ("penup", "up"), ("Forward", "forward")])
def test_dutch_and_turtle_words_point_to_the_instruction(word, meant):
    with pytest.raises(AttributeError, match=message_pattern("did_you_mean", suggestion=meant)):
        getattr(Pen(), word)


def test_unknown_word_lists_the_instructions_without_guessing():
    with pytest.raises(AttributeError) as err:
        Pen().triangle(50)  # (was `circle`, before the pen could draw circles)
    assert not is_message(str(err.value), "did_you_mean")
    assert is_message(str(err.value), "draw_no_attribute", name="triangle", suggestion="")


def test_private_names_stay_plain_attribute_errors():
    with pytest.raises(AttributeError) as err:
        Pen()._repr_html_
    assert str(err.value) == "_repr_html_"


def test_number_in_quotes():
    with pytest.raises(TypeError) as err:
        Pen().forward("100")
    assert str(err.value) == said("draw_number_in_quotes", name="forward", saw=repr("100"), plain="100", pen="pen")
    assert "`pen.forward(100)`" in str(err.value)


# Each case: the instruction, the message key, and its values (made when the test runs, in its language).
@pytest.mark.parametrize("call, key, values", [
    (lambda pen: pen.forward("far"), "draw_need_number",
     lambda: dict(name="forward", example="pen.forward(100)", saw_kind=said("kind_str"))),
    (lambda pen: pen.left(True), "draw_need_number",
     lambda: dict(name="left", example="pen.left(90)", saw_kind=said("kind_bool"))),
    (lambda pen: pen.right(...), "draw_blank", lambda: dict(name="right", example="pen.right(90)")),
    (lambda pen: pen.forward(), "draw_wrong_args",
     lambda: dict(name="forward", takes=said("draw_takes_number"), example="pen.forward(100)",
                  given=said("draw_given_none"))),
    (lambda pen: pen.up(5), "draw_wrong_args",
     lambda: dict(name="up", takes=said("draw_takes_nothing"), example="pen.up()", given=said("draw_given_one", n=1))),
    (lambda pen: pen.left(90, 90), "draw_wrong_args",
     lambda: dict(name="left", takes=said("draw_takes_number"), example="pen.left(90)", given=said("draw_given", n=2))),
    (lambda pen: pen.colour(3), "draw_colour_kind", lambda: dict(saw_kind=said("kind_int"), pen="pen")),
])
def test_wrong_things_in_the_brackets(call, key, values):
    with pytest.raises(TypeError) as err:
        call(Pen())
    assert str(err.value) == said(key, **values())


# Each case: the instruction, and the messages (key, values) its error says.
@pytest.mark.parametrize("call, expected", [
    (lambda p: p.forward(10_000_000), [("draw_too_far", dict(name="forward", value="10000000", limit="1 000 000"))]),
    (lambda p: p.forward(float("inf")), [("draw_too_far", dict(name="forward", value="inf"))]),
    (lambda p: p.forward(10**400), [("draw_too_far", dict(name="forward", value="1" + "0" * 18 + "…"))]),
    (lambda p: p.width(0), [("draw_bad_width", dict(value=0, limit=100))]),
    (lambda p: p.width(500), [("draw_bad_width", dict(value=500, limit=100))]),
    (lambda p: p.colour("gren"), [("draw_unknown_colour", dict(name="gren")),
                                  ("did_you_mean", dict(suggestion="green"))]),
    (lambda p: p.colour("rood"), [("draw_unknown_colour", dict(name="rood")),
                                  ("did_you_mean", dict(suggestion="red"))]),
    (lambda p: p.colour((300, 0, 0)), [("draw_bad_rgb", dict(value="(300, 0, 0)"))]),
])
def test_values_the_pen_cannot_use(call, expected):
    pen = Pen()
    with pytest.raises(ValueError) as err:
        call(pen)
    for key, values in expected:
        assert is_message(str(err.value), key, **values), (key, values)
    assert pen.lines == []


def test_no_wild_guess_for_a_colour():
    with pytest.raises(ValueError) as err:
        Pen().colour("sky")
    assert is_message(str(err.value), "draw_unknown_colour", name="sky", suggestion="")
    assert not is_message(str(err.value), "did_you_mean")


def test_assigning_instead_of_calling():
    pen = Pen()
    with pytest.raises(AttributeError, match=message_pattern("draw_set_instruction", name="colour",
                                                             example='pen.colour("red")')):
        pen.colour = "red"
    with pytest.raises(AttributeError, match=message_pattern("draw_set_lines")):
        pen.lines = []
    with pytest.raises(AttributeError, match=message_pattern("draw_set_other", name="size")):
        pen.size = 3
    pen.colour("red")  # still an instruction


def test_pen_without_brackets():
    with pytest.raises(TypeError, match=message_pattern("draw_no_pen", name="forward", pen="pen",
                                                        example="pen.forward(100)")):
        Pen.forward(100)


# Each case: the instruction, the message key, and the values that name the pen `square`.
@pytest.mark.parametrize("call, key, values", [
    (lambda: square.forward("100"), "draw_number_in_quotes", lambda: dict(name="forward", plain="100", pen="square")),
    (lambda: square.forward(), "draw_wrong_args",
     lambda: dict(name="forward", example="square.forward(100)", given=said("draw_given_none"))),
    (lambda: square.left("ninety"), "draw_need_number",
     lambda: dict(name="left", example="square.left(90)", saw_kind=said("kind_str"))),
    (lambda: square.right(...), "draw_blank", lambda: dict(name="right", example="square.right(90)")),
    (lambda: square.colour(3), "draw_colour_kind", lambda: dict(pen="square")),
    (lambda: square.colour((300, 0, 0)), "draw_bad_rgb", lambda: dict(pen="square")),
    (lambda: square.width(0), "draw_bad_width", lambda: dict(pen="square")),
    (lambda: setattr(square, "forward", 100), "draw_set_instruction",
     lambda: dict(name="forward", example="square.forward(100)")),
])
def test_examples_in_messages_use_the_pens_own_name(call, key, values):
    # A lesson's pens have names like `square`: an example that says `pen.forward(100)`
    # would send a student who copies it to draw on another pen.
    global square
    square = Pen()
    with pytest.raises((TypeError, ValueError, AttributeError)) as err:
        call()
    assert is_message(str(err.value), key, **values())
    assert "`pen." not in str(err.value)
    assert "square.left" in repr(square.left)


def test_a_pen_made_without_brackets_is_named_in_the_message():
    quick_square = Pen  # noqa: F841  (the name the message should use)
    with pytest.raises(TypeError, match=message_pattern("draw_no_pen", name="forward", pen="quick_square",
                                                        example="quick_square.forward(100)")):
        quick_square.forward(100)


def test_instruction_without_brackets_explains_itself():
    assert repr(Pen().left) == said("draw_no_brackets", name="left", example="pen.left(90)")
    assert "`pen.left(90)`" in repr(Pen().left)  # the example, with its brackets
    assert "brackets" in messages.TEXT["draw_no_brackets"]  # the English source says why brackets matter


def test_a_loop_that_never_ends_stops(monkeypatch):
    monkeypatch.setattr(draw, "MAX_STEPS", 50)
    pen = Pen()
    with pytest.raises(RuntimeError, match=message_pattern("draw_too_many", limit="50")):
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


# --- shapes, places and pages (design-shapes-and-patterns, design-composing-a-picture) ----------------
def row_of_circles(n=5, step=80, radius=25, y=0):
    pen = Pen()
    pen.fill("gold")
    for i in range(n):
        pen.jump_to(-(n - 1) * step / 2 + i * step, y)
        pen.circle(radius)
    return pen


def test_shapes_are_drawn_where_the_pen_is_and_recorded():
    pen = Pen()
    pen.colour("navy")
    pen.fill("tomato")
    pen.width(4)
    pen.circle(30)
    pen.jump_to(100, -50)
    pen.fill("none")
    pen.square(40)
    assert pen.shapes == [
        draw.Shape("circle", (0.0, 0.0), 30.0, "navy", "tomato", 4),
        draw.Shape("square", (100.0, -50.0), 40.0, "navy", None, 4),
    ]
    assert pen.lines == []  # jump_to draws nothing, and a shape is not a line
    assert len(pen) == 2  # len counts lines and shapes: a pen with only shapes has drawn something
    assert draw.area(pen.shapes[0]) == 2827.4 and draw.area(pen.shapes[1]) == 1600.0
    assert draw.shapes(pen, "square") == pen.shapes[1:]


def test_go_to_draws_a_line_and_does_not_turn():
    pen = Pen()
    pen.go_to(100, 50)
    pen.up()
    pen.go_to(0, 0)
    pen.down()
    pen.forward(10)
    assert pen.lines == [((0.0, 0.0), (100.0, 50.0), "black", 2), ((0.0, 0.0), (10.0, 0.0), "black", 2)]


def test_a_row_at_even_steps():
    pen = row_of_circles()
    assert draw.spacings(pen) == [80.0] * 4
    assert draw.in_a_row(pen) and draw.same_length(draw.spacings(pen))
    pen.jump_to(0, 60)
    pen.circle(25)
    assert not draw.in_a_row(pen)


def test_mirror_twins_left_right_and_top_bottom():
    pen = row_of_circles()
    assert draw.symmetric(pen) and draw.symmetric(pen, "top-bottom")
    pen.jump_to(160, 80)
    pen.square(20)
    alone = draw.without_twin(pen)
    assert [s.centre for s in alone] == [(160.0, 80.0)]
    pen.jump_to(-160, 80)
    pen.square(20)
    assert draw.symmetric(pen, middle=0) and not draw.symmetric(pen, "top-bottom")
    pen.colour("red")
    pen.jump_to(-50, -60)
    pen.go_to(50, -60)  # a line across the middle is its own mirror twin
    assert draw.symmetric(pen, middle=0)
    pen.go_to(60, -90)
    assert draw.without_twin(pen, middle=0) == [((50.0, -60.0), (60.0, -90.0), "red", 2)]
    assert not draw.symmetric(Pen())


def test_a_twin_needs_the_same_size_and_colour():
    pen = row_of_circles(n=2)
    pen.fill("blue")
    pen.jump_to(0, 50)
    pen.circle(10)  # on the mirror line: its own twin
    assert draw.symmetric(pen)
    other = Pen()
    other.jump_to(-50, 0)
    other.circle(20)
    other.jump_to(50, 0)
    other.circle(30)
    assert [s.size for s in draw.without_twin(other)] == [20.0, 30.0]


def test_a_page_is_a_fixed_poster_and_knows_what_sticks_out():
    pen = Pen()
    pen.page(400, 300)
    pen.jump_to(-190, 0)
    pen.circle(30)
    pen.jump_to(0, 0)
    pen.square(100)
    assert draw.page(pen) == (400.0, 300.0)
    assert [s.centre for s in draw.outside(pen)] == [(-190.0, 0.0)]
    root = ET.fromstring(pen._repr_svg_())
    assert (root.get("width"), root.get("height")) == ("400", "300")
    circle = [c for c in root.findall(f"{SVG_NS}g/{SVG_NS}circle")][0]
    assert (circle.get("cx"), circle.get("cy"), circle.get("r")) == ("10", "150", "30")
    rect = root.find(f"{SVG_NS}g/{SVG_NS}rect")
    assert (rect.get("x"), rect.get("y"), rect.get("width")) == ("150", "100", "100")
    assert draw.outside(row_of_circles()) == []  # no page: nothing is outside


def test_shapes_show_in_order_and_fit_the_picture():
    pen = Pen()
    pen.fill("gold")
    pen.circle(50)
    pen.forward(20)
    pen.jump_to(300, 0)
    pen.square(60)
    root = ET.fromstring(pen._repr_svg_())
    drawn = [el.tag.replace(SVG_NS, "") for el in root.find(f"{SVG_NS}g")]
    assert drawn == ["circle", "line", "rect"]
    width = float(root.get("width"))
    circle = root.find(f"{SVG_NS}g/{SVG_NS}circle")
    assert float(circle.get("cx")) - float(circle.get("r")) >= 0
    rect = root.find(f"{SVG_NS}g/{SVG_NS}rect")
    assert float(rect.get("x")) + float(rect.get("width")) <= width
    assert circle.get("fill") == "gold"
    title = root.find(f"{SVG_NS}title").text
    assert said("draw_one_line") in title and said("draw_circles", count=1) in title
    assert said("draw_squares", count=1) in title and "gold" in title


def test_shapes_count_for_shown_and_equal():
    pen = row_of_circles()
    pen._repr_svg_()
    assert draw.shown(pen)
    pen.circle(5)
    assert not draw.shown(pen)
    assert row_of_circles() == row_of_circles() and row_of_circles() != row_of_circles(step=70)


@pytest.mark.parametrize("call, key", [
    (lambda pen: pen.circle(0), "draw_bad_size"),
    (lambda pen: pen.square(-20), "draw_bad_size"),
    (lambda pen: pen.fill(3), "draw_fill_kind"),
    (lambda pen: pen.page(10, 300), "draw_bad_page"),
    (lambda pen: setattr(pen, "shapes", []), "draw_set_shapes"),
])
def test_shape_mistakes_are_kind(call, key):
    pen = Pen()
    with pytest.raises(draw.DrawError) as err:
        call(pen)
    assert is_message(str(err.value), key)
    assert "pen." in str(err.value)  # every one shows an example with the pen's own name


@pytest.mark.parametrize("call, kind", [
    (lambda p: p.go_to(100), draw.DrawTypeError),
    (lambda p: p.jump_to(), draw.DrawTypeError),
    (lambda p: p.jump_to("100", 50), draw.DrawTypeError),
    (lambda p: p.circle(...), draw.DrawTypeError),
    (lambda p: p.circle(10, 20), draw.DrawTypeError),
    (lambda p: p.circle(0), draw.DrawValueError),
    (lambda p: p.fill("goud"), draw.DrawValueError),
    (lambda p: p.go_to(5_000_000, 0), draw.DrawValueError),
])
def test_shape_instructions_raise_kit_errors_of_the_python_kind(call, kind):
    with pytest.raises(kind):
        call(Pen())


def test_examples_for_shapes_use_the_pens_own_name():
    poster = Pen()
    with pytest.raises(draw.DrawTypeError) as err:
        poster.go_to(100)
    assert is_message(str(err.value), "draw_wrong_args", name="go_to", takes=said("draw_takes_two_numbers"),
                      example="poster.go_to(100, 50)", given=said("draw_given_one"))
    with pytest.raises(draw.DrawValueError) as err:
        poster.circle(-5)
    assert str(err.value) == said("draw_bad_size", name="circle", value="-5", example="poster.circle(50)")


@pytest.mark.parametrize("word, meant", [("cirkel", "circle"), ("vierkant", "square"), ("goto", "go_to"),
                                         ("vul", "fill"), ("spring_naar", "jump_to"), ("ga_naar", "go_to"),
                                         ("hideturtle", "hide"), ("verberg", "hide")])
def test_dutch_and_turtle_words_for_shapes(word, meant):
    with pytest.raises(AttributeError, match=message_pattern("did_you_mean", suggestion=meant)):
        getattr(Pen(), word)


def test_colours_as_numbers_and_how_different_they_look():
    assert draw.rgb("gold") == (255, 215, 0) and draw.rgb("#ff8800") == (255, 136, 0)
    assert draw.difference("lightblue", "lightblue") == 0.0
    assert draw.difference("lightblue", "powderblue") < 10  # they look much alike
    assert draw.difference("lightblue", "crimson") > 40  # clearly different


def test_how_much_of_the_page_is_covered():
    pen = Pen()
    pen.page(400, 300)
    assert draw.covered(pen) == 0.0
    pen.square(200)  # 200 x 200 of 400 x 300: a third
    assert 0.32 <= draw.covered(pen) <= 0.35
    pen.jump_to(50, 0)
    pen.square(100)  # inside the first one: nothing more is covered
    assert 0.32 <= draw.covered(pen) <= 0.35
    pen.jump_to(0, 0)
    pen.circle(400)
    assert draw.covered(pen) == 1.0
    assert draw.covered(Pen()) == 0.0


def test_hide_takes_the_arrow_and_the_middle_dot_off_a_finished_picture():
    pen = Pen()
    pen.forward(100)
    shown = draw.svg(pen)
    assert "<polygon" in shown and 'fill="#9ca3af"' in shown          # the arrow and the grey middle dot
    pen.hide()
    hidden = draw.svg(pen)
    assert "<polygon" not in hidden and 'fill="#9ca3af"' not in hidden
    assert "<line" in hidden and pen.lines == [((0.0, 0.0), (100.0, 0.0), "black", 2)]   # the drawing stays
    pen.forward(50)                                                     # a hidden pen still draws
    assert len(pen.lines) == 2 and "<polygon" not in draw.svg(pen)
    with pytest.raises(TypeError):
        pen.hide(True)
