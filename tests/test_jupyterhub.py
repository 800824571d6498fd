"""A whole class on one server: the kit on a real JupyterHub, all on 127.0.0.1.

One hub for this file: JupyterHub with configurable-http-proxy (from npm, into build/npm, by
scripts/ensure-proxy.sh), a local-process spawner that gives each student a home folder in the
test's own folder, and the hub part a school uses as it is (deploy/jupyterhub/artech.py). Students
log in through the login page, as a browser does. At the end the hub is stopped and no process that
it started is left.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import nbformat
import pytest
import requests

from artech import i18n
from conftest import REPO, said
from hub_fixture import WAIT, Hub

SMALL = REPO / "tests" / "fixtures" / "valid" / "design" / "a-small-lesson"

@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    running = Hub(tmp_path_factory.mktemp("hub"), groups={"lang-en": ["ben"]})
    yield running
    running.stop()
    for line in running.processes():  # a test that failed half-way leaves nothing running either
        os.kill(int(line.split(":")[0]), signal.SIGKILL)


def _texts(path: Path) -> str:
    return "\n".join(c.source for c in nbformat.read(path, 4).cells)


def test_two_students_log_in_and_each_gets_a_workspace_in_their_language(hub):
    anna, ben = hub.log_in("anna"), hub.log_in("ben")  # ben is in the group lang-en
    for name, browser, lang, welcome, notebook in (("anna", anna, "nl", "welkom.ipynb", "les.ipynb"),
                                                   ("ben", ben, "en", "welcome.ipynb", "lesson.ipynb")):
        landing = browser.get(f"{hub.url}/user/{name}/", timeout=WAIT)  # where the hub sends them: their welcome page
        assert landing.status_code == 200 and landing.url.endswith(f"/user/{name}/lab/tree/ArTech/{welcome}"), landing.url
        listing = browser.get(f"{hub.url}/user/{name}/api/contents/ArTech", timeout=WAIT)
        assert listing.status_code == 200, listing.text
        assert welcome in {item["name"] for item in listing.json()["content"]}
        workspace = hub.homes / name / "ArTech"
        lesson = workspace / "design" / "mixing-colours" / notebook
        assert lesson.exists(), sorted(p.name for p in workspace.iterdir())
        assert nbformat.read(lesson, 4).metadata["artech"]["lang"] == lang
        with i18n.use(lang):
            assert said("welcome_title") in _texts(workspace / welcome)
        menus = hub.homes / name / ".jupyter/lab/user-settings/@jupyterlab/translation-extension/plugin.jupyterlab-settings"
        assert json.loads(menus.read_text())["locale"] == {"nl": "nl_NL", "en": "en"}[lang]
    assert not (hub.homes / "anna" / "ArTech" / "welcome.ipynb").exists()
    assert not (hub.homes / "ben" / "ArTech" / "welkom.ipynb").exists()


def test_a_students_edit_survives_a_restart_of_their_server(hub):
    browser = hub.log_in("dirk")
    path = "ArTech/design/mixing-colours/les.ipynb"
    nb = browser.get(f"{hub.url}/user/dirk/api/contents/{path}", timeout=WAIT).json()["content"]
    nb["cells"].append({"cell_type": "code", "metadata": {}, "source": "mijn_kleur = 'oranje'",
                        "outputs": [], "execution_count": None, "id": "dirk-1"})
    xsrf = browser.cookies.get("_xsrf", path="/user/dirk/")
    saved = browser.put(f"{hub.url}/user/dirk/api/contents/{path}", timeout=WAIT, headers={"X-XSRFToken": xsrf},
                        data=json.dumps({"type": "notebook", "format": "json", "content": nb}))
    assert saved.status_code == 200, saved.text  # saved through JupyterLab's own API, as autosave does
    before = (hub.homes / "dirk" / path).read_bytes()

    hub.restart("dirk")
    assert (hub.homes / "dirk" / path).read_bytes() == before
    assert "mijn_kleur = 'oranje'" in _texts(hub.homes / "dirk" / path)


def _git(*args, cwd: Path) -> None:
    subprocess.run(["git", "-c", "user.name=Docent", "-c", "user.email=docent@school.example", *args], cwd=cwd,
                   check=True, capture_output=True)


def _pull(browser: requests.Session, hub: Hub, name: str, repo: Path) -> str:
    """Open the teacher's link as a browser does: nbgitpuller's page, its pull, then the kit's update page."""
    from artech.teacher.hubext import update_link

    link = update_link(hub.url, repo.as_uri(), "main", "klas-2b")
    page = browser.get(link, timeout=WAIT)  # /hub/user-redirect/... lands on this student's own server
    assert page.status_code == 200 and f"/user/{name}/git-pull" in page.url, page.url
    assert "artech/update?from=klas-2b" in page.text  # where nbgitpuller's page goes once it has pulled
    query = page.url.split("?", 1)[1]
    events = browser.get(f"{hub.url}/user/{name}/git-pull/api?{query}", timeout=WAIT, stream=True)
    phases = [json.loads(line[5:]).get("phase") for line in events.iter_lines(decode_unicode=True)
              if line.startswith("data:")]
    assert phases[-1] == "finished", phases
    update = browser.get(f"{hub.url}/user/{name}/artech/update?from=klas-2b", timeout=WAIT)
    assert update.status_code == 200, update.text
    return update.text


