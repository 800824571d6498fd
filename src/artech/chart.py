"""Charts from data, drawn as SVG pictures: no window, no extra package.

In a project step::

    from artech.chart import line, bars, stripes

    line(years, co2, title="CO2 in the air", x_label="year", y_label="CO2 (ppm)")
    bars(["0-19", "20-64", "65+"], [3.6, 10.6, 3.5], title="People by age", y_label="millions")
    stripes(years, anomalies, title="Warming stripes")   # one stripe per year, blue (cold) to red (warm)

Each returns a ``Chart`` that shows itself when it is the last thing in a cell. Its picture has
``role="img"``, a title, and a description that says the numbers in words (the first and last
points, the lowest and the highest), so a screen reader hears what a sighted student sees. A value
that is ``None`` (a gap in the data) is left out, and the description says how many. Every word comes
from ``messages.py``. The same data always give the same SVG text.
"""

from __future__ import annotations

import html
import math
import numbers

from . import messages
from .errors import KitError

WIDTH, HEIGHT = 640, 360
LEFT, RIGHT, TOP, BOTTOM = 70, 20, 44, 56
INK, GRID, LINE = "#1f2937", "#e5e7eb", "#1f5fa8"
MAX_POINTS = 100_000


class ChartError(KitError, ValueError):
    """Data a chart cannot draw; the message says what to try."""


def _say(key: str, **values) -> str:
    return messages.say(key, **values)


def _num(x: float) -> str:
    text = f"{x:.1f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _label(x) -> str:
    if isinstance(x, float) and x.is_integer() and abs(x) < 10000:
        x = int(x)  # a year on the axis: 1900, not 1 900 or 1900.0
    if isinstance(x, float):
        return f"{x:.2f}".rstrip("0").rstrip(".") if abs(x) < 10000 else f"{x:,.0f}".replace(",", " ")
    if isinstance(x, int) and not isinstance(x, bool) and abs(x) >= 10000:
        return f"{x:,}".replace(",", " ")
    return str(x)


def _numbers(values, what: str) -> list:
    try:
        values = list(values)
    except TypeError:
        raise ChartError(_say("chart_not_a_list", what=what, found=type(values).__name__)) from None
    if len(values) > MAX_POINTS:
        raise ChartError(_say("chart_too_many", what=what, count=len(values), most=MAX_POINTS))
    for n, v in enumerate(values):
        if v is not None and (isinstance(v, bool) or not isinstance(v, numbers.Real) or not math.isfinite(v)):
            raise ChartError(_say("chart_not_a_number", what=what, n=n + 1, found=repr(v)[:40]))
    return values


def _pairs(xs, ys) -> tuple[list, int]:
    xs, ys = _numbers(xs, "x"), _numbers(ys, "y")
    if len(xs) != len(ys):
        raise ChartError(_say("chart_lengths", x=len(xs), y=len(ys)))
    pairs = [(x, y) for x, y in zip(xs, ys) if x is not None and y is not None]
    if not pairs:
        raise ChartError(_say("chart_empty"))
    return pairs, len(xs) - len(pairs)


def _ticks(low: float, high: float, count: int = 5) -> list[float]:
    if high == low:
        return [low]
    step = 10 ** math.floor(math.log10((high - low) / count))
    for m in (1, 2, 2.5, 5, 10):
        if (high - low) / (step * m) <= count:
            step *= m
            break
    first = math.ceil(low / step) * step
    return [round(first + i * step, 10) for i in range(int((high - first) / step + 1e-9) + 1)]


class Chart:
    """A chart: ``svg`` is its picture, ``description`` its words."""

    def __init__(self, svg: str, description: str):
        self.svg = svg
        self.description = description

    def _repr_svg_(self) -> str:
        return self.svg

    def __repr__(self) -> str:
        return self.description


