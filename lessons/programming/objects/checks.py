"""The checks for *Objects that know and do* (programming-objects).

They run in the kit, never in the student's notebook. Every sentence goes through `_` (or `_n`),
so each edition speaks its own language (`checks.<lang>.po`).

The Dutch edition names the class and the lists in Dutch through its "names" map. The attributes and
methods of an object are not names in the notebook, so the checks accept both editions' words for them
(`colour` or `kleur`, `move` or `beweeg`): a Dutch student who writes `self.colour` is right too."""

import copy as _copy
import difflib as _difflib
import inspect as _inspect

from artech.checks import exercise, _, _n

_WORDS = {
    "x": ("x",), "y": ("y",),
    "colour": ("colour", "kleur", "color"),
    "speed": ("speed", "snelheid"),
    "move": ("move", "beweeg"),
    "draw": ("draw", "teken"),
}
_NONE = object()
_SIMPLE = (dict, list, tuple, str, int, float, bool, set)


def _know(thing, key):
    """What the object `thing` knows about `key` (in either edition's word), or _NONE."""
    own = getattr(thing, "__dict__", {})
    for word in _WORDS[key]:
        if word in own:
            return own[word]
    return _NONE


def _method(kind, key):
    for word in _WORDS[key]:
        found = getattr(kind, word, None)
        if callable(found):
            return found
    return None


def _params(fn):
    try:
        return list(_inspect.signature(fn).parameters)
    except (TypeError, ValueError):
        return []


def _class(see, name):
    kind = see.value(name)
    see.that(isinstance(kind, type), _(
        "`{name}` is not a class yet: it is {kind}. A class starts with `class {name}:`, "
        "and the lines inside it are pushed in by 4 spaces.", name=see.name(name), kind=type(kind).__name__))
    return kind


def _is_ball(thing, kind):
    return isinstance(thing, kind) or type(thing).__name__ == kind.__name__


def _fmt(thing):
    """What an object knows, as `x = 20, y = 100, ...`: data, not a sentence."""
    return ", ".join(f"{k} = {v!r}" for k, v in vars(thing).items()) or "-"


# --- exercise 1 -------------------------------------------------------------------------------------
@exercise("ball-class", hints=[
    _("Look at `__init__` in the class for fireflies: it takes the values in its brackets "
      "and keeps each one on `self`. A ball needs one more value: its speed."),
    _("Inside the class, pushed in by 4 spaces: `def __init__(self, x, y, colour, speed):`. "
      "Under it come four lines, pushed in by 8 spaces, one for each value."),
    _("The four lines are `self.x = x`, `self.y = y`, `self.colour = colour` and `self.speed = speed`."),
], praise=_("A plan for balls: every ball you make from it knows its own place, colour and speed."))
def ball_class(see):
    Ball = _class(see, "Ball")
    name = see.name("Ball")
    own = vars(Ball)
    if "__init__" not in own:
        methods = [k for k, v in own.items() if callable(v)]
        near = _difflib.get_close_matches("__init__", methods, n=1, cutoff=0.5)
        near = near or [k for k in methods if k.strip("_").lower() in ("int", "init", "innit", "inti", "init_")]
        if near:
            see.that(False, _(
                "Your class `{name}` has a method called `{found}`. Python only runs a method with the exact "
                "name `__init__` when it makes a new object: two underscores, init, two underscores. "
                "Rename `{found}` to `__init__`, run the cell, then check again.", name=name, found=near[0]))
        see.that(False, _(
            "Your class `{name}` has no `__init__` yet, so a new ball cannot keep anything. "
            "Write `def __init__(self, x, y, colour, speed):` inside the class, pushed in by 4 spaces.",
            name=name))
    params = _params(own["__init__"])
    if len(params) == 4 and params[0] != "self":
        see.that(False, _(
            "Your `__init__` has the parameters {params}, but not `self`. Python hands every method "
            "the object itself first, so a method always starts with `self`: "
            "`def __init__(self, x, y, colour, speed):`.", params=", ".join(params)))
    see.that(len(params) == 5, _(
        "`{name}(20, 100, \"tomato\", 3)` gives 4 values, so `__init__` needs 5 parameters: "
        "`self`, then x, y, colour and speed. Yours has {count}: {params}.",
        name=name, count=len(params), params=", ".join(params) or "-"), expected=5, saw=len(params))
    ball = see.run(Ball, 20, 100, "tomato", 3)
    see.that(vars(ball), _(
        "Your new ball knows nothing: it has no attributes. Inside `__init__`, `x = x` makes a name "
        "that is forgotten when `__init__` ends. Keep each value on the object itself: `self.x = x`."))
    missing = [k for k in ("x", "y", "colour", "speed") if _know(ball, k) is _NONE]
    see.that(not missing, _(
        "Your ball knows {known}, but it does not know {missing}. "
        "Keep each of the four values on `self`, like `self.speed = speed`.",
        known=", ".join(vars(ball)), missing=", ".join(missing)))
    other = see.run(Ball, 300, 50, "gold", 5)
    got = tuple(_know(other, k) for k in ("x", "y", "colour", "speed"))
    see.that(got == (300, 50, "gold", 5), _(
        "`{name}(300, 50, \"gold\", 5)` made a ball that knows {known}. It should know x = 300, y = 50, "
        "colour = \"gold\" and speed = 5. Keep the value that comes in, like `self.x = x`, "
        "not a number of your own, and keep the order x, y, colour, speed.",
        name=name, known=_fmt(other)), expected=(300, 50, "gold", 5), saw=got)


