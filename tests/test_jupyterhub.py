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
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest
import requests

from artech import i18n
from conftest import REPO, said

PROXY = REPO / "build" / "npm" / "node_modules" / ".bin" / "configurable-http-proxy"
SNIPPET = REPO / "deploy" / "jupyterhub" / "artech.py"
SMALL = REPO / "tests" / "fixtures" / "valid" / "design" / "a-small-lesson"
TOKEN = "artech-test-service-token-0123456789"
WAIT = 120  # seconds a step may take on a busy machine before the test says what it saw


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _proxy() -> Path:
    if not PROXY.exists():
        subprocess.run(["sh", str(REPO / "scripts" / "ensure-proxy.sh")], cwd=REPO, check=False)
    if not PROXY.exists():
        pytest.fail("configurable-http-proxy is missing: install Node.js with npm, then run `make test` "
                    "(scripts/ensure-proxy.sh puts it in build/npm)")
    return PROXY


class Hub:
    """A running JupyterHub: its address, the API, and the students' home folders."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.homes = folder / "homes"
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = folder / "hub.log"
        config = folder / "jupyterhub_config.py"
        singleuser = Path(sys.executable).parent / "jupyterhub-singleuser"
        config.write_text(f"""
c = get_config()
load_subconfig({str(SNIPPET)!r})  # what a school uses, as it is
c.JupyterHub.bind_url = {self.url!r}
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {_free_port()}
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{_free_port()}"
c.ConfigurableHTTPProxy.command = [{str(_proxy())!r}]
c.JupyterHub.db_url = "sqlite:///{folder}/jupyterhub.sqlite"
c.JupyterHub.cookie_secret_file = "{folder}/cookie_secret"
c.JupyterHub.pid_file = "{folder}/hub.pid"
c.JupyterHub.cleanup_servers = True
c.JupyterHub.authenticator_class = "dummy"  # any name, any password: only in a test
c.JupyterHub.spawner_class = "jupyterhub.spawner.SimpleLocalProcessSpawner"
c.SimpleLocalProcessSpawner.home_dir_template = "{self.homes}/{{username}}"
c.Spawner.cmd = [{str(singleuser)!r}]
c.Spawner.args = {["--allow-root"] if os.geteuid() == 0 else []!r}
c.Spawner.environment = {{"JUPYTER_CONFIG_PATH": {str(REPO / "jupyter-config")!r}}}  # a wheel installs it
c.Spawner.start_timeout = {WAIT}
c.Spawner.http_timeout = {WAIT}
c.JupyterHub.load_groups = {{"lang-en": {{"users": ["ben"]}}}}
c.JupyterHub.services = [{{"name": "artech-test", "api_token": {TOKEN!r}}}]
c.JupyterHub.load_roles = [{{"name": "artech-test", "services": ["artech-test"],
                             "scopes": ["admin:users", "admin:servers", "list:users"]}}]
""")
        env = {k: v for k, v in os.environ.items() if not k.startswith(("ARTECH_", "JUPYTER"))}
        env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
        self.log = open(self.log_path, "w")
        self.process = subprocess.Popen([sys.executable, "-m", "jupyterhub", "-f", str(config)], cwd=folder,
                                        env=env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        self._wait(lambda: requests.get(f"{self.url}/hub/api/", timeout=3).status_code == 200, "the hub to answer")

    def _wait(self, ready, what: str) -> None:
        end = time.monotonic() + WAIT
        while time.monotonic() < end:
            if self.process.poll() is not None:
                pytest.fail(f"the hub stopped while waiting for {what}:\n{self.log_path.read_text()[-4000:]}")
            try:
                if ready():
                    return
            except requests.RequestException:
                pass
            time.sleep(0.3)
        pytest.fail(f"waited {WAIT} s for {what}:\n{self.log_path.read_text()[-4000:]}")

    def api(self, method: str, path: str) -> requests.Response:
        return requests.request(method, f"{self.url}/hub/api{path}", timeout=10,
                                headers={"Authorization": f"token {TOKEN}"})

    def ready(self, name: str) -> bool:
        server = self.api("GET", f"/users/{name}").json().get("servers", {}).get("")
        return bool(server and server.get("ready"))

    def log_in(self, name: str) -> requests.Session:
        """Log in through the login page, as a student's browser does, and wait for their server."""
        browser = requests.Session()
        page = browser.get(f"{self.url}/hub/login", timeout=10)
        xsrf = re.search(r'name="_xsrf" value="([^"]+)"', page.text).group(1)
        answer = browser.post(f"{self.url}/hub/login?next=", data={"username": name, "password": "pw",
                                                                   "_xsrf": xsrf}, timeout=WAIT)
        assert answer.status_code == 200, answer.text[:2000]
        self._wait(lambda: self.ready(name), f"{name}'s server")
        lab = browser.get(f"{self.url}/user/{name}/lab", timeout=WAIT)  # through the hub's OAuth, to JupyterLab
        assert lab.status_code == 200 and "JupyterLab" in lab.text, lab.text[:2000]
        return browser

    def restart(self, name: str) -> None:
        assert self.api("DELETE", f"/users/{name}/server").status_code in (202, 204)
        self._wait(lambda: "" not in self.api("GET", f"/users/{name}").json().get("servers", {}), f"{name} to stop")
        assert self.api("POST", f"/users/{name}/server").status_code in (201, 202)
        self._wait(lambda: self.ready(name), f"{name}'s server after the restart")

    def processes(self) -> list[str]:
        """Every process still running whose folder or command is this hub's (the hub, proxy, servers)."""
        mine = []
        for proc in Path("/proc").iterdir():
            if not proc.name.isdigit() or int(proc.name) == os.getpid():
                continue
            try:
                cwd = os.readlink(proc / "cwd")
                cmd = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            if cwd.startswith(str(self.folder)) or str(self.folder) in cmd or f":{self.port}" in cmd:
                mine.append(f"{proc.name}: {cmd[:200]}")
        return mine

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)  # the hub stops the servers it started, and the proxy
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        self.log.close()


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    running = Hub(tmp_path_factory.mktemp("hub"))
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
        listing = browser.get(f"{hub.url}/user/{name}/api/contents/ArTech", timeout=10)
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
    nb = browser.get(f"{hub.url}/user/dirk/api/contents/{path}", timeout=10).json()["content"]
    nb["cells"].append({"cell_type": "code", "metadata": {}, "source": "mijn_kleur = 'oranje'",
                        "outputs": [], "execution_count": None, "id": "dirk-1"})
    xsrf = browser.cookies.get("_xsrf", path="/user/dirk/")
    saved = browser.put(f"{hub.url}/user/dirk/api/contents/{path}", timeout=10, headers={"X-XSRFToken": xsrf},
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
    assert "a-small-lesson" in page
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
    assert browser.get(f"{hub.url}/user/carla/api/status", timeout=10).status_code == 200
    assert "ArTech: the workspace could not be written" in hub.log_path.read_text()
    assert (home / "ArTech").read_text().startswith("not a folder")  # and nothing of hers was replaced


def test_the_hub_stops_every_process_it_started(hub):
    assert hub.processes(), "the hub, its proxy and the students' servers are running"
    hub.stop()
    end = time.monotonic() + 30
    while hub.processes() and time.monotonic() < end:
        time.sleep(0.5)
    assert hub.processes() == []