def _frame(title: str, description: str, body: list[str]) -> str:
    label = html.escape(title, quote=True)
    return "\n".join([
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="img" aria-label="{label}" style="max-width:100%;height:auto;font-family:sans-serif">',
        f"<title>{html.escape(title)}</title>",
        f"<desc>{html.escape(description)}</desc>",
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>',
        f'<text x="{WIDTH / 2}" y="26" text-anchor="middle" font-size="17" font-weight="bold" fill="{INK}">'
        f"{html.escape(title)}</text>",
        *body,
        "</svg>",
    ])


def _axes(xlo, xhi, ylo, yhi, x_label, y_label, x_ticks=True):
    pw, ph = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def at(x, y):
        fx = 0.5 if xhi == xlo else (x - xlo) / (xhi - xlo)
        fy = 0.5 if yhi == ylo else (y - ylo) / (yhi - ylo)
        return LEFT + fx * pw, TOP + (1 - fy) * ph

    out = []
    for t in _ticks(ylo, yhi):
        _, py = at(xlo, t)
        out.append(f'<line x1="{LEFT}" y1="{_num(py)}" x2="{WIDTH - RIGHT}" y2="{_num(py)}" stroke="{GRID}"/>')
        out.append(f'<text x="{LEFT - 6}" y="{_num(py + 4)}" text-anchor="end" font-size="12" fill="{INK}">{_label(t)}</text>')
    if x_ticks:
        for t in _ticks(xlo, xhi, 6):
            px, _ = at(t, ylo)
            out.append(f'<text x="{_num(px)}" y="{HEIGHT - BOTTOM + 18}" text-anchor="middle" font-size="12" '
                       f'fill="{INK}">{_label(t)}</text>')
    out.append(f'<line x1="{LEFT}" y1="{HEIGHT - BOTTOM}" x2="{WIDTH - RIGHT}" y2="{HEIGHT - BOTTOM}" stroke="{INK}"/>')
    out.append(f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{HEIGHT - BOTTOM}" stroke="{INK}"/>')
    if x_label:
        out.append(f'<text x="{LEFT + pw / 2}" y="{HEIGHT - 12}" text-anchor="middle" font-size="13" fill="{INK}">'
                   f"{html.escape(str(x_label))}</text>")
    if y_label:
        out.append(f'<text x="16" y="{TOP + ph / 2}" text-anchor="middle" font-size="13" fill="{INK}" '
                   f'transform="rotate(-90 16 {TOP + ph / 2})">{html.escape(str(y_label))}</text>')
    return at, out


def _gaps(missing: int) -> str:
    return " " + _say("chart_gaps", count=missing) if missing else ""


def line(xs, ys, title: str = "", x_label: str = "", y_label: str = "", colour: str = LINE) -> Chart:
    """A line through the points (x, y), in the order given: for a series over time."""
    pairs, missing = _pairs(xs, ys)
    title = str(title) or _say("chart_title_line")
    lo = min(pairs, key=lambda p: p[1])
    hi = max(pairs, key=lambda p: p[1])
    words = _say("chart_line_desc", count=len(pairs), x0=_label(pairs[0][0]), y0=_label(pairs[0][1]),
                 x1=_label(pairs[-1][0]), y1=_label(pairs[-1][1]), low=_label(lo[1]), low_x=_label(lo[0]),
                 high=_label(hi[1]), high_x=_label(hi[0])) + _gaps(missing)
    xs_, ys_ = [p[0] for p in pairs], [p[1] for p in pairs]
    at, body = _axes(min(xs_), max(xs_), min(ys_), max(ys_), x_label, y_label)
    path = " ".join(f"{'M' if i == 0 else 'L'}{_num(px)},{_num(py)}" for i, (px, py) in enumerate(at(x, y) for x, y in pairs))
    body.append(f'<path d="{path}" fill="none" stroke="{html.escape(str(colour))}" stroke-width="2" '
                'stroke-linejoin="round"/>')
    return Chart(_frame(title, words, body), words)


def bars(labels, values, title: str = "", y_label: str = "", colour: str = LINE) -> Chart:
    """One bar per label: for comparing a few groups."""
    labels = [str(x) for x in (labels if not isinstance(labels, str) else [labels])]
    values = _numbers(values, "y")
    if len(labels) != len(values):
        raise ChartError(_say("chart_lengths", x=len(labels), y=len(values)))
    if not labels:
        raise ChartError(_say("chart_empty"))
    title = str(title) or _say("chart_title_bars")
    present = [(lab, v) for lab, v in zip(labels, values) if v is not None]
    if not present:
        raise ChartError(_say("chart_empty"))
    hi = max(present, key=lambda p: p[1])
    lo = min(present, key=lambda p: p[1])
    words = _say("chart_bars_desc", count=len(labels), high_label=hi[0], high=_label(hi[1]), low_label=lo[0],
                 low=_label(lo[1])) + _gaps(len(labels) - len(present))
    top = max(0, max(v for _, v in present))
    bottom = min(0, min(v for _, v in present))
    at, body = _axes(0, len(labels), bottom, top, "", y_label, x_ticks=False)
    slot = (WIDTH - LEFT - RIGHT) / len(labels)
    for i, (lab, v) in enumerate(zip(labels, values)):
        x = LEFT + i * slot
        body.append(f'<text x="{_num(x + slot / 2)}" y="{HEIGHT - BOTTOM + 18}" text-anchor="middle" font-size="12" '
                    f'fill="{INK}">{html.escape(lab)}</text>')
        if v is None:
            continue
        _, y0 = at(0, 0)
        _, y1 = at(0, v)
        body.append(f'<rect x="{_num(x + slot * 0.15)}" y="{_num(min(y0, y1))}" width="{_num(slot * 0.7)}" '
                    f'height="{_num(abs(y1 - y0))}" fill="{html.escape(str(colour))}"/>')
    return Chart(_frame(title, words, body), words)


def _stripe_colour(f: float) -> str:
    """0 = the coldest (dark blue), 0.5 = white, 1 = the warmest (dark red)."""
    cold, mid, warm = (8, 48, 107), (255, 255, 255), (103, 0, 13)
    a, b, t = (cold, mid, f * 2) if f < 0.5 else (mid, warm, (f - 0.5) * 2)
    return "#" + "".join(f"{round(a[i] + (b[i] - a[i]) * t):02x}" for i in range(3))


def stripes(xs, values, title: str = "") -> Chart:
    """One stripe per x, coloured from blue (the lowest value) through white to red (the highest)."""
    pairs, missing = _pairs(xs, values)
    title = str(title) or _say("chart_title_stripes")
    lo = min(pairs, key=lambda p: p[1])
    hi = max(pairs, key=lambda p: p[1])
    words = _say("chart_stripes_desc", count=len(pairs), x0=_label(pairs[0][0]), x1=_label(pairs[-1][0]),
                 low=_label(lo[1]), low_x=_label(lo[0]), high=_label(hi[1]), high_x=_label(hi[0])) + _gaps(missing)
    span = max(abs(lo[1]), abs(hi[1])) or 1  # zero is white, as in the warming stripes
    w = (WIDTH - 2 * 20) / len(pairs)
    body = []
    for i, (_, v) in enumerate(pairs):
        body.append(f'<rect x="{_num(20 + i * w)}" y="{TOP}" width="{_num(w + 0.6)}" height="{HEIGHT - TOP - BOTTOM}" '
                    f'fill="{_stripe_colour(0.5 + v / span / 2)}"/>')
    body.append(f'<text x="20" y="{HEIGHT - BOTTOM + 18}" font-size="12" fill="{INK}">{_label(pairs[0][0])}</text>')
    body.append(f'<text x="{WIDTH - 20}" y="{HEIGHT - BOTTOM + 18}" text-anchor="end" font-size="12" fill="{INK}">'
                f"{_label(pairs[-1][0])}</text>")
    return Chart(_frame(title, words, body), words)