# --- exercise 2 -------------------------------------------------------------------------------------
def _balls(see, at_least=3):
    Ball = _class(see, "Ball")
    name, list_name = see.name("Ball"), see.name("balls")
    balls = see.value("balls", (list, tuple))
    for number, thing in enumerate(balls):
        see.that(thing is not Ball and not isinstance(thing, type), _(
            "Your list `{list}` holds the class `{name}` itself: that is the plan, not a ball. "
            "Brackets with four values make one ball: `{name}(20, 50, \"tomato\", 2)`.",
            list=list_name, name=name))
        see.that(_is_ball(thing, Ball), _(
            "`{list}[{number}]` is {kind}, not a ball made with `{name}(...)`. "
            "Put only balls in the list, like `{name}(20, 50, \"tomato\", 2)`.",
            list=list_name, number=number, kind=type(thing).__name__, name=name))
    n = len(balls)
    see.that(n >= at_least, _n(
        "Your list `{list}` has {n} ball. Make at least 3, each with `{name}(...)`.",
        "Your list `{list}` has {n} balls. Make at least 3, each with `{name}(...)`.",
        n, n=n, list=list_name, name=name), expected=at_least, saw=n)
    return Ball, balls


@exercise("many-balls", hints=[
    _("A list goes between square brackets, with commas between the things in it. "
      "Each thing in this list is a new ball: the class name with four values in brackets."),
    _("Each ball needs its own y, so they are not on top of each other: for example 50, 100 and 150. "
      "Give them different colours and speeds too."),
    _("For example: `[Ball(20, 50, \"tomato\", 2), Ball(20, 100, \"gold\", 4), Ball(20, 150, \"deepskyblue\", 6)]`."),
], praise=_("Several objects from one plan, and each one knows its own things."))
def many_balls(see):
    Ball, balls = _balls(see)
    list_name = see.name("balls")
    n = len(balls)
    different = len({id(b) for b in balls})
    see.that(different == n, _(
        "Your list holds the same ball more than once. `[ball] * 3` or `[ball, ball, ball]` does not make "
        "new balls: it names one ball again. Write `{name}(...)` once for each ball.", name=see.name("Ball")),
        expected=n, saw=different)
    places = [(_know(b, "x"), _know(b, "y")) for b in balls]
    see.that(len(set(places)) == n, _(
        "Some balls are at the same place, on top of each other: {places}. "
        "Give each ball its own y, so you see them all.", places=", ".join(f"({x}, {y})" for x, y in places)))
    for number, (x, y) in enumerate(places):
        fine = isinstance(x, (int, float)) and isinstance(y, (int, float)) and 0 <= x <= 320 and 0 <= y <= 200
        see.that(fine, _(
            "`{list}[{number}]` is at x = {x}, y = {y}, outside the screen. The screen is 320 wide and 200 high, "
            "and (0, 0) is its top-left corner. Pick x from 0 to 320 and y from 0 to 200.",
            list=list_name, number=number, x=x, y=y))
    colours = {str(_know(b, "colour")) for b in balls}
    speeds = {str(_know(b, "speed")) for b in balls}
    see.that(len(colours) > 1 and len(speeds) > 1, _(
        "All your balls have the same colour or the same speed ({colours}; {speeds}). "
        "Each object can know its own: give them different colours and different speeds.",
        colours=", ".join(sorted(colours)), speeds=", ".join(sorted(speeds))))


