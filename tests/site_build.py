"""The teacher site, built for the tests the way a school builds it: ``artech site``.

``build_site`` makes every page with the kit and builds them with one engine (MkDocs with
mkdocs-material, or Zensical), strictly: any warning of the kit or the engine fails the test. The
session fixtures ``built_site`` and ``zensical_site`` (conftest.py) build this checkout once per test
session into a temporary folder and hand the same folder to every test that reads it
(tests/test_site.py and tests/test_browser.py). pytest-xdist with ``--dist loadfile`` runs each file
in one worker, so a parallel run builds at most once per worker that needs the site.
"""

from __future__ import annotations

from pathlib import Path

from artech.site import build

REPO = Path(__file__).resolve().parents[1]


def build_site(root: Path, out: Path, engine: str = "mkdocs") -> dict:
    """The site of the kit at ``root``, every language, built by ``engine`` into ``out``; the seconds
    each language took. Its working folder is beside ``out``, so the kit itself is never written to."""
    out = Path(out)
    return build.build(root, out, engine=engine, work=out.parent / f"{out.name}-src")


def build_this_kit(tmp_path_factory, engine: str = "mkdocs") -> Path:
    """This checkout's site, built by ``engine`` into a new temporary folder."""
    out = tmp_path_factory.mktemp(f"teacher-site-{engine}") / "site"
    build_site(REPO, out, engine)
    return out
