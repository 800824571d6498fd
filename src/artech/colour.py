"""Colours of light: the tools the design lessons use.

A colour is three whole numbers, ``(red, green, blue)``, each from 0 (that
light is off) to 255 (as bright as it can be): the way a screen makes every
pixel. In a lesson::

    from artech import colour
    colour.show((255, 255, 0), "yellow")      # a swatch
    colour.palette({"sky": (135, 200, 250), "leaf": (60, 160, 60)})
    colour.light_circles()                     # red, green and blue light overlapping
    colour.mixer()                             # three sliders and a live swatch
    colour.contrast((90, 90, 90), (255, 255, 255))   # text on a background: its WCAG contrast ratio
    colour.colour_blind({"go": (0, 170, 0), "stop": (220, 0, 0)})  # a palette as seen with colour blindness

The display tools never put a traceback in front of a student: a colour that
is not right shows a kind message instead of a swatch, saying what happened,
why, and what to try (the words live in ``messages.py``). ``to_rgb`` raises
``ColourError`` with the same message, and ``problem`` returns it, so a
lesson's checks say exactly what ``show`` says (``see_colour`` does it for a
check in one line).
"""

from __future__ import annotations

import html
import math
import numbers
import re
from typing import Any

from . import messages
from .errors import KitError
from .messages import say

__all__ = [
    "show", "palette", "mix", "light_circles", "mixer",
    "to_rgb", "problem", "palette_problem", "see_colour", "name_of", "ColourError",
    "luminance", "contrast_ratio", "contrast", "simulate", "colour_blind", "difference",
]

PARTS = ("red", "green", "blue")  # the order of the three numbers, always
BRIGHTEST = 255
_LIGHT_WORDS = {"red": "colour_red", "green": "colour_green", "blue": "colour_blue"}  # message keys
_PURE = {  # the eight colours whose numbers are all 0 or 255 have everyday names (message keys)
    (0, 0, 0): "colour_black", (255, 0, 0): "colour_red", (0, 255, 0): "colour_green",
    (0, 0, 255): "colour_blue", (255, 255, 0): "colour_yellow", (255, 0, 255): "colour_magenta",
    (0, 255, 255): "colour_cyan", (255, 255, 255): "colour_white",
}
_EDGE = "#767676"  # swatch outline: visible on a light and on a dark page (3:1 against both)


class ColourError(KitError, ValueError):
    """A value that is not a colour of light; ``message`` says what to try."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


# --- what a colour is ------------------------------------------------------------
def _short(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _part_problem(part: str, number: Any) -> tuple[str, int | None]:
    """The message for one of the three numbers (or ''), and the number as an int."""
    light = say(_LIGHT_WORDS[part])
    if isinstance(number, bool) or not isinstance(number, numbers.Real):
        if isinstance(number, str):
            return say("colour_part_text", part=light, value=_short(number)), None
        return say("colour_part_not_number", part=light, value=_short(number)), None
    if not isinstance(number, numbers.Integral):
        if not math.isfinite(number):
            return say("colour_part_not_number", part=light, value=_short(number)), None
        if not float(number).is_integer():
            low = min(max(math.floor(number), 0), BRIGHTEST)
            high = min(max(math.ceil(number), 0), BRIGHTEST)
            suggestion = str(low) if low == high else say("colour_either", low=low, high=high)
            return say("colour_part_decimal", part=light, value=number, suggestion=suggestion), None
    whole = int(number)
    if whole < 0:
        return say("colour_too_small", part=light, value=whole), None
    if whole == BRIGHTEST + 1:
        return say("colour_256", part=light), None
    if whole > BRIGHTEST:
        return say("colour_too_big", part=light, value=whole), None
    return "", whole


def _check(value: Any) -> tuple[str, tuple[int, int, int] | None]:
    """(message, None) for a value that is not a colour; ('', (r, g, b)) for one that is."""
    if value is Ellipsis:
        return say("colour_blank"), None
    if isinstance(value, str):
        return say("colour_text", value=_short(value)), None
    if hasattr(value, "tolist") and not isinstance(value, (list, tuple)):  # a numpy array or number
        value = value.tolist()
    if isinstance(value, numbers.Number):
        return say("colour_one_number", value=_short(value)), None
    if not isinstance(value, (tuple, list)):
        return say("colour_not_three", value=_short(value)), None
    if len(value) != 3:
        return say("colour_count", value=_short(value), count=len(value)), None
    rgb = []
    for part, number in zip(PARTS, value):
        message, whole = _part_problem(part, number)
        if message:
            return message, None
        rgb.append(whole)
    return "", (rgb[0], rgb[1], rgb[2])


def problem(value: Any) -> str:
    """What is wrong with ``value`` as a colour, kindly ('' when it is a colour)."""
    return _check(value)[0]


def to_rgb(value: Any) -> tuple[int, int, int]:
    """``value`` as a clean ``(red, green, blue)`` tuple of ints, or ``ColourError``.

    Lists, numpy arrays and whole floats like ``128.0`` are accepted, because
    the colour they mean is clear.
    """
    message, rgb = _check(value)
    if message:
        raise ColourError(message)
    return rgb


def _entries(colours: Any) -> tuple[str, list[tuple[str | None, Any]]]:
    """A palette's (name, colour) pairs, or a message when it is not a palette."""
    if colours is Ellipsis:
        return say("colour_palette_blank"), []
    if isinstance(colours, dict):
        pairs = [(str(name), value) for name, value in colours.items()]
    elif isinstance(colours, (list, tuple)):
        if colours and all(isinstance(v, numbers.Real) and not isinstance(v, bool) for v in colours):
            return say("colour_palette_one", value=_short(colours)), []  # one colour, like (255, 0, 0)
        pairs = [(None, value) for value in colours]
    else:
        return say("colour_palette_not_collection", value=_short(colours)), []
    if not pairs:
        return say("colour_palette_empty"), []
    return "", pairs


