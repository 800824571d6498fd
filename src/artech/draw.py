"""A pen that draws with instructions, like a turtle, without a window.

In a lesson::

    from artech.draw import Pen

    pen = Pen()
    pen.forward(100)
    pen.left(90)
    pen            # the drawing shows when the cell ends

The pen starts in the middle of the page, facing right. It keeps a record of
every line it draws in ``pen.lines``: ``((x1, y1), (x2, y2), colour, width)``,
rounded to one decimal, with y going up. Checks read that record, so they look
at what was drawn, not at how. The picture is an SVG with ``role="img"`` and a
``<title>`` that says what is on it; everything a student reads comes from
``messages.py``. The pen also remembers whether the notebook showed its whole drawing
(``shown(pen)``), so a check can say how to make the picture appear.

The pen also draws shapes where it stands: ``pen.circle(40)`` (a circle with its middle at
the pen) and ``pen.square(60)`` (a square with its middle at the pen, its sides straight across and
up), filled with ``pen.fill("gold")``. ``pen.jump_to(x, y)`` moves it to a place without drawing,
``pen.go_to(x, y)`` draws a line there. ``pen.page(400, 300)`` gives the drawing a fixed page, like
a poster, with (0, 0) in its middle. Checks read ``pen.shapes``: ``Shape(kind, centre, size, colour,
fill, width)``, where ``size`` is a circle's radius or a square's side. Helpers below the pen
(``spacings``, ``symmetric``, ``without_twin``, ``outside``, ``area``) look at what was drawn.

Python's own ``turtle`` needs a screen (Tk); this pen needs nothing.
"""

from __future__ import annotations

import difflib
import html
import inspect
import math
import numbers
import re
import sys
from typing import NamedTuple

from . import i18n, messages
from .errors import KitError

MAX_STEPS = 20_000  # instructions one pen follows before it stops a loop that never ends
MAX_DISTANCE = 1_000_000  # steps in one move; further than this the page is too big to see
MAX_WIDTH = 100
PAGE = 400  # the largest drawing, in pixels, before the picture is scaled down
MIN_PAGE = 200  # the smallest picture, in pixels
MARGIN = 24
NEAR = 0.5  # two points closer than this count as the same point
MIN_SHEET, MAX_SHEET = 50, 2000  # the smallest and largest page(width, height)
TWIN = 1.0  # how far a mirror twin may be from the exact mirror place, in steps

# The colour names every browser knows (CSS named colours).
COLOURS = frozenset(
    """aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet
    brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue
    darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange
    darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise
    darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia
    gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo
    ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan
    lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue
    lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon
    mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue
    mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin
    navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen
    paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red
    rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue
    slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white
    whitesmoke yellow yellowgreen""".split()
)
_HEX = re.compile(r"^#(?:[0-9a-f]{3}|[0-9a-f]{6})$")
# Dutch colour names students try, and the English name the pen knows.
COLOURS_NL = {
    "rood": "red", "blauw": "blue", "groen": "green", "geel": "yellow", "oranje": "orange", "paars": "purple",
    "roze": "pink", "zwart": "black", "wit": "white", "grijs": "grey", "bruin": "brown", "goud": "gold",
    "zilver": "silver", "lichtblauw": "lightblue", "donkerblauw": "darkblue", "lichtgroen": "lightgreen",
    "donkergroen": "darkgreen", "turkoois": "turquoise", "lila": "violet",
}


# --- the pen's own errors: kind words, and still the Python kind a beginner's book names ---------
class DrawError(KitError):
    """The root of every error the pen raises on purpose; its message says what to try."""


class DrawTypeError(DrawError, TypeError):
    """Something of the wrong kind in the brackets, or a pen that was not made yet."""


class DrawValueError(DrawError, ValueError):
    """The right kind of thing, but a value the pen cannot use (too far, an unknown colour)."""


class DrawAttributeError(DrawError, AttributeError):
    """An instruction the pen does not know, or a pen instruction used as a box to fill."""


class DrawStopped(DrawError, RuntimeError):
    """The pen stopped itself: a loop that never ends."""


# --- instructions --------------------------------------------------------------
def _stop(error: Exception):
    """Raise ``error``. IPython always shows the frame that raises, so it is this short one."""
    __tracebackhide__ = True
    # The pen stopped: the line with ----> at the top is where it happened in your code.
    # The message for you, and what to try, is on the last line below.
    raise error from None