def test_an_update_link_brings_a_new_lesson_and_a_fixed_one_and_loses_no_work(hub, tmp_path):
    # The teacher's repository: one new lesson, and a fix to a kit lesson.
    repo = tmp_path / "lessen"
    shutil.copytree(SMALL, repo / "lessons" / "design" / "a-small-lesson")
    shutil.copytree(REPO / "lessons" / "design" / "mixing-colours", repo / "lessons" / "design" / "mixing-colours")
    _git("init", "-q", "-b", "main", cwd=repo)
    _git("add", ".", cwd=repo)
    _git("commit", "-q", "-m", "Les voor 2b", cwd=repo)

    eva, fay = hub.log_in("eva"), hub.log_in("fay")
    lesson = Path("ArTech/design/mixing-colours/les.ipynb")
    work = hub.homes / "eva" / lesson  # eva works on the lesson; fay does not touch it
    nb = nbformat.read(work, 4)
    nb.cells.append(nbformat.v4.new_code_cell("mijn_antwoord = 'van eva'"))
    nbformat.write(nb, work)
    evas_work = work.read_bytes()

    page = _pull(eva, hub, "eva", repo)
    assert 'href="/user/eva/lab/tree/ArTech/design/a-small-lesson/les.ipynb"' in page  # each new file, one click away
    for name in ("eva", "fay"):
        if name == "fay":
            _pull(fay, hub, "fay", repo)
        assert (hub.homes / name / "ArTech" / "design" / "a-small-lesson" / "les.ipynb").exists()
        assert (hub.homes / name / ".artech" / "updates" / "klas-2b" / ".git").is_dir()  # apart from the work
        assert "a-small-lesson" in _texts(hub.homes / name / "ArTech" / "welkom.ipynb")

    # The teacher fixes the kit lesson and pushes; both students open the same link again.
    master = repo / "lessons" / "design" / "mixing-colours" / "lesson.nl.ipynb"
    fixed = nbformat.read(master, 4)
    fixed.cells[1].source += "\n\nVerbeterd door je docent."
    nbformat.write(fixed, master)
    _git("commit", "-q", "-am", "Uitleg verbeterd", cwd=repo)

    page = _pull(eva, hub, "eva", repo)
    assert work.read_bytes() == evas_work  # eva's answer is exactly as she left it...
    beside = work.with_name("les.nieuw.ipynb")
    assert "Verbeterd door je docent." in _texts(beside)  # ...and the fix is beside it, under a new name
    assert "les.nieuw.ipynb" in page
    _pull(fay, hub, "fay", repo)
    assert "Verbeterd door je docent." in _texts(hub.homes / "fay" / lesson)  # fay had not changed hers
    assert not (hub.homes / "fay" / lesson).with_name("les.nieuw.ipynb").exists()

    again = _pull(fay, hub, "fay", repo)  # nothing new: nothing moves
    assert said("update_nothing_new") in again.replace("&#x27;", "'").replace("&quot;", '"')


def test_an_unknown_update_gets_a_kind_page(hub):
    browser = hub.log_in("gijs")
    page = browser.get(f"{hub.url}/user/gijs/artech/update?from=../../etc", timeout=WAIT)
    assert page.status_code == 404 and "welkom.ipynb" in page.text  # a way on, in Dutch
    assert "Traceback" not in page.text


def test_a_broken_workspace_step_still_lets_the_student_in(hub):
    home = hub.homes / "carla"
    home.mkdir(parents=True)
    (home / "ArTech").write_text("not a folder: the workspace cannot be written here")
    browser = hub.log_in("carla")  # she gets in: JupyterLab answers
    assert browser.get(f"{hub.url}/user/carla/api/status", timeout=WAIT).status_code == 200
    assert browser.get(f"{hub.url}/user/carla/", timeout=WAIT).url.endswith("/user/carla/lab")  # no welcome page: JupyterLab
    assert "ArTech: the workspace could not be written" in hub.log_path.read_text()
    assert (home / "ArTech").read_text().startswith("not a folder")  # and nothing of hers was replaced


def test_the_hub_stops_every_process_it_started(hub):
    assert hub.processes(), "the hub, its proxy and the students' servers are running"
    hub.stop()
    end = time.monotonic() + 30
    while hub.processes() and time.monotonic() < end:
        time.sleep(0.5)
    assert hub.processes() == []
