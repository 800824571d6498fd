"""Games in a notebook: ordinary pygame code, filmed headless, steered by a script of keys."""

from pathlib import Path

import pygame
import pytest

from artech import game, messages
from conftest import is_message, message_pattern, said


def make_game(log=None, handle_quit=True, flip=True, size=(160, 100)):
    """A small game as a student writes it; `log` collects the events it saw."""

    def play():
        pygame.init()
        screen = pygame.display.set_mode(size)
        clock = pygame.time.Clock()
        player = pygame.Rect(60, 40, 20, 20)
        running = True
        while running:
            for event in pygame.event.get():
                if event.type == pygame.QUIT and handle_quit:
                    running = False
                if log is not None and event.type in (pygame.KEYDOWN, pygame.KEYUP, pygame.MOUSEBUTTONDOWN):
                    log.append((event.type, getattr(event, "key", getattr(event, "pos", None))))
            keys = pygame.key.get_pressed()
            if keys[pygame.K_RIGHT]:
                player.x += 3
            if keys[pygame.K_LEFT]:
                player.x -= 3
            ticks = pygame.time.get_ticks()  # noqa: F841 - recorded with the other variables
            screen.fill("black")
            pygame.draw.rect(screen, "tomato", player)
            if flip:
                pygame.display.flip()
            clock.tick(30)
        pygame.quit()

    return play


def test_frames_are_captured_and_shown_as_a_film():
    film = game.run(make_game(), frames=30, alt="A red square on black.")
    assert len(film) == 30 and film.size == (160, 100) and film.fps == 30 and film.ended == "quit"
    assert film.gif().startswith(b"GIF89a")
    page = film._repr_html_()
    assert 'alt="A red square on black."' in page and "data:image/gif;base64," in page
    assert repr(film) == messages.say("bench_film_text", frames=30, fps=30,
                                      seconds=messages.say("bench_one_second"))
    assert film.strip(3).size == (3 * 160 + 2 * 6, 100)


def test_holding_right_moves_the_player_right_and_nothing_moves_it_not():
    held = game.run(make_game(), frames=10, keys="right")
    assert [p.x for p in held.track("player")] == [63 + 3 * i for i in range(10)]
    still = game.run(make_game(), frames=10)
    assert {p.x for p in still.track("player")} == {60}
    assert still.box(0) == (60, 40, 20, 20)
    assert held.box(-1) == (90, 40, 20, 20)


def test_a_script_of_keys_per_frame():
    film = game.run(make_game(), frames=12, keys={0: None, 4: "→", 8: "left"})
    xs = [p.x for p in film.track("player")]
    assert xs == [60, 60, 60, 60, 63, 66, 69, 72, 69, 66, 63, 60]
    listed = game.run(make_game(), frames=4, keys=["right", None, ["right", "left"], "right"])
    assert [p.x for p in listed.track("player")] == [63, 63, 63, 66]


def test_key_presses_arrive_as_events_once():
    log = []
    game.run(make_game(log), frames=10, keys={3: "space", 5: None}, clicks={7: (40, 30)})
    assert log == [(pygame.KEYDOWN, pygame.K_SPACE), (pygame.KEYUP, pygame.K_SPACE),
                   (pygame.MOUSEBUTTONDOWN, (40, 30))]


def test_a_scripted_click_is_shown_as_a_ring_in_the_film_only():
    film = game.run(make_game(), frames=12, clicks={3: (30, 20)})
    ring = (30 + 8, 20)  # a point on the ring, right of the click
    assert film.still(2).getpixel(ring) == (0, 0, 0)  # before the click: the black background
    assert all(film.still(f).getpixel(ring) == (255, 255, 255) for f in range(3, 3 + game.CLICK_MARK_FRAMES))
    assert film.still(3 + game.CLICK_MARK_FRAMES).getpixel(ring) == (0, 0, 0)  # gone again
    assert film.still(3).getpixel((30, 20)) == (0, 0, 0)  # the ring is open: the game shows through
    plain = game.run(make_game(), frames=12, clicks={3: (30, 20)}, show_clicks=False)
    assert plain.still(3).getpixel(ring) == (0, 0, 0)
    assert game.run(make_game(), frames=5, clicks={1: [30.0, 20.0]}).still(1).getpixel(ring) == (255, 255, 255)


@pytest.mark.parametrize("clicks, key", [
    ([(30, 20)], "game_bad_clicks"),
    ((30, 20), "game_bad_clicks"),
    ({3: 30}, "game_bad_click"),
    ({3: (30, 20, 1)}, "game_bad_click"),
    ({-1: (30, 20)}, "game_bad_click"),
    ({"3": (30, 20)}, "game_bad_click"),
    ({3: ("a", 20)}, "game_bad_click"),
])
def test_clicks_that_cannot_be_made_get_a_kind_typed_error(clicks, key):
    kind = game.GameTypeError if key == "game_bad_clicks" else game.GameValueError
    with pytest.raises(kind) as raised:
        game.run(make_game(), frames=5, clicks=clicks)
    assert is_message(str(raised.value), key)
    assert isinstance(raised.value, game.GameError)