def palette_problem(colours: Any) -> str:
    """What is wrong with ``colours`` as a palette (list, or dict name → colour), or ''."""
    message, pairs = _entries(colours)
    if message:
        return message
    for number, (name, value) in enumerate(pairs, 1):
        wrong = problem(value)
        if wrong:
            where = f"`{name}`" if name is not None else say("colour_palette_number", n=number)
            return say("colour_palette_entry", where=where, problem=wrong)
    return ""


def see_colour(see: Any, name: str) -> tuple[int, int, int]:
    """For a lesson's checks: the student's colour ``name`` as (r, g, b), or a kind "not yet".

    ``see`` is the check's helper (``artech.checks.See``); the message is the same
    one ``show`` would give, so the check and the swatch never disagree.
    """
    value = see.value(name)
    wrong = problem(value)
    see.that(not wrong, wrong)
    return to_rgb(value)


def name_of(colour: Any) -> str:
    """The everyday name of a colour when it has an exact one (the eight pure colours
    and the greys), else ''."""
    r, g, b = to_rgb(colour)
    if (r, g, b) in _PURE:
        return say(_PURE[(r, g, b)])
    if r == g == b:
        return say("colour_grey")
    return ""


def mix(*colours: Any) -> tuple[int, int, int]:
    """Shine lights together: add each part, and stop at 255, the brightest.

    ``mix((255, 0, 0), (0, 255, 0))`` is ``(255, 255, 0)``: red and green light make
    yellow. No light at all, ``mix()``, is black.
    """
    parts = [to_rgb(c) for c in colours]
    r, g, b = (min(BRIGHTEST, sum(p[i] for p in parts)) for i in range(3))
    return (r, g, b)


# --- showing colours ----------------------------------------------------------------
def _md(text: str) -> str:
    """Escape text, then show `code` spans as code."""
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", html.escape(text))


def _css(rgb: tuple[int, int, int]) -> str:
    return "rgb({}, {}, {})".format(*rgb)


def _numbers(rgb: tuple[int, int, int]) -> str:
    return say("colour_numbers", r=rgb[0], g=rgb[1], b=rgb[2])


