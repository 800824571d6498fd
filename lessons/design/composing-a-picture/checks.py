"""The checks for *Composing a picture* (design-composing-a-picture).

They run in the kit, never in the student's notebook: `check("id")` loads this file fresh,
and `artech check` runs it after the student's code. They look at what was drawn (which shape is
biggest, which fill colour is the only one of its kind and how different it looks, how much of the
poster is empty), never at pixels. The feedback check looks at whether a compliment and a tip are
specific and kind, never at what they say. Every sentence goes through `_` (or `_n` for a count)."""

import re

from artech.checks import exercise, _, _n
from artech import draw as _draw
from artech.draw import Pen

_Pen = Pen  # the checks use their own names, so a student's `draw = ...` or `Pen = ...` can't break them

BIGGER = 2  # a shape stands out by size when it is at least twice as wide as every other shape
DIFFERENT = 30  # a colour stands out when it looks at least this different (delta E) from the rest
EMPTY = 0.4  # a poster keeps at least this much of its page empty


def _g(x):
    return format(x, "g")


def _pen(see, name):
    see.that(see.ns.get(name) is not _Pen, _(
        "`{name}` is `Pen` without brackets, so it is not a pen yet. "
        "Brackets make a new pen: write `{name} = Pen()`, run the cell, then check again.",
        name=see.name(name)))
    return see.value(name, _Pen)


def _on_screen(see, pen, name):
    problem = _draw.not_shown(pen, see.name(name))
    see.that(not problem, problem)


def _width(shape):
    """How wide a shape is: a circle's radius counts twice."""
    return shape.size * 2 if shape.kind == "circle" else shape.size


def _middle(shapes):
    return [s for s in shapes if abs(s.centre[0]) <= 5 and abs(s.centre[1]) <= 5]


def _inside(see, pen, name):
    out = _draw.outside(pen)
    if out:
        s = out[0]
        see.that(False, _(
            "Your {kind} at ({x}, {y}) sticks out over the edge of the poster, so part of it is cut off. "
            "Make it smaller, or move it further in.",
            kind=_kind(s), x=_g(s.centre[0]), y=_g(s.centre[1])))


def _kind(shape):
    return _("circle") if shape.kind == "circle" else _("square")


@exercise("bigger", hints=[
    _("Your eye jumps to the thing that is different. Here, make the circle in the middle different by its size."),
    _("The other circles are size 20. Make the one in the middle at least twice as big."),
    _("Write `big.circle(60)` where the ✏️ is."),
], praise=_("Your eye goes to the big circle first. That is emphasis by size."))
def bigger(see):
    pen = _pen(see, "big")
    shapes = _draw.shapes(pen)
    middle = _middle(shapes)
    see.that(middle, _(
        "There is no shape in the middle of the poster yet. "
        "The pen is already in the middle: draw a circle there, like `{name}.circle(60)`.",
        name=see.name("big")))
    star = middle[-1]
    others = [s for s in shapes if s is not star]
    most = max(_width(s) for s in others)
    see.that(_width(star) > most, _(
        "Your circle in the middle is size {size}, just like the others (or smaller). "
        "Nothing stands out yet, so your eye does not know where to look. "
        "Make the one in the middle much bigger.", size=_g(star.size)))
    see.that(_width(star) >= BIGGER * most, _(
        "Your circle in the middle is size {size}, and the others are size {other}. "
        "It is a bit bigger, but not enough to catch your eye. "
        "Make it at least twice as big: size {twice} or more.",
        size=_g(star.size), other=_g(most / 2), twice=_g(most)))
    _inside(see, pen, "big")
    _on_screen(see, pen, "big")