def test_time_in_the_game_follows_the_frames_not_the_clock():
    film = game.run(make_game(), frames=31)
    assert film.track("ticks")[30] == 1000


def test_pygame_is_itself_again_after_a_run():
    flip, clock = pygame.display.flip, pygame.time.Clock
    game.run(make_game(), frames=3)
    assert pygame.display.flip is flip and pygame.time.Clock is clock
    assert pygame.key.get_pressed is game._REAL[("pygame.key", "get_pressed")]


def test_a_game_that_ignores_quit_is_stopped_and_told_why(capsys):
    film = game.run(make_game(handle_quit=False), frames=8)
    assert film.ended == "kept-going" and len(film) == 8
    assert messages.say("bench_game_kept_going", frames=8) in capsys.readouterr().out


def test_a_loop_without_flip_is_stopped(capsys):
    film = game.run(make_game(flip=False), frames=8)
    assert film.ended == "no-frames" and len(film) == 0
    out = capsys.readouterr().out
    assert said("bench_game_no_flip") in out
    assert "pygame.display.flip()" in out


def test_a_game_started_without_run_is_stopped_where_there_is_no_screen():
    def play():  # no clock.tick, so the test stays fast
        pygame.init()
        screen = pygame.display.set_mode((40, 40))
        while True:
            pygame.event.get()
            screen.fill("red")
            pygame.display.flip()

    # the message says to write `game.run(play)` (with the lesson edition's name for `play`)
    with pytest.raises(game.GameStopped, match=message_pattern("bench_game_no_run", frames=game.GUARD_FRAMES)):
        game.run(play())


def test_mistakes_in_the_call_say_what_to_write():
    with pytest.raises(TypeError, match=message_pattern("bench_game_not_function", kind=said("kind_int"))):
        game.run(42)
    with pytest.raises(TypeError, match=message_pattern("bench_game_blank")):
        game.run(...)
    with pytest.raises(ValueError, match=message_pattern("bench_game_bad_key", name=repr("rihgt"))) as err:
        game.run(make_game(), keys="rihgt")
    assert is_message(str(err.value), "did_you_mean", suggestion="right")
    with pytest.raises(ValueError, match=message_pattern("bench_game_bad_frames", value="0")):
        game.run(make_game(), frames=0)


# --- the game kit's errors are the kit's errors, and still the Python kind ---------------------------
def test_game_errors_are_kit_errors_of_the_python_kind():
    from artech.errors import KitError

    for call, kind, python_kind in ((lambda: game.run(42), game.GameTypeError, TypeError),
                                    (lambda: game.run(...), game.GameTypeError, TypeError),
                                    (lambda: game.run(make_game(), keys=3.5), game.GameTypeError, TypeError),
                                    (lambda: game.run(make_game(), keys="rihgt"), game.GameValueError, ValueError),
                                    (lambda: game.run(make_game(), frames=0), game.GameValueError, ValueError)):
        with pytest.raises(kind) as err:
            call()
        assert isinstance(err.value, KitError) and isinstance(err.value, python_kind)
    assert issubclass(game.GameStopped, game.GameError) and issubclass(game.GameError, KitError)


# --- blanks: a helper with only `...` ---------------------------------------------------------------
def _blank(player, keys):
    ...


def _blank_with_words(player, keys):
    """Exercise 1."""
    # ✏️ Your code here
    ...


def _nothing_on_purpose(player, keys):
    pass


def _written(player, keys):
    if keys[pygame.K_RIGHT]:
        player.x = player.x + 5
    ...


def test_a_blank_is_only_dots_and_pass_is_not_a_blank():
    assert game.blank(_blank) and game.blank(_blank_with_words)
    assert not game.blank(_nothing_on_purpose) and not game.blank(_written)
    assert not game.blank(None) and not game.blank(print) and not game.blank(...)


NOTEBOOK_GAME = """
def play():
    pygame.init()
    screen = pygame.display.set_mode((40, 40))
    player = pygame.Rect(10, 10, 5, 5)
    running = True
    while running:
        for event in pygame.event.get():
            if event.type == pygame.QUIT:
                running = False
        move(player, pygame.key.get_pressed())
        screen.fill("black")
        pygame.display.flip()
    pygame.quit()
"""


def test_a_film_of_a_game_with_a_blank_helper_says_which_one(capsys):
    notebook = {"pygame": pygame, "move": _blank}  # the game finds `move` among the notebook's names
    exec(NOTEBOOK_GAME, notebook)
    film = game.run(notebook["play"], frames=3, keys="right")
    assert len(film) == 3
    assert messages.say("game_blank", name="move") in capsys.readouterr().out
    notebook["move"] = _written
    film = game.run(notebook["play"], frames=3, keys="right")
    assert [p.x for p in film.track("player")] == [15, 20, 25]
    assert "..." not in capsys.readouterr().out


# --- the lesson's checks -----------------------------------------------------------------------------
LESSON = Path(__file__).resolve().parents[1] / "lessons" / "tinkering" / "a-first-game"

