"""Measure what the kit costs: lessons, grading, the site, the suite, and a student's install.

    make bench            # or: .venv/bin/python scripts/benchmark.py [--skip-suite] [--skip-site] [--skip-env]

Prints wall-clock seconds (and megabytes for the student environment). This is a measurement, not a
test: nothing here fails on time. Figures:

- per lesson: run-all of the master, `artech check` of the master (all done) and of the blank
  student copy, and the lesson's own share of the suite (nbval + its both-ways tests);
- grading: `artech check` of a notebook with `while True: pass`, against the cell limit; and a class
  of 30 submissions (complete, half done, blank, one endless loop, one damaged file) graded side by
  side by nbgrader's `autograde` and by `artech grade`, with the ratio and the machine's load (nbgrader
  lives in its own environment, build/bench-nbgrader, made on the first run: needs the package index);
- the site build, every language, by each engine (`artech site --engine mkdocs|zensical`), and per language;
- the whole suite, its fixed part, and the suite projected at full content (36 lessons, 2 languages);
- the size of a student environment: a fresh venv with only the wheel and its runtime dependencies;
- the hub: a real JupyterHub on 127.0.0.1 (tests/hub_fixture.py): 2, then 30 students logging in at
  once (time until every one has JupyterLab), memory per idle student, then all 30 running a lesson at
  once (time, and memory per working student). The source of the sizing table in
  docs/guides/school-server.md.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import nbformat  # noqa: E402

from artech.format import lesson as L  # noqa: E402
from artech.format import readability as R  # noqa: E402
from artech.format import translations as T  # noqa: E402
from artech.teacher.cli import run_notebook  # noqa: E402
from artech.teacher.grade import check_notebook  # noqa: E402

FULL_LESSONS = 36
LANGUAGES = 2


def timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def run(cmd: list, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    result = subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, text=True)
    if result.returncode not in (0, 1, 5):  # 5: pytest collected nothing (the start-up measurement)
        print(result.stdout[-3000:], result.stderr[-3000:], sep="\n")
        raise SystemExit(f"failed: {' '.join(map(str, cmd))}")
    return result


def line(seconds: float, what: str, unit: str = "s") -> None:
    print(f"{seconds:8.1f} {unit}  {what}", flush=True)


NBGRADER_ENV = ROOT / "build" / "bench-nbgrader"
NBGRADER_CONFIG = """c = get_config()
c.CourseDirectory.root = {root!r}
c.CourseDirectory.db_url = "sqlite:///" + {root!r} + "/gradebook.db"
c.Execute.timeout = {limit}
c.Execute.interrupt_on_timeout = True
"""


def nbgrader_env() -> Path | None:
    """nbgrader, in an environment of its own with the kit (its kernel imports the kit like a student's)."""
    nbgrader = NBGRADER_ENV / "bin" / "nbgrader"
    if not nbgrader.exists():
        made = subprocess.run([sys.executable, "-m", "venv", NBGRADER_ENV], capture_output=True)
        pip = [NBGRADER_ENV / "bin" / "python", "-m", "pip", "install", "--quiet"]
        if made.returncode or subprocess.run([*pip, "nbgrader", "-e", ROOT], capture_output=True).returncode:
            return None
    return nbgrader


def grade_side_by_side(limit: float = 10.0) -> None:
    """The same 30 submissions, graded by nbgrader's autograde and by artech grade, in one run."""
    import shutil

    sys.path.insert(0, str(ROOT / "tests"))
    import class_fixture
    from artech.teacher import classgrade

    print("\nclass of 30 (28 ordinary: complete, half done, blank; one endless loop; one damaged file)")
    print(f"     load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        course = Path(tmp) / "course"
        kinds = class_fixture.make_class(course / "flat", 28, ["loop.ipynb", "damaged.ipynb"])
        ours, result = timed(lambda: classgrade.grade_class([course / "flat"], lesson=class_fixture.LESSON,
                                                             cell_limit=limit))
        line(ours, f"artech grade: {len(result['rows'])} rows, {result['jobs']} at a time, {limit:g} s per cell")
        nbgrader = nbgrader_env()
        if nbgrader is None:
            print("     n/a    nbgrader autograde: could not install nbgrader (no package index?), not measured")
            return
        (course / "nbgrader_config.py").write_text(NBGRADER_CONFIG.format(root=str(course), limit=limit))
        import nbformat

        (course / "source/mixing").mkdir(parents=True)
        nbformat.write(class_fixture._student(), course / "source/mixing/mixing.ipynb")
        for name in kinds:
            folder = course / "submitted" / name.removesuffix(".ipynb") / "mixing"
            folder.mkdir(parents=True)
            shutil.copy(course / "flat" / name, folder / "mixing.ipynb")
        env = {**os.environ, "PATH": f"{NBGRADER_ENV / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}"}
        steps = [["db", "assignment", "add", "mixing"], ["generate_assignment", "mixing", "--force"]]
        steps += [["db", "student", "add", name.removesuffix(".ipynb")] for name in kinds]
        for step in steps:
            subprocess.run([nbgrader, *step], cwd=course, env=env, capture_output=True)
        theirs, _ = timed(lambda: subprocess.run([nbgrader, "autograde", "mixing"], cwd=course, env=env,
                                                 capture_output=True))
        graded = len(list((course / "autograded").glob("*/mixing/mixing.ipynb")))
        line(theirs, f"nbgrader autograde: {graded} of {len(kinds)} notebooks graded, one at a time, {limit:g} s per cell")
        line(theirs / ours, "ratio: nbgrader's time over artech grade's", "×")


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def hub_load(students: int = 30) -> None:
    """A class logging in to one hub at once, on this machine: the figures behind the sizing table."""
    import statistics
    from concurrent.futures import ThreadPoolExecutor

    sys.path.insert(0, str(ROOT / "tests"))
    import hub_fixture

    hub_fixture.WAIT = 900  # a measurement waits; the figure says how long
    master = L.read(ROOT / "lessons/design/mixing-colours/lesson.nl.ipynb")
    lesson_code = "\n\n".join(c.source for c in master.cells if c.cell_type == "code")
    print(f"\nhub (JupyterHub {__import__('jupyterhub').__version__}, local processes, {os.cpu_count()} cores, "
          f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB)")
    with tempfile.TemporaryDirectory() as tmp:
        seconds, hub = timed(lambda: hub_fixture.Hub(Path(tmp)))
        line(seconds, "the hub and its proxy, until the hub answers")
        try:
            def log_in(name):
                start = time.perf_counter()
                browser = hub.log_in(name)
                return name, browser, time.perf_counter() - start

            for group, size in (("pair", 2), ("class", students)):
                names = [f"{group}-{n:02d}" for n in range(1, size + 1)]
                start = time.perf_counter()
                with ThreadPoolExecutor(size) as pool:
                    done = list(pool.map(log_in, names))
                total = time.perf_counter() - start
                waits = [d[2] for d in done]
                line(total, f"{size} students logging in at once, until every one has JupyterLab "
                            f"(each waited {min(waits):.1f} to {max(waits):.1f} s, median {statistics.median(waits):.1f})")
            time.sleep(5)  # let the servers settle
            idle = [hub.memory(name) for name, _, _ in done]
            line(statistics.mean(idle), f"memory per idle student: their server (PSS, mean of {students}; "
                                        f"{min(idle):.0f} to {max(idle):.0f} MB)", "MB")
            line(statistics.mean(hub.memory(name, "Rss") for name, _, _ in done),
                 "the same counted as RSS (about what a container's memory limit sees)", "MB")
            line(hub.memory_of_hub(), "memory of the hub and its proxy", "MB")

            lesson = "ArTech/design/mixing-colours/les.ipynb"
            start = time.perf_counter()
            with ThreadPoolExecutor(students) as pool:
                replies = list(pool.map(lambda d: hub.run_code(d[0], d[1], lesson_code, lesson), done))
            total = time.perf_counter() - start
            ok = sum(r["status"] == "ok" for r in replies)
            lost = [r["error"] for r in replies if r["status"] == "lost"]
            line(total, f"{students} students running the mixing-colours lesson at once ({ok} of {students} ran "
                        f"without an error" + (f"; {len(lost)} lost the connection to their kernel: {lost[0]}" if lost
                                                else "") + ")")
            time.sleep(3)
            working = [hub.memory(name) for name, _, _ in done]
            line(statistics.mean(working), f"memory per working student: server and one kernel with the lesson run "
                                           f"(PSS, mean; {min(working):.0f} to {max(working):.0f} MB)", "MB")
            line(statistics.mean(hub.memory(name, "Rss") for name, _, _ in done),
                 "the same counted as RSS (about what a container's memory limit sees)", "MB")
            line(sum(working) + hub.memory_of_hub(), f"memory of the whole hub with {students} working students", "MB")
        finally:
            hub.stop()
            time.sleep(2)
            left = hub.processes()
            print(f"     {'no' if not left else len(left)} processes left after the hub stopped", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-suite", action="store_true", help="do not time the whole test suite")
    parser.add_argument("--skip-site", action="store_true", help="do not time the site build")
    parser.add_argument("--skip-env", action="store_true", help="do not build a student environment (needs the package index)")
    parser.add_argument("--skip-class", action="store_true", help="do not grade a class with nbgrader and artech grade")
    parser.add_argument("--skip-hub", action="store_true", help="do not log a class of 30 in to a real JupyterHub")
    parser.add_argument("--only-hub", action="store_true", help="only the hub figures (the sizing table's source)")
    args = parser.parse_args()
    lesson_share: list[float] = []
    if args.only_hub:
        hub_load()
        return

    print("reading ease (student text; Flesch-Douma for nl, Flesch for en; higher is easier; "
          f"each level's band: at least {', '.join(f'L{k} {v}' for k, v in R.MINIMUM.items())})")
    for path in L.find_lessons(ROOT):
        lesson = L.lesson_id(path.parent)
        level = L.read_facts(path.parent).get("level")
        for lang in ["nl", "en"]:
            edition = T.edition_path(path.parent, lang)
            if edition.is_file():
                ease, words = R.of_edition(edition)
                print(f"{ease:8.1f}     {lesson} (L{level}, {lang}, {words} words)", flush=True)

    print("\nper lesson")
    with tempfile.TemporaryDirectory() as tmp:
        for path in [T.edition_path(p.parent, lang) for p in L.find_lessons(ROOT) for lang in ("en", "nl")]:
            if not path.is_file():
                continue
            lid, lang = L.lesson_id(path.parent), L.meta(L.read(path)).get("lang", "en")
            lesson = f"{lid} ({lang})"
            seconds, _ = timed(lambda: run_notebook(L.read(path), path.parent, path=path))
            line(seconds, f"{lesson}: run-all of the master")
            seconds, report = timed(lambda: check_notebook(path))
            line(seconds, f"{lesson}: artech check, master ({report['done']} of {report['total']} done)")
            blank = Path(tmp) / f"{lid}-{lang}.ipynb"
            nbformat.write(L.student_copy(L.read(path), lid), blank)
            seconds, report = timed(lambda: check_notebook(blank))
            line(seconds, f"{lesson}: artech check, blank student copy ({report['done']} of {report['total']} done)")
            if not args.skip_suite:
                pytest = [sys.executable, "-m", "pytest", "-q", "-p", "no:xdist"]
                nbval, _ = timed(lambda: run([*pytest, path]))  # this edition's stored outputs
                both, _ = timed(lambda: run([*pytest, "tests/test_lessons.py", "-k", f"{lid}-{lang}"]))
                startup, _ = timed(lambda: run([*pytest, "tests/test_lessons.py", "-k", "no-test-has-this-name"]))
                seconds = nbval + both - 2 * startup
                lesson_share.append(seconds)
                line(seconds, f"{lesson}: its share of the suite (nbval + both-ways tests; "
                              f"pytest's own {startup:.1f} s start left out)")

        print("\ngrading")
        hang = L.student_copy(L.read(ROOT / "lessons/design/mixing-colours/lesson.ipynb"), "design-mixing-colours")
        hang.cells.insert(3, nbformat.v4.new_code_cell("while True:\n    pass"))
        hanging = Path(tmp) / "hang.ipynb"
        nbformat.write(hang, hanging)
        limit = 5.0
        seconds, report = timed(lambda: check_notebook(hanging, cell_limit=limit))
        line(seconds, f"artech check with `while True: pass` and a {limit:g} s cell limit "
                      f"({len(report['exercises'])} exercises reported)")

    if not args.skip_class:
        grade_side_by_side()

    if not args.skip_site and (ROOT / "site.yml").exists():
        from artech.site import build as site_build

        print("\nsite")
        for engine in site_build.ENGINES:
            with tempfile.TemporaryDirectory() as tmp:
                times = site_build.build(ROOT, Path(tmp) / "site", engine=engine, work=Path(tmp) / "src")
                pages = len(site_build.built_pages(Path(tmp) / "site"))
            langs = ", ".join(f"{lang} {sec:.1f} s" for lang, sec in times.items() if lang != "total")
            line(times["total"], f"whole site by {engine}: {pages} pages ({langs}; pages made by the kit and built)")

    if not args.skip_suite:
        print("\nsuite")
        seconds, _ = timed(lambda: run([sys.executable, "-m", "pytest", "-q", "-n", "2", "--dist", "loadfile"]))
        line(seconds, "whole test suite (pytest -n 2 --dist loadfile)")
        per_lesson = sum(lesson_share) / len(lesson_share)
        fixed = max(0.0, seconds - sum(lesson_share) / 2)  # two workers share the lessons' cost
        line(per_lesson, "mean share of one lesson (one worker)")
        line(fixed, "fixed part (everything that does not grow with lessons)")
        projected = fixed + per_lesson * FULL_LESSONS * LANGUAGES / 2
        line(projected, f"projected suite at {FULL_LESSONS} lessons in {LANGUAGES} languages (2 workers)")

    if not args.skip_env:
        print("\nstudent environment")
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", tmp / "dist", ROOT])
            wheel = next((tmp / "dist").glob("artech-*.whl"))
            run([sys.executable, "-m", "venv", tmp / "venv"])
            seconds, _ = timed(lambda: run([tmp / "venv" / "bin" / "python", "-m", "pip", "install", "--quiet", wheel]))
            line(seconds, "install of the wheel and its runtime dependencies into a fresh venv")
            line(folder_size(tmp / "venv") / 1e6, "size of a student environment (runtime only)", "MB")
            line(wheel.stat().st_size / 1e6, "size of the wheel (kit, lessons, checks, projects, plan)", "MB")

    if not args.skip_hub:
        hub_load()


if __name__ == "__main__":
    os.environ.setdefault("GPIOZERO_PIN_FACTORY", "mock")
    main()
