"""The checks for *Mixing colours with light* (design-mixing-colours).

They run in the kit, never in the student's notebook: `check("id")` loads this file fresh,
and `artech check` runs it after the student's code. The hints and praise live here too,
so a student copy holds no answers. Every sentence a student reads goes through `_`, so it is
translated with `checks.<lang>.po`; the student's names are read by their English name (the kit
finds the edition's own name, like `rood` for `red` in Dutch)."""

from artech.checks import exercise, _, _n
from artech import colour as _colour  # the checks' own name: a student's `colour = (...)` can't break them


def _made(c):
    """A colour in words for a message: 'yellow (255, 255, 0)', or just the numbers."""
    name = _colour.name_of(c)
    return _("{name} {numbers}", name=name, numbers=c) if name else str(c)


def _tools(see):
    """A student who made a name `colour` has hidden the colour tools: say so, and how to get them back."""
    see.that(see.ns.get("colour") is _colour,
             _("You made a name called `colour`, so Python forgot the colour tools, and `colour.show` stops "
               "working. Give your colour another name, like `my_colour`. Then run the \"Get ready\" cell again "
               "(it brings the tools back), run your cells again, and check again."))


def _same(see, name, expected, why):
    """The student's colour `name` must be `expected`; if not, say which colour they made."""
    _tools(see)
    c = _colour.see_colour(see, name)  # not a colour at all? the same kind message that show() gives
    if c != expected and 100 in c and 255 not in c:
        see.that(False, _("Your `{name}` uses 100 for a light that is full on. "
                          "Light numbers don't stop at 100 like percent: the brightest is 255. "
                          "Change each 100 to 255.", name=see.name(name)))
    see.that(c == expected, _("Your `{name}` makes {made}. {why}", name=see.name(name), made=_made(c), why=why))


@exercise("pure-red", hints=[
    _("A colour is three numbers in round brackets, always in the order (red, green, blue)."),
    _("Pure red has the red light as bright as it goes, and the green and blue lights off."),
    _("Off is 0 and the brightest is 255. Which of the three numbers is the red one?"),
])
def pure_red(see):
    _same(see, "red", (255, 0, 0), _("Pure red is only red light, as bright as it can be."))


@exercise("yellow-light", hints=[
    _("Look at the light circles again: where do the red and the green light overlap?"),
    _("Yellow light is red light and green light together, both full on."),
    _("Red full on, green full on, blue off. Each number is 255 or 0."),
])
def yellow_light(see):
    _same(see, "yellow", (255, 255, 0), _("Yellow light is red and green light together, with no blue."))


@exercise("white-light", hints=[
    _("Look at the middle of the light circles, where all three lights shine."),
    _("White light is every light full on."),
])
def white_light(see):
    _same(see, "white", (255, 255, 255),
          _("With light, all three lights full on make white: the opposite of mixing every paint."))


@exercise("grey", hints=[
    _("A grey has the same number for red, green and blue."),
    _("Choose one number between 1 and 254, and use it three times."),
])
def a_grey(see):
    _tools(see)
    r, g, b = c = _colour.see_colour(see, "grey")
    see.that(r == g == b, _("Your `{name}` makes {made}. Its three numbers are not the same, "
                            "so one light shines more than the others and you see a colour. "
                            "Make all three numbers the same.", name=see.name("grey"), made=_made(c)))
    see.that(r not in (0, 255), _("Your `{name}` is {made}. Black and white are the two ends of the greys. "
                                  "Choose a number between them, like 100 or 200.",
                                  name=see.name("grey"), made=_made(c)))


@exercise("darker-red", hints=[
    _("Less light makes a darker colour. Start from pure red: (255, 0, 0)."),
    _("Keep green and blue at 0, and make the red number smaller than 255."),
])
def darker_red(see):
    _tools(see)
    r, g, b = c = _colour.see_colour(see, "dark_red")
    name = see.name("dark_red")
    see.that(g == 0 and b == 0, _("Your `{name}` makes {made}. Green or blue light changes the colour "
                                  "and adds light, so it gets brighter, not darker. Keep green and blue at 0.",
                                  name=name, made=_made(c)))
    see.that(r < 255, _("Your `{name}` is pure red, as bright as red can be. "
                        "A darker red has less red light: make the red number smaller.", name=name))
    see.that(r > 0, _("Your `{name}` is (0, 0, 0): every light is off, so it is black. "
                      "Turn the red light on a little, with a number between 1 and 254.", name=name))


@exercise("my-colour", hints=[
    _("Move the mixer's sliders until you like the colour, then copy the three numbers under the swatch."),
    _("Use numbers between 0 and 255 too, like 120 or 200, not only 0 and 255."),
    _("Give your colour a name in quotes, like \"sunset orange\"."),
])
def my_colour(see):
    _tools(see)
    c = _colour.see_colour(see, "my_colour")
    name = see.value("my_colour_name", str, why=_("A name is text, so it goes in quotes."))
    see.that(name.strip(), _("Your `{name}` is empty. Write a name between the quotes, like \"sunset orange\".",
                             name=see.name("my_colour_name")))
    see.that(any(0 < n < 255 for n in c),
             _("Your `{name}` is {made}, a colour you can make with only 0 and 255. "
               "This one should be all yours: use numbers in between too, like 120 or 200.",
               name=see.name("my_colour"), made=_made(c)))


@exercise("my-palette", hints=[
    _("Copy the ocean palette, then change the names and the numbers so they fit your topic."),
    _("A palette here is a dictionary: {\"name\": (red, green, blue), ...}, with 3 to 5 colours."),
    _("Every colour needs three numbers from 0 to 255 in round brackets, and every name needs quotes."),
])
def my_palette(see):
    _tools(see)
    topic = see.value("my_topic", str, why=_("A topic is text, so it goes in quotes."))
    see.that(topic.strip(), _("Your `{name}` is empty. Write what your poster or app is about, between the quotes.",
                              name=see.name("my_topic")))
    palette = see.made("my_palette", kind=(dict, list, tuple))
    see.that(palette != see.ns.get("ocean_palette"),
             _("Your `{name}` is still exactly the ocean palette. "
               "This palette is yours, so make it fit your topic. "
               "Change the names and the numbers, then run the cell and check again.",
               name=see.name("my_palette")))
    wrong = _colour.palette_problem(palette)  # the same words colour.palette() shows
    see.that(not wrong, wrong)
    count = len(palette)
    see.that(count >= 3, _n("Your palette has {n} colour. A design needs a few colours: "
                            "for the background, the words and the pictures. Choose 3 to 5 colours.",
                            "Your palette has {n} colours. A design needs a few colours: "
                            "for the background, the words and the pictures. Choose 3 to 5 colours.",
                            count, n=count))
    see.that(count <= 5, _("Your palette has {n} colours. A palette is small, so everything "
                           "in one design looks like it belongs together. Choose the 3 to 5 you like best.",
                           n=count))
