"""The checks for *A first game* (tinkering-a-first-game).

They run in the kit, never in the student's notebook: `check("id")` loads this file fresh,
and `artech check` runs it after the student's code. The hints and praise live here too,
so a student copy holds no answers.

Every sentence a student reads goes through `_`: its translations are in `checks.<lang>.po`.
The student's names are read by their English name (`see.value("play")`); in another edition
the kit reads that edition's name (`speel` in Dutch), and `see.name("player")` says which it is."""

from artech.checks import exercise, _
from artech import game, messages
import dis as _dis
import pygame


def _players(see, keys, frames=20):
    """The player's Rect in every frame of a run of the student's game, with `keys` held."""
    play = see.value("play")
    see.that(callable(play), _("`play` is not a function any more. Run the cell with `def play():` again."))
    film = see.run(game.run, play, frames=frames, keys=keys)
    players = film.track(see.name("player"))
    see.that(len(film) == frames and all(isinstance(p, pygame.Rect) for p in players),
             _("I could not watch the player in your game. Run the cell with `def play():` again, then this check."))
    return players


def _filled_in(see, name):
    """NotYet when the student's `name` is still the blank `...`, or was made blank again by a later cell."""
    see.that(not game.blank(see.ns.get(name)), messages.say("game_blank_check", name=see.name(name)))


class _Held(dict):
    """Keys for a check: `keys[pygame.K_RIGHT]` is True for the keys given, False for all others."""

    def __missing__(self, key):
        return False


def _makes_a_new_player(fn, player="player"):
    """Does `fn` make a new Rect called `player` (`player = player.move(...)`) instead of changing it?"""
    try:
        return any(i.opname == "STORE_FAST" and i.argval == player for i in _dis.get_instructions(fn))
    except TypeError:
        return False


def _example_draw(screen, player):
    screen.fill("midnightblue")
    pygame.draw.rect(screen, "tomato", player)


@exercise("move-right", hints=[
    _("`keys[pygame.K_RIGHT]` is True while → is held down. Use it in an `if`."),
    _("Inside the `if`, make `player.x` bigger by `SPEED`: `player.x = player.x + SPEED`."),
    _("Two lines inside `move`: `if keys[pygame.K_RIGHT]:` and under it, 4 spaces further in, "
      "`player.x = player.x + SPEED`."),
], praise=_("Hold → and the player walks right: a key press changes the world, frame by frame."))
def move_right(see):
    _filled_in(see, "move")
    xs = [p.x for p in _players(see, "right")]
    see.that(xs[-1] != xs[0] or not _makes_a_new_player(see.ns.get("move"), see.name("player")),
             _("`move` makes a new Rect and calls it `player`, but the game keeps using its own `player`, "
               "which did not change. Change `player` itself, for example `player.x = player.x + SPEED`."))
    see.that(xs[-1] > xs[0], _("I held → for 20 frames, but the player did not move right. "
                               "Make `player.x` bigger when `keys[pygame.K_RIGHT]` is True."),
             expected=_("`player.x` gets bigger in every frame"), saw=xs[:6])
    see.that(all(b > a for a, b in zip(xs, xs[1:])),
             _("The player moved right, but not in every frame while → was held. "
               "Move it a little in every frame: put the move inside the `if`."),
             saw=xs[:8])
    still = [p.x for p in _players(see, None)]
    see.that(len(set(still)) == 1, _("Without any key, the player moved by itself. "
                                     "Only move it inside `if keys[pygame.K_RIGHT]:`."), saw=still[:6])


def _way(key):
    """What `four-ways` says about one arrow key: whole sentences, one set per key."""
    if key == "right":
        return {
            "wrong_way": _("I held →, and the player went the other way. Check the sign: + SPEED for right."),
            "should": _("`player.x` gets bigger"),
            "still": _("I held →, but the player did not move right. "
                       "Add an `if` for `pygame.K_RIGHT` that changes `player.x`."),
            "other": _("I held →, and `player.y` changed too. Only `player.x` should change for right."),
        }
    if key == "left":
        return {
            "wrong_way": _("I held ←, and the player went the other way. Check the sign: - SPEED for left."),
            "should": _("`player.x` gets smaller"),
            "still": _("I held ←, but the player did not move left. "
                       "Add an `if` for `pygame.K_LEFT` that changes `player.x`."),
            "other": _("I held ←, and `player.y` changed too. Only `player.x` should change for left."),
        }
    if key == "up":
        return {
            "wrong_way": _("I held ↑, and the player went the other way. "
                           "In pygame, y counts from the top of the screen: up makes `player.y` smaller."),
            "should": _("`player.y` gets smaller"),
            "still": _("I held ↑, but the player did not move up. "
                       "Add an `if` for `pygame.K_UP` that changes `player.y`."),
            "other": _("I held ↑, and `player.x` changed too. Only `player.y` should change for up."),
        }
    return {
        "wrong_way": _("I held ↓, and the player went the other way. "
                       "In pygame, y counts from the top of the screen: down makes `player.y` bigger."),
        "should": _("`player.y` gets bigger"),
        "still": _("I held ↓, but the player did not move down. "
                   "Add an `if` for `pygame.K_DOWN` that changes `player.y`."),
        "other": _("I held ↓, and `player.x` changed too. Only `player.y` should change for down."),
    }


