"""Games in a notebook: ordinary pygame code, filmed headless, steered by a script of keys."""

import pygame
import pytest

from artech import game, messages


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
    assert "pygame.display.flip()" in capsys.readouterr().out


def test_a_game_started_without_run_is_stopped_where_there_is_no_screen():
    def play():  # no clock.tick, so the test stays fast
        pygame.init()
        screen = pygame.display.set_mode((40, 40))
        while True:
            pygame.event.get()
            screen.fill("red")
            pygame.display.flip()

    with pytest.raises(game.GameStopped, match=r"game.run\(play\)"):
        game.run(play())


def test_mistakes_in_the_call_say_what_to_write():
    with pytest.raises(TypeError, match="without brackets"):
        game.run(42)
    with pytest.raises(TypeError, match="blank"):
        game.run(...)
    with pytest.raises(ValueError, match='Did you mean `right`'):
        game.run(make_game(), keys="rihgt")
    with pytest.raises(ValueError, match="frames"):
        game.run(make_game(), frames=0)
