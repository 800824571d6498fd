"""Pictures for a tiny learner: the examples it knows as a scatter plot, and its mistakes as a table.

In a lesson::

    from artech.learn import scatter, confusion

    scatter(points, species, new=(200, 45), x_label="flipper (mm)", y_label="bill (mm)")
    scatter(points, species, new=(200, 45), nearest=3)    # lines to the 3 nearest known points
    confusion(true_species, guesses)                       # what each example is, against what was guessed

The learner itself (the distance between two points, the nearest example, the vote) is the
student's own code: these tools only show what it knows and how it did.

``scatter`` draws both axes to the **same scale** by default, so a distance you see is the distance
the learner measures. Each label gets a colour *and* a shape (meaning never rests on a colour alone),
and the picture has ``role="img"``, a title and a description in words for a screen reader.
``confusion`` gives a ``Table`` with a count for every pair (true, guessed); the right answers are on
the diagonal, in bold. Every word comes from ``messages.py``; the same data always give the same SVG.
"""

from __future__ import annotations

import html
import math
import numbers
from collections import Counter

from . import messages
from .errors import KitError

WIDTH = 640
LEFT, RIGHT, TOP, BOTTOM = 64, 24, 70, 58
INK, GRID = "#1f2937", "#e5e7eb"
# Okabe-Ito colours (readable for most kinds of colour blindness), each with its own shape.
COLOURS = ["#E69F00", "#0072B2", "#009E73", "#CC79A7", "#D55E00", "#56B4E9"]
SHAPES = ["circle", "square", "triangle", "diamond", "circle", "square"]
MAX_POINTS = 5000


class LearnError(KitError, ValueError):
    """Points, labels or guesses the learner's pictures cannot use; the message says what to try."""


def _say(key: str, **values) -> str:
    return messages.say(key, **values)


def _num(x: float) -> str:
    text = f"{x:.1f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _label(x) -> str:
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    if isinstance(x, float):
        return f"{x:.2f}".rstrip("0").rstrip(".")
    return str(x)


def _is_number(x) -> bool:
    return isinstance(x, numbers.Real) and not isinstance(x, bool) and math.isfinite(x)


def _found(value) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _not_a_list(which: str, found: str) -> str:
    """The message for ``which`` list ("points", "labels", "true", "guessed") that is not a list."""
    if which == "points":
        return _say("learn_points_not_a_list", found=found)
    if which == "labels":
        return _say("learn_labels_not_a_list", found=found)
    if which == "true":
        return _say("learn_true_not_a_list", found=found)
    return _say("learn_guessed_not_a_list", found=found)


def _list(values, which: str) -> list:
    """``values`` as a list; LearnError, said for ``which`` list it is, when it is not a list of things."""
    if values is Ellipsis:
        raise LearnError(_say("learn_blank"))
    if isinstance(values, (str, bytes, dict)) or not hasattr(values, "__iter__"):
        raise LearnError(_not_a_list(which, messages.kind_name(values)))
    return list(values)


def _point(value, n: int | None = None) -> tuple[float, float]:
    """A point (across, up) as two floats; ``n`` is its place in the list (None: the new point)."""
    if value is Ellipsis:
        raise LearnError(_say("learn_blank"))
    ok = (isinstance(value, (tuple, list)) and len(value) == 2 and all(_is_number(v) for v in value))
    if not ok:
        if n is None:
            raise LearnError(_say("learn_new_not_a_point", found=_found(value)))
        raise LearnError(_say("learn_not_a_point", n=n, found=_found(value)))
    return float(value[0]), float(value[1])


def _points(points, labels) -> tuple[list[tuple[float, float]], list[str]]:
    pts = _list(points, "points")
    labs = _list(labels, "labels")
    if not pts:
        raise LearnError(_say("learn_empty"))
    if len(pts) > MAX_POINTS:
        raise LearnError(_say("learn_too_many", count=len(pts), most=MAX_POINTS))
    if len(pts) != len(labs):
        raise LearnError(_say("learn_lengths", points=len(pts), labels=len(labs)))
    return [_point(p, i + 1) for i, p in enumerate(pts)], [str(x) for x in labs]


