"""The kit as a package: the wheel alone, with no checkout, has every lesson and runs them.

A school server or a student laptop `pip install`s the kit. This test builds the wheel from the repo,
installs it into a fresh virtual environment (the libraries it depends on are borrowed from the test
environment, so the test needs no network), and runs the commands a student and a teacher use from a
folder far from the checkout.
"""

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import nbformat
import pytest

from artech import i18n
from artech.format import lesson as L
from conftest import REPO, said

LESSONS = {L.lesson_id(p.parent): [e["id"] for e in L.exercises(L.read(p))] for p in L.find_lessons(REPO)}
# Not copied into the build's own copy of the checkout: the environment, git, and what builds and tests leave.
NOT_BUILT_FROM = {".venv", ".git", "build", "test-artifacts"}


def _not_copied(folder, names):
    top = Path(folder).resolve() == REPO
    return {n for n in names if (top and n in NOT_BUILT_FROM) or n in ("__pycache__", ".ipynb_checkpoints")
            or n.endswith(".pyc")}


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> Path:
    """A fresh venv with only the wheel installed; returns its bin folder."""
    base = tmp_path_factory.mktemp("wheel")
    # Built from a copy of the checkout: setuptools builds in the tree (`build/`), so two builds at once
    # (two test workers) would trip over each other there.
    source = base / "source"
    shutil.copytree(REPO, source, ignore=_not_copied)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(base / "dist"), str(source)],
                   check=True, capture_output=True)
    wheel = next((base / "dist").glob("artech-*.whl"))
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = venv / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
                   check=True, capture_output=True)
    # The libraries the kit needs, from the test environment, without its editable link to the checkout:
    # a plain path in a .pth file adds the folder but runs none of that folder's own .pth files.
    site = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    Path(site, "borrowed-libraries.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return venv / "bin"


def run(bin_dir: Path, *args, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("ARTECH_HOME", "PYTHONPATH", "VIRTUAL_ENV")}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True)


def test_the_installed_kit_finds_its_own_content_not_the_checkout(fresh, tmp_path):
    found = run(fresh, fresh / "python", "-c",
                "import artech; from artech.format.lesson import kit_root; print(artech.__file__); print(kit_root())",
                cwd=tmp_path)
    where, root = found.stdout.split()
    assert not where.startswith(str(REPO)), "the wheel's own code runs, not the checkout's"
    assert root.endswith("artech/_content") and Path(root, "curriculum.yml").is_file()
    assert Path(root, "curriculum.nl.po").is_file(), "the plan's Dutch travels with it"
    assert (fresh.parent / "etc" / "ipython" / "ipython_kernel_config.py").is_file()
    assert (fresh.parent / "etc/jupyter/jupyter_server_config.d/artech.json").is_file(), "the hub extension is on"


def test_validate_works_with_no_checkout(fresh, tmp_path):
    result = run(fresh, fresh / "artech", "validate", cwd=tmp_path)
    assert result.returncode == 0, result.stdout
    assert said("v_ok", count=len(LESSONS)) in result.stdout  # the command speaks the language the tests run in


def test_workspace_and_check_work_on_every_lesson_with_no_checkout(fresh, tmp_path):
    workspace = tmp_path / "ArTech"
    edition = i18n.languages()[i18n.chosen()]["notebook"]  # the workspace speaks the language the tests run in
    made = run(fresh, fresh / "artech", "workspace", workspace, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    for lesson, exercises in LESSONS.items():
        strand, _, slug = lesson.partition("-")
        notebook = workspace / strand / slug / edition
        assert nbformat.read(notebook, as_version=4).metadata["artech"]["lesson"] == lesson
        assert not (notebook.parent / L.CHECKS).exists() and not (notebook.parent / L.FACTS).exists()
        result = run(fresh, fresh / "artech", "check", notebook, "--json", cwd=tmp_path)
        report = json.loads(result.stdout)
        assert report["lesson"] == lesson and [e["id"] for e in report["exercises"]] == exercises
        assert {e["status"] for e in report["exercises"]} == {"not yet"}, report
        assert result.returncode == 1


def test_check_on_a_master_inside_the_installed_kit_is_all_done(fresh, tmp_path):
    lesson = "design-mixing-colours"
    root = run(fresh, fresh / "python", "-c", "from artech.format.lesson import kit_root; print(kit_root())",
               cwd=tmp_path).stdout.strip()
    result = run(fresh, fresh / "artech", "check", Path(root, "lessons", "design", "mixing-colours", L.NOTEBOOK),
                 "--json", cwd=tmp_path)
    report = json.loads(result.stdout)
    assert report["lesson"] == lesson and report["done"] == report["total"] == len(LESSONS[lesson])
