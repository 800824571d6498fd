"""Is every translation there and up to date? The rules of docs/translating.md, as checks.

- A lesson's edition in another language (``lesson.nl.ipynb``) has the same cells, exercises,
  solutions, sections, pictures and facts as ``lesson.ipynb``, and every cell says which English text
  it translates (a hash): when the English changes, the translation is older than its text.
- A lesson's check sentences (``checks.py``) each have a current translation in ``checks.<lang>.po``.
- The kit's catalogues (``student.po``, ``teacher.po``) translate every message with its placeholders.

Each problem is one line: the file, what is wrong, and what to do.
"""

from __future__ import annotations

import ast
import hashlib
import re
from pathlib import Path

from .. import i18n
from . import lesson as L
from .messages import say

TRANSLATES = "translates"  # cell metadata artech.translates: the hash of the English cell it translates
_IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)[^)]*\)|<img\b[^>]*\bsrc=[\"']([^\"']+)[\"']", re.I)
_HEADING = re.compile(r"^(#+)\s+\S", re.M)


def source_hash(text: str) -> str:
    """The short fingerprint of an English cell's text that its translation records."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def edition_path(folder: Path | str, lang: str) -> Path:
    """``lesson.ipynb`` for English, the source; ``lesson.<lang>.ipynb`` for every other language."""
    return Path(folder) / (L.NOTEBOOK if lang == i18n.SOURCE else f"lesson.{lang}.ipynb")


def checks_catalogue(folder: Path | str, lang: str) -> Path:
    return Path(folder) / f"checks.{lang}.po"


def translated_languages() -> list[str]:
    return [code for code in i18n.languages() if code != i18n.SOURCE]


def required_languages() -> list[str]:
    """The languages every lesson must have an edition in: the complete ones."""
    return [code for code, info in i18n.languages().items() if code != i18n.SOURCE and info["complete"]]


# --- a lesson's check sentences -----------------------------------------------------------
def check_sentences(checks_file: Path) -> list[tuple[str, str | None, int, bool]]:
    """(English text, plural text or None, line, filled in?) of every ``_()`` and ``_n()`` call in a
    checks file. A sentence that gets no values is not formatted, so its braces are just text."""
    try:
        tree = ast.parse(checks_file.read_text(encoding="utf-8"))
    except (OSError, SyntaxError):
        return []
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "_n"):
            args = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None
                    for a in node.args[:2]]
            if node.func.id == "_" and args and args[0] is not None:
                found.append((args[0], None, node.lineno, bool(node.keywords)))
            elif node.func.id == "_n" and len(args) == 2 and None not in args:
                found.append((args[0], args[1], node.lineno, True))
    return found


def built_sentences(checks_file: Path) -> list[int]:
    """Lines where ``_()`` gets something other than written-out text (an f-string, a sum): an
    extractor cannot see such a sentence, so no translator can translate it."""
    try:
        tree = ast.parse(checks_file.read_text(encoding="utf-8"))
    except (OSError, SyntaxError):
        return []
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "_n"):
            wanted = 1 if node.func.id == "_" else 2
            if len(node.args) < wanted or not all(
                    isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:wanted]):
                lines.append(node.lineno)
    return lines


def _catalogue_problems(po: Path, sentences: list[tuple[str, str | None, int, bool]], label: str) -> list[str]:
    from babel.messages.pofile import read_po

    if not po.is_file():
        return [say("t_no_catalogue", file=label, source=po.with_suffix("").name)]
    try:
        with po.open("rb") as fh:
            cat = read_po(fh, abort_invalid=True)
    except Exception as exc:  # a broken PO file: say where, never a traceback
        return [say("t_bad_catalogue", file=label, detail=str(exc)[:120])]
    problems = []
    for text, plural, line, formatted in sentences:
        m = cat.get(text if plural is None else text)
        if m is None or not m.string or (isinstance(m.string, tuple) and not all(m.string)):
            problems.append(say("t_untranslated", file=label, text=text[:70], line=line))
        elif m.fuzzy:
            problems.append(say("t_fuzzy", file=label, text=text[:70]))
        else:
            english = i18n.placeholders(text) | (i18n.placeholders(plural) if plural else set())
            strings = m.string if isinstance(m.string, tuple) else (m.string,)
            if formatted and any(i18n.placeholders(s) - english for s in strings) or formatted and plural is None \
                    and any(i18n.placeholders(s) != english for s in strings):
                problems.append(say("t_placeholders", file=label, text=text[:70],
                                    names=", ".join(sorted(english)) or "-"))
    return problems


# --- a lesson's editions -------------------------------------------------------------------
def _images(cell) -> list[str]:
    return [a or b for a, b in _IMAGE.findall(cell.get("source", ""))] if cell.cell_type == "markdown" else []


def _same_picture(english: str, other: str, lang: str) -> bool:
    if english == other:
        return True
    p = Path(english)
    return other == str(p.with_name(f"{p.stem}.{lang}{p.suffix}"))


def _made_names(nb) -> set[str]:
    """The names the notebook's code makes: assigned, or defined with ``def`` or ``class``."""
    names: set[str] = set()
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        code = "\n".join(ln for ln in cell.source.splitlines() if not ln.lstrip().startswith(("%", "!")))
        try:
            tree = ast.parse(code)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names.add(node.name)
    return names


