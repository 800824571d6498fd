"""Charts from data, drawn as SVG pictures: no window, no extra package.

In a project step::

    from artech.chart import line, bars, stripes

    line(years, co2, title="CO2 in the air", x_label="year", y_label="CO2 (ppm)")
    bars(["0-19", "20-64", "65+"], [3.6, 10.6, 3.5], title="People by age", y_label="millions")
    bars(regions, counts, wrap=True)      # long labels on two lines
    stripes(years, anomalies, title="Warming stripes")   # one stripe per year, blue (cold) to red (warm)
    parts(["0-19", "20-64", "65+"], [3.8, 10.4, 3.4], title="People by age")  # one bar cut into parts

``line`` and ``bars`` take ``y_from=`` and ``y_to=``, where the y-axis starts and ends (a bar chart
starts at 0 unless you say otherwise; a line chart at its lowest point), and every chart takes
``source=``, a line under the chart that says where the numbers come from, and ``caption=``, a
sentence or two under the chart that tell the reader what to see (at most four lines).

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
INK, GRID, LINE, SOFT = "#1f2937", "#e5e7eb", "#1f5fa8", "#4b5563"
SOURCE_ROOM = 22  # the source line goes under the chart, in extra room: a chart without one is unchanged
CAPTION_LINE, CAPTION_WIDTH, CAPTION_LINES = 20, 76, 4  # a caption: up to 4 lines of about 76 characters
# Okabe-Ito colours: told apart by most colour-blind readers too
PARTS = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000")
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


def _axis_end(value, what: str):
    """``y_from`` or ``y_to``: None (the chart chooses) or a number."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value):
        raise ChartError(_say("chart_axis_not_a_number", what=what, found=repr(value)[:40]))
    return value


def _axis(low, high, y_from, y_to, values):
    """Where the y-axis starts and ends, and the words that say so when the student chose it."""
    y_from, y_to = _axis_end(y_from, "y_from"), _axis_end(y_to, "y_to")
    low = low if y_from is None else y_from
    high = high if y_to is None else y_to
    if y_from is not None and y_from >= max(values):
        raise ChartError(_say("chart_axis_above", start=_label(y_from), high=_label(max(values))))
    if high <= low and (y_from is not None or y_to is not None):
        raise ChartError(_say("chart_axis_order", start=_label(low), end=_label(high)))
    said = "" if y_from is None and y_to is None else " " + _say("chart_axis_desc", low=_label(low), high=_label(high))
    return low, high, said


def _source(source) -> str:
    return "" if source is None else str(source).strip()


def _caption(caption) -> tuple[str, list[str]]:
    """The caption's text, and its lines as they fit under the chart."""
    text = "" if caption is None else " ".join(str(caption).split())
    rows: list[str] = []
    for word in text.split(" ") if text else []:
        if rows and len(rows[-1]) + 1 + len(word) <= CAPTION_WIDTH:
            rows[-1] += " " + word
        else:
            rows.append(word)
    if len(rows) > CAPTION_LINES:
        raise ChartError(_say("chart_caption_long", words=len(text.split()), most=CAPTION_LINES))
    return text, rows


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
    """A chart: ``svg`` is its picture, ``description`` its words, and the rest what it shows."""

    def __init__(self, svg: str, description: str, kind: str = "", title: str = "", xs=(), ys=(),
                 labels=None, y_range=None, source: str = "", x_label: str = "", y_label: str = "",
                 caption: str = ""):
        self.svg = svg
        self.description = description
        self.kind = kind
        self.title = title
        self.xs = list(xs)
        self.ys = list(ys)
        self.labels = None if labels is None else list(labels)
        self.y_range = y_range
        self.source = source
        self.x_label = x_label
        self.y_label = y_label
        self.caption = caption

    @property
    def count(self) -> int:
        """How many points, bars, stripes or parts the chart draws."""
        return len(self.ys)

    def save(self, path) -> None:
        """Write the picture to an .svg file."""
        from pathlib import Path

        Path(path).write_text(self.svg + "\n", encoding="utf-8")

    def _repr_svg_(self) -> str:
        return self.svg

    def __repr__(self) -> str:
        return self.description