def _name_of(thing, default: str = "pen") -> str:
    """The name the student's code uses for ``thing`` (a pen, or ``Pen`` itself), or ``default``.

    Messages show examples with it: a pen called ``square`` gets ``square.forward(100)``,
    so a student who copies the example draws on their own pen, not on one called ``pen``.
    Only used when something went wrong, so it costs nothing while drawing.
    """
    frame = inspect.currentframe()
    try:
        while frame is not None and frame.f_globals.get("__name__") == __name__:
            frame = frame.f_back
        spaces = [frame.f_locals, frame.f_globals] if frame is not None else []
        main = sys.modules.get("__main__")
        if main is not None:
            spaces.append(vars(main))  # a notebook's names, for a repr called by IPython
        for space in spaces:
            for name, value in list(space.items()):
                if value is thing and name != "Pen" and not name.startswith("_") and name.isidentifier():
                    return name
    finally:
        del frame
    return default


def _example(example: str, pen) -> str:
    """``pen.forward(100)`` with the student's own name for the pen."""
    return _name_of(pen) + example[len("pen"):] if example.startswith("pen.") else example


class _Instruction:
    """Makes a Pen method into an instruction with kind errors.

    ``pen.forward`` without brackets shows how to use it; wrong arguments say what
    the instruction needs; ``Pen.forward(100)`` (no pen made yet) says to make one.
    """

    def __init__(self, takes: str, example: str):
        self.takes, self.example = takes, example

    def __call__(self, fn):
        self.fn, self.name, self.__doc__ = fn, fn.__name__, fn.__doc__
        self.signature = inspect.signature(fn)
        return self

    def __get__(self, pen, owner=None):
        return _Bound(self, pen, owner)


class _Bound:
    def __init__(self, instruction: _Instruction, pen: "Pen | None", owner: type | None = None):
        self._instruction, self._pen, self._owner = instruction, pen, owner
        self.__doc__ = instruction.__doc__
        params = list(instruction.signature.parameters.values())[1:]
        self.__signature__ = instruction.signature.replace(parameters=params)

    def __call__(self, *args, **kwargs):
        __tracebackhide__ = True
        ins = self._instruction
        if not isinstance(self._pen, Pen):
            name = _name_of(self._owner) if self._owner is not None else "pen"  # `square = Pen` without brackets
            _stop(DrawTypeError(messages.say("draw_no_pen", name=ins.name, pen=name,
                                         example=name + ins.example[len("pen"):])))
        try:
            ins.signature.bind(self._pen, *args, **kwargs)
        except TypeError:
            given = len(args) + len(kwargs)
            _stop(DrawTypeError(
                messages.say(
                    "draw_wrong_args",
                    name=ins.name,
                    takes=messages.say(ins.takes),
                    example=_example(ins.example, self._pen),
                    given=messages.say(("draw_given_none", "draw_given_one")[given] if given < 2 else "draw_given", n=given),
                )
            ))
        return ins.fn(self._pen, *args, **kwargs)

    def __repr__(self) -> str:
        example = _example(self._instruction.example, self._pen) if isinstance(self._pen, Pen) else self._instruction.example
        return messages.say("draw_no_brackets", name=self._instruction.name, example=example)


def _number(value, instruction: str, example: str, limit: float = MAX_DISTANCE, pen=None) -> float:
    """``value`` as a float, or a TypeError/ValueError a beginner can act on."""
    __tracebackhide__ = True
    if value is Ellipsis:
        _stop(DrawTypeError(messages.say("draw_blank", name=instruction, example=_example(example, pen))))
    if isinstance(value, str):
        plain = value.strip()
        try:
            float(plain)
        except ValueError:
            pass
        else:
            _stop(DrawTypeError(messages.say("draw_number_in_quotes", name=instruction, saw=repr(value), plain=plain,
                                         pen=_name_of(pen))))
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        _stop(DrawTypeError(
            messages.say("draw_need_number", name=instruction, example=_example(example, pen),
                         saw_kind=messages.kind_name(value))
        ))
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not math.isfinite(number) or abs(number) > limit:
        shown = str(value) if len(str(value)) <= 20 else str(value)[:19] + "…"
        _stop(DrawValueError(messages.say("draw_too_far", name=instruction, value=shown, limit=f"{int(limit):,}".replace(",", " "))))
    return number


def _clean(x: float, places: int = 9) -> float:
    """Round away float noise (and -0.0), so 100 steps right and back land on exactly 0."""
    return round(x, places) + 0.0


def _num(x: float) -> str:
    """A number for the SVG: one decimal, no trailing .0."""
    r = round(x, 1) + 0.0
    return str(int(r)) if r == int(r) else str(r)


