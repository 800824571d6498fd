"""Games with pygame in a notebook: the game is ordinary pygame, the kit films it.

A student writes the game loop they meet in every pygame book, inside a function::

    import pygame
    from artech import game

    def play():
        pygame.init()
        screen = pygame.display.set_mode((320, 200))
        clock = pygame.time.Clock()
        x = 20
        running = True
        while running:
            for event in pygame.event.get():
                if event.type == pygame.QUIT:
                    running = False
            keys = pygame.key.get_pressed()
            if keys[pygame.K_RIGHT]:
                x = x + 4
            screen.fill("midnightblue")
            pygame.draw.circle(screen, "gold", (x, 100), 15)
            pygame.display.flip()
            clock.tick(30)
        pygame.quit()

    game.run(play, frames=60, keys="right")   # 60 frames with → held, shown as a little film

How ``run`` works: while the game runs, the kit stands in for a few pygame functions.
``pygame.display.flip()`` also keeps a copy of the picture (a *frame*) and of the
game's simple variables; after ``frames`` frames the kit sends ``pygame.QUIT``, as if
the window were closed, so the loop ends the normal way. ``clock.tick(30)`` does not
wait (the film still plays at 30 frames a second), and key presses and mouse clicks
come from a script: ``keys`` and ``clicks``. Nothing else changes, so ``play()``
runs unchanged on a computer with a screen, and ``run(play, window=True)`` opens
a real window there.

Without a screen, a game started without ``run`` (``play()`` or ``run(play())``)
would never end; the kit stops it after a few seconds and says what to do.
"""

from __future__ import annotations

import ast
import base64
import html
import inspect
import io
import os
import sys
import textwrap
import types

import numpy as np
import pygame
from PIL import Image, ImageDraw

from . import messages
from .errors import KitError

__all__ = ["run", "Film", "GameError", "GameTypeError", "GameValueError", "GameStopped", "KEY_NAMES", "blank"]

FRAMES = 90  # frames a run lasts unless told otherwise: 3 seconds at 30 frames a second
FPS = 30  # frames a second when the game never says (clock.tick)
GRACE = 5  # frames a game may still draw after it was asked to stop
NO_FRAME_LIMIT = 5000  # asks for keys or events without a new frame: a loop without flip()
GUARD_FRAMES = 90  # frames a game may run, without run() and without a screen, before the kit stops it
GIF_FRAMES = 45  # at most this many frames go into the film shown in the notebook
CLICK_MARK_FRAMES = 4  # a scripted click is shown in the film as a ring, in its frame and the next 3
ARROWS = {"→": "right", "←": "left", "↑": "up", "↓": "down", "enter": "return"}
KEY_NAMES = {name[2:].lower(): getattr(pygame, name) for name in dir(pygame) if name.startswith("K_")}


class GameError(KitError):
    """The root of every error the game kit raises on purpose; its message says what to try."""


class GameTypeError(GameError, TypeError):
    """Something of the wrong kind given to ``game.run`` (a blank, a game with brackets)."""


class GameValueError(GameError, ValueError):
    """A value ``game.run`` cannot use (a key it does not know, no frames)."""


class GameStopped(GameError, RuntimeError):
    """The kit stopped a game that could not end by itself; the message says what to do."""


class _Stop(BaseException):
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def _has_screen() -> bool:
    return os.environ.get("SDL_VIDEODRIVER", "") not in ("dummy", "offscreen")


# --- the script of key presses and clicks ---------------------------------------------------
def _key_code(name) -> int:
    __tracebackhide__ = True
    if isinstance(name, int):
        return name
    word = ARROWS.get(str(name).strip(), str(name).strip().lower())
    if word not in KEY_NAMES:
        hint = messages.did_you_mean(word, ["right", "left", "up", "down", "space", "return", "escape"] + list("wasd"))
        raise GameValueError(messages.say("bench_game_bad_key", name=repr(name), suggestion=hint))
    return KEY_NAMES[word]


def _held(item) -> frozenset:
    if item is None or item == "":
        return frozenset()
    if isinstance(item, (str, int)):
        return frozenset([_key_code(item)])
    return frozenset(_key_code(k) for k in item)


