"""Measure what the kit costs: the whole test suite, each lesson's run-all, and the site build.

    make bench            # or: .venv/bin/python scripts/benchmark.py [--skip-suite] [--skip-site]

Prints wall-clock seconds. This is a measurement, not a test: nothing here fails on time.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path


ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from artech.format import lesson as L  # noqa: E402
from artech.teacher.cli import run_notebook  # noqa: E402


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run(cmd: list[str]) -> None:
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        print(result.stdout[-3000:], result.stderr[-3000:], sep="\n")
        raise SystemExit(f"failed: {' '.join(cmd)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-suite", action="store_true", help="do not time the whole test suite")
    parser.add_argument("--skip-site", action="store_true", help="do not time the site build")
    args = parser.parse_args()
    rows: list[tuple[str, float]] = []

    for path in L.find_lessons(ROOT):
        nb = L.read(path)
        seconds = timed(lambda: run_notebook(nb, path.parent))
        rows.append((f"lesson run-all  {path.parent.relative_to(ROOT)}", seconds))
        print(f"{seconds:8.1f} s  {rows[-1][0]}", flush=True)

    if not args.skip_site and (ROOT / "mkdocs.yml").exists():
        with tempfile.TemporaryDirectory() as out:
            seconds = timed(lambda: run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", out]))
        rows.append(("site build (mkdocs build --strict)", seconds))
        print(f"{seconds:8.1f} s  {rows[-1][0]}", flush=True)

    if not args.skip_suite:
        seconds = timed(lambda: run([sys.executable, "-m", "pytest", "-q", "-n", "2", "--dist", "loadfile"]))
        rows.append(("whole test suite (pytest -n 2 --dist loadfile)", seconds))
        print(f"{seconds:8.1f} s  {rows[-1][0]}", flush=True)

    lessons = [s for name, s in rows if name.startswith("lesson")]
    print("\nsummary")
    for name, seconds in rows:
        print(f"{seconds:8.1f} s  {name}")
    if lessons:
        print(f"{sum(lessons) / len(lessons):8.1f} s  mean lesson run-all ({len(lessons)} lessons)")


if __name__ == "__main__":
    main()