def _colour(value, pen=None) -> str:
    __tracebackhide__ = True
    if isinstance(value, (tuple, list)) and len(value) == 3:
        if all(isinstance(v, numbers.Integral) and not isinstance(v, bool) and 0 <= v <= 255 for v in value):
            return "#{:02x}{:02x}{:02x}".format(*value)
        _stop(DrawValueError(messages.say("draw_bad_rgb", value=repr(tuple(value)), pen=_name_of(pen))))
    if value is Ellipsis:
        _stop(DrawTypeError(messages.say("draw_blank", name="colour", example=_example('pen.colour("red")', pen))))
    if not isinstance(value, str):
        _stop(DrawTypeError(messages.say("draw_colour_kind", saw_kind=messages.kind_name(value), pen=_name_of(pen))))
    name = value.strip().lower()
    if name.replace(" ", "") in COLOURS:
        return name.replace(" ", "")
    if _HEX.match(name):
        return name
    close = difflib.get_close_matches(name, sorted(COLOURS), n=1, cutoff=0.7)
    if name in COLOURS_NL:
        close = [COLOURS_NL[name]]
    suggestion = messages.say("did_you_mean", suggestion=close[0]) if close else ""
    _stop(DrawValueError(messages.say("draw_unknown_colour", name=value, suggestion=(suggestion + " ") if suggestion else "")))


def _fill(value, pen=None) -> str | None:
    """A fill colour, or None for "none" (no fill): the same colours the pen draws with."""
    __tracebackhide__ = True
    if value is None or (isinstance(value, str) and value.strip().lower() in ("none", "geen")):
        return None
    if value is Ellipsis:
        _stop(DrawTypeError(messages.say("draw_blank", name="fill", example=_example('pen.fill("gold")', pen))))
    if not isinstance(value, (str, tuple, list)):
        _stop(DrawTypeError(messages.say("draw_fill_kind", saw_kind=messages.kind_name(value), pen=_name_of(pen))))
    return _colour(value, pen=pen)


class Shape(NamedTuple):
    """One circle or square a pen drew. ``size`` is the radius of a circle, the side of a square."""

    kind: str  # "circle" or "square"
    centre: tuple  # (x, y) of its middle, rounded to 1 decimal
    size: float
    colour: str  # the outline
    fill: str | None  # None: not filled
    width: float  # how wide the outline is