def _luminance(rgb: tuple[int, int, int]) -> float:
    def linear(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _text_on(rgb: tuple[int, int, int]) -> str:
    """Black or white, whichever is easier to read on ``rgb`` (WCAG contrast)."""
    lum = _luminance(rgb)
    return "#000000" if (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05) else "#ffffff"


class Problem:
    """What ``show`` and friends display instead of a swatch when a colour is not right."""

    def __init__(self, message: str):
        self.message = message

    def __repr__(self) -> str:
        return f"🌱 {self.message}"

    def _repr_html_(self) -> str:
        return (
            '<div class="artech-colour-problem" role="status" style="color:#713f12;background:#fef9c3;'
            "border-left:6px solid #ca8a04;padding:.6em 1em;border-radius:6px;font-family:sans-serif;"
            f'line-height:1.5">🌱 {_md(self.message)}</div>'
        )


class Swatch:
    """A patch of one colour with its name and numbers; what ``show`` gives."""

    def __init__(self, rgb: tuple[int, int, int], label: str | None = None):
        self.rgb = rgb
        self.label = label if label is not None else name_of(rgb)

    @property
    def text(self) -> str:
        """The swatch in words: what a screen reader says and what a text-only view shows."""
        label = self.label or say("colour_unnamed")
        return say("colour_swatch_text", label=label, numbers=_numbers(self.rgb))

    def __repr__(self) -> str:
        return self.text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Swatch) and (self.rgb, self.label) == (other.rgb, other.label)

    def _repr_html_(self) -> str:
        name = f"<strong>{html.escape(self.label)}</strong><br/>" if self.label else ""
        return (
            f'<figure class="artech-swatch" role="img" aria-label="{html.escape(self.text)}" '
            'style="display:inline-block;margin:4px 12px 4px 0;vertical-align:top;text-align:center;'
            'font-family:sans-serif;width:128px">'
            f'<div style="height:72px;background-color:{_css(self.rgb)};border:1px solid {_EDGE};'
            'border-radius:8px"></div>'
            f'<figcaption style="margin-top:4px;line-height:1.3">{name}'
            f"<code style='white-space:nowrap'>({self.rgb[0]}, {self.rgb[1]}, {self.rgb[2]})</code></figcaption></figure>"
        )


def show(colour: Any, label: str | None = None, *more: Any) -> Swatch | Problem:
    """Show ``colour`` as a swatch, with ``label`` (or its everyday name) and its numbers.

    A value that is not a colour shows a kind message instead, never an error.
    """
    if isinstance(colour, numbers.Real) and isinstance(label, numbers.Real) and not isinstance(colour, bool):
        loose = ", ".join(str(n) for n in (colour, label, *more))
        return Problem(say("colour_loose_numbers", numbers=loose))
    message, rgb = _check(colour)
    if message:
        return Problem(message)
    return Swatch(rgb, None if label is None or label is Ellipsis else str(label))


class Palette:
    """A row of swatches; what ``palette`` gives."""

    def __init__(self, swatches: list[Swatch]):
        self.swatches = swatches

    def __repr__(self) -> str:
        return "\n".join(s.text for s in self.swatches)

    def __len__(self) -> int:
        return len(self.swatches)

    def _repr_html_(self) -> str:
        return (
            '<div class="artech-palette" role="list" style="display:flex;flex-wrap:wrap">'
            + "".join(f'<div role="listitem">{s._repr_html_()}</div>' for s in self.swatches)
            + "</div>"
        )


def palette(colours: Any) -> Palette | Problem:
    """Show a palette: a list of colours, or a dictionary of named colours.

    ``palette({"sky": (135, 200, 250), "leaf": (60, 160, 60)})``
    """
    wrong = palette_problem(colours)
    if wrong:
        return Problem(wrong)
    _, pairs = _entries(colours)
    return Palette([Swatch(to_rgb(value), name) for name, value in pairs])


# --- light circles ---------------------------------------------------------------------
_CIRCLES = {"red": (110, 105), "green": (190, 105), "blue": (150, 174)}  # centres; radius 80
_RADIUS = 80
_LABEL_AT = {"red": (72, 82), "green": (228, 82), "blue": (150, 232)}  # in each circle's own part