def _ticks(low: float, high: float, count: int = 6) -> list[float]:
    span = high - low
    if span <= 0:
        return [low]
    raw = span / count / 1.5  # nice steps a little smaller than span / count: enough lines to read a point off
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    first = math.ceil(low / step) * step
    return [round(first + i * step, 10) for i in range(int((high - first) / step + 1e-9) + 1)]


def _marker(shape: str, x: float, y: float, fill: str, r: float = 5.0, edge: str = "white") -> str:
    common = f'fill="{fill}" stroke="{edge}" stroke-width="1"'
    if shape == "square":
        s = r * 0.9
        return f'<rect x="{_num(x - s)}" y="{_num(y - s)}" width="{_num(2 * s)}" height="{_num(2 * s)}" {common}/>'
    if shape == "triangle":
        h = r * 1.2
        pts = f"{_num(x)},{_num(y - h)} {_num(x - h)},{_num(y + h * 0.8)} {_num(x + h)},{_num(y + h * 0.8)}"
        return f'<polygon points="{pts}" {common}/>'
    if shape == "diamond":
        h = r * 1.25
        pts = f"{_num(x)},{_num(y - h)} {_num(x + h)},{_num(y)} {_num(x)},{_num(y + h)} {_num(x - h)},{_num(y)}"
        return f'<polygon points="{pts}" {common}/>'
    return f'<circle cx="{_num(x)}" cy="{_num(y)}" r="{_num(r)}" {common}/>'


def _star(x: float, y: float, r: float = 11.0) -> str:
    pts = []
    for i in range(10):
        a = math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.45
        pts.append(f"{_num(x + rr * math.cos(a))},{_num(y - rr * math.sin(a))}")
    return f'<polygon points="{" ".join(pts)}" fill="{INK}" stroke="white" stroke-width="1.5"/>'


def _distance(a, b) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


class Picture:
    """A scatter plot: ``svg`` is its picture, ``description`` its words (also its text form)."""

    def __init__(self, svg: str, description: str, groups: dict[str, int], new, nearest: list[int]):
        self.svg = svg
        self.description = description
        self.groups = groups      # label -> how many points
        self.new = new            # the new point, or None
        self.nearest = nearest    # indexes of the points joined to the new one, nearest first

    def _repr_svg_(self) -> str:
        return self.svg

    def __repr__(self) -> str:
        return self.description


