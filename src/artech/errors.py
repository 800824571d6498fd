"""How errors look in a notebook: one mechanism for the whole kit.

* An error raised by the kit's own code (a bad colour, an unknown note, a pin
  used twice) already carries a message written for beginners in
  messages.py. The traceback is cut to the student's own lines, so the
  message is not buried under the kit's insides.
* Any other error (a typo, a division by zero) keeps its real traceback, and
  a short box above it says what happened, why and what to try, with
  "did you mean…?" for a near-miss name.

``import artech`` turns this on in IPython, and so does the kernel configuration the kit installs
(``load_ipython_extension``), so a student who runs a check before the lesson's first cell is told
which cell to run. Nothing changes outside IPython.

Every error the kit raises for a beginner is a :class:`KitError`: one root type, so a teacher's tool
or a test can tell the kit's kind messages from Python's own errors.
"""

from __future__ import annotations

import html
import inspect
import re
from types import TracebackType

from . import messages


class KitError(Exception):
    """The root of every error the kit raises on purpose; its message is written for a beginner."""


def explain(exc: BaseException, namespace: dict | None = None) -> str:
    """One kind paragraph about ``exc``, with a near-miss suggestion when there is one."""
    text = messages.explain_error(exc)
    suggestion = ""
    if isinstance(exc, NameError) and getattr(exc, "name", None):
        first = _first_cell_not_run(exc.name, namespace or {})
        if first:
            return first
        # A note without quotes (`[E4, F4]`) is text the student meant: say so before any near-miss name.
        note = bool(_LOOKS_LIKE_NOTE.match(exc.name))
        # The student's own names first; Python's built-in names only when very close (`pritn`).
        suggestion = "" if note else (messages.did_you_mean(exc.name, list(namespace or {})) or messages.did_you_mean(
            exc.name, BEGINNER_BUILTINS, cutoff=0.8
        ))
        if not suggestion and (exc.name.isalpha() or note):
            suggestion = messages.say("name_maybe_text", name=exc.name)
    elif isinstance(exc, TypeError):
        return _explain_call(exc, namespace or {}) or text
    elif isinstance(exc, AttributeError) and getattr(exc, "name", None) and getattr(exc, "obj", None) is not None:
        suggestion = messages.did_you_mean(exc.name, [n for n in dir(exc.obj) if not n.startswith("_")])
    return f"{text} {suggestion}".strip()


# Python's own names a beginner types; the rest of builtins only make "did you mean" guesses odd.
BEGINNER_BUILTINS = ["print", "range", "len", "input", "int", "str", "float", "list", "dict", "tuple",
                     "sorted", "round", "abs", "min", "max", "sum", "type", "True", "False", "None"]
_LOOKS_LIKE_NOTE = re.compile(r"^[A-Ga-g][#b]?[0-9]$")  # E4, Bb3: a note name, as in artech.sound
_UNEXPECTED = re.compile(r"^(?:[\w<>]+\.)*(\w+)\(\) got an unexpected keyword argument '(\w+)'")
_NO_SELF = re.compile(r"^(?:[\w<>]+\.)*(\w+)\.(\w+)\(\) missing 1 required positional argument: 'self'")


def _explain_call(exc: TypeError, namespace: dict) -> str:
    """Two call slips with their own, clearer words: a misspelt setting, and a kind used as a thing."""
    text = str(exc)
    found = _UNEXPECTED.match(text)
    if found:
        function, word = found.groups()
        try:
            settings = list(inspect.signature(namespace[function]).parameters)
        except (KeyError, TypeError, ValueError):
            settings = []
        return messages.say("unknown_setting", function=function, word=word,
                            suggestion=messages.did_you_mean(word, settings))
    found = _NO_SELF.match(text)
    if found:
        kind, method = found.groups()
        return messages.say("kind_not_thing", kind=kind, method=method, thing=kind.lower())
    return ""


# Names a lesson's first cell gives; without a notebook to read, these still say "run the first cell".
KIT_NAMES = {"check", "colour", "draw", "Pen", "pixels", "sound", "tone", "note", "melody", "chord", "join", "play",
             "bench", "game", "LED", "Button", "sleep", "pygame"}
