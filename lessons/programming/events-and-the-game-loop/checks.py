"""The checks for *Events and the game loop* (programming-events-and-the-game-loop).

They run in the kit, never in the student's notebook: `check("id")` loads this file fresh,
and `artech check` runs it after the student's code. The hints and praise live here too,
so a student copy holds no answers.

Every sentence a student reads goes through `_`: its translations are in `checks.<lang>.po`.
The student's names are read by their English name (`see.value("play")`); in another edition
the kit reads that edition's name (`speel` in Dutch), and `see.name("score")` says which it is.
The three states are read from the student's own `START`, `PLAY` and `OVER`, so each edition
may spell them in its own language."""

from artech.checks import exercise, _
from artech import game, messages
import pygame

_PRESS = {5: "space", 6: None}  # the space bar goes down in frame 5 and up in frame 6


def _states(see):
    """The student's three state words: START, PLAY and OVER."""
    return see.value("START", str), see.value("PLAY", str), see.value("OVER", str)


def _film(see, frames, keys=None, clicks=None):
    """A run of the student's whole game; NotYet when `play` is gone or did not run to the end."""
    play = see.value("play")
    see.that(callable(play), _("`play` is not a function any more. Run the cell with `def play():` again."))
    film = see.run(game.run, play, frames=frames, keys=keys, clicks=clicks)
    see.that(len(film) == frames and film.track(see.name("state"))[-1] is not None,
             _("I could not watch your game to the end. Run the cell with `def play():` again, then this check."))
    return film


def _gave(see, name, got, kind, words):
    """NotYet when a helper gave back something that is not a state (or not a score)."""
    if kind == "state":
        see.that(isinstance(got, str) and got in words,
                 _("`{name}` gave back {got}. The game only knows its three states: {words}. "
                   "Give back one of them, like `state = {play}`, and keep the line `return {state}`.",
                   name=name, got=repr(got), words=", ".join(repr(w) for w in words),
                   play=see.name("PLAY"), state=see.name("state")))
    else:
        see.that(isinstance(got, int) and not isinstance(got, bool),
                 _("`{name}` gave back {got}, but the game needs a number for the score. "
                   "Keep the last line `return {score}`, not inside the `if`.",
                   name=name, got=repr(got), score=see.name("score")))


@exercise("start-key", hints=[
    _("Two things must be true at once: the state is `START`, and the key is the space bar. "
      "Join them with `and` in one `if`."),
    _("The space bar is `pygame.K_SPACE`: a number, not the word \"space\". Inside the `if`, change the state "
      "with one `=`: `state = PLAY`."),
    _("Two lines: `if state == START and key == pygame.K_SPACE:` and under it, 4 spaces further in, "
      "`state = PLAY`."),
], praise=_("Space starts the game: one key press changes the state, and the whole screen changes with it."))
def start_key(see):
    start, play, over = _states(see)
    on_key = see.function("on_key")
    name = see.name("on_key")
    got = on_key(pygame.K_SPACE, start)
    _gave(see, name, got, "state", (start, play, over))
    see.that(got == play,
             _("I pressed the space bar on the start screen, but the state stayed {got}. "
               "When `key == pygame.K_SPACE` (the number pygame gives the space bar), the state should become `PLAY`.",
               got=repr(got)),
             expected=play, saw=got)
    other = on_key(pygame.K_a, start)
    _gave(see, name, other, "state", (start, play, over))
    see.that(other == start,
             _("I pressed the A key on the start screen, and the state became {got}. "
               "Only the space bar should start the game: check the key too.", got=repr(other)),
             expected=start, saw=other)
    during = on_key(pygame.K_SPACE, play)
    _gave(see, name, during, "state", (start, play, over))
    see.that(during == play,
             _("I pressed the space bar while the game was being played, and the state became {got}. "
               "Space should only do something on the start screen.", got=repr(during)),
             expected=play, saw=during)
    states = _film(see, 15, keys=_PRESS).track(see.name("state"))
    see.that(states[0] == start and states[-1] == play,
             _("`{name}` works on its own, but in the game the state did not go from `START` to `PLAY` when I "
               "pressed space. Run the cells with `def {name}` and `def play():` again, then check again.", name=name),
             saw=[states[0], states[-1]])