class LightCircles:
    """Three overlapping circles of light on black, each overlap the mix of its lights."""

    def __init__(self, red: tuple[int, int, int], green: tuple[int, int, int], blue: tuple[int, int, int]):
        self.lights = {"red": red, "green": green, "blue": blue}
        self.mixes = [
            (("red", "green"), mix(red, green)),
            (("red", "blue"), mix(red, blue)),
            (("green", "blue"), mix(green, blue)),
            (("red", "green", "blue"), mix(red, green, blue)),
        ]

    @staticmethod
    def _describe(rgb: tuple[int, int, int]) -> str:
        name = name_of(rgb)
        numbers_ = f"({rgb[0]}, {rgb[1]}, {rgb[2]})"
        return f"{name} {numbers_}" if name else numbers_

    def lines(self) -> list[str]:
        """Each mix in words: 'red + green = yellow (255, 255, 0)'."""
        out = []
        for lights, rgb in self.mixes:
            names = " + ".join(say(_LIGHT_WORDS[part]) for part in lights)
            out.append(say("colour_mix_line", lights=names, result=self._describe(rgb)))
        return out

    def __repr__(self) -> str:
        return "\n".join([say("colour_circles_title"), *self.lines()])

    def _circle(self, part: str, **attrs: str) -> str:
        x, y = _CIRCLES[part]
        extra = "".join(f' {k.replace("_", "-")}="{v}"' for k, v in attrs.items())
        return f'<circle cx="{x}" cy="{y}" r="{_RADIUS}"{extra}/>'

    def _repr_html_(self) -> str:
        red, green, blue = (self.lights[p] for p in PARTS)
        rg, rb, gb, rgb = (m for _, m in self.mixes)
        title = html.escape(say("colour_circles_title"))
        desc = html.escape(" ".join(line + "." for line in self.lines()))
        svg = [
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 270" width="300" height="270" '
            'role="img" aria-labelledby="artech-light-title artech-light-desc" style="max-width:100%;height:auto">',
            f'<title id="artech-light-title">{title}</title><desc id="artech-light-desc">{desc}</desc>',
            "<defs>",
            *(f'<clipPath id="artech-light-{p}">{self._circle(p)}</clipPath>' for p in PARTS),
            "</defs>",
            '<rect width="300" height="270" rx="12" fill="#000000"/>',
            self._circle("red", fill=_css(red)),
            self._circle("green", fill=_css(green)),
            self._circle("blue", fill=_css(blue)),
            # each overlap is painted with the mix of the lights that shine there
            self._circle("green", fill=_css(rg), clip_path="url(#artech-light-red)"),
            self._circle("blue", fill=_css(rb), clip_path="url(#artech-light-red)"),
            self._circle("blue", fill=_css(gb), clip_path="url(#artech-light-green)"),
            f'<g clip-path="url(#artech-light-red)">{self._circle("blue", fill=_css(rgb), clip_path="url(#artech-light-green)")}</g>',
        ]
        for part in PARTS:
            x, y = _LABEL_AT[part]
            light = self.lights[part]
            svg.append(
                f'<text x="{x}" y="{y}" text-anchor="middle" font-family="sans-serif" font-size="15" '
                f'font-weight="bold" fill="{_text_on(light)}">{html.escape(say(_LIGHT_WORDS[part]))}</text>'
            )
        svg.append("</svg>")
        items = "".join(f"<li>{html.escape(line)}</li>" for line in self.lines())
        return (
            '<figure class="artech-light-circles" style="margin:4px 0;font-family:sans-serif">'
            + "".join(svg)
            + f'<figcaption><ul style="margin:.4em 0;padding-left:1.2em">{items}</ul></figcaption></figure>'
        )


def light_circles(red: Any = (255, 0, 0), green: Any = (0, 255, 0), blue: Any = (0, 0, 255)) -> LightCircles | Problem:
    """Three lights shining on a black wall, overlapping: where they overlap, their light adds up.

    Give a light other numbers to dim it: ``light_circles(red=(128, 0, 0))``.
    """
    lights = {"red": red, "green": green, "blue": blue}
    for part, value in lights.items():
        wrong = problem(value)
        if wrong:
            return Problem(say("colour_palette_entry", where=f"`{part}=`", problem=wrong))
    return LightCircles(*(to_rgb(lights[p]) for p in PARTS))


# --- the mixer -----------------------------------------------------------------------------
_SLIDER_COLOURS = {"red": "#d00000", "green": "#008a00", "blue": "#0050ff"}