class Pen:
    """A pen that follows instructions: forward, back, left, right, colour, width, up, down,
    and the shapes and places: circle, square, fill, jump_to, go_to, page; and hide, for a finished picture.

    It starts in the middle of the page, facing right, drawing black lines 2 wide, filling nothing.
    """

    _KNOWN = ("forward", "back", "left", "right", "colour", "width", "up", "down",
              "circle", "square", "fill", "jump_to", "go_to", "page", "hide", "lines", "shapes")
    _RECORDS = ("lines", "shapes")
    # Names students bring from Dutch or from Python's turtle, and the instruction they mean.
    _ALSO = {
        "vooruit": "forward", "achteruit": "back", "terug": "back", "links": "left", "rechts": "right",
        "kleur": "colour", "dikte": "width", "breedte": "width", "omhoog": "up", "omlaag": "down",
        "fd": "forward", "bk": "back", "backward": "back", "lt": "left", "rt": "right",
        "penup": "up", "pu": "up", "pendown": "down", "pd": "down", "pensize": "width", "pencolor": "colour",
        "cirkel": "circle", "rondje": "circle", "vierkant": "square", "vul": "fill", "vulling": "fill",
        "vulkleur": "fill", "fillcolor": "fill", "begin_fill": "fill", "ga_naar": "go_to", "ganaar": "go_to",
        "goto": "go_to", "setpos": "go_to", "setposition": "go_to", "spring_naar": "jump_to",
        "springnaar": "jump_to", "spring": "jump_to", "jump": "jump_to", "jumpto": "jump_to", "blad": "page",
        "pagina": "page", "vel": "page", "poster": "page", "rect": "square", "rectangle": "square",
        "hideturtle": "hide", "ht": "hide", "verberg": "hide", "verstop": "hide",
    }

    def __init__(self):
        object.__setattr__(self, "_x", 0.0)
        object.__setattr__(self, "_y", 0.0)
        object.__setattr__(self, "_heading", 0.0)  # degrees; 0 is right, 90 is up
        object.__setattr__(self, "_pen_colour", "black")
        object.__setattr__(self, "_pen_width", 2)
        object.__setattr__(self, "_down", True)
        object.__setattr__(self, "_steps", 0)
        object.__setattr__(self, "_drawn", [])  # ((x1, y1), (x2, y2), colour, width), unrounded
        object.__setattr__(self, "_shapes", [])  # Shape, unrounded
        object.__setattr__(self, "_marks", [])  # lines and shapes in the order drawn (later ones on top)
        object.__setattr__(self, "_fill_colour", None)
        object.__setattr__(self, "_page", None)  # (width, height) once page() was used
        object.__setattr__(self, "_shown", None)  # how many marks the picture had when it was last shown
        object.__setattr__(self, "_hidden", False)  # hide(): no arrow and no middle dot on the picture

    # --- moving ------------------------------------------------------------
    def _count(self) -> None:
        __tracebackhide__ = True
        if self._steps >= MAX_STEPS:
            _stop(DrawStopped(messages.say("draw_too_many", limit=f"{MAX_STEPS:,}".replace(",", " "))))
        object.__setattr__(self, "_steps", self._steps + 1)

    def _move(self, distance: float) -> None:
        __tracebackhide__ = True
        self._count()
        angle = math.radians(self._heading)
        x = _clean(self._x + distance * math.cos(angle))
        y = _clean(self._y + distance * math.sin(angle))
        self._line_to(x, y, self._down)

    def _line_to(self, x: float, y: float, draw: bool) -> None:
        if draw and (x, y) != (self._x, self._y):
            line = ((self._x, self._y), (x, y), self._pen_colour, self._pen_width)
            self._drawn.append(line)
            self._marks.append(line)
        object.__setattr__(self, "_x", x)
        object.__setattr__(self, "_y", y)

    def _shape(self, kind: str, size, example: str) -> None:
        __tracebackhide__ = True
        number = _number(size, kind, example, pen=self)
        if number <= 0:
            _stop(DrawValueError(messages.say("draw_bad_size", name=kind, value=_num(number),
                                         example=_example(example, self))))
        self._count()
        shape = Shape(kind, (self._x, self._y), number, self._pen_colour, self._fill_colour, self._pen_width)
        self._shapes.append(shape)
        self._marks.append(shape)

    def _place(self, x, y, name: str, example: str) -> tuple[float, float]:
        __tracebackhide__ = True
        return (_clean(_number(x, name, example, pen=self)), _clean(_number(y, name, example, pen=self)))

    def _turn(self, degrees: float) -> None:
        __tracebackhide__ = True
        self._count()
        object.__setattr__(self, "_heading", _clean((self._heading + degrees) % 360.0) % 360.0)

    @_Instruction("draw_takes_number", "pen.forward(100)")
    def forward(self, steps):
        """Move the pen forward `steps` steps, drawing a line if the pen is down."""
        __tracebackhide__ = True
        self._move(_number(steps, "forward", "pen.forward(100)", pen=self))

    @_Instruction("draw_takes_number", "pen.back(100)")
    def back(self, steps):
        """Move the pen backwards `steps` steps, without turning round."""
        __tracebackhide__ = True
        self._move(-_number(steps, "back", "pen.back(100)", pen=self))

    @_Instruction("draw_takes_number", "pen.left(90)")
    def left(self, degrees):
        """Turn the pen to its left by `degrees` (90 is a square corner)."""
        __tracebackhide__ = True
        self._turn(_number(degrees, "left", "pen.left(90)", limit=1e9, pen=self))

    @_Instruction("draw_takes_number", "pen.right(90)")
    def right(self, degrees):
        """Turn the pen to its right by `degrees` (90 is a square corner)."""
        __tracebackhide__ = True
        self._turn(-_number(degrees, "right", "pen.right(90)", limit=1e9, pen=self))

    @_Instruction("draw_takes_colour", 'pen.colour("red")')
    def colour(self, name):
        """Draw the next lines in colour `name`: "red", "#ff8800" or (255, 136, 0)."""
        __tracebackhide__ = True
        object.__setattr__(self, "_pen_colour", _colour(name, pen=self))

    color = colour

    @_Instruction("draw_takes_number", "pen.width(5)")
    def width(self, size):
        """Draw the next lines `size` pixels wide (from more than 0 up to 100)."""
        __tracebackhide__ = True
        number = _number(size, "width", "pen.width(5)", limit=1e9, pen=self)
        if not 0 < number <= MAX_WIDTH:
            _stop(DrawValueError(messages.say("draw_bad_width", value=size, limit=MAX_WIDTH, pen=_name_of(self))))
        object.__setattr__(self, "_pen_width", int(number) if number == int(number) else number)

    @_Instruction("draw_takes_nothing", "pen.up()")
    def up(self):
        """Lift the pen: it moves without drawing until `pen.down()`."""
        object.__setattr__(self, "_down", False)

    @_Instruction("draw_takes_nothing", "pen.down()")
    def down(self):
        """Put the pen down: it draws again when it moves."""
        object.__setattr__(self, "_down", True)

    @_Instruction("draw_takes_number", "pen.circle(50)")
    def circle(self, radius):
        """Draw a circle with its middle where the pen is. `radius` is how far the edge is from the middle."""
        __tracebackhide__ = True
        self._shape("circle", radius, "pen.circle(50)")

    @_Instruction("draw_takes_number", "pen.square(80)")
    def square(self, side):
        """Draw a square with its middle where the pen is, its sides straight across and straight up."""
        __tracebackhide__ = True
        self._shape("square", side, "pen.square(80)")

    @_Instruction("draw_takes_colour", 'pen.fill("gold")')
    def fill(self, name):
        """Fill the next circles and squares with colour `name`; `pen.fill("none")` stops filling."""
        __tracebackhide__ = True
        object.__setattr__(self, "_fill_colour", _fill(name, pen=self))

    @_Instruction("draw_takes_two_numbers", "pen.jump_to(100, 50)")
    def jump_to(self, x, y):
        """Jump to the place (x, y) without drawing: x is across (right is more), y is up (up is more)."""
        __tracebackhide__ = True
        x, y = self._place(x, y, "jump_to", "pen.jump_to(100, 50)")
        self._count()
        self._line_to(x, y, False)

    @_Instruction("draw_takes_two_numbers", "pen.go_to(100, 50)")
    def go_to(self, x, y):
        """Go straight to the place (x, y), drawing a line if the pen is down. The pen does not turn."""
        __tracebackhide__ = True
        x, y = self._place(x, y, "go_to", "pen.go_to(100, 50)")
        self._count()
        self._line_to(x, y, self._down)

    @_Instruction("draw_takes_nothing", "pen.hide()")
    def hide(self):
        """Hide the pen's arrow and the grey dot in the middle of the page: for a finished picture."""
        object.__setattr__(self, "_hidden", True)

    @_Instruction("draw_takes_two_numbers", "pen.page(400, 300)")
    def page(self, width, height):
        """Draw on a page `width` wide and `height` high, with (0, 0) in its middle, like a poster."""
        __tracebackhide__ = True
        sizes = [_number(v, "page", "pen.page(400, 300)", limit=1e9, pen=self) for v in (width, height)]
        if not all(MIN_SHEET <= v <= MAX_SHEET for v in sizes):
            _stop(DrawValueError(messages.say("draw_bad_page", width=_num(sizes[0]), height=_num(sizes[1]),
                                         low=MIN_SHEET, high=MAX_SHEET, pen=_name_of(self))))
        object.__setattr__(self, "_page", (sizes[0], sizes[1]))

    # --- what was drawn ------------------------------------------------------
    @property
    def lines(self) -> list:
        """Every line drawn, in order: ((x1, y1), (x2, y2), colour, width), rounded to 1 decimal."""
        return [
            ((round(a[0], 1) + 0.0, round(a[1], 1) + 0.0), (round(b[0], 1) + 0.0, round(b[1], 1) + 0.0), c, w)
            for a, b, c, w in self._drawn
        ]

    @property
    def shapes(self) -> list:
        """Every circle and square drawn, in order: Shape(kind, centre, size, colour, fill, width), rounded."""
        return [_round_shape(s) for s in self._shapes]

    def __len__(self) -> int:
        """How many lines and shapes the pen drew (for a pen that only moves, the number of lines)."""
        return len(self._marks)

    def __eq__(self, other) -> bool:
        return isinstance(other, Pen) and self.lines == other.lines and self.shapes == other.shapes

    __hash__ = None

    # --- kind mistakes ---------------------------------------------------------
    def __getattr__(self, name: str):
        __tracebackhide__ = True
        if name.startswith("_"):
            raise AttributeError(name)
        suggestion = messages.did_you_mean(name, self._KNOWN)
        if name.lower() in self._ALSO:
            suggestion = messages.say("did_you_mean", suggestion=self._ALSO[name.lower()])
        _stop(DrawAttributeError(
            messages.say(
                "draw_no_attribute",
                name=name,
                suggestion=(suggestion + " ") if suggestion else "",
                known=", ".join(k for k in self._KNOWN if k not in self._RECORDS),
            )
        ))

    def __setattr__(self, name: str, value) -> None:
        __tracebackhide__ = True
        if name in self._KNOWN or name == "color":
            if name == "lines":
                _stop(DrawAttributeError(messages.say("draw_set_lines")))
            if name == "shapes":
                _stop(DrawAttributeError(messages.say("draw_set_shapes", pen=_name_of(self))))
            example = _example(type(self).__dict__[name].example, self)
            _stop(DrawAttributeError(messages.say("draw_set_instruction", name=name, example=example)))
        _stop(DrawAttributeError(messages.say("draw_set_other", name=name)))

    # --- showing the drawing -------------------------------------------------
    def _describe(self, key: str, empty_key: str) -> str:
        from babel.lists import format_list  # "red, blue and green" / "rood, blauw en groen": each language's own list

        n = len(self._drawn)
        if n == 0 and not self._shapes:
            return messages.say(empty_key)
        colours = []
        for mark in self._marks:
            colours += [mark.colour, mark.fill] if isinstance(mark, Shape) else [mark[2]]
        colours = [c for c in dict.fromkeys(colours) if c]
        if len(colours) <= 3:
            colour_text = format_list(colours, locale=i18n.language())
        else:
            colour_text = messages.say("draw_colours", n=len(colours))
        parts = []
        if n:
            parts.append(messages.say("draw_one_line") if n == 1 else messages.say("draw_lines", n=n))
        for kind, words in (("circle", "draw_circles"), ("square", "draw_squares")):
            count = sum(1 for s in self._shapes if s.kind == kind)
            if count:
                parts.append(messages.say(words, count=count))
        home = messages.say("draw_home") if n and _near(self._drawn[0][0], (self._x, self._y)) else ""
        return messages.say(key, lines=format_list(parts, locale=i18n.language()), colours=colour_text, home=home)

    def __repr__(self) -> str:
        return self._describe("draw_repr", "draw_repr_empty")

    def _repr_svg_(self) -> str:
        # Only a notebook showing the pen asks for this (the last line `pen`, or display(pen)):
        # remember how many lines the picture on the screen has, so a check can tell it appeared.
        object.__setattr__(self, "_shown", len(self._marks))
        return svg(self)