@exercise("score-click", hints=[
    _("A click only counts when it is on the balloon. Ask that with `if balloon.collidepoint(pos):`."),
    _("Inside the `if`, the new score is the old score plus 1: `score = score + 1`."),
    _("Two lines: `if balloon.collidepoint(pos):` and under it, 4 spaces further in, `score = score + 1`."),
], praise=_("Every pop counts, and the score stays from frame to frame, because it was made before the loop."))
def score_click(see):
    on_click = see.function("on_click")
    name = see.name("on_click")
    balloon = pygame.Rect(100, 50, 70, 70)
    got = on_click(balloon.center, balloon, 2)
    _gave(see, name, got, "score", ())
    if got == 1:
        see.that(False, _("A click in the middle of the balloon, with a score of 2, made the score 1. "
                          "The score was set to 1 instead of going up by 1. Add 1 to the score it already has."),
                 expected=3, saw=got)
    see.that(got == 3,
             _("A click in the middle of the balloon, with a score of 2, gave back {got}. "
               "A hit should add 1 to the score: then it is 3.", got=got),
             expected=3, saw=got)
    edge = on_click((balloon.x + 8, balloon.y + 60), balloon, 0)
    _gave(see, name, edge, "score", ())
    see.that(edge == 1,
             _("A click on the balloon near its edge, at {pos}, did not count: the score stayed {got}. "
               "Every point on the balloon is a hit: `balloon.collidepoint(pos)` is True for all of them.",
               pos=(balloon.x + 8, balloon.y + 60), got=edge),
             expected=1, saw=edge)
    miss = on_click((20, 20), balloon, 2)
    _gave(see, name, miss, "score", ())
    see.that(miss == 2,
             _("A click next to the balloon, at (20, 20), with a score of 2, gave back {got}. "
               "A miss should not change the score. Only count a click when it is on the balloon.", got=miss),
             expected=2, saw=miss)
    places = see.value("PLACES", list)
    start, play, _over = _states(see)
    states = _film(see, 12, keys=_PRESS).track(see.name("state"))
    see.that(states[-1] == play,
             _("`{name}` works! But in the game the space bar did not start play, so I could not click the balloon. "
               "Finish `{on_key}` (exercise 1), run its cell, then check again.", name=name, on_key=see.name("on_key")))
    film = _film(see, 30, keys=_PRESS, clicks={10: tuple(places[0]), 20: (2, 2)})
    scores = film.track(see.name("score"))
    see.that(scores[9] == 0 and scores[12] == 1 and scores[-1] == 1,
             _("In the game, I pressed space, clicked the balloon once and then clicked next to it. "
               "The score should end at 1. Run the cells with `def {name}` and `def play():` again.", name=name),
             expected=1, saw=scores[-1])