@exercise("odd-colour", hints=[
    _("All the circles are light blue. Give the last circle a fill colour that looks very different."),
    _("Use `fill` with a strong colour in quotes, like a dark or a bright colour. Light blue's neighbours, "
      "like \"skyblue\", look too much alike."),
    _("Write `dots.fill(\"crimson\")` where the ✏️ is."),
], praise=_("One colour is not like the others, so your eye finds it at once. That is emphasis by colour."))
def odd_colour(see):
    pen = _pen(see, "dots")
    shapes = _draw.shapes(pen)
    star = _middle(shapes)
    see.that(star and len(shapes) >= 2, _(
        "The circle in the middle of `{name}` is missing. Keep the lines under the ✏️ as they are, "
        "and run the cell again.", name=see.name("dots")))
    star = star[-1]
    others = [s for s in shapes if s is not star]
    rest = others[0].fill
    if star.fill == rest and star.colour != others[0].colour:
        see.that(False, _(
            "You changed the colour of the edge, with `colour`, so only the thin line round the circle changed. "
            "The inside is still {fill}. Use `fill` to change the colour inside, like `{name}.fill(\"crimson\")`.",
            fill=rest, name=see.name("dots")))
    see.that(star.fill != rest, _(
        "The circle in the middle is {fill}, just like the others. "
        "Nothing stands out yet. Give it another fill colour.", fill=star.fill or _("not filled")))
    see.that(star.fill is not None, _(
        "The circle in the middle has no fill now, so it is white inside, like the poster. "
        "Give it a strong colour with `fill`, like `{name}.fill(\"crimson\")`.", name=see.name("dots")))
    apart = _draw.difference(star.fill, rest)
    see.that(apart >= DIFFERENT, _(
        "Your colour \"{fill}\" looks a lot like the {rest} of the other circles, so it hardly stands out. "
        "Pick a colour that looks very different: much darker, or much brighter, like \"crimson\" or \"orange\".",
        fill=star.fill, rest=rest))
    _on_screen(see, pen, "dots")


def _stands_out(shapes):
    """The shape that stands out (by size, or by a fill colour no other shape has), or None."""
    if len(shapes) < 2:
        return None
    by_size = sorted(shapes, key=_width, reverse=True)
    if _width(by_size[0]) >= BIGGER * _width(by_size[1]):
        return by_size[0]
    fills = [s.fill for s in shapes]
    for s in shapes:
        if s.fill and fills.count(s.fill) == 1:
            if all(o.fill is None or _draw.difference(s.fill, o.fill) >= DIFFERENT for o in shapes if o is not s):
                return s
    return None


def _idea():
    idea = _Pen()
    idea.page(400, 300)
    idea.fill("lightgrey")
    idea.colour("lightgrey")
    idea.up()
    idea.jump_to(-150, -110)
    for dot in range(6):
        idea.circle(12)
        idea.forward(60)
    idea.colour("black")
    idea.fill("orange")
    idea.jump_to(60, 40)
    idea.circle(70)
    return idea


@exercise("my-poster", hints=[
    _("Start from the sun poster: copy its lines under `poster = Pen()` and `poster.page(400, 300)`, "
      "change the pen's name to `poster` everywhere, and run it. Then make it about your own topic."),
    _("Choose the one thing people must see first. Make it much bigger than the rest, or give it a colour "
      "that no other shape has. Keep the other shapes small and quiet."),
    _("Leave empty space: at most about half of the poster full of shapes. "
      "Empty space around the main thing makes it stand out even more."),
], praise=_("One thing catches the eye first, and there is room to breathe around it. That is a composition."))
def my_poster(see):
    pen = see.made("poster", kind=_Pen)
    see.that(pen != _idea(), _(
        "Your poster is exactly the sun poster from the example. "
        "This poster is yours, so make it different: your own topic, your own shapes and colours. "
        "Then run the cell and check again."))
    see.that(not _draw.stopped(pen), _(
        "Your pen stopped itself, because its loop never ended. "
        "Give your loop a number, like `for dot in range(6):`, run the cell, then check again."))
    shapes = _draw.shapes(pen)
    see.that(len(shapes) >= 3, _n(
        "Your poster has {n} shape. To make one thing stand out, it needs others to stand out from: "
        "draw at least 3 circles or squares.",
        "Your poster has {n} shapes. To make one thing stand out, it needs others to stand out from: "
        "draw at least 3 circles or squares.",
        len(shapes), n=len(shapes)))
    see.that(_draw.page(pen) is not None, _(
        "Your poster has no page. Keep the line `{name}.page(400, 300)` at the top of the cell.",
        name=see.name("poster")))
    _inside(see, pen, "poster")
    see.that(_stands_out(shapes) is not None, _(
        "Nothing on your poster stands out yet: no shape is much bigger than the others, "
        "and no shape has a colour of its own. Choose the one thing people must see first. "
        "Make it at least twice as wide as the rest, or give it a strong colour that no other shape has."))
    full = _draw.covered(pen)
    see.that(full <= 1 - EMPTY, _(
        "Your shapes cover about {percent}% of the poster, so there is little empty space left. "
        "Empty space helps the eye find the main thing. Make some shapes smaller, or take some away, "
        "so that at most about {most}% is full.", percent=round(full * 100), most=round((1 - EMPTY) * 100)))
    _on_screen(see, pen, "poster")


