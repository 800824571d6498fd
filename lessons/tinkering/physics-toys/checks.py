"""The checks for *Physics toys* (tinkering-physics-toys).

They run in the kit, never in the student's notebook. Every sentence a student reads goes through `_`:
its translations are in `checks.<lang>.po`. Names are read by their English name (`see.value("fall")`)."""

from artech.checks import exercise, _
from artech import game


def _pair(see, name, got):
    """NotYet unless a helper gave back two numbers: the new y and the new vy."""
    see.that(isinstance(got, tuple) and len(got) == 2
             and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in got),
             _("`{name}` gave back {got}, but the game needs two numbers: the new `y` and the new `vy`. "
               "Keep the last line `return y, vy`.", name=name, got=repr(got)))
    return got


def _steps(see, fall, count=10):
    """The student's `fall`, step after step from y 20 and speed 0: a list of (y, vy)."""
    out, state = [], (20, 0)
    for _step in range(count):
        state = _pair(see, see.name("fall"), fall(*state))
        out.append(state)
    return out


@exercise("fall", hints=[
    _("Gravity changes the speed, and the speed changes the position. Two lines: one for `vy`, one for `y`."),
    _("First `vy = vy + GRAVITY`: the speed grows a little in every frame. Then move with the new speed."),
    _("`vy = vy + GRAVITY` and under it `y = y + vy`, both inside `fall`, 4 spaces in."),
], praise=_("Faster and faster: the same small push in every frame makes a curve, not a straight line."))
def fall(see):
    g = see.value("GRAVITY", (int, float))
    step = see.function("fall")
    name = see.name("fall")
    steps = _steps(see, step)
    speeds = [vy for _y, vy in steps]
    changes = [round(b - a, 6) for a, b in zip([0] + speeds, speeds)]
    if all(c < 0 for c in changes):
        see.that(False, _("The speed `vy` got smaller in every frame: {speeds}. On a screen, y counts down, "
                          "so falling makes `vy` bigger: add `GRAVITY`.", speeds=[round(v, 2) for v in speeds[:5]]))
    see.that(all(abs(c - g) < 1e-6 for c in changes),
             _("Starting still, the speed `vy` in the first frames was {speeds}. With gravity it should grow by "
               "`GRAVITY` ({g}) in every frame.", speeds=[round(v, 2) for v in speeds[:5]], g=g),
             expected=[round(g * (i + 1), 2) for i in range(5)], saw=[round(v, 2) for v in speeds[:5]])
    ys = [20] + [y for y, _vy in steps]
    moves = [round(b - a, 6) for a, b in zip(ys, ys[1:])]
    see.that(any(m != 0 for m in moves),
             _("The speed grows, but the ball does not move: `y` stayed {y}. Move it with the speed: "
               "`y = y + vy`.", y=ys[0]))
    new = all(abs(m - v) < 1e-6 for m, v in zip(moves, speeds))
    old = all(abs(m - v) < 1e-6 for m, v in zip(moves, [0] + speeds))
    see.that(new or old,
             _("The ball moved {moves} pixels in the first frames. In every frame it should move by its speed "
               "`vy`: `y = y + vy`.", moves=[round(m, 2) for m in moves[:5]]))


@exercise("bounce", hints=[
    _("Only do something when the ball is below the floor: `if y > FLOOR:`."),
    _("Inside the `if`: put the ball on the floor, and turn its speed around with a minus sign, times `BOUNCE`."),
    _("Three lines: `if y > FLOOR:`, and under it `y = FLOOR` and `vy = -vy * BOUNCE`."),
], praise=_("Each bounce is lower than the last: your ball loses energy, just like a real one."))
def bounce(see):
    floor = see.value("FLOOR", (int, float))
    keep = see.value("BOUNCE", (int, float))
    step = see.function("bounce")
    name = see.name("bounce")
    air = _pair(see, name, step(floor - 50, 5))
    see.that(air == (floor - 50, 5),
             _("A ball in the air, at y {y} with speed 5, was changed to {got}. Only change it when it is "
               "below the floor: `if y > FLOOR:`.", y=floor - 50, got=air))
    y, vy = _pair(see, name, step(floor + 6, 10))
    see.that(vy < 0,
             _("A ball below the floor, going down at speed 10, got speed {vy}. It should go up now: a minus "
               "sign turns the speed around.", vy=round(vy, 2)),
             expected=round(-10 * keep, 2), saw=round(vy, 2))
    if abs(vy + 10) < 1e-6 and keep != 1:
        see.that(False, _("The ball bounces back with all its speed (-10), so it would bounce forever. A real ball "
                          "loses some: multiply by `BOUNCE` too."), expected=round(-10 * keep, 2), saw=vy)
    see.that(abs(vy + 10 * keep) < 1e-6,
             _("A ball below the floor, going down at speed 10, got speed {vy}. With `BOUNCE` = {keep} it should "
               "go up at speed {want}: `vy = -vy * BOUNCE`.", vy=round(vy, 2), keep=keep, want=round(-10 * keep, 2)),
             expected=round(-10 * keep, 2), saw=round(vy, 2))
    see.that(y == floor, _("After the bounce the ball is at y {y}, below the floor. Put it back on the floor: "
                           "`y = FLOOR`.", y=y), expected=floor, saw=y)


@exercise("moon", hints=[
    _("Any letter is fine: it is your prediction. Write it between quotes, like `prediction = \"a\"`."),
    _("One letter from a, b, c or d, in quotes: `prediction = \"c\"`."),
], praise=_("Now run the next cell and test your prediction."))
def moon(see):
    guess = see.value("prediction")
    see.that(isinstance(guess, str) and guess.strip().lower() in ("a", "b", "c", "d"),
             _("Your `{name}` is {got}. Choose one of the letters a, b, c or d, in quotes.",
               name=see.name("prediction"), got=repr(guess)))


@exercise("my-toy", hints=[
    _("Change something in `my_toy`: what a click does, where the ball starts, or how fast it starts."),
    _("For example, in the `for` loop: `if event.type == pygame.MOUSEBUTTONDOWN:` and under it `vy = -15`."),
], praise=_("That is a toy. Let someone else try it, and watch what they do with it."))
def my_toy(see):
    toy = see.value("my_toy")
    see.that(callable(toy), _("`my_toy` is not a function any more. Run its cell again."))
    play = see.value("play")
    clicks = {40: (160, 150), 80: (160, 150), 120: (160, 150)}
    mine = see.run(game.run, toy, frames=150, clicks=clicks)
    example = see.run(game.run, play, frames=150, clicks=clicks)
    see.that(len(mine) == 150, _("I could not watch your toy to the end. Run the cell with `def my_toy():` again."))
    same = mine.track("y") == example.track("y") and all(
        a.tobytes() == b.tobytes() for a, b in zip(mine.frames[::10], example.frames[::10]))
    see.that(not same, _("Your toy does exactly what the example ball does. Make it yours: change what a click does, "
                         "or how the ball starts, moves or looks."))