@exercise("game-over", hints=[
    _("Again two things must be true at once: the state is `PLAY`, and the score has reached `GOAL`."),
    _("`score >= GOAL` is True when the score is `GOAL` or more. Then the state becomes `OVER`."),
    _("Two lines: `if state == PLAY and score >= GOAL:` and under it, 4 spaces further in, `state = OVER`."),
], praise=_("Start, play, well done: your game switches between three states, like real games and apps do."))
def game_over(see):
    start, play, over = _states(see)
    goal = see.value("GOAL", int)
    next_state = see.function("next_state")
    name = see.name("next_state")
    words = (start, play, over)
    got = next_state(play, goal)
    _gave(see, name, got, "state", words)
    see.that(got == over,
             _("While playing, with a score of {goal} (the `GOAL`), `{name}` gave back {got}. "
               "The game should be over now: the state should become `OVER`.", goal=goal, name=name, got=repr(got)),
             expected=over, saw=got)
    if goal > 1:
        early = next_state(play, goal - 1)
        _gave(see, name, early, "state", words)
        see.that(early == play,
                 _("While playing, with a score of {score}, the game stopped: the state became {got}. "
                   "It should only end when the score reaches `GOAL` ({goal}).",
                   score=goal - 1, got=repr(early), goal=goal),
                 expected=play, saw=early)
    first = next_state(start, 0)
    _gave(see, name, first, "state", words)
    see.that(first == start,
             _("On the start screen, with a score of 0, `{name}` gave back {got}. "
               "The start screen should wait for the space bar: only change the state while playing.",
               name=name, got=repr(first)),
             expected=start, saw=first)
    last = next_state(over, goal)
    _gave(see, name, last, "state", words)
    see.that(last == over,
             _("On the game over screen, `{name}` gave back {got}, so the game started again by itself. "
               "Only change the state while playing.", name=name, got=repr(last)),
             expected=over, saw=last)
    places = see.value("PLACES", list)
    see.that(len(places) > 0, _("`PLACES` is empty, so the balloon has nowhere to go. Put a few places in it, "
                                "like `(160, 100)`."))
    clicks = {10 + 3 * n: tuple(places[n % len(places)]) for n in range(min(goal, 60))}
    film = _film(see, 20 + 3 * min(goal, 60), keys=_PRESS, clicks=clicks)
    states, scores = film.track(see.name("state")), film.track(see.name("score"))
    see.that(states[-1] == over,
             _("`{name}` works! But in the game I pressed space and popped {goal} balloons, and the game did not end: "
               "the score was {score}. Finish exercises 1 and 2 and run their cells, then check again.",
               name=name, goal=goal, score=scores[-1]),
             saw=[states[-1], scores[-1]])


def _write(screen, words, place, size=40):
    font = pygame.font.Font(None, size)
    picture = font.render(words, True, "white")
    screen.blit(picture, picture.get_rect(center=place))


# The words of the example's `draw`, as each edition's notebook writes them (code, not sentences of the checks).
_EXAMPLE_WORDS = {
    "en": {"title": "Pop the balloons!", "press": "Press space to start", "of": " of ",
           "done": "Well done!", "popped": " balloons popped"},
    "nl": {"title": "Knal de ballonnen!", "press": "Druk op de spatiebalk", "of": " van ",
           "done": "Goed gedaan!", "popped": " ballonnen geknald"},
}


def _example_draw(screen, state, balloon, score, states, goal, texts):
    start, play, over = states
    if state == start:
        screen.fill("darkgreen")
        _write(screen, texts["title"], (160, 80))
        _write(screen, texts["press"], (160, 130), 30)
    if state == play:
        screen.fill("skyblue")
        pygame.draw.line(screen, "white", balloon.midbottom, (balloon.centerx, balloon.bottom + 30), 2)
        pygame.draw.ellipse(screen, "red", balloon)
        _write(screen, str(score) + texts["of"] + str(goal), (160, 20), 32)
    if state == over:
        screen.fill("darkorange")
        _write(screen, texts["done"], (160, 80))
        _write(screen, str(score) + texts["popped"], (160, 130), 30)


@exercise("my-game", hints=[
    _("Change something you can see: a colour in `screen.fill(...)`, the words in `write(...)`, "
      "or the colour of the balloon."),
    _("Add a line where the ✏️ is, for example `write(screen, \"Hello Grandma!\", (160, 40), 50)`. "
      "It is drawn on top of every screen."),
], praise=_("That is a game made for someone. Show it to your neighbour, and ask: who is it for?"))
def my_game(see):
    states = _states(see)
    goal = see.value("GOAL", int)
    draw = see.function("draw")
    size = see.value("SIZE", tuple)
    pygame.font.init()  # in the film, `pygame.init()` in `play` does this: words in `draw` work here too
    texts = _EXAMPLE_WORDS["nl" if see.name("draw") == "teken" else "en"]
    balloon = pygame.Rect(0, 0, 70, 70)
    balloon.center = (160, 100)
    changed = False
    for state in states:
        mine, example = pygame.Surface(size), pygame.Surface(size)
        draw(mine, state, balloon.copy(), 3)
        _example_draw(example, state, balloon.copy(), 3, states, goal, texts)
        if pygame.image.tobytes(mine, "RGB") != pygame.image.tobytes(example, "RGB"):
            changed = True
    see.that(changed, _("All three screens look exactly like the example. Make it yours: change a colour or "
                        "the words, or add something, then run the cell and check again."))
