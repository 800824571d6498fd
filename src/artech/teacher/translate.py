"""``artech translate``: the translator's tools (docs/translating.md).

- ``update``: write the templates (``student.pot``, ``teacher.pot``) from the kit's messages, and bring
  every language's catalogues up to date with them (a changed English text marks its translation
  fuzzy); the same for each lesson's check sentences; make a copy to translate of any lesson edition
  that is missing.
- ``new LANG``: add a language.
- ``stamp FOLDER --lang L``: record that cells of an edition translate the current English.
- ``status``: what is left to translate, per language.
"""

from __future__ import annotations

import copy
import io
from pathlib import Path

import nbformat
import yaml
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from .. import i18n
from ..format import lesson as L
from ..format import plan_text
from ..format import translations as T
from ..format.messages import say

DOMAINS = i18n.domain_texts()
PROJECT = "ArTech"
WIDTH = 100


def _new_catalogue(lang: str | None) -> Catalog:
    cat = Catalog(locale=lang, project=PROJECT, version="",
                  copyright_holder="ArTech contributors", msgid_bugs_address="", fuzzy=False)
    return cat


def template(domain: str) -> Catalog:
    """The template of a kit catalogue: every message, keyed by ``msgctxt``, with its English text."""
    cat = _new_catalogue(None)
    for key, text in DOMAINS[domain].items():
        cat.add(text if isinstance(text, str) else tuple(text), context=key)
    return cat


def lesson_template(folder: Path) -> Catalog:
    cat = _new_catalogue(None)
    for text, plural, line, _formatted in T.check_sentences(Path(folder) / L.CHECKS):
        cat.add(text if plural is None else (text, plural), locations=[(L.CHECKS, line)])
    return cat


def plan_template(root: Path) -> Catalog:
    """The template of the plan's catalogue: every sentence of ``curriculum.yml``, keyed by where it lives."""
    cat = _new_catalogue(None)
    for key, english in plan_text.sentences(yaml.safe_load((Path(root) / plan_text.FILE).read_text(encoding="utf-8"))):
        cat.add(english, context=key, locations=[(plan_text.FILE, 0)])
    return cat


def _read(path: Path) -> Catalog | None:
    try:
        with path.open("rb") as fh:
            return read_po(fh)
    except FileNotFoundError:
        return None


def _write(cat: Catalog, path: Path) -> bool:
    """Write ``cat`` to ``path``; True when that changed the file."""
    buf = io.BytesIO()
    write_po(buf, cat, width=WIDTH, omit_header=False, include_previous=True, ignore_obsolete=True)
    data = buf.getvalue()
    # The creation date changes on every write: leave a file whose messages did not change alone.
    if path.is_file() and _messages_of(path.read_bytes()) == _messages_of(data):
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def _messages_of(data: bytes) -> bytes:
    return b"\n".join(ln for ln in data.splitlines() if not ln.startswith((b'"POT-Creation-Date', b'"PO-Revision-Date')))


def merge(tmpl: Catalog, path: Path, lang: str) -> bool:
    """Bring the catalogue at ``path`` up to date with ``tmpl`` (a new one when there is none)."""
    cat = _read(path)
    if cat is None:
        cat = _new_catalogue(lang)
    cat.update(tmpl, no_fuzzy_matching=False, update_header_comment=False)
    return _write(cat, path)


def new_edition(folder: Path, lang: str) -> Path:
    """A copy of the English lesson to translate: every cell still English, none stamped."""
    english = L.read(folder / L.NOTEBOOK)
    nb = copy.deepcopy(english)
    nb.metadata[L.META_KEY]["lang"] = lang
    nb.metadata[L.META_KEY].setdefault("names", {})
    for cell in nb.cells:
        (cell.get("metadata") or {}).get(L.META_KEY, {}).pop(T.TRANSLATES, None)
    path = T.edition_path(folder, lang)
    nbformat.write(nb, path)
    return path