def _near(a, b, tolerance: float = NEAR) -> bool:
    return abs(a[0] - b[0]) <= tolerance and abs(a[1] - b[1]) <= tolerance


def _round_shape(shape: Shape) -> Shape:
    x, y = shape.centre
    return shape._replace(centre=(round(x, 1) + 0.0, round(y, 1) + 0.0), size=round(shape.size, 1) + 0.0)


def _extent(shape: Shape) -> float:
    """How far a shape reaches from its middle, across or up."""
    return shape.size if shape.kind == "circle" else shape.size / 2


def svg(pen: Pen) -> str:
    """The drawing as SVG text: the same pen always gives the same text."""
    title = pen._describe("draw_title", "draw_title_empty")
    here = (pen._x, pen._y)
    biggest = max([w for _, _, _, w in pen._drawn] + [s.width for s in pen._shapes] + [2])
    if pen._page is not None:  # a fixed page, like a poster: (0, 0) in its middle, nothing outside shows
        page_w, page_h = pen._page
        scale = min(1.0, PAGE * 1.5 / max(page_w, page_h))
        width, height = math.ceil(page_w * scale), math.ceil(page_h * scale)
        mid_x = mid_y = 0.0
    else:  # the page grows to fit everything drawn
        points = [(0.0, 0.0), here] + [p for a, b, _, _ in pen._drawn for p in (a, b)]
        for shape in pen._shapes:
            r, (x, y) = _extent(shape), shape.centre
            points += [(x - r, y - r), (x + r, y + r)]
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        span_x, span_y = max(xs) - min(xs), max(ys) - min(ys)
        scale = min(1.0, PAGE / max(span_x, span_y, 1e-9))
        margin = MARGIN + biggest / 2
        width = max(MIN_PAGE, math.ceil(span_x * scale + 2 * margin))
        height = max(MIN_PAGE, math.ceil(span_y * scale + 2 * margin))
        mid_x, mid_y = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2

    def at(p) -> tuple[str, str]:  # page coordinates: y goes down on a screen
        return _num(width / 2 + (p[0] - mid_x) * scale), _num(height / 2 - (p[1] - mid_y) * scale)

    label = html.escape(title, quote=True)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{label}">',
        f"<title>{html.escape(title)}</title>",
        f'<rect x="0.5" y="0.5" width="{width - 1}" height="{height - 1}" fill="white" stroke="#d1d5db"/>',
        '<g fill="none" stroke-linecap="round" stroke-linejoin="round">',
    ]
    for mark in pen._marks:
        if isinstance(mark, Shape):
            cx, cy = at(mark.centre)
            fill = f' fill="{mark.fill}"' if mark.fill else ""
            stroke = f'stroke="{mark.colour}" stroke-width="{_num(mark.width * scale)}"'
            if mark.kind == "circle":
                out.append(f'<circle cx="{cx}" cy="{cy}" r="{_num(mark.size * scale)}"{fill} {stroke}/>')
            else:
                half = mark.size / 2
                x, y = at((mark.centre[0] - half, mark.centre[1] + half))
                side = _num(mark.size * scale)
                out.append(f'<rect x="{x}" y="{y}" width="{side}" height="{side}"{fill} {stroke}/>')
        else:
            a, b, colour, w = mark
            (x1, y1), (x2, y2) = at(a), at(b)
            out.append(f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{colour}" stroke-width="{w}"/>')
    out.append("</g>")
    if pen._hidden:
        out.append("</svg>")
        return "\n".join(out)
    sx, sy = at((0.0, 0.0))
    out.append(f'<circle cx="{sx}" cy="{sy}" r="3" fill="#9ca3af"/>')
    # The pen: a small arrow where it is now, pointing the way it faces (hollow when lifted).
    px, py = (float(v) for v in at(here))
    angle = math.radians(pen._heading)
    dx, dy = math.cos(angle), -math.sin(angle)
    corners = [(px + 9 * dx, py + 9 * dy), (px - 6 * dx - 5 * dy, py - 6 * dy + 5 * dx), (px - 6 * dx + 5 * dy, py - 6 * dy - 5 * dx)]
    fill = "#4b5563" if pen._down else "white"
    out.append(
        f'<polygon points="{" ".join(f"{_num(x)},{_num(y)}" for x, y in corners)}" fill="{fill}" '
        'stroke="#4b5563" stroke-width="1.5" stroke-linejoin="round"/>'
    )
    out.append("</svg>")
    return "\n".join(out)


# --- looking at a drawing (for checks) ---------------------------------------------
def length(line) -> float:
    """How long one line of ``pen.lines`` is, to one decimal."""
    (x1, y1), (x2, y2) = line[0], line[1]
    return round(math.hypot(x2 - x1, y2 - y1), 1)


def direction(line) -> float:
    """Which way one line goes, in degrees from 0 up to 360: 0 is right, 90 is up."""
    (x1, y1), (x2, y2) = line[0], line[1]
    return round(math.degrees(math.atan2(y2 - y1, x2 - x1)) % 360.0, 1) % 360.0


def _lines(drawing) -> list:
    """The lines of a pen, or a list of lines as it is (a part of a drawing)."""
    return drawing.lines if isinstance(drawing, Pen) else list(drawing)


def lengths(drawing) -> list[float]:
    """The length of every line a pen drew (or of a list of lines)."""
    return [length(line) for line in _lines(drawing)]


def turns(drawing) -> list[float]:
    """How far the pen turned at each corner where one line goes on from the last.

    Left turns are positive, right turns negative, between -180 and 180 degrees.
    A straight line going on gives 0. Takes a pen or a list of its lines.
    """
    found = []
    lines = _lines(drawing)
    for before, after in zip(lines, lines[1:]):
        if _near(before[1], after[0]):
            turn = (direction(after) - direction(before)) % 360.0
            found.append(round(turn - 360.0 if turn > 180.0 else turn, 1) + 0.0)
    return found


def closed(drawing) -> bool:
    """True when the last line ends where the first line started. Takes a pen or a list of its lines."""
    lines = _lines(drawing)
    return bool(lines) and _near(lines[-1][1], lines[0][0])


def stopped(pen: Pen) -> bool:
    """True when the pen stopped itself after MAX_STEPS instructions (a loop that never ended)."""
    return pen._steps >= MAX_STEPS


def shown(pen: Pen) -> bool:
    """True when the notebook showed the drawing with every line and shape the pen drew (the pen's name was
    the last line of its cell, or ``display(pen)`` came after the last line)."""
    return pen._shown is not None and pen._shown == len(pen._marks)


def not_shown(pen: Pen, name: str) -> str:
    """For a check: kind words on how to show the drawing of the pen called ``name``, or "" when it was shown."""
    if shown(pen):
        return ""
    key = "draw_not_shown" if pen._shown is None else "draw_shown_early"
    return messages.say(key, name=name)


def same_length(values, tolerance: float = NEAR) -> bool:
    """True when all the numbers are (nearly) the same."""
    values = list(values)
    return bool(values) and max(values) - min(values) <= tolerance


# --- looking at shapes (for checks) ----------------------------------------------------
def shapes(drawing, kind: str | None = None) -> list:
    """The circles and squares of a pen (or a list of shapes), rounded; only one ``kind`` if given."""
    found = drawing.shapes if isinstance(drawing, Pen) else [_round_shape(s) for s in drawing]
    return [s for s in found if kind is None or s.kind == kind]


def area(shape: Shape) -> float:
    """How much of the page one shape covers, in square steps, to one decimal."""
    if shape.kind == "circle":
        return round(math.pi * shape.size ** 2, 1)
    return round(shape.size ** 2, 1)


def spacings(drawing) -> list[float]:
    """The distance from the middle of each shape to the middle of the next one, in the order drawn."""
    found = shapes(drawing)
    return [round(math.dist(a.centre, b.centre), 1) for a, b in zip(found, found[1:])]


def in_a_row(drawing, tolerance: float = TWIN) -> bool:
    """True when the middles of all the shapes lie on one straight line (across, up or slanting)."""
    points = [s.centre for s in shapes(drawing)]
    if len(points) < 3:
        return len(points) > 0
    (x0, y0), (x1, y1) = points[0], points[-1]
    span = math.hypot(x1 - x0, y1 - y0)
    if span <= tolerance:
        return False
    return all(abs((x1 - x0) * (y0 - y) - (x0 - x) * (y1 - y0)) / span <= tolerance for x, y in points)


def bounds(drawing) -> tuple[float, float, float, float] | None:
    """(left, bottom, right, top) of everything drawn, or None for an empty drawing."""
    lines, found = (drawing.lines, drawing.shapes) if isinstance(drawing, Pen) else ([], shapes(drawing))
    xs = [p[0] for line in lines for p in line[:2]] + [v for s in found for v in (s.centre[0] - _extent(s), s.centre[0] + _extent(s))]
    ys = [p[1] for line in lines for p in line[:2]] + [v for s in found for v in (s.centre[1] - _extent(s), s.centre[1] + _extent(s))]
    return (min(xs), min(ys), max(xs), max(ys)) if xs else None


def page(pen: Pen) -> tuple[float, float] | None:
    """The (width, height) the pen was given with ``page``, or None."""
    return pen._page


def outside(pen: Pen) -> list:
    """The shapes that stick out over the edge of the pen's page (none when it has no page)."""
    if pen._page is None:
        return []
    half_w, half_h = pen._page[0] / 2, pen._page[1] / 2
    return [s for s in pen.shapes
            if abs(s.centre[0]) + _extent(s) > half_w + NEAR or abs(s.centre[1]) + _extent(s) > half_h + NEAR]


def _mirror(point, way: str, middle: float):
    x, y = point
    return (2 * middle - x, y) if way == "left-right" else (x, 2 * middle - y)


def without_twin(drawing, way: str = "left-right", middle: float | None = None) -> list:
    """The lines and shapes that have no mirror twin: the same line or shape, just as big and in the same
    colours, at the mirror place on the other side. ``way`` is "left-right" (a mirror standing up in the
    middle) or "top-bottom" (a mirror lying down). ``middle`` is where the mirror stands (an x, or a y);
    by default the middle of everything drawn. A shape on the mirror line is its own twin."""
    if way not in ("left-right", "top-bottom"):
        raise ValueError(f"way must be 'left-right' or 'top-bottom', not {way!r}")
    box = bounds(drawing)
    if box is None:
        return []
    if middle is None:
        middle = (box[0] + box[2]) / 2 if way == "left-right" else (box[1] + box[3]) / 2
    lines, found = (drawing.lines, drawing.shapes) if isinstance(drawing, Pen) else ([], shapes(drawing))
    alone = []
    for s in found:
        there = _mirror(s.centre, way, middle)
        if not any(t.kind == s.kind and abs(t.size - s.size) <= TWIN and (t.colour, t.fill) == (s.colour, s.fill)
                   and math.dist(t.centre, there) <= TWIN for t in found):
            alone.append(s)
    for line in lines:
        a, b = _mirror(line[0], way, middle), _mirror(line[1], way, middle)
        if not any(other[2:] == line[2:] and ((math.dist(other[0], a) <= TWIN and math.dist(other[1], b) <= TWIN)
                                              or (math.dist(other[0], b) <= TWIN and math.dist(other[1], a) <= TWIN))
                   for other in lines):
            alone.append(line)
    return alone


def symmetric(drawing, way: str = "left-right", middle: float | None = None) -> bool:
    """True when something is drawn and every line and shape has its mirror twin (see ``without_twin``)."""
    return bounds(drawing) is not None and not without_twin(drawing, way, middle)


def rgb(colour: str) -> tuple[int, int, int]:
    """The (red, green, blue) numbers of a colour the pen drew with: a name like "gold", or "#ff8800"."""
    from PIL import ImageColor

    return tuple(ImageColor.getrgb(colour)[:3])


def _lab(colour: str) -> tuple[float, float, float]:
    def linear(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb(colour))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))