def _frame(title: str, description: str, body: list[str], source: str = "", height: int = HEIGHT,
           caption: list[str] = ()) -> str:
    label = html.escape(title, quote=True)
    said = [description, _say("chart_caption_said", caption=" ".join(caption)) if caption else "",
            _say("chart_source", source=source) if source else ""]
    description = " ".join(x for x in said if x)  # a screen reader hears the caption and the source too
    if caption:
        body = [*body, *(f'<text x="{LEFT}" y="{height + 8 + i * CAPTION_LINE}" font-size="14" fill="{INK}">'
                         f'{html.escape(row)}</text>' for i, row in enumerate(caption))]
        height += len(caption) * CAPTION_LINE + 4
    if source:
        body = [*body, f'<text x="{LEFT}" y="{height + 8}" font-size="12" fill="{SOFT}">'
                       f'{html.escape(_say("chart_source", source=source))}</text>']
    height += SOURCE_ROOM if source else 0
    return "\n".join([
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" '
        f'role="img" aria-label="{label}" style="max-width:100%;height:auto;font-family:sans-serif">',
        f"<title>{html.escape(title)}</title>",
        f"<desc>{html.escape(description)}</desc>",
        f'<rect width="{WIDTH}" height="{height}" fill="white"/>',
        f'<text x="{WIDTH / 2}" y="26" text-anchor="middle" font-size="17" font-weight="bold" fill="{INK}">'
        f"{html.escape(title)}</text>",
        *body,
        "</svg>",
    ])


def _axes(xlo, xhi, ylo, yhi, x_label, y_label, x_ticks=True, whole_x=False):
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
            if whole_x and t != int(t):
                continue  # years are whole numbers: no 2002.5 on the axis
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


def line(xs, ys, title: str = "", x_label: str = "", y_label: str = "", colour: str = LINE,
         y_from=None, y_to=None, source: str = "", caption: str = "") -> Chart:
    """A line through the points (x, y), in the order given: for a series over time.

    The y-axis goes from the lowest to the highest point, unless ``y_from`` or ``y_to`` say where."""
    pairs, missing = _pairs(xs, ys)
    title = str(title) or _say("chart_title_line")
    lo = min(pairs, key=lambda p: p[1])
    hi = max(pairs, key=lambda p: p[1])
    words = _say("chart_line_desc", count=len(pairs), x0=_label(pairs[0][0]), y0=_label(pairs[0][1]),
                 x1=_label(pairs[-1][0]), y1=_label(pairs[-1][1]), low=_label(lo[1]), low_x=_label(lo[0]),
                 high=_label(hi[1]), high_x=_label(hi[0])) + _gaps(missing)
    xs_, ys_ = [p[0] for p in pairs], [p[1] for p in pairs]
    low, high, said = _axis(min(ys_), max(ys_), y_from, y_to, ys_)
    words += said
    source = _source(source)
    caption, rows = _caption(caption)
    whole = all(isinstance(x, numbers.Integral) for x in xs_)
    at, body = _axes(min(xs_), max(xs_), low, high, x_label, y_label, whole_x=whole)
    path = " ".join(f"{'M' if i == 0 else 'L'}{_num(px)},{_num(py)}"
                    for i, (px, py) in enumerate(at(x, min(max(y, low), high)) for x, y in pairs))
    body.append(f'<path d="{path}" fill="none" stroke="{html.escape(str(colour))}" stroke-width="2" '
                'stroke-linejoin="round"/>')
    return Chart(_frame(title, words, body, source, caption=rows), words, kind="line", title=title, xs=xs_, ys=ys_,
                 y_range=(low, high), source=source, x_label=str(x_label), y_label=str(y_label), caption=caption)


CHAR_WIDTH = 0.6  # about how wide one character is, as a part of the font size (for fitting a bar's label)


def _bar_label(label: str, middle: float, slot: float, wrap: bool = False) -> str:
    """A bar's label under its bar: on one line when it fits, else on two lines, split at a space,
    and smaller still when the longest line is too wide (so six long names never run into each other)."""
    room = slot * 0.96
    y = HEIGHT - BOTTOM + 18
    if not wrap or len(label) * 12 * CHAR_WIDTH <= room:
        return (f'<text x="{_num(middle)}" y="{y}" text-anchor="middle" font-size="12" '
                f'fill="{INK}">{html.escape(label)}</text>')
    words = label.split()
    lines = [label]
    if len(words) > 1:  # the split that makes the longer line as short as it can be
        cuts = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
        lines = list(min(cuts, key=lambda c: max(len(c[0]), len(c[1]))))
    longest = max(len(line) for line in lines)
    size = max(8, min(12, int(room / (longest * CHAR_WIDTH))))
    spans = "".join(f'<tspan x="{_num(middle)}" dy="{0 if i == 0 else size + 2}">{html.escape(line)}</tspan>'
                    for i, line in enumerate(lines))
    return f'<text x="{_num(middle)}" y="{y}" text-anchor="middle" font-size="{size}" fill="{INK}">{spans}</text>'