def _script(keys, frames: int) -> list[frozenset]:
    """Which keys are held in each frame, from a key name, a list (one per frame) or {frame: keys}."""
    __tracebackhide__ = True
    total = frames + GRACE + 1
    if keys is None or isinstance(keys, (str, int)):
        held = _held(keys)
        return [held] * total
    if isinstance(keys, dict):
        out, current = [], frozenset()
        for frame in range(total):
            if frame in keys:
                current = _held(keys[frame])
            out.append(current)
        return out
    if isinstance(keys, (list, tuple)):
        out = [_held(item) for item in keys]
        return (out + [frozenset()] * total)[:total]
    raise GameTypeError(messages.say("bench_game_bad_keys", kind=messages.kind_name(keys)))


def _clicks(clicks) -> dict:
    """The scripted clicks as {frame: (x, y)}; a kind error for anything else."""
    __tracebackhide__ = True
    if clicks is None:
        return {}
    if not isinstance(clicks, dict):
        raise GameTypeError(messages.say("game_bad_clicks", kind=messages.kind_name(clicks)))
    out = {}
    for frame, place in clicks.items():
        good_frame = isinstance(frame, int) and not isinstance(frame, bool) and frame >= 0
        good_place = (isinstance(place, (tuple, list)) and len(place) == 2
                      and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in place))
        if not (good_frame and good_place):
            raise GameValueError(messages.say("game_bad_click", frame=repr(frame), place=repr(place)))
        out[frame] = (int(place[0]), int(place[1]))
    return out


class _Keys:
    """What ``pygame.key.get_pressed()`` gives during a run: ``keys[pygame.K_RIGHT]`` is True or False."""

    def __init__(self, held: frozenset):
        self.held = held

    def __getitem__(self, key) -> bool:
        return key in self.held

    def __len__(self) -> int:
        return 512

    def __iter__(self):
        return iter(k in self.held for k in range(512))


# --- what a run records ---------------------------------------------------------------------
def _keep(value):
    """A copy of a simple value, so later changes don't change the record."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (pygame.Rect, pygame.FRect, pygame.math.Vector2)):
        return value.copy()
    if isinstance(value, pygame.Color):
        return tuple(value)
    if isinstance(value, (tuple, list)) and len(value) <= 8 and all(isinstance(v, (int, float)) for v in value):
        return tuple(value)
    return _SKIP


_SKIP = object()


class _Recording:
    def __init__(self, play, frames: int, script: list, clicks: dict, fps: int | None, show_clicks: bool = True):
        self.play = play
        self.show_clicks = show_clicks
        self.code = getattr(play, "__code__", None)
        self.budget = frames
        self.script = script
        self.clicks = clicks
        self.fps = fps
        self.frame = 0  # frames shown so far (= the number of the frame being drawn)
        self.injected = -1
        self.asks = 0
        self.images: list[Image.Image] = []
        self.seen: list[dict] = []
        self.mouse = (0, 0)

    def held(self) -> frozenset:
        return self.script[min(self.frame, len(self.script) - 1)]

    def inject(self) -> None:
        """Post this frame's key and mouse events once, before the game asks for them."""
        self.asks += 1
        if self.asks > NO_FRAME_LIMIT:
            raise _Stop("no-frames")
        f = self.frame
        if self.injected >= f or not pygame.display.get_init():
            return
        self.injected = f
        before = self.script[f - 1] if f > 0 else frozenset()
        now = self.held()
        events = [pygame.event.Event(pygame.KEYDOWN, key=k, mod=0, unicode="", scancode=0) for k in sorted(now - before)]
        events += [pygame.event.Event(pygame.KEYUP, key=k, mod=0, unicode="", scancode=0) for k in sorted(before - now)]
        if f in self.clicks:
            self.mouse = tuple(self.clicks[f])
            events += [pygame.event.Event(pygame.MOUSEMOTION, pos=self.mouse, rel=(0, 0), buttons=(0, 0, 0)),
                       pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=self.mouse, button=1),
                       pygame.event.Event(pygame.MOUSEBUTTONUP, pos=self.mouse, button=1)]
        if f == self.budget:
            events.append(pygame.event.Event(pygame.QUIT))
        for event in events:
            pygame.event.post(event)

    def capture(self, caller) -> None:
        if self.frame < self.budget:
            surface = pygame.display.get_surface()
            if surface is not None:
                data = pygame.image.tobytes(surface, "RGB")
                image = Image.frombytes("RGB", surface.get_size(), data)
                if self.show_clicks:
                    self.mark_clicks(image)
                self.images.append(image)
                self.seen.append(self.variables(caller))
        self.frame += 1
        self.asks = 0
        if self.frame >= self.budget + GRACE:
            raise _Stop("kept-going")

    def mark_clicks(self, image: Image.Image) -> None:
        """Draw a ring where a scripted click happened, in the film only (the game's own screen is untouched)."""
        recent = [self.clicks[f] for f in range(self.frame - CLICK_MARK_FRAMES + 1, self.frame + 1) if f in self.clicks]
        if not recent:
            return
        pen = ImageDraw.Draw(image)
        for x, y in recent:
            pen.ellipse((x - 9, y - 9, x + 9, y + 9), outline="black", width=5)
            pen.ellipse((x - 8, y - 8, x + 8, y + 8), outline="white", width=3)

    def variables(self, caller) -> dict:
        frame = caller
        while frame is not None and self.code is not None and frame.f_code is not self.code:
            frame = frame.f_back
        frame = frame or caller
        kept = {}
        for name, value in frame.f_locals.items():
            copy = _keep(value)
            if copy is not _SKIP and not name.startswith("_"):
                kept[name] = copy
        return kept