# --- exercise 3 -------------------------------------------------------------------------------------
@exercise("one-ball-changes", hints=[
    _("To change what one object knows, start with that object, then a dot, then the attribute. "
      "Counting in a list starts at 0."),
    _("The second ball is `balls[1]`. Its colour is `balls[1].colour`. Give it a new value with `=`."),
    _("Write `balls[1].colour = \"white\"`."),
], praise=_("One object changed, and the others kept their own colours."))
def one_ball_changes(see):
    Ball, balls = _balls(see, at_least=2)
    name, list_name = see.name("Ball"), see.name("balls")
    colours = [_know(b, "colour") for b in balls]
    if colours[1] != "white":
        class_colour = next((vars(Ball)[w] for w in _WORDS["colour"] if w in vars(Ball)), _NONE)
        see.that(class_colour != "white", _(
            "You gave the class `{name}` a colour, but the second ball is still {colour}. "
            "Each ball keeps its own colour from `__init__`, and that one wins. "
            "To change one ball, start with that ball, not with the class.", name=name, colour=repr(colours[1])))
        others = [i for i, c in enumerate(colours) if c == "white"]
        see.that(not others, _(
            "`{list}[{number}]` is white, but the second ball, `{list}[1]`, is still {colour}. "
            "Counting in a list starts at 0: `{list}[0]` is the first ball, `{list}[1]` the second.",
            list=list_name, number=others[0] if others else 0, colour=repr(colours[1])))
        see.that(False, _(
            "The second ball, `{list}[1]`, is still {colour}. Change its colour to \"white\".",
            list=list_name, colour=repr(colours[1])))
    see.that(not all(c == "white" for c in colours), _(
        "Every ball is white now. Change only the second ball: the others keep their own colours. "
        "Run the cell of exercise 2 again to make new balls, then change one."))


# --- exercise 4 -------------------------------------------------------------------------------------
@exercise("ball-move", hints=[
    _("A method is a function inside the class. Its first parameter is `self`: the ball that moves."),
    _("Moving right means that x gets bigger by the ball's own speed. "
      "Work out the new x, and keep it on the ball: `self.x = ...`."),
    _("Inside the class: `def move(self):`, and under it, pushed in 4 more spaces, `self.x = self.x + self.speed`."),
], praise=_("Every ball moves by its own speed, and the game loop only has to ask each one to move."))
def ball_move(see):
    Ball = _class(see, "Ball")
    name = see.name("Ball")
    see.that("__init__" in vars(Ball), _(
        "Your new class `{name}` has no `__init__`, so a ball made from it knows nothing. "
        "Copy your `__init__` from exercise 1 into this class first, then add `move` under it.", name=name))
    move = _method(Ball, "move")
    see.that(move is not None, _(
        "Your class `{name}` has no method `move` yet. Write `def move(self):` inside the class, "
        "pushed in by 4 spaces, like `draw`.", name=name))
    see.that(len(_params(move)) >= 1, _(
        "Your `move` has empty brackets: `def move():`. Python hands the ball itself to every method, "
        "so write `def move(self):`, and use `self.x` inside it."))
    ball = see.run(Ball, 100, 50, "tomato", 5)
    see.that(_know(ball, "x") == 100 and _know(ball, "speed") == 5, _(
        "`{name}(100, 50, \"tomato\", 5)` should make a ball at x = 100 with speed 5, but it knows {known}. "
        "Copy your `__init__` from exercise 1 into this class as it is.", name=name, known=_fmt(ball)))
    given = see.run(getattr(ball, move.__name__))
    x = _know(ball, "x")
    if x == 100:
        if given == 105:
            see.that(False, _(
                "Your `move` gives back the new place, {value}, with `return`, but the ball does not keep it: "
                "its x is still 100. Keep the new place on the ball itself: `self.x = ...`.", value=given))
        see.that(False, _(
            "A ball at x = 100 with speed 5 is still at x = 100 after `move()`. Your `move` may work out a new "
            "place, but it does not keep it on the ball. Write it into the ball: `self.x = ...`."),
            expected=105, saw=x)
    see.that(x == 105, _(
        "A ball at x = 100 with speed 5 moved to x = {x}. Each ball should move by its own speed, "
        "to 105: use `self.speed`, not a number of your own.", x=x), expected=105, saw=x)
    see.that(_know(ball, "y") == 50, _(
        "Your `move` also changed y, from 50 to {y}. The balls roll to the right: change only x.",
        y=_know(ball, "y")))
    slow = see.run(Ball, 100, 80, "gold", 2)
    see.run(getattr(slow, move.__name__))
    see.run(getattr(slow, move.__name__))
    see.that(_know(slow, "x") == 104, _(
        "A ball at x = 100 with speed 2 should be at x = 104 after two moves, but it is at x = {x}. "
        "Add the ball's own speed to the x it has now: `self.x + self.speed`.", x=_know(slow, "x")),
        expected=104, saw=_know(slow, "x"))


