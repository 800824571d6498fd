"""The language layer: which language the kit speaks, and the catalogues that hold its sentences.

Every sentence of the kit has a **key** and an English text in the code (``messages.TEXT`` for
students, ``format.messages.TEXT`` for teachers and authors), and a translation in a gettext PO
catalogue per language: ``locale/<lang>/LC_MESSAGES/<domain>.po``, keyed by ``msgctxt``. A lesson's
check sentences are in ``checks.<lang>.po`` beside its ``checks.py``, keyed by their English text.

The language is, in order: one chosen in code (:func:`use`, for a lesson's edition or a test), the
edition of the notebook this kernel runs (JupyterLab tells the kernel its path), ``ARTECH_LANG``, the
computer's language, else Dutch. A missing or out-of-date translation falls back to English: no
student ever sees a key. ``ARTECH_PSEUDO=1`` wraps every sentence in ``[[…]]``, so a test can find
any text that did not come through here.
"""

from __future__ import annotations

import contextlib
import gettext
import json
import locale as _locale
import os
import re
import string
import sys
from functools import lru_cache
from pathlib import Path
from typing import Iterator

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
SOURCE = "en"  # the language the kit and its lessons are written in; every other translates from it
DEFAULT = "nl"  # the kit is for Dutch schools
PSEUDO_ENV = "ARTECH_PSEUDO"

_chosen: list[str] = []  # a stack: the innermost `use()` wins


@lru_cache(maxsize=None)
def languages() -> dict[str, dict]:
    """The kit's languages from ``locale/languages.yml``: code -> {name, complete}."""
    import yaml

    data = yaml.safe_load((LOCALE_DIR / "languages.yml").read_text(encoding="utf-8")) or {}
    return {code: {"name": str(v.get("name", code)), "complete": bool(v.get("complete", code == SOURCE)),
                   "notebook": str(v.get("notebook") or f"lesson.{code}.ipynb"),
                   "welcome": str(v.get("welcome") or f"welcome.{code}.ipynb"),
                   "jupyterlab": str(v.get("jupyterlab") or code),
                   "newer": str(v.get("newer") or "new"),
                   "journal": str(v.get("journal") or "journal.ipynb"),
                   "review": str(v.get("review") or "review.ipynb")}
            for code, v in data.items() if isinstance(v, dict)}


def known(code: str | None) -> str | None:
    """``code`` as one of the kit's languages ('nl_NL.UTF-8' -> 'nl'), or None."""
    if not code:
        return None
    short = re.split(r"[_.@\-]", str(code).strip().lower(), maxsplit=1)[0]
    return short if short in languages() else None