def difference(a: str, b: str) -> float:
    """How different two colours look to people, to one decimal (CIELAB delta E 1976): below about 10
    they look much alike, above about 40 they are clearly different colours."""
    return round(math.dist(_lab(a), _lab(b)), 1)


def covered(pen: Pen, across: int = 80) -> float:
    """How much of the pen's page its shapes cover, from 0 (empty) to 1 (full), looked at in a grid of
    points; lines are left out. Without a page, the page is the box around everything drawn."""
    if pen._page is not None:
        left, bottom, right, top = -pen._page[0] / 2, -pen._page[1] / 2, pen._page[0] / 2, pen._page[1] / 2
    else:
        box = bounds(pen)
        if box is None:
            return 0.0
        left, bottom, right, top = box
    width, height = right - left, top - bottom
    if width <= 0 or height <= 0:
        return 0.0
    down = max(1, round(across * height / width))
    found = pen._shapes
    hits = 0
    for i in range(across):
        x = left + (i + 0.5) * width / across
        for j in range(down):
            y = bottom + (j + 0.5) * height / down
            for s in found:
                cx, cy = s.centre
                if (s.kind == "circle" and (x - cx) ** 2 + (y - cy) ** 2 <= s.size ** 2) or (
                        s.kind == "square" and abs(x - cx) <= s.size / 2 and abs(y - cy) <= s.size / 2):
                    hits += 1  # an outline covers its inside too: the eye sees a shape there
                    break
    return round(hits / (across * down), 2)


__all__ = ["Pen", "Shape", "svg", "shapes", "area", "spacings", "in_a_row", "bounds", "page", "outside",
           "without_twin", "symmetric", "rgb", "difference", "covered", "length", "direction", "lengths", "turns", "closed", "stopped", "shown", "not_shown",
           "same_length", "DrawError", "DrawTypeError", "DrawValueError", "DrawAttributeError", "DrawStopped"]
