"""Self-checks: ``check("id")`` in a lesson; the checks themselves live beside the lesson, in the kit.

A check reads the student's own names, never raises into the student's face,
and shows a friendly result: done, or not yet with what was expected, what it
saw and the next hint. Each failed try shows the next hint on the ladder.

Authors write, in ``lessons/<strand>/<slug>/checks.py``::

    from artech.checks import exercise, _

    @exercise("pure-red", hints=[_("Light has three parts."), _("Red full: 255.")])
    def pure_red(see):
        see.equal(see.value("red", tuple), (255, 0, 0), about=_("Your `{name}`", name=see.name("red")))

``_`` translates a sentence with the lesson's own catalogue (``checks.<lang>.po``), and ``see.value("red")``
reads the name the student's edition uses (``rood`` in Dutch: the edition notebook's ``names``).

``check("pure-red")`` in the notebook finds the notebook's lesson, loads that file fresh from the
installed kit and runs the check on the student's names. Nothing of it is in the student's copy.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import html
import io
import re
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from . import i18n, messages

MIME = "application/vnd.artech.check+json"
TIME_LIMIT = 3.0  # seconds a student's function may run inside a check
PRINT_LIMIT = 5000  # characters a student's function may print inside a check

_EXERCISES: dict[str, "Exercise"] = {}  # checks registered outside a lesson's checks.py (tests, a scratch cell)
_LOADING: list[dict] = []  # while a lesson's checks.py is loading: where its @exercise calls register
_TRIES: Counter = Counter()  # failed tries per (lesson, exercise): which hint comes next
_SPEAKING: list[Path | None] = []  # while a lesson's checks load or run: the catalogue of its sentences


def _(text: str, **values: Any) -> str:
    """A sentence of a lesson's checks, in the student's language, with its ``{names}`` filled in."""
    po = _SPEAKING[-1] if _SPEAKING else None
    said = i18n.translate(po, text, text, check=bool(values))
    return said.format(**values) if values else said


def _n(singular: str, plural: str, n: float, /, **values: Any) -> str:
    """A sentence about ``n`` things, in the form each language uses for that number:
    ``_n("one colour", "{count} colours", len(p), count=len(p))``."""
    po = _SPEAKING[-1] if _SPEAKING else None
    return i18n.translate(po, singular, (singular, plural), n=n).format(**values)


def catalogue(checks_file: Path | str, lang: str | None = None) -> Path:
    """Where the translations of a lesson's check sentences are: ``checks.<lang>.po`` beside it."""
    return Path(checks_file).with_name(f"checks.{lang or i18n.language()}.po")


def edition_names(folder: Path | str, lang: str | None = None) -> dict[str, str]:
    """The names a student makes in the ``lang`` edition of a lesson, by their English name."""
    lang = lang or i18n.language()
    if lang == i18n.SOURCE:
        return {}
    path = Path(folder) / f"lesson.{lang}.ipynb"
    try:
        meta = json.loads(path.read_text(encoding="utf-8")).get("metadata", {}).get("artech", {})
    except (OSError, ValueError, AttributeError):
        return {}
    names = meta.get("names") if isinstance(meta, dict) else None
    return {str(k): str(v) for k, v in names.items()} if isinstance(names, dict) else {}


@dataclass
class Exercise:
    id: str
    test: Callable
    hints: list[str]
    praise: str = ""
    catalogue: Path | None = None  # where the translations of its sentences are


class NotYet(Exception):
    """Raised inside a check when the student's work is not there yet."""

    def __init__(self, message: str, expected: Any = None, saw: Any = None, show: bool = False):
        super().__init__(message)
        self.message = message
        self.expected = expected
        self.saw = saw
        self.show = show or expected is not None or saw is not None


class _TooSlow(BaseException):
    pass


class _TooMuchPrinting(BaseException):
    pass


def exercise(id: str, hints: list[str] | tuple = (), praise: str = "") -> Callable:
    """Register the check for exercise ``id``; the decorated function gets a :class:`See`."""

    def register(test: Callable) -> Callable:
        target = _LOADING[-1] if _LOADING else _EXERCISES
        target[id] = Exercise(id, test, list(hints), praise)
        return test

    return register


