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
    """The teacher site of this checkout, built once per test session (see tests/site_build.py)."""
    pytest.importorskip("mkdocs")
    pytest.importorskip("material")
    pytest.importorskip("mkdocs_jupyter")
    from site_build import build_this_kit

    return build_this_kit(tmp_path_factory)
