"""The language layer: every sentence has a key, every key a translation with the same placeholders,
every call site passes what its sentence needs, nothing a student reads escapes the layer, and a
lesson's editions cannot drift apart. Messages are compared by key, never by their English words."""

from __future__ import annotations

import ast
import html
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from babel.messages.pofile import read_po

from artech import i18n
from artech import messages as student
from artech.format import lesson as L
from artech.format import messages as teacher
from artech.format import translations as T
from artech.format.validate import all_problems
from artech.teacher.grade import check_notebook
from artech.teacher.workspace import notebook_name, welcome_name, write_workspace
from conftest import REPO

SRC = REPO / "src" / "artech"
LANGS = T.required_languages()
SAYERS = {"say", "_say", "teacher_say"}  # the functions that turn a key into a sentence


def _po(domain: str, lang: str):
    with i18n.catalogue_path(domain, lang).open("rb") as fh:
        return read_po(fh)


# --- every key, every language ---------------------------------------------------------------
def test_there_is_a_complete_language_besides_english():
    assert "nl" in LANGS and i18n.DEFAULT == "nl"


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated_with_the_same_placeholders(lang):
    assert T.kit_catalogue_problems(lang) == []


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("domain, text", list(i18n.domain_texts().items()))
def test_a_catalogue_has_no_message_the_kit_does_not_have(lang, domain, text):
    keys = {m.context for m in _po(domain, lang) if m.id}
    assert keys == set(text), f"unknown: {sorted(keys - set(text))}, missing: {sorted(set(text) - keys)}"


def test_a_key_means_one_message_in_the_whole_kit():
    seen: dict[str, str] = {}
    for domain, text in i18n.domain_texts().items():
        for key in text:
            assert key not in seen, f"`{key}` is in both {seen[key]} and {domain}"
            seen[key] = domain


@pytest.mark.parametrize("domain", list(i18n.DOMAINS))
def test_the_templates_are_up_to_date_with_the_code(domain):
    from artech.teacher.translate import template

    with (i18n.LOCALE_DIR / f"{domain}.pot").open("rb") as fh:
        stored = {(m.context, m.id) for m in read_po(fh) if m.id}
    assert stored == {(m.context, m.id) for m in template(domain) if m.id}, "run `artech translate update`"


def test_the_kit_speaks_the_translation_at_run_time():
    for lang in LANGS:
        cat = {m.context: m.string for m in _po("student", lang) if m.id}
        with i18n.use(lang):
            assert student.say("status_done") == cat["status_done"]
            assert student.say("missing_name", name="x") == cat["missing_name"].format(name="x")
    with i18n.use("en"):
        assert student.say("status_done") == student.TEXT["status_done"]


def test_a_translation_with_wrong_placeholders_falls_back_to_english(tmp_path):
    po = tmp_path / "student.po"
    po.write_text('msgctxt "hint"\nmsgid "Hint {n} of {total}"\nmsgstr "Tip {nummer}"\n', encoding="utf-8")
    assert i18n.translate(po, "hint", "Hint {n} of {total}", lang="nl") == "Hint {n} of {total}"
    po.write_text('msgctxt "hint"\nmsgid "Hint {n} of {total}"\nmsgstr "Tip {n} van {total}"\n', encoding="utf-8")
    assert i18n.translate(po, "hint", "Hint {n} of {total}", lang="nl") == "Tip {n} van {total}"


def test_a_broken_catalogue_falls_back_to_english_quietly_and_validate_names_it(kit, capsys):
    po = kit / "lessons/design/mixing-colours/checks.nl.po"
    po.write_bytes(b'msgid "Hint"\nmsgstr "Tip\n\nmsgid "x\n\xff\xfe')
    assert i18n.translate(po, "Hint", "Hint", lang="nl") == "Hint"
    assert capsys.readouterr().err == "", "no warning reaches a student's notebook"
    found = T.edition_problems(po.parent, "nl")
    assert any(_is(p, "t_bad_catalogue") and "checks.nl.po" in p for p in found), found