def scatter(points, labels, new=None, nearest: int = 0, title: str = "", x_label: str = "",
            y_label: str = "", same_scale: bool = True) -> Picture:
    """Every point (across, up) as a marker of its label's colour and shape; ``new`` as a black star.

    ``nearest=3`` joins the new point to its 3 nearest points with thin lines (straight-line distance).
    ``same_scale`` keeps one step across as long as one step up, so distances look as they are."""
    pts, labs = _points(points, labels)
    star = _point(new) if new is not None else None
    if isinstance(nearest, bool) or not isinstance(nearest, int) or nearest < 0:
        raise LearnError(_say("learn_bad_nearest", found=_found(nearest)))
    if nearest and star is None:
        raise LearnError(_say("learn_nearest_without_new"))
    groups = list(dict.fromkeys(sorted(set(labs))))
    style = {g: (COLOURS[i % len(COLOURS)], SHAPES[i % len(SHAPES)]) for i, g in enumerate(groups)}

    every = pts + ([star] if star else [])
    xlo, xhi = min(p[0] for p in every), max(p[0] for p in every)
    ylo, yhi = min(p[1] for p in every), max(p[1] for p in every)
    padx, pady = max((xhi - xlo) * 0.04, 0.5), max((yhi - ylo) * 0.06, 0.5)
    xlo, xhi, ylo, yhi = xlo - padx, xhi + padx, ylo - pady, yhi + pady
    pw = WIDTH - LEFT - RIGHT
    sx = pw / (xhi - xlo)
    sy = sx if same_scale else 300.0 / (yhi - ylo)
    if (yhi - ylo) * sy > 420:  # too tall: fit the height, and keep the same scale across
        sy = 420 / (yhi - ylo)
        sx = sy if same_scale else sx
    ph, pw_used = (yhi - ylo) * sy, (xhi - xlo) * sx
    height = TOP + ph + BOTTOM

    def at(x, y):
        return LEFT + (x - xlo) * sx, TOP + (yhi - y) * sy

    body = []
    for t in _ticks(ylo, yhi, max(3, int(ph / 45))):
        _, py = at(xlo, t)
        body.append(f'<line x1="{LEFT}" y1="{_num(py)}" x2="{_num(LEFT + pw_used)}" y2="{_num(py)}" stroke="{GRID}"/>')
        body.append(f'<text x="{LEFT - 6}" y="{_num(py + 4)}" text-anchor="end" font-size="12" fill="{INK}">'
                    f'{_label(t)}</text>')
    for t in _ticks(xlo, xhi, max(3, int(pw_used / 80))):
        px, _ = at(t, ylo)
        body.append(f'<line x1="{_num(px)}" y1="{TOP}" x2="{_num(px)}" y2="{_num(TOP + ph)}" stroke="{GRID}"/>')
        body.append(f'<text x="{_num(px)}" y="{_num(TOP + ph + 18)}" text-anchor="middle" font-size="12" '
                    f'fill="{INK}">{_label(t)}</text>')
    body.append(f'<rect x="{LEFT}" y="{TOP}" width="{_num(pw_used)}" height="{_num(ph)}" fill="none" stroke="{INK}"/>')
    if x_label:
        body.append(f'<text x="{_num(LEFT + pw_used / 2)}" y="{_num(TOP + ph + 42)}" text-anchor="middle" '
                    f'font-size="13" fill="{INK}">{html.escape(str(x_label))}</text>')
    if y_label:
        mid = TOP + ph / 2
        body.append(f'<text x="16" y="{_num(mid)}" text-anchor="middle" font-size="13" fill="{INK}" '
                    f'transform="rotate(-90 16 {_num(mid)})">{html.escape(str(y_label))}</text>')

    near: list[int] = []
    if nearest and star:
        near = sorted(range(len(pts)), key=lambda i: (_distance(star, pts[i]), i))[:nearest]
        sx0, sy0 = at(*star)
        for i in near:
            px, py = at(*pts[i])
            body.append(f'<line x1="{_num(sx0)}" y1="{_num(sy0)}" x2="{_num(px)}" y2="{_num(py)}" '
                        f'stroke="{INK}" stroke-width="1.5" stroke-dasharray="4 3"/>')
    for (x, y), lab in zip(pts, labs):
        fill, shape = style[lab]
        px, py = at(x, y)
        body.append(_marker(shape, px, py, fill))
    for i in near:  # the joined points drawn again on top, with a dark edge, so they stand out
        fill, shape = style[labs[i]]
        px, py = at(*pts[i])
        body.append(_marker(shape, px, py, fill, r=6.5, edge=INK))
    if star:
        body.append(_star(*at(*star)))

    # The legend, in one row under the title: a marker and a label (with its count) for each group.
    counts = Counter(labs)
    lx, ly = LEFT, 50
    for g in groups:
        fill, shape = style[g]
        body.append(_marker(shape, lx + 6, ly - 4, fill, r=6))
        text = f"{g} ({counts[g]})"
        body.append(f'<text x="{lx + 16}" y="{ly}" font-size="13" fill="{INK}">{html.escape(text)}</text>')
        lx += 30 + 7.5 * len(text)
    if star:
        body.append(_star(lx + 8, ly - 4, r=8))
        body.append(f'<text x="{lx + 20}" y="{ly}" font-size="13" fill="{INK}">'
                    f'{html.escape(_say("learn_new_point"))}</text>')

    shape_words = {"circle": _say("learn_shape_circle"), "square": _say("learn_shape_square"),
                   "triangle": _say("learn_shape_triangle"), "diamond": _say("learn_shape_diamond")}
    parts = [_say("learn_group", label=g, count=counts[g], shape=shape_words[style[g][1]]) for g in groups]
    words = _say("learn_scatter_desc", count=len(pts), groups="; ".join(parts),
                 x_label=x_label or _say("learn_across"), x0=_label(min(p[0] for p in pts)),
                 x1=_label(max(p[0] for p in pts)), y_label=y_label or _say("learn_up"),
                 y0=_label(min(p[1] for p in pts)), y1=_label(max(p[1] for p in pts)))
    if star:
        words += " " + _say("learn_new_desc", x=_label(star[0]), y=_label(star[1]))
    if near:
        words += " " + _say("learn_nearest_desc", count=len(near), labels=", ".join(labs[i] for i in near))
    title = str(title) or _say("learn_title_scatter")
    label = html.escape(title, quote=True)
    svg = "\n".join([
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{_num(height)}" '
        f'viewBox="0 0 {WIDTH} {_num(height)}" role="img" aria-label="{label}" '
        'style="max-width:100%;height:auto;font-family:sans-serif">',
        f"<title>{html.escape(title)}</title>",
        f"<desc>{html.escape(words)}</desc>",
        f'<rect width="{WIDTH}" height="{_num(height)}" fill="white"/>',
        f'<text x="{WIDTH / 2}" y="24" text-anchor="middle" font-size="17" font-weight="bold" fill="{INK}">'
        f"{html.escape(title)}</text>",
        *body,
        "</svg>",
    ])
    return Picture(svg, words, dict(sorted(counts.items())), star, near)