@dataclass
class Result:
    id: str
    status: str  # "done" | "not yet" | "error"
    message: str
    expected: Any = None
    saw: Any = None
    show: bool = False
    hint: str = ""
    hint_number: int = 0
    hint_total: int = 0

    @property
    def done(self) -> bool:
        return self.status == "done"

    def as_dict(self) -> dict:
        return {"id": self.id, "status": self.status, "message": self.message, "hint": self.hint}

    @property
    def word(self) -> str:
        """The verdict in words, so no one has to read it from an emoji or a colour."""
        return {"done": messages.say("status_done"), "not yet": messages.say("status_not_yet"),
                "error": messages.say("status_error")}[self.status]

    def __repr__(self) -> str:
        mark = {"done": "✅", "not yet": "🌱", "error": "🔧"}[self.status]
        lines = [f"{mark} {self.word} · {self.id}: {self.message}"]
        if self.show:
            lines.append(f"   {messages.say('expected')}: {_short(self.expected)}")
            lines.append(f"   {messages.say('saw')}: {_short(self.saw)}")
        if self.hint:
            lines.append(f"   💡 {messages.say('hint', n=self.hint_number, total=self.hint_total)}: {self.hint}")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        colours = {
            "done": ("#14532d", "#dcfce7", "#16a34a", "✅"),
            "not yet": ("#713f12", "#fef9c3", "#ca8a04", "🌱"),
            "error": ("#1e3a8a", "#dbeafe", "#2563eb", "🔧"),
        }
        fg, bg, edge, mark = colours[self.status]
        parts = [
            f'<div class="artech-check artech-{self.status.replace(" ", "-")}" role="status" '
            f'style="color:{fg};background:{bg};border-left:6px solid {edge};padding:.6em 1em;'
            f'border-radius:6px;font-family:sans-serif;line-height:1.5">',
            f"<strong>{mark} {html.escape(self.word)} · {html.escape(self.id)}</strong> — {_md(self.message)}",
        ]
        if self.show:
            parts.append(
                f"<br><span>{messages.say('expected')}:</span> <code>{html.escape(_short(self.expected))}</code>"
                f"<br><span>{messages.say('saw')}:</span> <code>{html.escape(_short(self.saw))}</code>"
            )
        if self.hint:
            label = messages.say("hint", n=self.hint_number, total=self.hint_total)
            parts.append(f"<br>💡 <em>{label}:</em> {_md(self.hint)}")
        parts.append("</div>")
        return "".join(parts)

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {
            "text/plain": repr(self),
            "text/html": self._repr_html_(),
            MIME: self.as_dict(),
        }


def _short(value: Any, limit: int = 120) -> str:
    text = value if isinstance(value, str) and value.startswith("`") else repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _md(text: str) -> str:
    """Escape text, then show `code` spans as code."""
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", html.escape(text))


class _EditionNames(Mapping):
    """The student's names, looked up by their English name: ``ns["red"]`` is ``rood`` in Dutch.
    Iterating gives the student's own names, as they wrote them (for "did you mean…?")."""

    def __init__(self, namespace: dict, names: dict[str, str]):
        self.namespace, self.names = namespace, names

    def _real(self, key):
        return self.names.get(key, key) if isinstance(key, str) else key

    def __getitem__(self, key):
        return self.namespace[self._real(key)]

    def __iter__(self):
        return iter(self.namespace)

    def __len__(self):
        return len(self.namespace)


class See:
    """What a check uses to look at the student's work. Every method raises NotYet kindly."""

    def __init__(self, namespace: dict, names: dict[str, str] | None = None):
        self.names = dict(names or {})
        self.ns = _EditionNames(namespace, self.names) if self.names else namespace

    def name(self, name: str) -> str:
        """The name the student's edition uses for ``name``: ``see.name("red")`` is "rood" in Dutch."""
        return self.names.get(name, name)

    # --- names and values ---------------------------------------------
    def value(self, name: str, kind: type | tuple | None = None, why: str = "") -> Any:
        """The student's value called ``name``; NotYet if missing, blank or the wrong kind."""
        english, name = name, self.name(name)
        if english not in self.ns:
            hint = messages.did_you_mean(name, self.ns.keys(), kit=False)
            raise NotYet((messages.say("missing_name", name=name) + " " + hint).strip())
        value = self.ns[english]
        if value is Ellipsis:
            raise NotYet(messages.say("still_blank", name=name))
        if kind is not None and not isinstance(value, kind):
            expected_kind = kind[0] if isinstance(kind, tuple) else kind
            if isinstance(value, type) and issubclass(value, kind):
                raise NotYet(messages.say("class_not_made", name=name, kind=value.__name__))
            raise NotYet(
                messages.say(
                    "wrong_type",
                    name=name,
                    saw_kind=messages.kind_name(value),
                    expected_kind=messages.kind_name(expected_kind),
                    why=(why + " ") if why else "",
                )
            )
        return value

    def function(self, name: str) -> Callable:
        """The student's function ``name``, wrapped so calling it is always safe."""
        fn = self.value(name)
        if not callable(fn):
            raise NotYet(messages.say("not_a_function", name=self.name(name)))
        return lambda *args, **kwargs: self.run(fn, *args, **kwargs)

    def run(self, fn: Callable, *args, **kwargs) -> Any:
        """Call student code with a time limit and a printing limit; errors become NotYet."""
        out = _CappedText(PRINT_LIMIT)
        try:
            with _time_limit(TIME_LIMIT), contextlib.redirect_stdout(out):
                return fn(*args, **kwargs)
        except NotYet:
            raise
        except _TooSlow:
            raise NotYet(messages.say("too_slow", seconds=int(TIME_LIMIT))) from None
        except _TooMuchPrinting:
            raise NotYet(messages.say("too_much_output", limit=PRINT_LIMIT)) from None
        except Exception as exc:
            raise NotYet(messages.explain_error(exc)) from None
        finally:
            if out.text:
                sys.stdout.write(out.text)

    # --- comparisons ----------------------------------------------------
    def equal(self, actual: Any, expected: Any, about: str = "") -> Any:
        if actual != expected:
            raise NotYet(messages.say("not_equal", about=about or messages.say("your_answer")),
                         expected=expected, saw=actual)
        return actual

    def that(self, condition: Any, message: str, expected: Any = None, saw: Any = None) -> None:
        """NotYet with the author's own ``message`` unless ``condition`` holds."""
        if not condition:
            raise NotYet(message, expected=expected, saw=saw)

    def made(self, name: str, example: Any = None, kind: type | tuple | None = None) -> Any:
        """For open tasks: ``name`` holds something, and it is not just the example."""
        value = self.value(name, kind)
        try:
            empty = len(value) == 0
        except TypeError:
            empty = value is None
        if empty:
            raise NotYet(messages.say("nothing_made", name=self.name(name)))
        if example is not None and value == example:
            raise NotYet(messages.say("not_changed", name=self.name(name)))
        return value


