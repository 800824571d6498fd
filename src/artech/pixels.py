"""Pictures made of numbers: the pixel tools the tinkering lessons use.

A picture is a grid of numbers: a list of rows, and each row a list of pixels, from the top row
(row 0) down, and in each row from the left (column 0) across. A pixel is

* ``0`` or ``1``: black and white (0 is black, every light off; 1 is white, the light on),
* a number from 0 to 255: a grey (0 is black, 255 is white), or
* three numbers ``(red, green, blue)``: a colour of light, as in ``artech.colour``.

In a lesson::

    from artech import pixels
    smiley = [[0, 1, 1, 0], [1, 0, 0, 1]]
    pixels.show(smiley)                          # big square pixels with a grid
    pixels.show(smiley, numbers=True)            # with the row and column numbers around it
    pixels.show(smiley, values=True)             # with each pixel's number written in it
    pixels.show(smiley, palette={0: (0, 0, 60), 1: (255, 220, 0)})   # each number its own colour
    wink = pixels.copy(smiley)                   # a copy to change, so the smiley stays as it is
    pixels.compare(smiley, wink)                 # side by side: which pixels differ, and how many

The display tools never put a traceback in front of a student: a grid that is not a picture shows a
kind message instead, saying where (row and column), what happened, why, and what to try (the words
live in ``messages.py``; a colour's own problems are ``artech.colour``'s messages). ``to_picture``
raises ``PixelError`` with the same message and ``problem`` returns it, so a lesson's checks say
exactly what ``show`` says (``see_picture`` does it for a check in one line).

What ``show`` gives is a :class:`Picture` with properties a check can read: ``rows``, ``columns``,
``kind``, ``grid`` (the clean numbers), ``colours`` (every pixel as ``(r, g, b)``), ``count(value)``,
``pixel(row, column)``. ``Picture.svg()``, ``Picture.png()`` and ``Picture.save("file.png")`` make
files; ``Picture.flat()`` is the list of colours that a Raspberry Pi's 8x8 LED matrix
(``SenseHat.set_pixels``) takes.
"""

from __future__ import annotations

import base64
import html
import io
import math
import numbers
from collections import Counter
from typing import Any

from . import colour as _colour
from . import messages
from .errors import KitError
from .messages import say

__all__ = [
    "show", "compare", "copy", "differences", "to_picture", "problem", "see_picture",
    "Picture", "Comparison", "PixelError",
]

BRIGHTEST = 255
MOST_PIXELS = 250_000        # a bigger grid is not a picture a lesson makes by hand (500 x 500)
MOST_DRAWN = 64 * 64         # up to this many pixels, a picture is drawn square by square (SVG, grid lines)
WIDTH = 320                  # about how wide a picture is shown, in screen pixels
_GRID = "#808080"            # grid lines: visible on black (5.3:1) and on white (3.9:1)
_MARK_OUTER, _MARK_INNER = "#ffffff", "#d6006f"   # the outline of a pixel that differs
KINDS = ("black-and-white", "grey", "colour", "palette")
_KIND_WORDS = {"black-and-white": "pixels_kind_bw", "grey": "pixels_kind_grey",
               "colour": "pixels_kind_colour", "palette": "pixels_kind_palette"}


