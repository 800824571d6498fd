"""The kit on a school server: a student's own Jupyter server (as JupyterHub starts it) writes the
student's workspace through the kit's server extension, with the configuration file the kit installs
(``jupyter-config/jupyter_server_config.d/artech.json``), and a failing step never keeps a student out.

Each test starts a real ``jupyter server`` on 127.0.0.1 in a home folder of its own and stops it (and
everything it started) at the end. A full hub, with logins and update links, is in test_jupyterhub.py.
"""

from __future__ import annotations

import html
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from artech import i18n
from conftest import REPO, is_message

CONFIG = REPO / "jupyter-config"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(home: Path, **env_extra):
    """A student's Jupyter server, as a hub's spawner starts it; its log is in home/server.log."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("JUPYTERHUB_USER", "ARTECH_WORKSPACE", "ARTECH_LANG")}
    env.update(HOME=str(home), JUPYTER_CONFIG_PATH=str(CONFIG), JUPYTER_RUNTIME_DIR=str(home / ".runtime"),
               **env_extra)
    cmd = [sys.executable, "-m", "jupyter_server", f"--ServerApp.port={port}", "--ServerApp.ip=127.0.0.1",
           "--ServerApp.token=abc", "--ServerApp.open_browser=False", f"--ServerApp.root_dir={home}"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        cmd.append("--allow-root")
    log = open(home / "server.log", "w")
    process = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    return process, port, log


def _ready(port: int, seconds: float = 60) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/status?token=abc", timeout=2) as answer:
                return answer.status == 200 and "started" in json.loads(answer.read())
        except OSError:
            time.sleep(0.3)
    return False


def _stop(process, log) -> None:
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=15)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)
    log.close()


@pytest.fixture
def home(tmp_path) -> Path:
    folder = tmp_path / "home" / "anna"
    folder.mkdir(parents=True)
    return folder


def test_a_students_server_on_a_hub_writes_the_workspace_in_the_students_language(home):
    process, port, log = _serve(home, JUPYTERHUB_USER="anna", ARTECH_LANG="nl")
    try:
        assert _ready(port), (home / "server.log").read_text()
        assert (home / "ArTech/welkom.ipynb").is_file(), (home / "server.log").read_text()
        assert (home / "ArTech/design/mixing-colours/les.ipynb").is_file()
        assert not (home / "ArTech/design/mixing-colours/lesson.ipynb").exists(), "one language per workspace"
    finally:
        _stop(process, log)
    assert process.poll() is not None, "the server is stopped"


def test_a_students_edit_survives_the_next_start(home):
    process, port, log = _serve(home, JUPYTERHUB_USER="anna", ARTECH_LANG="nl")
    try:
        assert _ready(port)
    finally:
        _stop(process, log)
    mine = home / "ArTech/design/mixing-colours/les.ipynb"
    mine.write_text(mine.read_text(encoding="utf-8").replace("Kleuren", "Mijn kleuren", 1), encoding="utf-8")
    edited = mine.read_bytes()
    process, port, log = _serve(home, JUPYTERHUB_USER="anna", ARTECH_LANG="nl")
    try:
        assert _ready(port)
    finally:
        _stop(process, log)
    assert mine.read_bytes() == edited, "the kit never overwrites a student's file"


def test_a_failing_workspace_step_still_lets_the_student_in(home):
    blocked = home / "ArTech"
    blocked.write_text("a file where the workspace folder would go", encoding="utf-8")
    process, port, log = _serve(home, JUPYTERHUB_USER="anna", ARTECH_LANG="nl")
    try:
        assert _ready(port), "the student gets in"
    finally:
        _stop(process, log)
    said = (home / "server.log").read_text()
    assert "ArTech: the workspace could not be written" in said and "Traceback" not in said


def test_on_a_laptop_the_extension_does_nothing(home):
    process, port, log = _serve(home)  # no JUPYTERHUB_USER: `artech start` writes the workspace there
    try:
        assert _ready(port)
    finally:
        _stop(process, log)
    assert not (home / "ArTech").exists()


def test_the_installed_configuration_turns_on_the_extension_and_the_quiet_settings():
    config = json.loads((CONFIG / "jupyter_server_config.d/artech.json").read_text(encoding="utf-8"))
    assert config["ServerApp"]["jpserver_extensions"] == {"artech.teacher.hubext": True}
    assert config["LabApp"] == {"news_url": None, "check_for_updates_class": "jupyterlab.NeverCheckForUpdate",
                                "extension_manager": "readonly"}
    tomllib = pytest.importorskip("tomllib")  # Python 3.11 and newer
    data_files = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["data-files"]
    assert data_files["etc/jupyter/jupyter_server_config.d"] == ["jupyter-config/jupyter_server_config.d/artech.json"]


def test_an_update_that_cannot_be_copied_gets_a_kind_page_and_loses_nothing(home):
    update = home / ".artech" / "updates" / "klas-2b" / "lessons" / "design" / "a-small-lesson"
    update.parent.mkdir(parents=True)
    shutil.copytree(REPO / "tests" / "fixtures" / "valid" / "design" / "a-small-lesson", update)
    (home / "ArTech").write_text("a file where the workspace folder would go", encoding="utf-8")
    process, port, log = _serve(home, JUPYTERHUB_USER="anna", ARTECH_LANG="nl")
    try:
        assert _ready(port)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/artech/update?from=klas-2b&token=abc") as answer:
            page = answer.read().decode()
    finally:
        _stop(process, log)
    with i18n.use("nl"):
        assert is_message(html.unescape(page), "update_failed")
    assert "Traceback" not in page and '<html lang="nl">' in page
    assert (home / "ArTech").read_text(encoding="utf-8").startswith("a file where")