# --- make it yours ----------------------------------------------------------------------------------
@exercise("my-things", hints=[
    _("Copy the class for fireflies into the cell, give it a new name (like `Snowflake`), "
      "and change what it knows or how it moves or draws."),
    _("Your class needs `__init__`, `move` and `draw`. Then make a list `mine` with at least 3 objects "
      "made from it, each at its own place."),
], praise=_("Your own kind of thing, made many times, and every one of them knows and does its own things."))
def my_things(see):
    mine = see.made("mine", kind=(list, tuple))
    list_name = see.name("mine")
    for thing in mine:
        see.that(not isinstance(thing, type), _(
            "Your list `{list}` holds the class `{kind}` itself: that is the plan, not an object. "
            "Add brackets with values to make an object, like `{kind}(100, 50)`.",
            list=list_name, kind=getattr(thing, "__name__", "?")))
        see.that(not isinstance(thing, _SIMPLE) and hasattr(thing, "__dict__"), _(
            "Your list `{list}` holds {kind} values. Make objects from a class you write yourself, "
            "with `class`, `__init__`, `move` and `draw`.", list=list_name, kind=type(thing).__name__))
    n = len(mine)
    see.that(n >= 3, _n(
        "Your list `{list}` has {n} object. Make at least 3 from your class.",
        "Your list `{list}` has {n} objects. Make at least 3 from your class.", n, n=n, list=list_name))
    lesson = {see.name("Ball"), see.name("Firefly"), "Ball", "Firefly"}
    for thing in mine:
        kind = type(thing).__name__
        see.that(kind not in lesson, _(
            "Your objects are made from `{kind}`, a class of this lesson. Invent a new kind of thing: "
            "a class with a name of your own, like `class Snowflake:`.", kind=kind))
        see.that(_method(type(thing), "move") is not None, _(
            "Your class `{kind}` has no method `move`, so the game loop cannot make your things move. "
            "Give your class both `move` and `draw`, like the class for fireflies.", kind=kind))
        see.that(_method(type(thing), "draw") is not None, _(
            "Your class `{kind}` has no method `draw`, so the game loop cannot show your things. "
            "Give your class both `move` and `draw`, like the class for fireflies.", kind=kind))
    see.that(len({repr(sorted(vars(t).items())) for t in mine}) > 1, _(
        "All your objects know exactly the same things, so they lie on top of each other. "
        "Give each one its own place, or its own colour."))
    import pygame as _pygame
    screen = _pygame.Surface((320, 200))
    for thing in mine:
        test = _copy.deepcopy(thing)
        see.run(getattr(test, _method(type(test), "move").__name__))
        see.run(getattr(test, _method(type(test), "draw").__name__), screen)