def bars(labels, values, title: str = "", y_label: str = "", colour: str = LINE,
         y_from=None, y_to=None, source: str = "", caption: str = "", wrap: bool = False) -> Chart:
    """One bar per label: for comparing a few groups.

    The y-axis starts at 0, unless ``y_from`` says where (then every bar starts there too).
    ``wrap=True`` puts a label that is too wide for its bar on two lines (and smaller when it must),
    so long names like "Middle East & North Africa" do not run into each other."""
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
    bottom, top, said = _axis(bottom, top, y_from, y_to, [v for _, v in present])
    words += said
    source = _source(source)
    caption, rows = _caption(caption)
    base = min(max(0, bottom), top)  # where a bar starts: 0, or the bottom of the axis when that is above 0
    at, body = _axes(0, len(labels), bottom, top, "", y_label, x_ticks=False)
    slot = (WIDTH - LEFT - RIGHT) / len(labels)
    for i, (lab, v) in enumerate(zip(labels, values)):
        x = LEFT + i * slot
        body.append(_bar_label(lab, x + slot / 2, slot, wrap))
        if v is None:
            continue
        _, y0 = at(0, base)
        _, y1 = at(0, min(max(v, bottom), top))
        body.append(f'<rect x="{_num(x + slot * 0.15)}" y="{_num(min(y0, y1))}" width="{_num(slot * 0.7)}" '
                    f'height="{_num(abs(y1 - y0))}" fill="{html.escape(str(colour))}"/>')
    return Chart(_frame(title, words, body, source, caption=rows), words, kind="bars", title=title, xs=labels,
                 ys=values, labels=labels, y_range=(bottom, top), source=source, y_label=str(y_label), caption=caption)


def _stripe_colour(f: float) -> str:
    """0 = the coldest (dark blue), 0.5 = white, 1 = the warmest (dark red)."""
    cold, mid, warm = (8, 48, 107), (255, 255, 255), (103, 0, 13)
    a, b, t = (cold, mid, f * 2) if f < 0.5 else (mid, warm, (f - 0.5) * 2)
    return "#" + "".join(f"{round(a[i] + (b[i] - a[i]) * t):02x}" for i in range(3))


def stripes(xs, values, title: str = "", source: str = "", caption: str = "") -> Chart:
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
    source = _source(source)
    caption, rows = _caption(caption)
    return Chart(_frame(title, words, body, source, caption=rows), words, kind="stripes", title=title,
                 xs=[p[0] for p in pairs], ys=[p[1] for p in pairs], source=source, caption=caption)


def parts(labels, values, title: str = "", source: str = "", caption: str = "") -> Chart:
    """One long bar cut into parts, one per label, each as wide as its share of the whole: for parts of
    a whole. Under it, each part's label and its share in percent."""
    labels = [str(x) for x in (labels if not isinstance(labels, str) else [labels])]
    values = _numbers(values, "y")
    if len(labels) != len(values):
        raise ChartError(_say("chart_lengths", x=len(labels), y=len(values)))
    if not labels:
        raise ChartError(_say("chart_empty"))
    if len(labels) > len(PARTS):
        raise ChartError(_say("chart_parts_too_many", count=len(labels), most=len(PARTS)))
    for lab, v in zip(labels, values):
        if v is None or v < 0:
            raise ChartError(_say("chart_parts_negative", label=lab, found=repr(v)[:40]))
    whole = sum(values)
    if whole <= 0:
        raise ChartError(_say("chart_parts_zero"))
    title = str(title) or _say("chart_title_parts")
    shares = [v / whole * 100 for v in values]
    big = max(range(len(labels)), key=lambda i: values[i])
    words = _say("chart_parts_desc", count=len(labels), label=labels[big], share=_num(shares[big]),
                 all=", ".join(_say("chart_part", label=lab, share=_num(p)) for lab, p in zip(labels, shares)))
    left, width, top, tall = LEFT, WIDTH - LEFT - RIGHT, TOP + 20, 70
    body, x = [], left
    for i, (lab, p) in enumerate(zip(labels, shares)):
        w = width * p / 100
        body.append(f'<rect x="{_num(x)}" y="{top}" width="{_num(w)}" height="{tall}" fill="{PARTS[i]}" '
                    'stroke="white" stroke-width="2"/>')
        if w > 46:
            ink = "white" if PARTS[i] in ("#0072b2", "#009e73", "#d55e00", "#000000") else INK
            body.append(f'<text x="{_num(x + w / 2)}" y="{top + tall / 2 + 5}" text-anchor="middle" font-size="14" '
                        f'font-weight="bold" fill="{ink}">{_num(p)}%</text>')
        x += w
    for i, (lab, p) in enumerate(zip(labels, shares)):
        row = top + tall + 30 + i * 24
        body.append(f'<rect x="{left}" y="{row - 12}" width="14" height="14" fill="{PARTS[i]}"/>')
        body.append(f'<text x="{left + 22}" y="{row}" font-size="13" fill="{INK}">'
                    f'{html.escape(_say("chart_part", label=lab, share=_num(p)))}</text>')
    source = _source(source)
    caption, rows = _caption(caption)
    height = top + tall + 30 + len(labels) * 24
    return Chart(_frame(title, words, body, source, height, rows), words, kind="parts", title=title, xs=labels,
                 ys=values, labels=labels, source=source, caption=caption)