class Table:
    """A confusion table: ``counts[(true, guessed)]``, ``right`` of ``total``, and the table as HTML and text."""

    def __init__(self, labels: list[str], counts: Counter, title: str):
        self.labels = labels
        self.counts = counts
        self.title = title
        self.total = sum(counts.values())
        self.right = sum(n for (t, g), n in counts.items() if t == g)

    def mistakes(self) -> dict[tuple[str, str], int]:
        """Every (true, guessed) pair that is wrong, with how often: the biggest first."""
        wrong = [(pair, n) for pair, n in self.counts.items() if pair[0] != pair[1] and n]
        return dict(sorted(wrong, key=lambda item: (-item[1], item[0])))

    def _summary(self) -> str:
        return _say("learn_right_of", right=self.right, total=self.total)

    def __repr__(self) -> str:
        head = [_say("learn_true_vs_guessed")] + self.labels
        rows = [[t] + [str(self.counts.get((t, g), 0)) for g in self.labels] for t in self.labels]
        widths = [max(len(r[i]) for r in [head] + rows) for i in range(len(head))]
        line = lambda r: "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths)))
        return "\n".join([self.title, line(head), *map(line, rows), self._summary()])

    def _repr_html_(self) -> str:
        e = html.escape
        cell = "border:1px solid #9ca3af;padding:.3em .8em;text-align:right"
        out = ['<figure class="artech-confusion" style="font-family:sans-serif;margin:.5em 0">',
               f'<table style="border-collapse:collapse"><caption style="font-weight:bold;text-align:left;'
               f'padding-bottom:.3em">{e(self.title)}</caption>',
               f'<tr><th style="{cell};text-align:left">{e(_say("learn_true_vs_guessed"))}</th>']
        out += [f'<th scope="col" style="{cell}">{e(g)}</th>' for g in self.labels]
        out.append("</tr>")
        for t in self.labels:
            out.append(f'<tr><th scope="row" style="{cell};text-align:left">{e(t)}</th>')
            for g in self.labels:
                n = self.counts.get((t, g), 0)
                if t == g:
                    out.append(f'<td style="{cell};font-weight:bold;background:#dcfce7">{n}</td>')
                else:
                    out.append(f'<td style="{cell};{"background:#fee2e2" if n else "color:#6b7280"}">{n}</td>')
            out.append("</tr>")
        out.append(f'</table><figcaption style="margin-top:.4em">{e(self._summary())} '
                   f'{e(_say("learn_how_to_read"))}</figcaption></figure>')
        return "".join(out)


def confusion(true, guessed, title: str = "") -> Table:
    """Count each pair (what an example really is, what was guessed for it): one row per true label."""
    truth = [str(x) for x in _list(true, "true")]
    guesses = _list(guessed, "guessed")
    if not truth:
        raise LearnError(_say("learn_confusion_empty"))
    if len(truth) != len(guesses):
        raise LearnError(_say("learn_confusion_lengths", true=len(truth), guessed=len(guesses)))
    for n, g in enumerate(guesses, 1):
        if g is None or g is Ellipsis:
            raise LearnError(_say("learn_guess_missing", n=n, found=_found(g)))
    guesses = [str(g) for g in guesses]
    labels = sorted(set(truth)) + sorted(set(guesses) - set(truth))
    return Table(labels, Counter(zip(truth, guesses)), str(title) or _say("learn_title_confusion"))