class _Clock:
    """``pygame.time.Clock`` during a run: it remembers the speed but does not wait."""

    def __init__(self, recording: _Recording):
        self._rec = recording
        self._last = 0

    def tick(self, framerate=0):
        if framerate and self._rec.fps is None:
            self._rec.fps = int(framerate)
        self._last = round(1000 / (framerate or self._rec.fps or FPS))
        return self._last

    tick_busy_loop = tick

    def get_time(self):
        return self._last

    get_rawtime = get_time

    def get_fps(self):
        return float(self._rec.fps or FPS)


# --- standing in for pygame ------------------------------------------------------------------
_PATCHED = [
    (pygame.display, "flip"), (pygame.display, "update"), (pygame.display, "set_mode"),
    (pygame.event, "get"), (pygame.event, "poll"), (pygame.event, "wait"),
    (pygame.key, "get_pressed"), (pygame.mouse, "get_pos"), (pygame.mouse, "get_pressed"),
    (pygame.time, "Clock"), (pygame.time, "get_ticks"), (pygame.time, "delay"), (pygame.time, "wait"),
]
_REAL = {(m.__name__, n): getattr(m, n) for m, n in _PATCHED}


def _real(module, name):
    return _REAL[(module.__name__, name)]


def _stand_ins(rec: _Recording) -> dict:
    def flip(*args, **kwargs):
        result = _real(pygame.display, "flip")()
        rec.capture(sys._getframe(1))
        return result

    def update(*args, **kwargs):
        result = _real(pygame.display, "update")(*args, **kwargs)
        rec.capture(sys._getframe(1))
        return result

    def get(*args, **kwargs):
        rec.inject()
        return _real(pygame.event, "get")(*args, **kwargs)

    def poll():
        rec.inject()
        return _real(pygame.event, "poll")()

    def wait(*args, **kwargs):
        rec.inject()
        return _real(pygame.event, "poll")()

    def get_pressed(*args, **kwargs):
        rec.inject()
        return _Keys(rec.held())

    def get_pos():
        return rec.mouse

    def mouse_pressed(*args, **kwargs):
        down = rec.frame in rec.clicks
        return (down, False, False) if not args and not kwargs else (down, False, False, False, False)

    return {
        ("pygame.display", "flip"): flip, ("pygame.display", "update"): update,
        ("pygame.display", "set_mode"): _real(pygame.display, "set_mode"),
        ("pygame.event", "get"): get, ("pygame.event", "poll"): poll, ("pygame.event", "wait"): wait,
        ("pygame.key", "get_pressed"): get_pressed,
        ("pygame.mouse", "get_pos"): get_pos, ("pygame.mouse", "get_pressed"): mouse_pressed,
        ("pygame.time", "Clock"): lambda: _Clock(rec),
        ("pygame.time", "get_ticks"): lambda: round(rec.frame * 1000 / (rec.fps or FPS)),
        ("pygame.time", "delay"): lambda ms=0: 0, ("pygame.time", "wait"): lambda ms=0: 0,
    }