def system_language() -> str | None:
    """The computer's language, when it is one of the kit's. "C" and "POSIX" say nothing (Python would
    read C.UTF-8 as American English); with no setting at all, ask the system (Windows, macOS)."""
    values = [os.environ.get(var, "") for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")]
    if any(values):
        for value in values:
            for part in value.split(":"):
                if part and part not in ("C", "POSIX") and not part.startswith("C."):
                    return known(part)
        return None
    try:
        return known(_locale.getlocale()[0])
    except ValueError:
        return None


@lru_cache(maxsize=32)
def _notebook_edition(path: str) -> str | None:
    """A notebook's language, read once: its metadata ``artech.lang``; English for a lesson without
    one (written before lessons had editions); None for a file that is not a lesson."""
    try:
        meta = json.loads(Path(path).read_text(encoding="utf-8")).get("metadata", {}).get("artech")
    except (OSError, ValueError, AttributeError):
        return None
    if not isinstance(meta, dict):
        return None
    return known(meta.get("lang")) or SOURCE


def edition_language(notebook: str | Path | None = None) -> str | None:
    """The language of a lesson notebook (its metadata ``artech.lang``; a lesson without one is English).

    Without ``notebook``: the notebook this kernel runs, when there is one (only a kernel has one)."""
    if notebook is None and "ipykernel" not in sys.modules:
        return None
    path = notebook or os.environ.get("JPY_SESSION_NAME")
    if not path or not str(path).endswith(".ipynb"):
        return None
    return _notebook_edition(str(Path(path).resolve()))


def chosen() -> str:
    """The language chosen outside any lesson: ``ARTECH_LANG``, else the computer's, else Dutch."""
    return known(os.environ.get("ARTECH_LANG")) or system_language() or DEFAULT


def language() -> str:
    """The language the kit speaks right now."""
    if _chosen:
        return _chosen[-1]
    return edition_language() or chosen()


@contextlib.contextmanager
def use(lang: str | None) -> Iterator[str]:
    """Speak ``lang`` inside the block (an unknown or empty language changes nothing)."""
    code = known(lang) or language()
    _chosen.append(code)
    try:
        yield code
    finally:
        _chosen.pop()


# --- catalogues -------------------------------------------------------------------------
# Each catalogue (a gettext domain) and the module whose ``TEXT`` holds its keys and English texts.
DOMAINS = {"student": "artech.messages", "teacher": "artech.format.messages", "site": "artech.site.words"}


def domain_texts() -> dict[str, dict]:
    """{domain: TEXT} for every catalogue of the kit."""
    import importlib

    return {domain: importlib.import_module(module).TEXT for domain, module in DOMAINS.items()}


def catalogue_path(domain: str, lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{domain}.po"


@lru_cache(maxsize=64)
def _read(path: str, stamp: float) -> tuple[dict, object]:
    """{key: (msgid, msgstr, fuzzy)} of a PO file (key: msgctxt, else msgid) and its plural rule."""
    from babel.messages.pofile import read_po

    try:
        with open(path, "rb") as fh:
            cat = read_po(fh, abort_invalid=True)  # never a warning or a traceback in a student's notebook
    except Exception:  # a broken catalogue: English instead (artech validate names the file and the line)
        return {}, (lambda n: int(n != 1))
    entries = {}
    for m in cat:
        if not m.id:
            continue
        key = m.context or (m.id[0] if isinstance(m.id, tuple) else m.id)
        entries[key] = (m.id, m.string, m.fuzzy)
    rule = gettext.c2py(cat.plural_expr) if cat.plural_expr else (lambda n: int(n != 1))
    return entries, rule


def entries(path: Path) -> tuple[dict, object]:
    """The translations in the PO file at ``path`` (nothing when there is none)."""
    try:
        return _read(str(path), path.stat().st_mtime)
    except FileNotFoundError:
        return {}, (lambda n: int(n != 1))


def placeholders(text: str) -> set[str]:
    """The named placeholders of a text: 'Hint {n} of {total}' -> {'n', 'total'}."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}
    except ValueError:
        return {"<broken braces>"}


def translate(path: Path | None, key: str, source: str | tuple, lang: str | None = None, n: int | None = None,
              check: bool = True) -> str:
    """The text of message ``key`` (English ``source``; a (singular, plural) pair for a count) in ``lang``.

    A translation is used only when it has the placeholders of the English text (``check``: the text
    is formatted after this): a broken one falls back to English."""
    lang = lang or language()
    if n is not None and not isinstance(n, int):  # 1.5 seconds: plural in both languages, never "1"
        n = int(n) if float(n).is_integer() else 2
    english = source if isinstance(source, str) else (source[0] if n == 1 else source[1])
    text = english
    if lang != SOURCE and path is not None:
        found, rule = entries(path)
        entry = found.get(key)
        if entry and entry[1]:
            msgstr = entry[1]
            if isinstance(msgstr, (tuple, list)):
                index = rule(n if n is not None else 1) if len(msgstr) > 1 else 0
                msgstr = msgstr[min(index, len(msgstr) - 1)]
            if msgstr and (not check or placeholders(msgstr) <= placeholders(english)):
                text = msgstr
    if os.environ.get(PSEUDO_ENV):
        text = f"[[{text}]]"
    return text


@lru_cache(maxsize=None)
def glossary() -> dict:
    import yaml

    return yaml.safe_load((LOCALE_DIR / "glossary.yml").read_text(encoding="utf-8")) or {}


def kit_words(lang: str | None = None) -> dict[str, str]:
    """Words a child may type in ``lang`` for one of the kit's names: {'toon': 'show', ...}."""
    words = (glossary().get("kit_words") or {}).get(lang or language()) or {}
    return {str(k): str(v) for k, v in words.items()}