# Feedback: specific (it names something you can see) and kind (no unkind words); a tip says what to try.
_SEEN = set("""
circle circles square squares line lines dot dots shape shapes colour colours color colors size big bigger biggest
small smaller smallest large tiny left right middle centre center top bottom corner corners edge edges space empty
background bright dark light thick thin round
cirkel cirkels rondje rondjes vierkant vierkanten lijn lijnen stip stippen vorm vormen kleur kleuren grootte groot
groter grootste klein kleiner kleinste links rechts midden boven onder bovenaan onderaan hoek hoeken rand randen
ruimte leeg lege achtergrond felle fel donker donkere licht lichte dik dikke dun dunne rond
""".split()) | set(_draw.COLOURS) | set(_draw.COLOURS_NL)
_UNKIND = set("""
ugly stupid dumb bad boring rubbish terrible awful hate hated horrible worst lame trash
lelijk lelijke stom stomme dom domme slecht slechte saai saaie waardeloos waardeloze suf suffe vreselijk
verschrikkelijk haat rot rotte
""".split())
_TRY = re.compile(r"\b(try|could|maybe|perhaps|what if|how about|would|might|make|move|add|use|put|give|change|"
                  r"take|probeer|kun|kan|zou|misschien|wat als|maak|zet|gebruik|voeg|geef|verander|haal)\b")


def _words(text):
    return re.findall(r"[a-zà-ÿ]+", text.lower())


def _feedback_text(see, name):
    text = see.value(name, str).strip()
    words = _words(text)
    see.that(len(words) >= 4, _n(
        "Your `{name}` has {n} word: \"{said}\". That is too short to help your classmate. "
        "Write a whole sentence that says what you mean.",
        "Your `{name}` has {n} words: \"{said}\". That is too short to help your classmate. "
        "Write a whole sentence that says what you mean.",
        len(words), n=len(words), name=see.name(name), said=text))
    unkind = [w for w in words if w in _UNKIND]
    see.that(not unkind, _(
        "Your `{name}` uses the word \"{word}\". That can hurt, and it does not say what to change. "
        "Say what you see, and what could be better, in kind words.",
        name=see.name(name), word=unkind[0] if unkind else ""))
    text_words = set(words) | {" ".join(pair) for pair in zip(words, words[1:])}
    see.that(text_words & _SEEN, _(
        "Your `{name}` is kind, but not specific yet: \"{said}\". "
        "Name something you can see on the poster: a shape, a colour, a size or a place. "
        "Like \"the big orange circle\" or \"the empty space on the left\".",
        name=see.name(name), said=text))
    return text


@exercise("feedback", hints=[
    _("Look at your classmate's poster for a minute. What do you see first? What do you like about it?"),
    _("A good compliment says what you like and where you see it: "
      "\"The big red circle in the middle catches my eye first.\""),
    _("A good tip says what to try: \"Maybe you could make the grey squares smaller, so the red circle has more space.\""),
], praise=_("Specific and kind: your classmate knows what works, and what to try next. Now tell them!"))
def feedback(see):
    compliment = _feedback_text(see, "compliment")
    tip = _feedback_text(see, "tip")
    see.that(tip.lower() != compliment.lower(), _(
        "Your `{tip}` says the same as your `{compliment}`. "
        "A compliment says what works; a tip says what to try next. Write two different sentences.",
        tip=see.name("tip"), compliment=see.name("compliment")))
    see.that(_TRY.search(tip.lower()), _(
        "Your `{name}` says what you see: \"{said}\". A tip also says what your classmate could try. "
        "Start with words like \"Maybe you could ...\" or \"Try ...\".",
        name=see.name("tip"), said=tip))