class Mixer:
    """Three sliders, red, green and blue, and a swatch that follows them."""

    def __init__(self, start: tuple[int, int, int]):
        import ipywidgets as widgets

        self.sliders = {
            part: widgets.IntSlider(
                value=value, min=0, max=BRIGHTEST, step=1, description=say(_LIGHT_WORDS[part]),
                continuous_update=True, layout=widgets.Layout(width="26em"),
                style={"handle_color": _SLIDER_COLOURS[part], "description_width": "4em"},
            )
            for part, value in zip(PARTS, start)
        }
        self.swatch = widgets.HTML()
        self.widget = widgets.VBox([*self.sliders.values(), self.swatch])
        for slider in self.sliders.values():
            slider.observe(self._update, names="value")
        self._update()

    @property
    def colour(self) -> tuple[int, int, int]:
        """The colour the sliders make now, ready to copy: ``(red, green, blue)``."""
        r, g, b = (self.sliders[p].value for p in PARTS)
        return (r, g, b)

    def set(self, colour: Any) -> None:
        """Move the sliders to ``colour``."""
        for part, value in zip(PARTS, to_rgb(colour)):
            self.sliders[part].value = value

    def _update(self, change: Any = None) -> None:
        self.swatch.value = Swatch(self.colour, say("colour_mixer_label"))._repr_html_()

    def __repr__(self) -> str:
        return Swatch(self.colour, say("colour_mixer_label")).text

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict:
        bundle = self.widget._repr_mimebundle_()
        bundle["text/plain"] = repr(self)
        return bundle


def mixer(start: Any = (128, 128, 128)) -> Mixer | Problem:
    """A colour mixer: move the red, green and blue sliders and watch the swatch change.

    Keep it in a name to read the colour later: ``m = colour.mixer()``, then ``m.colour``.
    """
    wrong = problem(start)
    if wrong:
        return Problem(wrong)
    return Mixer(to_rgb(start))


# --- contrast (WCAG 2) ----------------------------------------------------------------------
# WCAG 2.x: relative luminance of sRGB, and the contrast ratio (L1 + 0.05) / (L2 + 0.05), L1 the lighter.
# Success criterion 1.4.3 (Contrast, Minimum, level AA): at least 4.5:1 for normal text and 3:1 for
# large text (at least 18 point, or 14 point bold).
AA_NORMAL = 4.5
AA_LARGE = 3.0


def _colour_or_raise(value: Any, where: str) -> tuple[int, int, int]:
    message, rgb = _check(value)
    if message:
        raise ColourError(say("colour_palette_entry", where=where, problem=message))
    return rgb


def luminance(colour: Any) -> float:
    """The relative luminance of ``colour`` as WCAG 2 defines it: 0 for black, 1 for white."""
    return _luminance(_colour_or_raise(colour, "`colour`"))


def contrast_ratio(text: Any, background: Any) -> float:
    """The WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black and white).

    ``(L1 + 0.05) / (L2 + 0.05)`` with L1 the relative luminance of the lighter colour; the order of
    the two colours does not matter.
    """
    a = _luminance(_colour_or_raise(text, "`text`"))
    b = _luminance(_colour_or_raise(background, "`background`"))
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def _ratio_text(ratio: float) -> str:
    """'4.54 : 1', cut (not rounded up) to two decimals, as WCAG asks: 4.499 never shows as 4.50."""
    return f"{math.floor(ratio * 100 + 1e-9) / 100:.2f} : 1"


class Contrast:
    """Text in one colour on a background of another, with its contrast ratio; what ``contrast`` gives."""

    def __init__(self, text: tuple[int, int, int], background: tuple[int, int, int], words: str):
        self.text_colour = text
        self.background = background
        self.words = words
        self.ratio = contrast_ratio(text, background)

    @property
    def normal_text_ok(self) -> bool:
        """At least 4.5:1: enough for normal text (WCAG 2, success criterion 1.4.3, level AA)."""
        return self.ratio >= AA_NORMAL

    @property
    def large_text_ok(self) -> bool:
        """At least 3:1: enough for large text (18 point, or 14 point bold) at level AA."""
        return self.ratio >= AA_LARGE

    def lines(self) -> list[str]:
        ratio = _ratio_text(self.ratio)
        normal = "colour_contrast_normal_ok" if self.normal_text_ok else "colour_contrast_normal_low"
        large = "colour_contrast_large_ok" if self.large_text_ok else "colour_contrast_large_low"
        return [
            say("colour_contrast_ratio", ratio=ratio, text=str(self.text_colour), background=str(self.background)),
            say(normal, need=f"{AA_NORMAL:g}"),
            say(large, need=f"{AA_LARGE:g}"),
        ]

    def __repr__(self) -> str:
        return "\n".join(self.lines())

    def _repr_html_(self) -> str:
        first, *verdicts = (html.escape(line) for line in self.lines())
        words = html.escape(self.words)
        items = "".join(f"<li>{line}</li>" for line in verdicts)
        return (
            '<figure class="artech-contrast" style="margin:4px 0;font-family:sans-serif;max-width:34em">'
            f'<div role="img" aria-label="{html.escape(self.words)}. {first}" '
            f'style="background-color:{_css(self.background)};color:{_css(self.text_colour)};'
            f'border:1px solid {_EDGE};border-radius:8px;padding:.8em 1em">'
            f'<div style="font-size:16px;line-height:1.4">{words}</div>'
            f'<div style="font-size:24px;line-height:1.3;margin-top:.2em">{words}</div></div>'
            f'<figcaption style="margin-top:.4em;line-height:1.4"><strong>{first}</strong>'
            f'<ul style="margin:.2em 0;padding-left:1.2em">{items}</ul></figcaption></figure>'
        )


