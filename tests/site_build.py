"""The teacher site, built by `mkdocs build --strict` for the tests.

``build_site`` builds a kit into a folder and fails on any warning. The session fixture
``built_site`` (in conftest.py) builds this checkout once per test session into a temporary folder
and hands the same folder to every test that reads the built site (tests/test_site.py and
tests/test_browser.py). pytest-xdist with ``--dist loadfile`` runs each file in one worker, so a
parallel run builds at most once per worker that needs the site.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def build_site(root: Path, out: Path) -> str:
    """`mkdocs build --strict` of the kit at ``root`` into ``out``; fails the test on any warning."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONWARNINGS": "ignore::DeprecationWarning"}
    run = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(root / "mkdocs.yml"), "-d", str(out)],
        cwd=root, env=env, capture_output=True, text=True,
    )
    log = run.stdout + run.stderr
    assert run.returncode == 0, f"mkdocs build --strict failed:\n{log}"
    warnings = [line for line in log.splitlines() if line.startswith(("WARNING", "ERROR"))]
    assert not warnings, "\n".join(warnings)
    return log


def build_this_kit(tmp_path_factory) -> Path:
    """This checkout's site, built into a new temporary folder."""
    out = tmp_path_factory.mktemp("teacher-site") / "site"
    build_site(REPO, out)
    return out