class PixelError(KitError, ValueError):
    """A value that is not a picture (a grid of pixels); ``message`` says where and what to try."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


# --- what a picture is --------------------------------------------------------------------
_short = _colour._short  # a value, cut short for a message: the colour tools' own way


def _plain(value: Any) -> Any:
    """numpy arrays and numbers as plain Python lists and numbers."""
    if hasattr(value, "tolist") and not isinstance(value, (list, tuple, str)):
        return value.tolist()
    return value


def _is_number(value: Any) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def _looks_like_colour(value: Any) -> bool:
    return isinstance(value, tuple) and len(value) == 3 and all(_is_number(v) for v in value)


def _row_word(row: int) -> str:
    """'row 3 (number 4 from the top)': the row as the picture numbers it, and as a person counts."""
    return say("pixels_row_place", row=row, human=row + 1)


def _number(value: Any, row: int, column: int, brightest: int | None) -> tuple[str, int | None]:
    """A single-number pixel: (message, None) when it is not right, ('', whole number) when it is."""
    where = {"row": row, "column": column}
    if isinstance(value, str):
        return say("pixels_pixel_text", value=_short(value), **where), None
    if not _is_number(value) or not math.isfinite(value):
        return say("pixels_pixel_not_number", value=_short(value), **where), None
    if not float(value).is_integer():
        low, high = math.floor(value), math.ceil(value)
        low, high = min(max(low, 0), BRIGHTEST), min(max(high, 0), BRIGHTEST)
        suggestion = str(low) if low == high else say("colour_either", low=low, high=high)
        return say("pixels_decimal", value=value, suggestion=suggestion, **where), None
    whole = int(value)
    if whole < 0:
        return say("pixels_too_small", value=whole, **where), None
    if brightest is not None and whole == brightest + 1:
        return say("pixels_256", **where), None
    if brightest is not None and whole > brightest:
        return say("pixels_too_big", value=whole, **where), None
    return "", whole


def _palette(palette: Any) -> tuple[str, dict[int, tuple[int, int, int]]]:
    """A palette {number: colour}: ('', clean dict) or (message, {})."""
    palette = _plain(palette)
    if palette is Ellipsis:
        return say("pixels_palette_blank"), {}
    if not isinstance(palette, dict):
        return say("pixels_palette_not_dict", value=_short(palette)), {}
    if not palette:
        return say("pixels_palette_empty"), {}
    clean: dict[int, tuple[int, int, int]] = {}
    for key, value in palette.items():
        if not _is_number(key) or not float(key).is_integer():
            return say("pixels_palette_key", number=_short(key)), {}
        wrong = _colour.problem(value)
        if wrong:
            return say("pixels_palette_entry", number=int(key), problem=wrong), {}
        clean[int(key)] = _colour.to_rgb(value)
    return "", clean


def _photo(picture: Any) -> "Picture | None":
    """A photo-sized grid (more than ``MOST_DRAWN`` pixels) of whole numbers 0-255, as a Picture, fast.

    A photo is tens of thousands of pixels: checking each one on its own, as a hand-made grid is
    checked, takes seconds. numpy checks them all at once. Anything unusual (a ragged row, text, a
    number out of range, a palette) gives None, and the careful check finds and names the problem."""
    try:
        import numpy as np
    except ImportError:  # pragma: no cover - numpy comes with the kit
        return None
    try:
        if isinstance(picture, np.ndarray):
            array = picture
        elif isinstance(picture, (list, tuple)) and len(picture) * len(picture[0]) > MOST_DRAWN:
            array = np.asarray(picture)
        else:
            return None
    except (ValueError, TypeError, IndexError):
        return None
    if array.dtype.kind not in "iuf" or not (array.ndim == 2 or (array.ndim == 3 and array.shape[2] == 3)):
        return None
    rows, columns = array.shape[:2]
    if rows * columns <= MOST_DRAWN or rows * columns > MOST_PIXELS:
        return None
    if array.dtype.kind == "f" and not (np.isfinite(array).all() and (array == np.round(array)).all()):
        return None
    if array.min() < 0 or array.max() > BRIGHTEST:
        return None
    whole = array.astype(int)
    if whole.ndim == 3:
        return Picture([[tuple(v) for v in row] for row in whole.tolist()], "colour")
    grid = whole.tolist()
    return Picture(grid, "black-and-white" if whole.max() <= 1 else "grey")


def _check(picture: Any, palette: Any = None) -> tuple[str, "Picture | None"]:
    """(message, None) for a value that is not a picture; ('', Picture) for one that is."""
    if palette is None:
        fast = _photo(picture)
        if fast is not None:
            return "", fast
    picture = _plain(picture)
    if picture is Ellipsis:
        return say("pixels_blank"), None
    if isinstance(picture, str):
        return say("pixels_text", value=_short(picture)), None
    if _is_number(picture):
        return say("pixels_one_number", value=_short(picture)), None
    if _looks_like_colour(picture):
        return say("pixels_one_colour", value=_short(picture)), None
    if not isinstance(picture, (list, tuple)):
        return say("pixels_not_grid", value=_short(picture)), None
    if not picture:
        return say("pixels_empty"), None
    rows = [_plain(row) for row in picture]
    if all(_is_number(row) or _looks_like_colour(row) for row in rows):
        return say("pixels_flat", value=_short(picture)), None
    for r, row in enumerate(rows):
        if not isinstance(row, (list, tuple)):
            return say("pixels_row_not_list", row=r, place=_row_word(r), value=_short(row)), None
        if not row:
            return say("pixels_row_empty", row=r, place=_row_word(r)), None
    lengths = [len(row) for row in rows]
    usual = Counter(lengths).most_common(1)[0][0]
    for r, length in enumerate(lengths):
        if length != usual:
            return say("pixels_row_length", row=r, place=_row_word(r), count=length, usual=usual), None
    if len(rows) * usual > MOST_PIXELS:
        return say("pixels_too_many", rows=len(rows), columns=usual, count=len(rows) * usual,
                   most=MOST_PIXELS), None
    palette_words, clean_palette = ("", {}) if palette is None else _palette(palette)
    if palette_words:
        return palette_words, None
    # the first pixel says which kind of picture it is: single numbers, or colours of three numbers
    first = _plain(rows[0][0])
    colours = isinstance(first, (list, tuple))
    grid: list[list[Any]] = []
    for r, row in enumerate(rows):
        clean_row: list[Any] = []
        for c, value in enumerate(row):
            value = _plain(value)
            if isinstance(value, (list, tuple)) != colours:
                return say("pixels_mixed", row=r, column=c, value=_short(value), value0=_short(first)), None
            if colours:
                if palette is not None:
                    return say("pixels_palette_with_colours"), None
                wrong = _colour.problem(value)
                if wrong:
                    return say("pixels_where", row=r, column=c, problem=wrong), None
                clean_row.append(_colour.to_rgb(value))
            else:
                wrong, whole = _number(value, r, c, None if palette is not None else BRIGHTEST)
                if wrong:
                    return wrong, None
                if palette is not None and whole not in clean_palette:
                    keys = ", ".join(str(k) for k in clean_palette)
                    return say("pixels_palette_missing", row=r, column=c, value=whole, keys=keys), None
                clean_row.append(whole)
        grid.append(clean_row)
    if colours:
        kind = "colour"
    elif palette is not None:
        kind = "palette"
    elif all(v in (0, 1) for row in grid for v in row):
        kind = "black-and-white"
    else:
        kind = "grey"
    return "", Picture(grid, kind, clean_palette or None)


def problem(picture: Any, palette: Any = None) -> str:
    """What is wrong with ``picture`` as a picture, kindly ('' when it is one)."""
    return _check(picture, palette)[0]


def to_picture(picture: Any, palette: Any = None) -> "Picture":
    """``picture`` as a :class:`Picture`, or ``PixelError`` with a kind message.

    Lists and tuples, numpy arrays and whole floats like ``1.0`` are accepted, because the
    picture they mean is clear."""
    message, made = _check(picture, palette)
    if message:
        raise PixelError(message)
    return made


def see_picture(see: Any, name: str, palette: Any = None) -> "Picture":
    """For a lesson's checks: the student's picture ``name``, or a kind "not yet" with the very
    message ``show`` would give, so the check and the picture never disagree."""
    value = see.value(name)
    wrong = problem(value, palette)
    see.that(not wrong, wrong)
    return to_picture(value, palette)


def copy(picture: Any) -> list[list[Any]]:
    """A new grid with the same pixels: change the copy, and the first picture stays as it was.

    (``wink = smiley`` gives the same grid a second name; changing ``wink`` would change ``smiley``.)"""
    picture = _plain(picture)
    if not isinstance(picture, (list, tuple)) or _looks_like_colour(picture):
        raise PixelError(problem(picture) or say("pixels_not_grid", value=_short(picture)))
    out = []
    for row in picture:
        row = _plain(row)
        if isinstance(row, (list, tuple)) and not _looks_like_colour(row):
            out.append([list(v) if isinstance(v, list) else v for v in (_plain(x) for x in row)])
        else:
            raise PixelError(problem(picture) or say("pixels_not_grid", value=_short(picture)))
    return out


# --- showing a picture ---------------------------------------------------------------------------
def _css(rgb: tuple[int, int, int]) -> str:
    return "rgb({}, {}, {})".format(*rgb)


def _text_on(rgb: tuple[int, int, int]) -> str:
    return _colour._text_on(rgb)


class Problem(_colour.Problem):
    """What ``show`` and ``compare`` display instead of a picture when the grid is not right."""


class Picture:
    """A grid of pixels, checked and clean; what ``show`` gives.

    ``grid`` holds the numbers (whole numbers, or ``(r, g, b)`` tuples), ``kind`` is one of
    ``"black-and-white"``, ``"grey"``, ``"colour"`` or ``"palette"``.
    """

    def __init__(self, grid: list[list[Any]], kind: str, palette: dict[int, tuple[int, int, int]] | None = None,
                 numbers: bool = False, values: bool = False, size: int | None = None):
        self.grid = grid
        self.kind = kind
        self.palette = palette
        self.numbers = numbers
        self.values = values
        self.size = size

    # --- what a check can read ---
    @property
    def rows(self) -> int:
        """How many rows: the picture's height in pixels."""
        return len(self.grid)

    @property
    def columns(self) -> int:
        """How many columns: the picture's width in pixels."""
        return len(self.grid[0])

    def pixel(self, row: int, column: int) -> Any:
        """The number (or colour) of one pixel: ``picture.pixel(2, 5)``, counting from 0."""
        return self.grid[row][column]

    def rgb(self, value: Any) -> tuple[int, int, int]:
        """The colour of light a pixel's number means in this picture."""
        if self.kind == "colour":
            return value
        if self.kind == "palette":
            return self.palette[value]
        level = BRIGHTEST * value if self.kind == "black-and-white" else value
        return (level, level, level)

    @property
    def colours(self) -> list[list[tuple[int, int, int]]]:
        """Every pixel as the colour of light it shows, ``(r, g, b)``, row by row."""
        return [[self.rgb(v) for v in row] for row in self.grid]

    def count(self, value: Any) -> int:
        """How many pixels hold ``value`` (a number, or a colour of three numbers)."""
        if isinstance(value, (list, tuple)):
            value = tuple(value)
        return sum(1 for row in self.grid for v in row if v == value)

    @property
    def distinct(self) -> list[Any]:
        """The different pixel values in the picture, each once, in the order they first appear."""
        seen: dict[Any, None] = {}
        for row in self.grid:
            for v in row:
                seen.setdefault(v, None)
        return list(seen)

    def flat(self) -> list[list[int]]:
        """Every pixel's colour in one list, row after row, as ``[r, g, b]`` lists: what a Raspberry
        Pi Sense HAT's 8x8 LED matrix takes (``sense.set_pixels(picture.flat())``)."""
        return [list(self.rgb(v)) for row in self.grid for v in row]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Picture) and (self.grid, self.kind, self.palette) == (other.grid, other.kind, other.palette)

    # --- in words ---
    def kind_words(self) -> str:
        if self.kind == "palette":
            listed = ", ".join(f"{k} = ({r}, {g}, {b})" for k, (r, g, b) in self.palette.items())
            return say("pixels_kind_palette", colours=listed)
        return say(_KIND_WORDS[self.kind])

    @property
    def text(self) -> str:
        """The picture in words: what a screen reader says and what a text-only view shows."""
        return say("pixels_summary", rows=self.rows, columns=self.columns, kind=self.kind_words())

    def _rows_in_words(self) -> list[str]:
        if self.kind == "colour" or self.columns > 32 or self.rows > 32:
            return []
        return [say("pixels_row_text", row=r, values=" ".join(str(v) for v in row)) for r, row in enumerate(self.grid)]

    def __repr__(self) -> str:
        return "\n".join([self.text, *self._rows_in_words()])

    # --- as a drawing ---
    def _pixel_size(self) -> int:
        if self.size:
            return int(self.size)
        return max(2, min(48, WIDTH // max(self.columns, self.rows)))

    def _layout(self) -> tuple[int, int, int]:
        s = self._pixel_size()
        font = max(9, min(14, int(s * 0.55)))
        margin = (font * 3) if self.numbers else 0
        return s, margin, font

    def _svg_body(self, marks: set[tuple[int, int]] = frozenset(), uid: str = "p") -> tuple[str, int, int]:
        s, m, font = self._layout()
        width, height = m + s * self.columns + 1, m + s * self.rows + 1
        parts = [f'<g shape-rendering="crispEdges">']
        for r, row in enumerate(self.grid):
            for c, v in enumerate(row):
                parts.append(f'<rect x="{m + c * s}" y="{m + r * s}" width="{s}" height="{s}" fill="{_css(self.rgb(v))}"/>')
        if s >= 6:  # the grid: every pixel a square of its own
            for c in range(self.columns + 1):
                parts.append(f'<line x1="{m + c * s + 0.5}" y1="{m}" x2="{m + c * s + 0.5}" y2="{m + self.rows * s}" '
                             f'stroke="{_GRID}" stroke-width="1"/>')
            for r in range(self.rows + 1):
                parts.append(f'<line x1="{m}" y1="{m + r * s + 0.5}" x2="{m + self.columns * s}" y2="{m + r * s + 0.5}" '
                             f'stroke="{_GRID}" stroke-width="1"/>')
        parts.append("</g>")
        if self.values and s >= 14:
            for r, row in enumerate(self.grid):
                for c, v in enumerate(row):
                    ink = _text_on(self.rgb(v))
                    cx, cy = m + c * s + s / 2, m + r * s + s / 2
                    if self.kind == "colour":
                        small = max(7, min(11, s // 4))
                        lines = "".join(f'<tspan x="{cx}" dy="{small if i else -small}">{n}</tspan>' for i, n in enumerate(v))
                        parts.append(f'<text x="{cx}" y="{cy + small / 3}" text-anchor="middle" font-family="sans-serif" '
                                     f'font-size="{small}" fill="{ink}">{lines}</text>')
                    else:
                        size = max(8, min(18, int(s * (0.5 if v < 10 else 0.34 if v < 100 else 0.28))))
                        parts.append(f'<text x="{cx}" y="{cy}" text-anchor="middle" dominant-baseline="central" '
                                     f'font-family="sans-serif" font-size="{size}" fill="{ink}">{v}</text>')
        for r, c in sorted(marks):
            x, y = m + c * s, m + r * s
            parts.append(f'<rect x="{x + 2}" y="{y + 2}" width="{s - 3}" height="{s - 3}" fill="none" '
                         f'stroke="{_MARK_OUTER}" stroke-width="4"/>')
            parts.append(f'<rect x="{x + 2}" y="{y + 2}" width="{s - 3}" height="{s - 3}" fill="none" '
                         f'stroke="{_MARK_INNER}" stroke-width="2"/>')
        if self.numbers:
            step = 1 if s >= font * 1.6 else math.ceil(font * 1.6 / s)
            for c in range(0, self.columns, step):
                parts.append(f'<text x="{m + c * s + s / 2}" y="{m - font * 0.6}" text-anchor="middle" '
                             f'font-family="sans-serif" font-size="{font}" fill="#333333">{c}</text>')
            for r in range(0, self.rows, step):
                parts.append(f'<text x="{m - font * 0.5}" y="{m + r * s + s / 2}" text-anchor="end" '
                             f'dominant-baseline="central" font-family="sans-serif" font-size="{font}" '
                             f'fill="#333333">{r}</text>')
        return "".join(parts), width, height

    def svg(self, marks: set[tuple[int, int]] = frozenset(), uid: str = "artech-pixels") -> str:
        """The picture as an SVG file's text, with its words as title and description (alt text)."""
        body, width, height = self._svg_body(marks)
        title = html.escape(self.text)
        desc = html.escape(" ".join(self._rows_in_words()))
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
            f'height="{height}" role="img" aria-labelledby="{uid}-title{f" {uid}-desc" if desc else ""}" '
            'style="max-width:100%;height:auto">'
            f'<title id="{uid}-title">{title}</title>'
            + (f'<desc id="{uid}-desc">{desc}</desc>' if desc else "")
            + body + "</svg>"
        )

    def png(self, size: int | None = None, grid: bool = True) -> bytes:
        """The picture as PNG bytes (Pillow): big square pixels, ``size`` screen pixels each."""
        from PIL import Image, ImageDraw

        s = int(size or self._pixel_size())
        img = Image.new("RGB", (self.columns, self.rows))
        img.putdata([self.rgb(v) for row in self.grid for v in row])
        img = img.resize((self.columns * s, self.rows * s), Image.NEAREST)
        if grid and s >= 6:
            canvas = Image.new("RGB", (self.columns * s + 1, self.rows * s + 1), _GRID)
            canvas.paste(img, (0, 0))
            draw = ImageDraw.Draw(canvas)
            for c in range(self.columns + 1):
                draw.line([(c * s, 0), (c * s, self.rows * s)], fill=_GRID)
            for r in range(self.rows + 1):
                draw.line([(0, r * s), (self.columns * s, r * s)], fill=_GRID)
            img = canvas
        out = io.BytesIO()
        img.save(out, format="PNG")
        return out.getvalue()

    def save(self, path: Any, size: int | None = None, grid: bool = True) -> None:
        """Save the picture as a PNG file (or an SVG file when ``path`` ends in .svg)."""
        from pathlib import Path

        path = Path(path)
        if path.suffix.lower() == ".svg":
            path.write_text(self.svg(), encoding="utf-8")
        else:
            path.write_bytes(self.png(size, grid))

    def _figure(self, marks: set[tuple[int, int]] = frozenset(), caption: str | None = None,
                uid: str = "artech-pixels") -> str:
        if self.rows * self.columns <= MOST_DRAWN:
            drawing = self.svg(marks, uid)
        else:  # a photo-sized grid: one PNG, its pixels kept square and sharp
            data = base64.b64encode(self.png(grid=False)).decode("ascii")
            s = self._pixel_size()
            drawing = (f'<img src="data:image/png;base64,{data}" alt="{html.escape(self.text)}" '
                       f'width="{self.columns * s}" height="{self.rows * s}" style="image-rendering:pixelated;max-width:100%"/>')
        words = html.escape(caption if caption is not None else self.text)
        return (
            '<figure class="artech-pixels" style="display:inline-block;margin:4px 16px 4px 0;vertical-align:top;'
            f'font-family:sans-serif">{drawing}'
            f'<figcaption style="margin-top:4px;line-height:1.4;max-width:{max(220, WIDTH)}px">{words}</figcaption></figure>'
        )

    def _repr_html_(self) -> str:
        return self._figure()


def show(picture: Any, numbers: bool = False, values: bool = False, palette: Any = None,
         size: int | None = None) -> Picture | Problem:
    """Show ``picture`` (a list of rows of pixels) with big square pixels and a grid.

    ``numbers=True`` writes the row numbers down the left and the column numbers along the top;
    ``values=True`` writes each pixel's number in its square; ``palette={0: (0, 0, 0), 1: (255, 220, 0)}``
    gives each number its own colour; ``size`` is how big a pixel is on screen.
    A grid that is not a picture shows a kind message instead, never an error.
    """
    message, made = _check(picture, palette)
    if message:
        return Problem(message)
    made.numbers, made.values = bool(numbers), bool(values)
    made.size = size if isinstance(size, int) and not isinstance(size, bool) and 2 <= size <= 96 else None
    return made


# --- two pictures: what a computer compares --------------------------------------------------------
def _pair(first: Any, second: Any) -> tuple[str, Picture | None, Picture | None]:
    pictures = []
    for which, value in (("pixels_first", first), ("pixels_second", second)):
        message, made = _check(value)
        if message:
            return say("pixels_which", which=say(which), problem=message), None, None
        pictures.append(made)
    a, b = pictures
    if (a.rows, a.columns) != (b.rows, b.columns):
        return say("pixels_size_differs", r1=a.rows, c1=a.columns, r2=b.rows, c2=b.columns), None, None
    return "", a, b


def differences(first: Any, second: Any) -> list[tuple[int, int]]:
    """The places ``(row, column)`` where the two pictures have different numbers, or ``PixelError``."""
    message, a, b = _pair(first, second)
    if message:
        raise PixelError(message)
    return [(r, c) for r in range(a.rows) for c in range(a.columns) if a.grid[r][c] != b.grid[r][c]]


class Comparison:
    """Two pictures side by side, the pixels that differ outlined; what ``compare`` gives.

    ``count`` is how many pixels differ, ``different`` their places ``(row, column)``, ``same`` whether
    every number is the same."""

    def __init__(self, first: Picture, second: Picture, numbers: bool = True):
        self.first, self.second = first, second
        self.numbers = numbers
        self.different = [(r, c) for r in range(first.rows) for c in range(first.columns)
                          if first.grid[r][c] != second.grid[r][c]]

    @property
    def count(self) -> int:
        return len(self.different)

    @property
    def total(self) -> int:
        return self.first.rows * self.first.columns

    @property
    def same(self) -> bool:
        return not self.different

    def lines(self) -> list[str]:
        if self.same:
            return [say("pixels_compare_same", total=self.total)]
        if self.count == self.total:
            return [say("pixels_compare_all", total=self.total)]
        out = [say("pixels_compare_count", count=self.count, total=self.total)]
        if self.count <= 12:  # a longer list of places is too long to read: the outlines show them
            places = [say("pixels_place", row=r, column=c) for r, c in self.different]
            out.append(say("pixels_compare_where", places="; ".join(places)))
        return out

    def __repr__(self) -> str:
        return "\n".join(self.lines())

    def _repr_html_(self) -> str:
        marks = set(self.different)
        self.first.numbers = self.second.numbers = self.numbers  # row and column numbers: find "row 2, column 3"
        first = self.first._figure(marks, say("pixels_first_caption"), "artech-pixels-first")
        second = self.second._figure(marks, say("pixels_second_caption"), "artech-pixels-second")
        items = "".join(f"<li>{html.escape(line)}</li>" for line in self.lines())
        note = html.escape(say("pixels_compare_outline")) if self.different else ""
        return (
            '<figure class="artech-pixels-compare" style="margin:4px 0;font-family:sans-serif">'
            f'<div style="display:flex;flex-wrap:wrap;align-items:flex-start">{first}{second}</div>'
            f'<figcaption style="line-height:1.4"><ul style="margin:.4em 0;padding-left:1.2em">{items}</ul>'
            + (f"<small>{note}</small>" if note else "") + "</figcaption></figure>"
        )


def compare(first: Any, second: Any, numbers: bool = True) -> Comparison | Problem:
    """Put two pictures side by side, outline the pixels whose numbers differ, and count them:
    the way a simple program compares pictures. ``numbers=False`` leaves out the row and column
    numbers. A grid that is not a picture, or two pictures of different sizes, show a kind message
    instead."""
    message, a, b = _pair(first, second)
    if message:
        return Problem(message)
    return Comparison(a, b, bool(numbers))


# --- a typo in a tool's name -----------------------------------------------------------------
def __getattr__(name: str) -> Any:
    """``pixels.shwo`` → "There is no `pixels.shwo`. Did you mean `show`? ..."."""
    if name.startswith("_"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    tools = ["show", "compare", "copy", "differences"]
    suggestion = messages.did_you_mean(name, tools)
    text = say("pixels_no_such_tool", name=name, suggestion=(suggestion + " ") if suggestion else "",
               tools=", ".join(tools))
    raise AttributeError(text, name=name, obj=None)