@exercise("four-ways", hints=[
    _("Copy your `if` for → three times, and change the key and the sign: "
      "`pygame.K_LEFT`, `pygame.K_UP`, `pygame.K_DOWN`."),
    _("Left makes `player.x` smaller. Up and down change `player.y`."),
    _("y counts from the top of the screen: up makes `player.y` smaller, down makes it bigger."),
], praise=_("All four arrows work, and you know the secret of the screen: up makes y smaller."))
def four_ways(see):
    _filled_in(see, "move")
    for key, axis, sign in (("right", "x", 1), ("left", "x", -1), ("up", "y", -1), ("down", "y", 1)):
        players = _players(see, key)
        start, end = getattr(players[0], axis), getattr(players[-1], axis)
        other = "y" if axis == "x" else "x"
        say = _way(key)
        if (end - start) * sign < 0:
            see.that(False, say["wrong_way"], expected=say["should"],
                     saw=_("`player.{axis}` went from {start} to {end}", axis=axis, start=start, end=end))
        see.that(end != start, say["still"],
                 expected=_("`player.{axis}` changes", axis=axis),
                 saw=_("`player.{axis}` stayed at {start}", axis=axis, start=start))
        see.that(getattr(players[0], other) == getattr(players[-1], other), say["other"])


def _sticking_out(edge, before):
    """What `stay-on-screen` says about a player sticking out at one side: a whole sentence per side."""
    if edge == "left":
        return _("A player sticking out at the left side (left = {before}) should stop right at the edge.",
                 before=before)
    if edge == "right":
        return _("A player sticking out at the right side (right = {before}) should stop right at the edge.",
                 before=before)
    if edge == "top":
        return _("A player sticking out at the top side (top = {before}) should stop right at the edge.",
                 before=before)
    return _("A player sticking out at the bottom side (bottom = {before}) should stop right at the edge.",
             before=before)


@exercise("stay-on-screen", hints=[
    _("Check each side: `player.left`, `player.right`, `player.top` and `player.bottom`."),
    _("For the left side: `if player.left < 0:` then `player.left = 0`. "
      "The right side is at most `screen.get_width()`."),
    _("pygame can do it in one line too: `player.clamp_ip(screen.get_rect())`."),
], praise=_("The player stays on the screen, whatever keys are held: that is a rule of your game world."))
def stay_on_screen(see):
    _filled_in(see, "keep_on_screen")
    keep = see.function("keep_on_screen")
    width, height = see.value("SIZE", tuple)
    screen = pygame.Surface((width, height))
    for x, y, edge, limit in ((-15, 80, "left", 0), (width - 25, 80, "right", width),
                              (140, -15, "top", 0), (140, height - 25, "bottom", height)):
        player = pygame.Rect(x, y, 40, 40)
        before = getattr(player, edge)
        given = keep(player, screen)
        if getattr(player, edge) != limit and isinstance(given, pygame.Rect) and getattr(given, edge) == limit:
            see.that(False, _("`keep_on_screen` gives back a new Rect, but the game does not use what it gives back. "
                              "Change `player` itself, for example `player.left = 0`."))
        see.that(getattr(player, edge) != before
                 or not _makes_a_new_player(see.ns.get("keep_on_screen"), see.name("player")),
                 _("`keep_on_screen` makes a new Rect and calls it `player`, but the game keeps using its own "
                   "`player`, which did not change. Change `player` itself, for example `player.left = 0`."))
        see.that(getattr(player, edge) == limit, _sticking_out(edge, before),
                 expected=_("`player.{edge} = {value}`", edge=edge, value=limit),
                 saw=_("`player.{edge} = {value}`", edge=edge, value=getattr(player, edge)))
    inside = pygame.Rect(140, 80, 40, 40)
    keep(inside, screen)
    see.that(inside == pygame.Rect(140, 80, 40, 40),
             _("A player in the middle of the screen moved. Only change the player when it sticks out."),
             expected=(140, 80, 40, 40), saw=tuple(inside))
    unfinished = _("`keep_on_screen` works! But in the game the player did not move when I held →, so I could not "
                   "see it stop at the edge. Finish `move` (exercises 1 and 2), run its cell, then check again.")
    see.that(not game.blank(see.ns.get("move")), unfinished)
    rights = [p.right for p in _players(see, "right", frames=60)]
    see.that(rights[-1] != rights[0], unfinished)
    see.that(max(rights) <= width and rights[-1] == width,
             _("In the game, I held → for 60 frames: the player should stop at the right edge."),
             expected=_("`player.right` ends at {width}, never more", width=width), saw=rights[-5:])


@exercise("my-look", hints=[
    _("Change a colour in `draw`: `screen.fill(...)` is the background, `pygame.draw.rect(...)` the player."),
    _("Add something: `pygame.draw.circle(screen, \"yellow\", (60, 40), 25)` draws a sun. Eyes on the player use "
      "`player.x` and `player.y`, so they move with it."),
], praise=_("That's your own game look. Show it to your neighbour!"))
def my_look(see):
    _filled_in(see, "draw")
    draw = see.function("draw")
    size = see.value("SIZE", tuple)
    pygame.font.init()  # in the film, `pygame.init()` in `play` does this: text in `draw` works here too
    mine, example = pygame.Surface(size), pygame.Surface(size)
    draw(mine, pygame.Rect(140, 80, 40, 40))
    _example_draw(example, pygame.Rect(140, 80, 40, 40))
    colours = {tuple(c) for row in pygame.surfarray.array3d(mine)[::4, ::4] for c in row}
    see.that(len(colours) >= 2, _("I don't see anything drawn yet. Fill the background and draw the player in `draw`, "
                                  "run the cell, then check again."))
    see.that(pygame.image.tobytes(mine, "RGB") != pygame.image.tobytes(example, "RGB"),
             _("This looks exactly like the example. Make it yours: change a colour or a shape, or add something."))
