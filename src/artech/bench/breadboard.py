"""The breadboard widget: ``board(*parts)`` and ``show(*parts)``, with controls to work the inputs.

* The pictures follow every change of a mock pin at once (also from gpiozero's background threads,
  such as ``blink``), at most 25 times a second. Real pins tell nobody when they change: a board
  with such parts looks at them ten times a second.
* When a later cell shows the same part again, the older picture keeps the moment the new one
  appeared, unless the older board has a control to work: a board with controls keeps following.
* **Press** under a button holds it down: click **Press** and the button stays pressed (the label
  says **Let go**) until you click again. (ipywidgets has no "mouse down" event, so holding the
  mouse button can't be told apart from a click; a toggle lets a student hold a button as long as
  they like, and works from the keyboard too.) Other inputs (a motion sensor) get a **Switch**.
  Virtual sensors get a slider. In a notebook a control is handled only when no cell is running.
"""

from __future__ import annotations

import threading
import time
import weakref

import gpiozero
from gpiozero import CompositeDevice
from gpiozero.devices import GPIOBase
from gpiozero.pins.mock import MockPin

from .. import messages
from .errors import BenchError
from .inputs import press, release
from .looks import look, pin_active, pin_label
from .parts import closed, kind_name, leaves, picture_names
from .pins import choose_pins
from .sensors import _VirtualSensor
from .svg import W, picture
from .timeline import listen, sources, watch

REDRAW_GAP = 0.04  # seconds: at most 25 pictures a second, however fast the code changes a part
POLL_EVERY = 0.1  # seconds between looks at real hardware


def throttled(draw, gap: float = REDRAW_GAP):
    """``draw`` now, or (when the last drawing was very recent) once more a moment later."""
    lock = threading.Lock()
    state = {"last": 0.0, "timer": None}

    def later():
        with lock:
            state["timer"], state["last"] = None, time.monotonic()
        draw()

    def poke():
        with lock:
            if state["timer"] is not None:
                return
            wait = state["last"] + gap - time.monotonic()
            if wait > 0:
                state["timer"] = threading.Timer(wait, later)
                state["timer"].daemon = True
                state["timer"].start()
                return
            state["last"] = time.monotonic()
        draw()

    return poke


def _slider(part) -> list:
    import ipywidgets as w

    slider = w.FloatSlider(value=part._reading, min=part.LOW, max=part.HIGH, step=part.STEP,
                           description=messages.say(part.LABEL), readout_format=".2f",
                           layout=w.Layout(width=f"{W}px"), style={"description_width": "initial"})
    slider.observe(lambda change: part._set(change["new"]), names="value")
    listen(part, lambda: setattr(slider, "value", part._reading))
    return [slider]


def _toggle(part, name: str) -> list:
    """A toggle that holds an input down while it is on: **Press**/**Let go**, or **Switch**."""
    import ipywidgets as w

    if isinstance(part, gpiozero.Button):
        up, down = messages.say("bench_label_press"), messages.say("bench_label_let_go")
        tip = messages.say("bench_tooltip_hold", name=name, pins=pin_label(part))
    else:
        up = down = messages.say("bench_label_switch")
        tip = messages.say("bench_tooltip_switch", name=name)
    held = pin_active(part)
    toggle = w.ToggleButton(value=held, description=down if held else up, tooltip=tip,
                            icon="hand-pointer-o", layout=w.Layout(width=f"{W}px"))

    def flip(change):
        toggle.description = down if change["new"] else up
        if closed(part):
            return
        press(part) if change["new"] else release(part)

    def follow():  # code → widget: bench.press(button) in a cell moves the toggle too
        if not closed(part):
            toggle.value = pin_active(part)

    toggle.observe(flip, names="value")
    listen(part._pin, follow)
    return [toggle]


def controls(part, name: str) -> list:
    """The things a student can click or slide to work an input part."""
    if isinstance(part, _VirtualSensor):
        return _slider(part)
    if isinstance(part, gpiozero.InputDevice) and isinstance(getattr(part, "_pin", None), MockPin):
        return _toggle(part, name)
    return []


_BOARD = None
_NEWEST: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # part -> the newest board that shows it