def edition_problems(folder: Path | str, lang: str, english=None, where: str | None = None) -> list[str]:
    """Every way the ``lang`` edition of the lesson in ``folder`` differs from the English one. ``where``
    is the folder as the author knows it (a project's step: ``projects/real_challenges/<id>/steps/<step>``);
    without it, ``lessons/<strand>/<slug>``."""
    folder = Path(folder)
    path = edition_path(folder, lang)
    here = where or f"lessons/{folder.parent.name}/{folder.name}"
    rel = f"{here}/{path.name}"
    if not path.is_file():
        return [say("t_no_edition", file=rel, lang=lang, folder=here)]
    try:
        english = english or L.read(folder / L.NOTEBOOK)
        other = L.read(path)
    except L.LessonError as err:
        return [str(err)]
    problems = []
    meta = L.meta(other)
    if meta.get("lang") != lang:
        problems.append(say("t_wrong_lang", file=rel, lang=lang, found=meta.get("lang")))
    for key in L.NOTEBOOK_FACTS:
        a, b = L.meta(english).get(key) or [], meta.get(key) or []
        if isinstance(a, list) and isinstance(b, list) and len(a) != len(b):
            problems.append(say("t_fact_count", file=rel, fact=key, english=len(a), count=len(b)))
    ids_en = [c.get("id") for c in english.cells]
    ids_other = [c.get("id") for c in other.cells]
    if ids_en != ids_other:
        missing = [i for i in ids_en if i not in ids_other]
        extra = [i for i in ids_other if i not in ids_en]
        if missing:
            problems.append(say("t_cells_missing", file=rel, cells=", ".join(map(str, missing[:5]))))
        if extra:
            problems.append(say("t_cells_extra", file=rel, cells=", ".join(map(str, extra[:5]))))
        if not missing and not extra:
            problems.append(say("t_cells_order", file=rel))
        return problems  # the rest compares cell with cell: it needs the same cells
    stale = []
    for number, (a, b) in enumerate(zip(english.cells, other.cells), start=1):
        cid = a.get("id")
        if a.cell_type != b.cell_type:
            problems.append(say("t_cell_kind", file=rel, cell=cid, number=number, english=a.cell_type, kind=b.cell_type))
            continue
        if sorted(L.tags(a)) != sorted(L.tags(b)):
            problems.append(say("t_cell_tags", file=rel, cell=cid, number=number,
                                english=", ".join(L.tags(a)) or "-", tags=", ".join(L.tags(b)) or "-"))
        if L.check_calls(a) != L.check_calls(b):
            problems.append(say("t_cell_checks", file=rel, cell=cid, number=number,
                                english=", ".join(L.check_calls(a)) or "-", checks=", ".join(L.check_calls(b)) or "-"))
        if len(L.solution_regions(a.source)) != len(L.solution_regions(b.source)):
            problems.append(say("t_cell_solutions", file=rel, cell=cid, number=number))
        if [len(h) for h in _HEADING.findall(a.source)] != [len(h) for h in _HEADING.findall(b.source)] \
                and a.cell_type == "markdown":
            problems.append(say("t_cell_sections", file=rel, cell=cid, number=number))
        pa, pb = _images(a), _images(b)
        if len(pa) != len(pb) or not all(_same_picture(x, y, lang) for x, y in zip(pa, pb)):
            problems.append(say("t_cell_pictures", file=rel, cell=cid, number=number,
                                english=", ".join(pa) or "-", pictures=", ".join(pb) or "-"))
        stamp = (b.get("metadata", {}).get(L.META_KEY) or {}).get(TRANSLATES)
        if stamp != source_hash(a.source):
            stale.append((cid, number, stamp is None))
    for cid, number, never in stale[:8]:
        key = "t_cell_untranslated" if never else "t_cell_stale"
        problems.append(say(key, file=rel, cell=cid, number=number, lang=lang,
                            folder=here))
    if len(stale) > 8:
        problems.append(say("t_more_stale", file=rel, count=len(stale) - 8))
    names = meta.get("names") or {}
    if not isinstance(names, dict):
        problems.append(say("t_names_not_map", file=rel))
        names = {}
    made = _made_names(other)
    made_en = _made_names(english)
    for en_name, name in names.items():
        if en_name not in made_en and en_name not in _read_names(folder):
            problems.append(say("t_name_unknown", file=rel, name=en_name))
        elif name not in made:
            problems.append(say("t_name_not_made", file=rel, name=name, english=en_name))
    for en_name in sorted(_read_names(folder) - set(names)):
        if en_name in made_en and en_name not in made:
            problems.append(say("t_name_missing", file=rel, english=en_name))
    checks_file = folder / L.CHECKS
    if checks_file.is_file():
        po = checks_catalogue(folder, lang)
        problems += _catalogue_problems(po, check_sentences(checks_file),
                                        f"{here}/{po.name}")
    return problems