class _CappedText(io.StringIO):
    def __init__(self, limit: int):
        super().__init__()
        self.limit = limit

    @property
    def text(self) -> str:
        return self.getvalue()[: self.limit]

    def write(self, s: str) -> int:
        n = super().write(s)
        if self.tell() > self.limit:
            raise _TooMuchPrinting()
        return n


@contextlib.contextmanager
def _time_limit(seconds: float):
    """Stop student code after ``seconds``: a timer signal where we can, a trace elsewhere."""
    if hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread():

        def stop(signum, frame):
            raise _TooSlow()

        old = signal.signal(signal.SIGALRM, stop)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)
        return
    deadline = time.monotonic() + seconds

    def tracer(frame, event, arg):
        if time.monotonic() > deadline:
            raise _TooSlow()
        return tracer

    old_trace = sys.gettrace()
    sys.settrace(tracer)
    try:
        yield
    finally:
        sys.settrace(old_trace)


# --- a lesson's checks: found from the notebook, loaded fresh from the kit ---------------------
def load(path: Path | str) -> dict[str, Exercise]:
    """Run a lesson's ``checks.py`` as a fresh module and return its exercises by id.

    Fresh every time: nothing a student's code did to an earlier copy (a redefined helper, a patched
    function) can reach the checks that run now. Its hints and praise are in the language spoken now."""
    path = Path(path)
    found: dict[str, Exercise] = {}
    spec = importlib.util.spec_from_file_location(f"artech_lesson_checks_{abs(hash(str(path)))}", path)
    module = importlib.util.module_from_spec(spec)
    _LOADING.append(found)
    _SPEAKING.append(catalogue(path))
    try:
        spec.loader.exec_module(module)
    finally:
        _LOADING.pop()
        _SPEAKING.pop()
    for ex in found.values():
        ex.catalogue = catalogue(path)
    return found


def _notebook_lesson(path: Path) -> str | None:
    """The lesson a notebook file belongs to, read from its metadata (or its folder, for a master)."""
    try:
        meta = json.loads(path.read_text(encoding="utf-8")).get("metadata", {}).get("artech", {})
    except (OSError, ValueError, AttributeError):
        return None
    if isinstance(meta, dict) and isinstance(meta.get("lesson"), str):
        return meta["lesson"]
    if isinstance(meta, dict) and _is_lesson_folder(path.parent):
        return _lesson_id(path.parent)
    return None


def _is_lesson_folder(folder: Path) -> bool:
    from .format.lesson import CHECKS, FACTS

    return (folder / FACTS).is_file() and (folder / CHECKS).is_file()


def _lesson_id(folder: Path) -> str:
    from .format.lesson import lesson_id

    return lesson_id(folder)


def _checks_file(lesson: str) -> Path:
    from .format.lesson import CHECKS, checks_folder

    return checks_folder(lesson) / CHECKS