def _swap(replacements: dict) -> dict:
    before = {}
    for module, name in _PATCHED:
        key = (module.__name__, name)
        before[key] = getattr(module, name)
        if key in replacements:
            setattr(module, name, replacements[key])
    return before


# --- the guard: a game started without run(), where there is no screen --------------------------
_GUARD = {"frames": 0}


def _guard_stand_ins() -> dict:
    def count():
        _GUARD["frames"] += 1
        if _GUARD["frames"] > GUARD_FRAMES:
            _GUARD["frames"] = 0
            raise GameStopped(messages.say("bench_game_no_run", frames=GUARD_FRAMES))

    def flip(*args, **kwargs):
        result = _real(pygame.display, "flip")()
        count()
        return result

    def update(*args, **kwargs):
        result = _real(pygame.display, "update")(*args, **kwargs)
        count()
        return result

    def set_mode(*args, **kwargs):
        _GUARD["frames"] = 0
        return _real(pygame.display, "set_mode")(*args, **kwargs)

    return {("pygame.display", "flip"): flip, ("pygame.display", "update"): update,
            ("pygame.display", "set_mode"): set_mode}


if not _has_screen():
    _swap(_guard_stand_ins())


# --- blanks: a helper still to fill in ----------------------------------------------------------
def blank(fn) -> bool:
    """True when ``fn`` is a function whose body is only ``...``: a blank of the lesson, still to fill in.

    ``pass`` is not a blank: a lesson uses it for a helper that does nothing on purpose."""
    code = getattr(fn, "__code__", None)
    if not isinstance(fn, types.FunctionType) or code is None or code.co_names:
        return False  # a body that uses any name (pygame, SPEED, player.x) is not only `...`
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(fn)))
    except (OSError, TypeError, SyntaxError, IndentationError):
        return False
    node = tree.body[0] if tree.body else None
    if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return False
    body = node.body[1:] if ast.get_docstring(node) is not None else node.body
    return bool(body) and all(isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant) and s.value.value is Ellipsis
                              for s in body)


def _blank_helpers(play) -> list[str]:
    """The names of the functions ``play`` calls that are still blank, in the order ``play`` names them."""
    code, names = getattr(play, "__code__", None), getattr(play, "__globals__", {})
    if code is None:
        return []
    return [name for name in dict.fromkeys(code.co_names) if blank(names.get(name))]


# --- running a game -------------------------------------------------------------------------
def run(play, frames: int = FRAMES, keys=None, clicks=None, window: bool = False, alt: str = "",
        show_clicks: bool = True) -> "Film | None":
    """Run the game ``play`` (a function, without brackets) for ``frames`` frames and return its film.

    ``keys``: a key held the whole time (``"right"`` or ``"→"``), a list with the keys held in
    each frame (``["right"] * 10 + [None] * 10``) or ``{frame: keys}`` (held from that frame on).
    ``clicks``: ``{frame: (x, y)}``, a mouse click in that frame; the film shows each click as a
    white ring for a few frames (``show_clicks=False``: not). ``window=True`` opens a real
    window when the computer has a screen (close it to stop). ``alt`` describes the film in words.
    """
    __tracebackhide__ = True
    if play is Ellipsis:
        raise GameTypeError(messages.say("bench_game_blank"))
    if not callable(play):
        raise GameTypeError(messages.say("bench_game_not_function", kind=messages.kind_name(play)))
    if isinstance(frames, bool) or not isinstance(frames, int) or frames < 1:
        raise GameValueError(messages.say("bench_game_bad_frames", value=repr(frames)))
    if window:
        if _has_screen():
            play()
            return None
        print(messages.say("bench_game_no_screen"))
    script = _script(keys, frames)
    _GUARD["frames"] = 0
    clicks = _clicks(clicks)
    rec = _Recording(play, frames, script, clicks, None, bool(show_clicks))
    before = _swap(_stand_ins(rec))
    ended = "quit"
    try:
        play()
    except _Stop as stop:
        ended = stop.reason
    except SystemExit:
        ended = "quit"
    finally:
        _swap(before)
        if ended != "quit":
            pygame.display.quit()
    film = Film(rec.images, rec.fps or FPS, rec.seen, ended, alt, keys)
    if ended == "kept-going":
        print(messages.say("bench_game_kept_going", frames=frames))
    elif ended == "no-frames":
        print(messages.say("bench_game_no_flip"))
    elif not rec.images:
        print(messages.say("bench_game_no_frames"))
    for name in _blank_helpers(play):  # a blank helper is why the film stands still or stays dark
        print(messages.say("game_blank", name=name))
    return film


