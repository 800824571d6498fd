"""Shared test set-up: headless, offline, quiet, and the paths every test uses."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
os.environ.setdefault("GPIOZERO_PIN_FACTORY", "mock")
os.environ.setdefault("MPLBACKEND", "Agg")
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # keep build logs to what the kit says

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def repo() -> Path:
    return REPO

# nbval collects every notebook below the test paths; the fixtures are broken on purpose.
collect_ignore_glob = ["fixtures/*"]


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The teacher site of this checkout (every language), built by MkDocs once per test session
    (see tests/site_build.py): ``built_site / "nl"`` is the Dutch site, ``built_site / "en"`` the English."""
    pytest.importorskip("mkdocs")
    pytest.importorskip("material")
    from site_build import build_this_kit

    return build_this_kit(tmp_path_factory, "mkdocs")


@pytest.fixture(scope="session")
def zensical_site(tmp_path_factory) -> Path:
    """The same site built by Zensical, once per test session."""
    pytest.importorskip("zensical")
    from site_build import build_this_kit

    return build_this_kit(tmp_path_factory, "zensical")


# --- messages by key, in the language the tests run in ------------------------------------------
def _source(key: str):
    from artech import i18n

    for domain, texts in i18n.domain_texts().items():
        if key in texts:
            return domain, texts[key]
    raise KeyError(f"no message `{key}` in the kit")


def said(key: str, /, **values) -> str:
    """Message ``key`` as the kit says it now (in the language the tests run in), values filled in."""
    import importlib

    from artech import i18n

    domain, _ = _source(key)
    return importlib.import_module(i18n.DOMAINS[domain]).say(key, **values)


def message_pattern(key: str, /, **values):
    """A regular expression for message ``key`` in the language spoken now: its fixed words exactly,
    each placeholder given in ``values`` exactly, every other placeholder any text. For
    ``pytest.raises(match=...)`` and for ``is_message``."""
    import re
    import string

    from artech import i18n

    domain, source = _source(key)
    forms = [source] if isinstance(source, str) else list(source)
    path = i18n.catalogue_path(domain, i18n.language())
    texts = set()
    for n, form in ((1, forms[0]), (2, forms[-1])):
        texts.add(i18n.translate(path, key, source if len(forms) > 1 else form, n=n if len(forms) > 1 else None))
    alternatives = []
    for text in sorted(texts):
        parts = []
        for literal, field, _spec, _conv in string.Formatter().parse(text):
            parts.append(re.escape(literal))
            if field is not None:
                parts.append(re.escape(str(values[field])) if field in values else r"[\s\S]*?")
        alternatives.append("".join(parts))
    return "(?:" + "|".join(alternatives) + ")"


def is_message(text: str, key: str, /, **values) -> bool:
    """Does ``text`` say message ``key`` (with these ``values``), in the language spoken now?"""
    import re

    return re.search(message_pattern(key, **values), str(text)) is not None


def lesson_as_planned(root: Path, lesson_id: str) -> Path:
    """The kit copy at ``root`` as it was before ``lesson_id`` was written: its folder gone, its facts back in
    its plan entry with `status: planned`. For tests that need a planned lesson, whichever are written."""
    import shutil

    import yaml

    from artech.format import curriculum, lesson

    folder = root / "lessons" / lesson_id.split("-", 1)[0] / lesson_id.split("-", 1)[1]
    if not folder.is_dir():
        return root
    merged = next(e for e in curriculum.load(root)["lessons"] if e["id"] == lesson_id)
    path = root / "curriculum.yml"
    text = path.read_text(encoding="utf-8")
    plan = yaml.safe_load(text)
    entry = next(e for e in plan["lessons"] if e["id"] == lesson_id)
    entry.update({k: merged[k] for k in ("title", "strand", "level")}, status="planned",
                 **{k: merged[k] for k in ("duration", "objectives", "prerequisites", "projects", "slo_goals",
                                            "design_cycle")})
    header = "".join(ln + "\n" for ln in text.splitlines() if ln.startswith("#"))  # the plan's opening comments
    path.write_text(header + yaml.safe_dump(plan, allow_unicode=True, sort_keys=False), encoding="utf-8")
    shutil.rmtree(folder)
    return root