def session_notebook(namespace: dict) -> Path | None:
    """The notebook this kernel runs, when JupyterLab (or the kit's own runner) said which."""
    session = namespace.get("__session__") or os.environ.get("JPY_SESSION_NAME")
    if isinstance(session, str) and session.endswith(".ipynb"):
        path = Path(session)
        return path if path.is_absolute() else Path.cwd() / path
    return None


def which_lesson(namespace: dict, ex_id: str) -> str | None:
    """The lesson whose check ``ex_id`` a notebook means.

    In order: the notebook itself (JupyterLab tells the kernel its path), a lesson notebook in the
    folder the kernel runs in, and last the one lesson of the kit that has an exercise ``ex_id``."""
    path = session_notebook(namespace)
    if path is not None:
        lesson = _notebook_lesson(path)
        if lesson:
            return lesson
    here = Path.cwd()
    if _is_lesson_folder(here):
        return _lesson_id(here)
    near = {lid for nb in sorted(here.glob("*.ipynb")) if (lid := _notebook_lesson(nb))}
    if len(near) == 1:
        return near.pop()
    from .format.lesson import defined_checks, find_lessons, lesson_id

    having = [lesson_id(p.parent) for p in find_lessons() if ex_id in defined_checks(p.parent)]
    candidates = [lid for lid in having if lid in near] or having
    return candidates[0] if len(candidates) == 1 else None


def run_check(ex_id: str, namespace: dict, exercises: dict[str, Exercise] | None = None,
              lesson: str = "", names: dict[str, str] | None = None) -> Result:
    """Run the check for ``ex_id`` against ``namespace`` (``names``: the edition's names). Never raises."""
    exercises = _EXERCISES if exercises is None else exercises
    exercise_ = exercises.get(ex_id)
    if exercise_ is None:
        suggestion = messages.did_you_mean(ex_id, exercises.keys())
        return Result(ex_id, "error", messages.say("unknown_exercise", exercise=ex_id, suggestion=suggestion).strip())
    key = (lesson, ex_id)
    _TRIES[key] += 1
    _SPEAKING.append(exercise_.catalogue)
    try:
        exercise_.test(See(namespace, names))
    except NotYet as no:
        result = Result(ex_id, "not yet", no.message, no.expected, no.saw, no.show)
        if exercise_.hints:
            n = min(_TRIES[key], len(exercise_.hints))
            result.hint, result.hint_number, result.hint_total = exercise_.hints[n - 1], n, len(exercise_.hints)
        return result
    except Exception as exc:
        return Result(ex_id, "error", messages.say("check_broke", exercise=ex_id, error=type(exc).__name__, detail=exc))
    finally:
        _SPEAKING.pop()
    _TRIES[key] = 0
    praise = exercise_.praise or messages.say("praise")
    return Result(ex_id, "done", messages.say("done", praise=praise))


def check(ex_id: str) -> Result:
    """Check exercise ``ex_id`` against the names in the notebook that calls it."""
    namespace = sys._getframe(1).f_globals
    if ex_id in _EXERCISES:  # a check an author defined right here, outside any lesson
        return run_check(ex_id, namespace)
    notebook = session_notebook(namespace)
    with i18n.use(i18n.edition_language(notebook) if notebook else None) as lang:
        lesson = which_lesson(namespace, ex_id)
        if lesson is None:
            return Result(ex_id, "error", messages.say("lesson_unknown", exercise=ex_id))
        path = _checks_file(lesson)
        if not path.is_file():
            return Result(ex_id, "error", messages.say("lesson_checks_missing", exercise=ex_id, lesson=lesson))
        try:
            exercises = load(path)
        except Exception as exc:  # the lesson's own checks are broken: a problem for the author, said kindly
            return Result(ex_id, "error", messages.say("checks_broken", lesson=lesson, error=type(exc).__name__,
                                                       detail=exc))
        return run_check(ex_id, namespace, exercises, lesson, edition_names(path.parent, lang))


def grade(checks_file: str, ex_id: str, namespace: dict, lang: str | None = None) -> dict:
    """For ``artech check``: the verdict on ``ex_id`` from a fresh load of ``checks_file``, as a dict.

    The grader calls this on a fresh copy of this module that it loads after the student's code, so a
    student who replaced ``check``, ``run_check`` or ``exercise`` in the kit changed nothing used here.
    ``lang`` is the language of the notebook's edition: its names and its words."""
    with i18n.use(lang) as lang:
        try:
            exercises = load(checks_file)
        except Exception as exc:
            return {"id": ex_id, "status": "error", "hint": "",
                    "message": messages.say("checks_broken", lesson=Path(checks_file).parent.name,
                                            error=type(exc).__name__, detail=exc)}
        names = edition_names(Path(checks_file).parent, lang)
        return run_check(ex_id, namespace, exercises, names=names).as_dict()