LESSON_GAME = """
SIZE = (320, 200)
SPEED = 5

def move(player, keys):
    if keys[pygame.K_RIGHT]:
        player.x = player.x + SPEED

def keep_on_screen(player, screen):
    pass

def draw(screen, player):
    screen.fill("darkgreen")
    font = pygame.font.Font(None, 24)
    screen.blit(font.render("Score: 3", True, "white"), (10, 10))
    pygame.draw.rect(screen, "white", player)

def play():
    pygame.init()
    screen = pygame.display.set_mode(SIZE)
    clock = pygame.time.Clock()
    player = pygame.Rect(140, 80, 40, 40)
    running = True
    while running:
        for event in pygame.event.get():
            if event.type == pygame.QUIT:
                running = False
        keys = pygame.key.get_pressed()
        move(player, keys)
        keep_on_screen(player, screen)
        draw(screen, player)
        pygame.display.flip()
        clock.tick(30)
    pygame.quit()
"""


def _lesson_notebook():
    from artech.checks import load

    names = {"pygame": pygame, "game": game}
    exec(LESSON_GAME, names)
    return names, load(LESSON / "checks.py")


def test_text_with_a_font_in_draw_works_in_the_check_as_in_the_film():
    from artech.checks import run_check

    names, exercises = _lesson_notebook()
    film = game.run(names["play"], frames=3)  # the film draws the text: pygame.init() ran in play
    assert len(film) == 3 and film.ended == "quit"
    assert not pygame.font.get_init()  # play ended with pygame.quit(), as every game does
    result = run_check("my-look", names, exercises)
    assert result.status == "done", result.message


def test_a_blank_helper_is_named_in_the_check():
    from artech.checks import run_check

    names, exercises = _lesson_notebook()
    names["move"] = _blank
    names["draw"] = _blank_with_words
    for exercise, name in (("move-right", "move"), ("four-ways", "move"), ("my-look", "draw")):
        result = run_check(exercise, names, exercises)
        assert result.status == "not yet" and result.message == messages.say("game_blank_check", name=name)
    names["move"], names["keep_on_screen"] = _written, _blank
    result = run_check("stay-on-screen", names, exercises)
    assert result.message == messages.say("game_blank_check", name="keep_on_screen")


def test_run_all_with_only_the_first_exercise_done_keeps_it_working(tmp_path):
    """A student does exercise 1 and then Run ▸ Run All: the blanks further down must not empty the game.

    The student works in the edition of the language the tests run in (the kernel inherits it), with
    that edition's names: `speel`, `beweeg`, `speler` in Dutch."""
    import nbformat
    from nbclient import NotebookClient

    from artech import i18n
    from artech.checks import edition_names
    from artech.format import lesson as L
    from artech.format.translations import edition_path

    lang = i18n.language()
    names = edition_names(LESSON, lang)
    n = lambda name: names.get(name, name)  # noqa: E731 - the edition's name for an English name
    master = L.read(edition_path(LESSON, lang))
    answers = {c.id: L.solution_source(c.source) for c in master.cells if L.has_solution(c)}
    first = L.exercises(master)[0]
    student = L.student_copy(master, "tinkering-a-first-game")
    cells = {c.id: c for c in student.cells}
    cells[master.cells[first["solution"]].id].source = answers[master.cells[first["solution"]].id]
    draw_cell = next(c for c in student.cells if c.cell_type == "code" and c.source.startswith(f"def {n('draw')}("))
    assert "pygame.draw.rect(" in draw_cell.source, "Make it yours starts from a working `draw`"
    student.cells += [
        nbformat.v4.new_code_cell(f"film = game.run({n('play')}, frames=30, keys='right')\n"
                                  f"print(film.box(0), [p.x for p in film.track({n('player')!r})][:3])"),
        nbformat.v4.new_code_cell("from artech.checks import run_check, load\n"
                                  f"print(run_check('move-right', globals(), load({str(LESSON / 'checks.py')!r}), "
                                  f"names={names!r}).message)"),
    ]
    (tmp_path / "lesson.ipynb").write_text(nbformat.writes(student))
    NotebookClient(student, kernel_name="python3", allow_errors=True,
                   resources={"metadata": {"path": str(tmp_path)}}).execute(
        env={**__import__("os").environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"})
    by_id = {c.get("id"): c for c in student.cells}
    plain = lambda cell: "\n".join(o.get("text", "") + o.get("data", {}).get("text/plain", "") for o in cell.outputs)
    assert plain(by_id[first["cell_id"]]).startswith("✅"), plain(by_id[first["cell_id"]])
    second = L.exercises(master)[1]
    film_cell = master.cells[second["solution"]].id
    assert said("game_blank", name=n("move")) in plain(by_id[film_cell])
    # after Run All, the game still draws (the later `draw` is the working example), and the check that
    # is run again says why the player stands still now, instead of a puzzling "did not move"
    again_film, again_check = student.cells[-2:]
    assert "(140, 80, 40, 40) [140, 140, 140]" in plain(again_film)  # the player is drawn, and stands still
    assert said("game_blank", name=n("move")) in plain(again_film)  # and the film says why
    assert plain(again_check).strip() == said("game_blank_check", name=n("move"))