def update(root: Path | None = None, out=print) -> int:
    """Templates and catalogues up to date with the code; a copy to translate for each missing edition."""
    root = Path(root) if root else L.kit_root()
    changed = 0
    for domain in DOMAINS:
        tmpl = template(domain)
        if _write(tmpl, i18n.LOCALE_DIR / f"{domain}.pot"):
            changed += 1
            out(say("tr_wrote", path=f"src/artech/locale/{domain}.pot"))
        for lang in T.translated_languages():
            if merge(tmpl, i18n.catalogue_path(domain, lang), lang):
                changed += 1
                out(say("tr_wrote", path=f"src/artech/locale/{lang}/LC_MESSAGES/{domain}.po"))
    if (root / plan_text.FILE).is_file():
        tmpl = plan_template(root)
        for lang in T.translated_languages():
            path = plan_text.catalogue(root, lang)
            if merge(tmpl, path, lang):
                changed += 1
                out(say("tr_wrote", path=path.relative_to(root)))
    for nb_path in L.find_lessons(root):
        folder = nb_path.parent
        tmpl = lesson_template(folder)
        for lang in T.translated_languages():
            if merge(tmpl, T.checks_catalogue(folder, lang), lang):
                changed += 1
                out(say("tr_wrote", path=T.checks_catalogue(folder, lang).relative_to(root)))
            if not T.edition_path(folder, lang).is_file():
                new_edition(folder, lang)
                changed += 1
                out(say("tr_new_edition", path=T.edition_path(folder, lang).relative_to(root)))
    out(say("tr_updated", count=changed))
    return 0


def stamp(folder: Path, lang: str, cells: list[str], every: bool, out=print) -> int:
    """Record that the given cells of the ``lang`` edition translate the current English cells."""
    folder = Path(folder).resolve()
    path = T.edition_path(folder, lang)
    try:
        english, other = L.read(folder / L.NOTEBOOK), L.read(path)
    except L.LessonError as err:
        out(str(err))
        return 2
    by_id = {c.get("id"): c for c in english.cells}
    wanted = set(by_id) if every else set(cells)
    unknown = sorted(wanted - set(by_id))
    if unknown:
        out(say("tr_unknown_cells", cells=", ".join(unknown), file=path.name))
        return 2
    done = 0
    for cell in other.cells:
        cid = cell.get("id")
        if cid in wanted and cid in by_id:
            meta = cell.setdefault("metadata", {}).setdefault(L.META_KEY, {})
            meta[T.TRANSLATES] = T.source_hash(by_id[cid].source)
            done += 1
    nbformat.write(other, path)
    out(say("tr_stamped", count=done, file=path.name))
    return 0


def new_language(code: str, name: str, root: Path | None = None, out=print) -> int:
    """Add language ``code`` to the kit (not complete yet) and make everything there is to translate."""
    code = code.strip().lower()
    if not code.isalpha() or not 2 <= len(code) <= 3:
        out(say("tr_bad_code", code=code))
        return 2
    file = i18n.LOCALE_DIR / "languages.yml"
    data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
    if code in data:
        out(say("tr_language_exists", code=code))
        return 2
    with file.open("a", encoding="utf-8") as fh:
        entry = yaml.safe_dump({"name": name, "complete": False}, allow_unicode=True, default_flow_style=True,
                               width=1000, sort_keys=False)
        fh.write(f"{code}: {entry}")
    i18n.languages.cache_clear()
    return update(root, out)


def status(root: Path | None = None, lang: str | None = None, out=print) -> int:
    """What is left to translate: per language, the kit's catalogues and every lesson."""
    root = Path(root) if root else L.kit_root()
    left = 0
    for code in [lang] if lang else T.translated_languages():
        problems = T.kit_catalogue_problems(code)
        for nb_path in L.find_lessons(root):
            problems += T.edition_problems(nb_path.parent, code)
        left += len(problems)
        out(say("tr_status", lang=code, count=len(problems)))
        for problem in problems:
            out("  " + problem)
    return 1 if left else 0