def contrast(text: Any, background: Any, words: str | None = None) -> Contrast | Problem:
    """Show ``words`` in the ``text`` colour on the ``background`` colour, small and large, with the
    WCAG 2 contrast ratio and whether it is enough for normal text (4.5:1) and for large text (3:1).

    A value that is not a colour shows a kind message instead, never an error.
    """
    for where, value in (("`text`", text), ("`background`", background)):
        wrong = problem(value)
        if wrong:
            return Problem(say("colour_palette_entry", where=where, problem=wrong))
    shown = say("colour_contrast_sample") if words is None or words is Ellipsis else str(words)
    return Contrast(to_rgb(text), to_rgb(background), shown)


# --- colour blindness -------------------------------------------------------------------------
# Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for Simulation of Color Vision
# Deficiency", IEEE Transactions on Visualization and Computer Graphics 15(6), 1291-1298: their matrices
# for severity 1.0 (dichromacy), applied to linear RGB. A simulation is a model: it shows roughly what
# changes, not exactly what one person sees.
CVD_KINDS = ("protanopia", "deuteranopia", "tritanopia")
_MACHADO = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}
_CVD_WORDS = {"protanopia": "colour_cvd_protanopia", "deuteranopia": "colour_cvd_deuteranopia",
              "tritanopia": "colour_cvd_tritanopia"}
TELL_APART = 15.0  # the kit's rule of thumb: CIELAB difference (delta E 1976) two colours need to be told apart


def _linear(c: int) -> float:
    c = c / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _encode(v: float) -> int:
    v = min(max(v, 0.0), 1.0)
    v = 12.92 * v if v <= 0.0031308 else 1.055 * v ** (1 / 2.4) - 0.055
    return int(round(v * 255))


def _kind(kind: Any) -> str:
    if isinstance(kind, str) and kind.strip().lower() in _MACHADO:
        return kind.strip().lower()
    suggestion = messages.did_you_mean(str(kind), CVD_KINDS, cutoff=0.5)
    raise ColourError(say("colour_cvd_unknown", kind=_short(kind),
                          suggestion=(suggestion + " ") if suggestion else "", kinds=", ".join(CVD_KINDS)))


def simulate(colour: Any, kind: str) -> tuple[int, int, int]:
    """``colour`` as it looks, roughly, with ``kind`` of colour blindness: "protanopia",
    "deuteranopia" or "tritanopia" (Machado, Oliveira & Fernandes 2009, severity 1.0)."""
    rgb = _colour_or_raise(colour, "`colour`")
    matrix = _MACHADO[_kind(kind)]
    lin = [_linear(c) for c in rgb]
    r, g, b = (_encode(sum(row[i] * lin[i] for i in range(3))) for row in matrix)
    return (r, g, b)


def _lab(rgb: tuple[int, int, int]) -> tuple[float, float, float]:
    r, g, b = (_linear(c) for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))


def difference(a: Any, b: Any) -> float:
    """How different two colours look: the CIELAB colour difference (delta E 1976)."""
    return math.dist(_lab(_colour_or_raise(a, "`a`")), _lab(_colour_or_raise(b, "`b`")))