def _breadboard_class():
    import ipywidgets as w

    class Board(w.HBox):
        """A row of parts on a breadboard. ``look(part)`` says what a part's picture shows."""

        def __init__(self, parts, names):
            self.parts = list(parts)
            self.names = names
            self.pictures: dict[int, w.HTML] = {}
            self.inputs: dict[int, list] = {}
            self.kept: set[int] = set()  # parts a newer board shows now; this picture keeps their moment
            self.draws: dict[int, object] = {}
            cards = []
            for part in self.parts:
                name = names[id(part)]
                drawing = w.HTML(value=picture(look(part, name)))
                self.pictures[id(part)] = drawing

                def draw(part=part, drawing=drawing, name=name):
                    if id(part) in self.kept:
                        return
                    try:
                        svg = picture(look(part, name))
                    except Exception:  # the part was closed while it changed: the next look says so
                        return
                    if drawing.value != svg:
                        drawing.value = svg

                self.draws[id(part)] = draw
                redraw = throttled(draw)
                for source in sources(part):
                    listen(source, redraw)
                self.inputs[id(part)] = controls(part, name)
                cards.append(w.VBox([drawing, *self.inputs[id(part)]], layout=w.Layout(margin="0 6px 0 0")))
            super().__init__(cards, layout=w.Layout(flex_flow="row wrap", padding="6px",
                                                    border="2px solid #d8cca8", width="fit-content"))
            self.add_class("artech-bench")
            for part in self.parts:
                older = _NEWEST.get(part)
                if older is not None and older is not self and not older.has_controls():
                    older.keep(part)
                _NEWEST[part] = self
            if any(not isinstance(s, (MockPin, _VirtualSensor)) for p in self.parts for s in sources(p)) \
                    or any(not sources(p) for p in self.parts):
                _poll(self)

        def look(self, part) -> dict:
            return look(part, self.names[id(part)])

        def has_controls(self) -> bool:
            return any(self.inputs.values())

        def keep(self, part) -> None:
            """Draw ``part`` as it is now, and keep that picture: a newer board follows it from here."""
            self.draws[id(part)]()
            self.kept.add(id(part))

        def redraw(self) -> None:
            for part in self.parts:
                if id(part) in self.kept:
                    continue
                try:
                    svg = picture(self.look(part))
                except Exception:
                    continue
                if self.pictures[id(part)].value != svg:
                    self.pictures[id(part)].value = svg

        def __repr__(self) -> str:
            parts = ", ".join(f"{self.names[id(p)]} ({kind_name(p)}, {pin_label(p)})" for p in self.parts)
            return messages.say("bench_board_text", parts=parts)

    return Board


def _poll(board) -> None:
    """Real pins tell nobody when they change: look at them ten times a second."""
    ref = weakref.ref(board)

    def run():
        while True:
            time.sleep(POLL_EVERY)
            b = ref()
            if b is None or all(closed(p) for p in b.parts):
                return
            b.redraw()
            del b

    threading.Thread(target=run, daemon=True).start()


def board(*parts, **named):
    """A breadboard widget with ``parts`` (and ``name=part`` pairs), without showing it yet."""
    __tracebackhide__ = True
    global _BOARD
    choose_pins()
    flat = []
    for part in list(parts) + list(named.values()):
        if part is Ellipsis:
            raise BenchError(messages.say("bench_blank_part", what="show"))
        if isinstance(part, (list, tuple)) and not isinstance(part, GPIOBase):
            flat.extend(part)
            continue
        if not isinstance(part, GPIOBase):
            raise BenchError(messages.say("bench_not_a_part", kind=messages.kind_name(part), value=repr(part)[:40]))
        if isinstance(part, CompositeDevice) and not isinstance(part, (gpiozero.TonalBuzzer, gpiozero.Servo)):
            flat.extend(leaves(part))
        else:
            flat.append(part)
    if not flat:
        raise BenchError(messages.say("bench_nothing_to_show"))
    names = picture_names(flat)
    for key, part in named.items():
        names[id(part)] = key
    for part in flat:
        names.setdefault(id(part), type(part).__name__)
        for source in sources(part):
            if isinstance(source, MockPin):
                watch(source)
    if _BOARD is None:
        _BOARD = _breadboard_class()
    return _BOARD(flat, names)


def show(*parts, **named) -> None:
    """Show parts on a breadboard under this cell, now. The pictures follow the parts from then on."""
    __tracebackhide__ = True
    from IPython.display import display

    display(board(*parts, **named))