# --- the call sites --------------------------------------------------------------------------------
def _python_files():
    return sorted(SRC.rglob("*.py")) + sorted((REPO / "lessons").glob("*/*/checks.py"))


def _calls():
    for path in _python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = node.func.id if isinstance(node.func, ast.Name) else (
                    node.func.attr if isinstance(node.func, ast.Attribute) else "")
                if name in SAYERS and node.args:
                    yield path, node


def test_no_message_key_is_built_at_run_time():
    built = [f"{p.relative_to(REPO)}:{n.lineno}" for p, n in _calls()
             if isinstance(n.args[0], (ast.JoinedStr, ast.BinOp, ast.Call))]
    assert built == [], "a key made while the code runs can't be seen by an extractor or a test"
    for folder in (REPO / "lessons").glob("*/*"):
        assert T.built_sentences(folder / L.CHECKS) == [], folder


def test_every_call_passes_every_placeholder_of_its_message_in_every_language():
    catalogues = {lang: {m.context: m.string for d in i18n.DOMAINS for m in _po(d, lang) if m.id} for lang in LANGS}
    every = {key: text for texts in i18n.domain_texts().values() for key, text in texts.items()}
    seen = 0
    for path, node in _calls():
        first = node.args[0]
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
            continue  # a key from a table of written-out keys (checked below)
        key = first.value
        texts = every
        assert key in texts, f"{path.relative_to(REPO)}:{node.lineno}: no message `{key}`"
        if any(kw.arg is None for kw in node.keywords):
            continue  # **values: checked where they are made
        given = {kw.arg for kw in node.keywords}
        source = texts[key]
        needed = set().union(*(i18n.placeholders(t) for t in ([source] if isinstance(source, str) else source)))
        for lang, cat in catalogues.items():
            for t in cat[key] if isinstance(cat[key], tuple) else [cat[key]]:
                needed |= i18n.placeholders(t)
        assert needed <= given, f"{path.relative_to(REPO)}:{node.lineno}: `{key}` needs {sorted(needed - given)}"
        seen += 1
    assert seen > 300