_IMPORTED = re.compile(r"^\s*(?:from\s+[\w.]+\s+)?import\s+(.+)$", re.M)


def _first_cell(namespace: dict) -> tuple[set[str], str]:
    """The names the notebook's first code cell imports, and the heading above it ("" if unknown)."""
    import json
    from pathlib import Path

    session = namespace.get("__session__")
    if not isinstance(session, str) or not session.endswith(".ipynb"):
        return set(), ""
    try:
        cells = json.loads(Path(session).read_text(encoding="utf-8"))["cells"]
    except (OSError, ValueError, KeyError, TypeError):
        return set(), ""
    heading = ""
    for cell in cells:
        source = "".join(cell.get("source", ""))
        if cell.get("cell_type") == "markdown":
            found = re.findall(r"^#+\s+(.+?)\s*$", source, re.M)
            heading = found[-1] if found else heading
        elif cell.get("cell_type") == "code" and _IMPORTED.search(source):
            names = set()
            for group in _IMPORTED.findall(source):
                for part in group.split(","):
                    words = part.strip().strip("()").split()
                    if words:
                        names.add(words[-1].split(".")[0])
            return names, heading
    return set(), ""


def _first_cell_not_run(name: str, namespace: dict) -> str:
    """The kind words for a kit name used before the first cell ran; "" for any other name."""
    names, heading = _first_cell(namespace)
    if name not in names and not (name in KIT_NAMES and not names):
        return ""
    if "check" in namespace or any(n in namespace for n in names):
        return ""  # the first cell did run: this is a different slip
    place = messages.say("first_cell_place", heading=heading) if heading else ""
    return messages.say("first_cell_not_run", name=name, place=place)


class Explanation:
    """Shown above the traceback: HTML in JupyterLab, plain text elsewhere."""

    def __init__(self, text: str):
        self.text = text

    def __repr__(self) -> str:
        return f"💬 {self.text}"

    def _repr_html_(self) -> str:
        body = html.escape(self.text)
        return (
            '<div class="artech-explain" role="note" style="color:#1e3a8a;background:#dbeafe;'
            'border-left:6px solid #2563eb;padding:.5em 1em;border-radius:6px;font-family:sans-serif">'
            f"💬 {body}</div>"
        )


def _is_kit(tb: TracebackType) -> bool:
    return str(tb.tb_frame.f_globals.get("__name__", "")).startswith("artech")


def raised_by_kit(tb: TracebackType | None) -> bool:
    """True when the innermost frame is the kit's: its message is already for beginners."""
    if tb is None:
        return False
    while tb.tb_next is not None:
        tb = tb.tb_next
    return _is_kit(tb)


def students_part(tb: TracebackType | None) -> TracebackType | None:
    """The frames of a traceback up to where the kit's own code starts."""
    frames = []
    while tb is not None and not _is_kit(tb):
        frames.append((tb.tb_frame, tb.tb_lasti, tb.tb_lineno))
        tb = tb.tb_next
    rebuilt = None
    for frame, lasti, lineno in reversed(frames):
        rebuilt = TracebackType(rebuilt, frame, lasti, lineno)
    return rebuilt


def install(shell=None) -> bool:
    """Add the kind explanation to every error in this IPython shell (once)."""
    if shell is None:
        try:
            from IPython import get_ipython
        except ImportError:
            return False
        shell = get_ipython()
    if shell is None or getattr(shell, "_artech_explains", False):
        return False

    def handler(self, etype, value, tb, tb_offset=None):
        from IPython.display import display

        if raised_by_kit(tb):
            self.showtraceback((etype, value, students_part(tb) or tb), tb_offset=tb_offset)
            return
        display(Explanation(explain(value, self.user_ns)))
        # The real traceback still follows, as an ordinary error (what nbval and teachers expect).
        self.showtraceback((etype, value, tb), tb_offset=tb_offset)

    shell.set_custom_exc((Exception,), handler)  # not KeyboardInterrupt: stopping a cell stays quiet
    shell._artech_explains = True
    return True


def load_ipython_extension(shell) -> None:
    """Run by the kernel at start (the kit's IPython kernel configuration): kind errors from the first cell on."""
    install(shell)