class Film:
    """The frames of one run of a game, and the game's simple variables in each frame.

    ``film.track("player")`` gives a variable's value in every frame; ``film.still(0)`` one
    frame as a picture; ``film.strip()`` a few frames side by side; ``film.save("game.gif")``.
    """

    def __init__(self, frames, fps, seen, ended, alt="", keys=None):
        self.frames: list[Image.Image] = list(frames)
        self.fps = fps
        self.seen: list[dict] = list(seen)
        self.ended = ended
        self.alt = alt
        self.keys = keys

    def __len__(self) -> int:
        return len(self.frames)

    @property
    def seconds(self) -> float:
        return round(len(self.frames) / self.fps, 2)

    @property
    def size(self) -> tuple[int, int]:
        return self.frames[0].size if self.frames else (0, 0)

    def track(self, name: str) -> list:
        """The value of the game's variable ``name`` in each frame (None where it did not exist)."""
        return [seen.get(name) for seen in self.seen]

    def still(self, index: int = -1) -> Image.Image:
        return self.frames[index]

    def strip(self, count: int = 4) -> Image.Image:
        """``count`` frames, evenly spread from first to last, side by side."""
        if not self.frames:
            return Image.new("RGB", (1, 1), "white")
        count = max(1, min(count, len(self.frames)))
        picks = [round(i * (len(self.frames) - 1) / max(count - 1, 1)) for i in range(count)]
        w, h = self.size
        out = Image.new("RGB", (count * w + (count - 1) * 6, h), "white")
        for n, i in enumerate(picks):
            out.paste(self.frames[i], (n * (w + 6), 0))
        return out

    def box(self, index: int = -1):
        """Where something is drawn on the background in a frame: ``(x, y, width, height)`` or None.

        The background is the colour most of the frame has.
        """
        pixels = np.asarray(self.frames[index]).reshape(-1, 3)
        colours, counts = np.unique(pixels, axis=0, return_counts=True)
        background = colours[counts.argmax()]
        drawn = np.any(np.asarray(self.frames[index]) != background, axis=2)
        rows, cols = np.nonzero(drawn)
        if not len(rows):
            return None
        return (int(cols.min()), int(rows.min()), int(cols.max() - cols.min() + 1), int(rows.max() - rows.min() + 1))

    def gif(self) -> bytes:
        """The film as an animated GIF (at most GIF_FRAMES frames, at the game's speed)."""
        if not self.frames:
            return b""
        step = max(1, -(-len(self.frames) // GIF_FRAMES))
        chosen = self.frames[::step]
        buffer = io.BytesIO()
        chosen[0].save(buffer, "GIF", save_all=True, append_images=chosen[1:], loop=0,
                       duration=round(1000 * step / self.fps), optimize=False)
        return buffer.getvalue()

    def save(self, path) -> str:
        """Save the film: ``.gif`` for the animation, ``.png`` for a strip of frames."""
        path = str(path)
        if path.lower().endswith(".png"):
            self.strip().save(path)
        else:
            with open(path, "wb") as f:
                f.write(self.gif())
        return path

    def _description(self) -> str:
        seconds = messages.say("bench_one_second") if self.seconds == 1 else messages.say("bench_seconds", n=f"{self.seconds:g}")
        return messages.say("bench_film_text", frames=len(self.frames), seconds=seconds, fps=self.fps)

    def __repr__(self) -> str:
        return self._description()

    def _repr_html_(self) -> str:
        if not self.frames:
            return f"<p>{html.escape(self._description())}</p>"
        alt = self.alt or messages.say("bench_film_alt", frames=len(self.frames))
        data = base64.b64encode(self.gif()).decode("ascii")
        w, h = self.size
        return (
            '<figure class="artech-film" style="margin:0.3em 0">'
            f'<img src="data:image/gif;base64,{data}" width="{w}" height="{h}" alt="{html.escape(alt)}" '
            'style="image-rendering:pixelated;border:1px solid #888;border-radius:4px">'
            f'<figcaption style="font-family:sans-serif;font-size:0.9em">{html.escape(self._description())}</figcaption>'
            "</figure>"
        )