def test_every_message_is_used_somewhere():
    code = "\n".join(p.read_text(encoding="utf-8") for p in _python_files())
    keys = [k for texts in i18n.domain_texts().values() for k in texts]
    unused = [k for k in keys if f'"{k}"' not in code and f"'{k}'" not in code]
    assert unused == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_check_sentence_passes_its_placeholders_in_every_language(lang):
    for folder in sorted(p.parent for p in L.find_lessons(REPO)):
        with T.checks_catalogue(folder, lang).open("rb") as fh:
            cat = read_po(fh)
        tree = ast.parse((folder / L.CHECKS).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("_", "_n") and node.keywords:
                text = node.args[0].value
                given = {kw.arg for kw in node.keywords}
                strings = cat.get(text).string
                for t in [*(strings if isinstance(strings, tuple) else [strings]), text]:
                    assert i18n.placeholders(t) <= given, f"{folder.name}:{node.lineno}: {t}"


# --- nothing escapes the layer: the pseudo-locale ------------------------------------------------
def _escaped(text: str) -> list[str]:
    """Runs of ordinary words outside [[…]]: text that did not come through the language layer."""
    text = re.sub(r"<[^>]+>", " ", text)
    while True:
        stripped = re.sub(r"\[\[(?:(?!\[\[)[\s\S])*?\]\]", " ", text)
        if stripped == text:
            break
        text = stripped
    text = re.sub(r"`[^`]*`|\S*[/\\._:-]\S*|\([^)]*\d[^)]*\)", " ", text)  # code, paths, ids, (255, 0, 0)
    return re.findall(r"\b[A-Za-z]{3,}(?:\s+[A-Za-z]{2,}){2,}", text)


def test_the_escape_finder_finds_plain_english():
    assert _escaped("[[Done! Nice work.]]") == []
    assert _escaped("Your code has no end yet") != []


@pytest.fixture
def pseudo(monkeypatch):
    monkeypatch.setenv(i18n.PSEUDO_ENV, "1")
    monkeypatch.setenv("ARTECH_LANG", "en")


@pytest.mark.parametrize("path", L.find_lessons(REPO), ids=lambda p: L.lesson_id(p.parent))
def test_pseudo_locale_a_blank_student_copy_says_nothing_outside_the_layer(path, tmp_path, pseudo):
    blank = tmp_path / "blank.ipynb"
    nbformat.write(L.student_copy(L.read(path), L.lesson_id(path.parent)), blank)
    report = check_notebook(blank)
    for ex in report["exercises"]:
        assert ex["status"] == "not yet"
        assert _escaped(ex["message"]) == [] and _escaped(ex["hint"]) == [], ex


@pytest.mark.parametrize("path", L.find_lessons(REPO), ids=lambda p: L.lesson_id(p.parent))
def test_pseudo_locale_what_the_kit_shows_in_a_lesson_comes_through_the_layer(path, tmp_path, pseudo):
    """Run the master with every sentence wrapped: the kit's pictures, swatches and boxes are all wrapped."""
    from artech.teacher.cli import run_notebook

    nb = L.read(path)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
    run_notebook(nb, path.parent, path=path)
    for cell in nb.cells:
        # words the lesson's own code passes (a label, a title) are lesson text, also when a long string is
        # written as two literals on two lines ("... high on a volcano "\n "in Hawaii ...")
        lesson_text = cell.source + "\n" + re.sub(r"""(["'])\s*\n\s*\1""", "", cell.source)
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream":
                continue  # what the student's own print() writes
            data = out.get("data", {})
            shown = [data.get("text/html", ""), data.get("image/svg+xml", "")]
            if out.get("output_type") == "error":
                continue  # Python's own traceback (the kind box above it is in the html)
            for text in shown:
                text = text if isinstance(text, str) else "".join(text)
                labels = re.findall(r'(?:aria-label|title|alt)="([^"]*)"', text)
                texts = re.findall(r"<(?:text|title|desc|figcaption|strong|span|div|p|em|li)[^>]*>([^<]+)<", text)
                for words in labels + texts:
                    if re.sub(r"^\W+|\W+$", "", html.unescape(words)) not in lesson_text:
                        assert _escaped(html.unescape(words)) == [], (cell.get("id"), words)


def test_pseudo_locale_the_command_line_says_nothing_outside_the_layer(tmp_path, pseudo):
    env_run = lambda *args: subprocess.run([sys.executable, "-m", "artech.teacher.cli", *args],  # noqa: E731
                                           capture_output=True, text=True, cwd=tmp_path)
    kit = tmp_path / "kit"
    shutil.copytree(REPO / "lessons", kit / "lessons")
    shutil.copy(REPO / "curriculum.yml", kit / "curriculum.yml")
    (kit / "lessons/design/mixing-colours/lesson.yml").write_text("level: 9\nduration: 50\n")
    outputs = [env_run("validate", str(kit)), env_run("workspace", str(tmp_path / "ws")),
               env_run("translate", "status", "--root", str(kit)),
               env_run("check", str(REPO / "lessons/design/mixing-colours/lesson.ipynb"))]
    for result in outputs:
        assert "Traceback" not in result.stderr
        for row in result.stdout.splitlines():
            assert _escaped(row) == [], row


# --- the editions cannot drift -------------------------------------------------------------------
@pytest.fixture
def kit(tmp_path) -> Path:
    """A copy of this kit's lessons, projects and plan to break."""
    root = tmp_path / "kit"
    for part in ("lessons", "projects"):
        shutil.copytree(REPO / part, root / part)
    shutil.copy(REPO / "curriculum.yml", root / "curriculum.yml")
    return root


def _edit(path: Path, change) -> None:
    nb = nbformat.read(path, as_version=4)
    change(nb)
    nbformat.write(nb, path)


def _is(problem: str, key: str) -> bool:
    """Is ``problem`` message ``key``? Compared by the message's fixed words, in any language."""
    text = teacher.say(key, **{n: "\x00" for n in i18n.placeholders(teacher.TEXT[key])})
    pieces = [p for p in text.split("\x00") if len(p.strip()) > 3]
    return all(p in problem for p in pieces)


def test_the_real_editions_agree(kit):
    for lang in LANGS:
        for path in L.find_lessons(kit):
            assert T.edition_problems(path.parent, lang) == []


def test_a_changed_english_cell_makes_its_translation_out_of_date(kit):
    folder = kit / "lessons/design/mixing-colours"
    _edit(folder / L.NOTEBOOK, lambda nb: setattr(nb.cells[1], "source", nb.cells[1].source + "\nA new sentence."))
    found = T.edition_problems(folder, "nl")
    assert len(found) == 1 and _is(found[0], "t_cell_stale") and nbformat.read(folder / L.NOTEBOOK, 4).cells[1].id in found[0]
    problems, _ = all_problems(kit)
    assert any(_is(p, "t_cell_stale") for p in problems), "artech validate fails on it too"
    from artech.teacher.translate import stamp

    assert stamp(folder, "nl", [nbformat.read(folder / L.NOTEBOOK, 4).cells[1].id], False, out=lambda s: None) == 0
    assert T.edition_problems(folder, "nl") == []


@pytest.mark.parametrize("change, key", [
    (lambda nb: nb.cells.pop(8), "t_cells_missing"),
    (lambda nb: nb.cells.insert(3, nbformat.v4.new_markdown_cell("Extra", id="extra123")), "t_cells_extra"),
    (lambda nb: nb.cells.insert(0, nb.cells.pop(1)), "t_cells_order"),
    (lambda nb: setattr(next(c for c in nb.cells if L.check_calls(c)), "source", 'check("pure-rood")'), "t_cell_checks"),
    (lambda nb: [setattr(c, "source", c.source.replace("pixels.nl.svg", "pixels.de.svg")) for c in nb.cells],
     "t_cell_pictures"),
    (lambda nb: next(c for c in nb.cells if L.is_teacher(c)).metadata.update(tags=[]), "t_cell_tags"),
    (lambda nb: nb.metadata.artech.objectives.pop(), "t_fact_count"),
    (lambda nb: nb.metadata.artech.names.update(red="rode_kleur"), "t_name_not_made"),
])
def test_an_edition_that_lost_a_cell_an_exercise_a_picture_or_a_name_fails(kit, change, key):
    path = kit / "lessons/design/mixing-colours/lesson.nl.ipynb"
    _edit(path, change)
    found = T.edition_problems(path.parent, "nl")
    assert any(_is(p, key) for p in found), found


def test_a_missing_check_translation_fails(kit):
    po = kit / "lessons/design/mixing-colours/checks.nl.po"
    with po.open("rb") as fh:
        cat = read_po(fh)
    first = next(m for m in cat if m.id)
    first.string = ""
    from babel.messages.pofile import write_po

    with po.open("wb") as fh:
        write_po(fh, cat)
    found = T.edition_problems(po.parent, "nl")
    assert len(found) == 1 and _is(found[0], "t_untranslated")


def test_a_missing_edition_is_named_with_the_command_that_makes_it(kit):
    (kit / "lessons/design/mixing-colours/lesson.nl.ipynb").unlink()
    found = T.lesson_translation_problems(kit / "lessons/design/mixing-colours")
    assert len(found) == 1 and _is(found[0], "t_no_edition") and "artech translate update" in found[0]


def test_the_drifted_fixture_is_caught_by_artech_validate():
    """tests/fixtures/drifted: a Dutch edition whose English changed after it was translated."""
    problems, _ = all_problems(REPO / "tests/fixtures/drifted/lessons/design/mixing-colours/lesson.ipynb")
    assert any(_is(p, "t_cell_stale") for p in problems)


# --- names a child types --------------------------------------------------------------------------
def test_dutch_edition_checks_read_the_dutch_names():
    from artech.checks import load, run_check

    folder = REPO / "lessons/design/mixing-colours"
    with i18n.use("nl"):
        exercises = load(folder / L.CHECKS)
        from artech.checks import edition_names

        names = edition_names(folder, "nl")
        assert names["red"] == "rood"
        from artech import colour

        assert run_check("pure-red", {"rood": (255, 0, 0), "colour": colour}, exercises, names=names).status == "done"
        missing = run_check("pure-red", {"red": (255, 0, 0), "colour": colour}, exercises, names=names)
        assert missing.status == "not yet" and "`rood`" in missing.message


def test_did_you_mean_knows_the_dutch_word_for_a_kit_name():
    from artech import colour
    from artech.errors import explain

    with i18n.use("nl"):
        with pytest.raises(AttributeError) as err:
            colour.toon((255, 0, 0))
        assert student.say("did_you_mean", suggestion="show") in explain(err.value, {})
    with i18n.use("en"):
        assert i18n.kit_words() == {}


def test_every_kit_word_points_at_a_real_kit_name():
    import gpiozero

    from artech import colour, draw, sound

    known = set(dir(colour)) | set(dir(draw.Pen)) | set(dir(sound)) | set(dir(gpiozero.LED)) | {
        "LED", "Button", "sleep", "range", "print", "len"}
    for lang, words in (i18n.glossary().get("kit_words") or {}).items():
        assert set(words.values()) <= known, sorted(set(words.values()) - known)


# --- choosing the language --------------------------------------------------------------------------
def test_the_language_is_chosen_in_order(monkeypatch):
    for var in ("ARTECH_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE", "JPY_SESSION_NAME"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(i18n._locale, "getlocale", lambda: (None, None))
    assert i18n.language() == "nl", "no choice at all: Dutch"
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert i18n.language() == "en", "the computer's language"
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert i18n.language() == "nl", "C says nothing"
    monkeypatch.setenv("ARTECH_LANG", "en")
    assert i18n.language() == "en"
    monkeypatch.setenv("ARTECH_LANG", "xx")
    assert i18n.language() == "nl", "an unknown language changes nothing"
    with i18n.use("en"):
        assert i18n.language() == "en"


def test_a_notebook_speaks_its_own_edition(monkeypatch):
    """In a kernel (JupyterLab tells it its notebook) the edition's language wins; elsewhere the choice."""
    import types

    monkeypatch.setenv("ARTECH_LANG", "en")
    monkeypatch.delitem(sys.modules, "ipykernel", raising=False)
    monkeypatch.setenv("JPY_SESSION_NAME", str(REPO / "lessons/design/mixing-colours/lesson.nl.ipynb"))
    assert i18n.language() == "en", "a command in a terminal is not the notebook's kernel"
    monkeypatch.setitem(sys.modules, "ipykernel", types.ModuleType("ipykernel"))
    monkeypatch.setenv("JPY_SESSION_NAME", str(REPO / "lessons/design/mixing-colours/lesson.nl.ipynb"))
    assert i18n.language() == "nl"
    monkeypatch.setenv("JPY_SESSION_NAME", str(REPO / "lessons/design/mixing-colours/lesson.ipynb"))
    assert i18n.language() == "en"


def test_a_workspace_in_dutch_then_english_adds_and_overwrites_nothing(tmp_path):
    ws = tmp_path / "ws"
    write_workspace(ws, REPO, out=lambda s: None, lang="nl")
    les = ws / "design/mixing-colours" / notebook_name("nl")
    assert les.name == "les.ipynb" and (ws / welcome_name("nl")).exists()
    assert not (ws / "design/mixing-colours/lesson.ipynb").exists(), "a workspace is one language"
    assert (ws / "design/mixing-colours/pixels.nl.svg").exists()
    nb = nbformat.read(les, 4)
    assert nb.metadata.artech.lang == "nl" and "rood = ..." in "\n".join(c.source for c in nb.cells)
    nb.cells[0].source += "\nMijn eigen aantekening."
    nbformat.write(nb, les)
    mine = les.read_bytes()

    write_workspace(ws, REPO, out=lambda s: None, lang="en")
    assert les.read_bytes() == mine, "the student's Dutch work is untouched"
    english = nbformat.read(ws / "design/mixing-colours/lesson.ipynb", 4)
    assert english.metadata.artech.lang == "en" and (ws / welcome_name("en")).exists()
    with i18n.use("nl"):
        welcome = "\n".join(c.source for c in nbformat.read(ws / welcome_name("nl"), 4).cells)
        assert student.say("welcome_how") in welcome and "les.ipynb" in welcome


def test_artech_start_sets_jupyterlabs_menus_to_the_language(tmp_path):
    from artech.teacher.cli import lab_language

    settings = lab_language(tmp_path, "nl", chosen=True)
    data = json.loads((settings / "@jupyterlab/translation-extension/plugin.jupyterlab-settings").read_text())
    assert data == {"locale": "nl_NL"}
    import importlib.util

    assert importlib.util.find_spec("jupyterlab_language_pack_nl_NL"), "the Dutch menus are installed with the kit"


# --- the glossary --------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
def test_the_glossary_phrases_are_the_ones_the_kit_uses(lang):
    phrases = i18n.glossary()["phrases"]
    with i18n.use(lang):
        assert student.say("status_done") == phrases["Done"][lang]
        assert student.say("status_not_yet") == phrases["Not yet"][lang]
        assert student.say("status_error") == phrases["Check problem"][lang]


@pytest.mark.parametrize("lang", LANGS)
def test_each_glossary_term_is_translated_with_its_fixed_word(lang):
    """Where an English sentence uses a term of the glossary, its translation uses the glossary's word."""
    catalogues = [i18n.catalogue_path("student", lang)] + [T.checks_catalogue(p.parent, lang)
                                                           for p in L.find_lessons(REPO)]
    uses, missed = 0, []
    for po in catalogues:
        with po.open("rb") as fh:
            cat = read_po(fh)
        lesson = f"lesson:{L.lesson_id(po.parent)}" if po.name != i18n.catalogue_path("student", lang).name else ""
        for m in cat:
            if not m.id:
                continue
            english = re.sub(r"`[^`]*`|\{[^}]*\}", "", " ".join([m.id] if isinstance(m.id, str) else m.id)).lower()
            translated = " ".join([m.string] if isinstance(m.string, str) else m.string).lower()
            for term, entry in i18n.glossary()["terms"].items():
                if re.search(rf"\b{re.escape(term)}s?\b", english) and (m.context or lesson) not in entry.get("except", []):
                    uses += 1
                    if not any(form.lower() in translated for form in entry[lang]):
                        missed.append((po.name, m.context or m.id[:40], term))
    assert uses > 300 and missed == []


def test_a_volunteer_adds_a_language_that_is_not_held_to_the_rules_until_complete(kit, tmp_path, monkeypatch):
    """`artech translate new`: the language, its catalogues and a copy of every lesson to translate."""
    from artech.teacher.translate import new_language, status

    locale = tmp_path / "locale"
    shutil.copytree(i18n.LOCALE_DIR, locale)
    monkeypatch.setattr(i18n, "LOCALE_DIR", locale)
    i18n.languages.cache_clear()
    try:
        assert new_language("de", "Deutsch: Neu", root=kit, out=lambda s: None) == 0
        assert i18n.languages()["de"] == {**i18n.languages()["de"], "name": "Deutsch: Neu", "complete": False}
        assert all((locale / "de/LC_MESSAGES" / f"{d}.po").is_file() for d in i18n.DOMAINS)
        folder = kit / "lessons/design/mixing-colours"
        assert (folder / "lesson.de.ipynb").is_file() and (folder / "checks.de.po").is_file()
        assert "de" not in T.required_languages()
        problems, _ = all_problems(kit)
        assert problems == [], "a language being translated does not fail validation"
        left = []
        assert status(kit, lang="de", out=left.append) == 1 and len(left) > 10, "status says what is left"
        assert new_language("de", "Deutsch", root=kit, out=left.append) == 2, "added once only"
    finally:
        i18n.languages.cache_clear()