def _read_names(folder: Path) -> set[str]:
    """The student's names a lesson's checks read (``see.value("x")``, ``see.ns.get("x")``, …)."""
    path = folder / L.CHECKS
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (OSError, SyntaxError):
        return set()
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args \
                and node.func.attr in ("value", "made", "function", "get", "name") \
                and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            owner = node.func.value
            if (isinstance(owner, ast.Name) and owner.id == "see") or (
                    isinstance(owner, ast.Attribute) and owner.attr == "ns"):
                found.add(node.args[0].value)
        elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute) and node.value.attr == "ns" \
                and isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str):
            found.add(node.slice.value)
    return found - {"colour"}


def built_sentence_problems(folder: Path) -> list[str]:
    checks_file = Path(folder) / L.CHECKS
    rel = f"lessons/{folder.parent.name}/{folder.name}/{L.CHECKS}"
    return [say("t_built_sentence", file=rel, line=line) for line in built_sentences(checks_file)]


def lesson_translation_problems(folder: Path | str) -> list[str]:
    """Every translation problem of one lesson, in each complete language. A language still being
    translated is not held to the rules yet: ``artech translate status`` says what it has left."""
    folder = Path(folder)
    problems = built_sentence_problems(folder)
    english = None
    for lang in required_languages():
        english = english or L.read(folder / L.NOTEBOOK)
        problems += edition_problems(folder, lang, english)
    return problems


# --- the kit's own catalogues --------------------------------------------------------------
def kit_catalogue_problems(lang: str) -> list[str]:
    """Every message of the kit that ``lang`` does not translate (or translates with other placeholders)."""
    from babel.messages.pofile import read_po

    problems = []
    for domain, text in i18n.domain_texts().items():
        po = i18n.catalogue_path(domain, lang)
        label = f"src/artech/locale/{lang}/LC_MESSAGES/{domain}.po"
        if not po.is_file():
            problems.append(say("t_no_kit_catalogue", file=label, lang=lang))
            continue
        try:
            with po.open("rb") as fh:
                cat = read_po(fh, abort_invalid=True)
        except Exception as exc:
            problems.append(say("t_bad_catalogue", file=label, detail=str(exc)[:120]))
            continue
        by_key = {m.context: m for m in cat if m.id and m.context}
        for key, source in text.items():
            m = by_key.get(key)
            english = source if isinstance(source, str) else source[1]
            strings = (m.string if isinstance(m.string, tuple) else (m.string,)) if m else ("",)
            if m is None or not all(strings):
                problems.append(say("t_kit_untranslated", file=label, key=key))
            elif m.fuzzy or (m.id if isinstance(m.id, str) else m.id[0]) != (
                    source if isinstance(source, str) else source[0]):
                problems.append(say("t_kit_fuzzy", file=label, key=key))
            elif any(i18n.placeholders(s) != i18n.placeholders(english) for s in strings):
                problems.append(say("t_kit_placeholders", file=label, key=key,
                                    names=", ".join(sorted(i18n.placeholders(english))) or "-"))
    return problems
