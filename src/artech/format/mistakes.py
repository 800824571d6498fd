"""A lesson's ``mistakes.yml``: the wrong answers students of its age really give, per exercise.

::

    pure-red:
      - code: "red = (100, 0, 0)"        # English names; an edition's own come from its "names" map
        says: ["255"]                    # optional: text the check's message contains, in every edition
      - code: {en: "red = 'red'", nl: "rood = 'rood'"}     # per edition, when the code has words in it
        says: {en: ["three numbers"], nl: ["drie getallen"]}

The tests type each mistake in place of the exercise's answer (the solution region of the nearest
solution cell before its check cell), in every edition, and prove the check says "not yet" (never
"error") and names what ``says`` lists. ``artech validate`` reads the file; it never reaches a student.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from . import lesson as L
from ..messages import did_you_mean
from .messages import say


def read(folder: Path | str) -> dict:
    """The mistakes of the lesson in ``folder`` ({} when it has none). Raises LessonError, said kindly."""
    path = Path(folder) / L.MISTAKES
    if not path.is_file():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise L.LessonError(say("bad_yaml", file=path, detail=str(exc).splitlines()[0])) from None
    return data if data is not None else {}


def problems(folder: Path | str, exercise_ids: list[str]) -> list[str]:
    """What is wrong with ``mistakes.yml`` in ``folder``: its shape and the exercises it names."""
    try:
        data = read(folder)
    except L.LessonError as err:
        return [str(err)]
    if not isinstance(data, dict):
        return [say("v_mistakes_shape", file=L.MISTAKES)]
    found = []
    for ex_id, entries in data.items():
        if ex_id not in exercise_ids:
            suggestion = _near(str(ex_id), exercise_ids)
            found.append(say("v_mistakes_unknown", file=L.MISTAKES, id=ex_id, suggestion=suggestion))
            continue
        if not isinstance(entries, list) or not entries:
            found.append(say("v_mistakes_list", file=L.MISTAKES, id=ex_id))
            continue
        for n, entry in enumerate(entries, 1):
            code = entry.get("code") if isinstance(entry, dict) else None
            if not (isinstance(code, str) and code.strip()) and not (
                    isinstance(code, dict) and code and all(isinstance(v, str) and v.strip() for v in code.values())):
                found.append(say("v_mistakes_code", file=L.MISTAKES, id=ex_id, n=n))
    return found


def _near(word: str, options: list[str]) -> str:
    """' Did you mean `x`?' for a near miss, or ''."""
    hint = did_you_mean(word, options, kit=False)
    return f" {hint}" if hint else ""


def code_for(entry: dict, lang: str, names: dict[str, str]) -> str:
    """The mistake's code in edition ``lang``: its own, or the English with the edition's names."""
    code = entry["code"]
    if isinstance(code, dict):
        return code.get(lang) or _renamed(code.get("en", next(iter(code.values()))), names)
    return _renamed(code, names)


def _renamed(code: str, names: dict[str, str]) -> str:
    if not names:
        return code
    pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")
    return pattern.sub(lambda m: names[m.group(1)], code)


def says_for(entry: dict, lang: str) -> list[str]:
    """The texts the message must contain in edition ``lang``."""
    says = entry.get("says") or []
    if isinstance(says, dict):
        says = says.get(lang) or []
    return [says] if isinstance(says, str) else list(says)


def typed_in(source: str, code: str) -> str:
    """``source`` (a master's cell) with its solution region replaced by ``code``, indented like the marker."""
    out: list[str] = []
    inside = False
    for line in source.splitlines():
        if line.strip() == L.BEGIN and not inside:
            inside = True
            indent = line[: len(line) - len(line.lstrip())]
            out.extend(indent + c if c.strip() else c for c in code.splitlines())
        elif line.strip() == L.END and inside:
            inside = False
        elif not inside:
            out.append(line)
    return "\n".join(out)