class ColourBlindView:
    """A palette as it looks with each kind of colour blindness; what ``colour_blind`` gives.

    ``seen[kind]`` is the list of simulated colours, ``too_close`` the pairs that are hard to tell
    apart (kind, name, name, difference), ``safe`` whether there are none.
    """

    def __init__(self, names: list[str], colours: list[tuple[int, int, int]]):
        self.names = names
        self.colours = colours
        self.seen = {kind: [simulate(c, kind) for c in colours] for kind in CVD_KINDS}
        self.too_close: list[tuple[str, str, str, float]] = []
        for kind in ("normal", *CVD_KINDS):
            row = colours if kind == "normal" else self.seen[kind]
            for i in range(len(row)):
                for j in range(i + 1, len(row)):
                    d = math.dist(_lab(row[i]), _lab(row[j]))
                    if d < TELL_APART:
                        self.too_close.append((kind, names[i], names[j], round(d, 1)))

    @property
    def safe(self) -> bool:
        """True when every two colours stay easy to tell apart, for normal vision and all three kinds."""
        return not self.too_close

    def _kind_word(self, kind: str) -> str:
        return say("colour_cvd_normal") if kind == "normal" else say(_CVD_WORDS[kind])

    def lines(self) -> list[str]:
        out = []
        for kind, a, b, d in self.too_close:
            out.append(say("colour_cvd_too_close", kind=self._kind_word(kind), a=a, b=b,
                           difference=f"{d:.0f}", need=f"{TELL_APART:.0f}"))
        if not out:
            out.append(say("colour_cvd_safe", need=f"{TELL_APART:.0f}"))
        return out

    def __repr__(self) -> str:
        rows = [say("colour_cvd_title")]
        for kind in ("normal", *CVD_KINDS):
            row = self.colours if kind == "normal" else self.seen[kind]
            rows.append(self._kind_word(kind) + ": " + ", ".join(
                f"{n} ({c[0]}, {c[1]}, {c[2]})" for n, c in zip(self.names, row)))
        return "\n".join(rows + self.lines())

    def _repr_html_(self) -> str:
        head = "".join(f'<th scope="col" style="padding:4px 6px;font-weight:bold">{html.escape(n)}</th>'
                       for n in self.names)
        body = []
        for kind in ("normal", *CVD_KINDS):
            row = self.colours if kind == "normal" else self.seen[kind]
            word = html.escape(self._kind_word(kind))
            cells = "".join(
                f'<td style="padding:4px 6px"><div role="img" aria-label="{html.escape(n)}: '
                f'{html.escape(_numbers(c))}" style="width:72px;height:40px;background-color:{_css(c)};'
                f'border:1px solid {_EDGE};border-radius:6px"></div></td>'
                for n, c in zip(self.names, row))
            body.append(f'<tr><th scope="row" style="text-align:left;padding:4px 8px 4px 0;'
                        f'font-weight:normal">{word}</th>{cells}</tr>')
        items = "".join(f"<li>{html.escape(line)}</li>" for line in self.lines())
        return (
            '<figure class="artech-colour-blind" style="margin:4px 0;font-family:sans-serif">'
            f'<table style="border-collapse:collapse"><caption style="text-align:left;font-weight:bold;'
            f'padding-bottom:4px">{html.escape(say("colour_cvd_title"))}</caption>'
            f'<thead><tr><td></td>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'
            f'<figcaption style="line-height:1.4"><ul style="margin:.4em 0;padding-left:1.2em">{items}</ul>'
            f'<small>{html.escape(say("colour_cvd_source"))}</small></figcaption></figure>'
        )


def colour_blind(colours: Any) -> ColourBlindView | Problem:
    """Show a palette as it looks with protanopia, deuteranopia and tritanopia, and say which
    colours become hard to tell apart (Machado, Oliveira & Fernandes 2009)."""
    wrong = palette_problem(colours)
    if wrong:
        return Problem(wrong)
    _, pairs = _entries(colours)
    names = [name if name is not None else say("colour_palette_number", n=i) for i, (name, _) in enumerate(pairs, 1)]
    return ColourBlindView(names, [to_rgb(value) for _, value in pairs])


# --- a typo in a tool's name -----------------------------------------------------------------
def __getattr__(name: str) -> Any:
    """``colour.shwo`` → "There is no `colour.shwo`. Did you mean `show`? ..."."""
    if name.startswith("_"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    tools = [tool for tool in __all__ if tool != "ColourError"]
    suggestion = messages.did_you_mean(name, tools)
    text = say("colour_no_such_tool", name=name, suggestion=(suggestion + " ") if suggestion else "",
               tools=", ".join(("show", "palette", "light_circles", "mixer", "mix")))
    # obj=None: the suggestion is already in the message, so the notebook's error explainer
    # (artech.errors) and Python's own "Did you mean" don't add it a second time.
    raise AttributeError(text, name=name, obj=None)
