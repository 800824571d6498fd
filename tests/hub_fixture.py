"""A real JupyterHub on 127.0.0.1 for the hub tests and the benchmark's load figure (no pytest here).

JupyterHub with configurable-http-proxy (from npm, into build/npm, by scripts/ensure-proxy.sh), a
local-process spawner that gives each student a home folder in the hub's own folder, and the hub part
a school uses as it is (deploy/jupyterhub/artech.py). Students log in through the login page, as a
browser does.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import requests

REPO = Path(__file__).resolve().parents[1]
PROXY = REPO / "build" / "npm" / "node_modules" / ".bin" / "configurable-http-proxy"
SNIPPET = REPO / "deploy" / "jupyterhub" / "artech.py"
TOKEN = "artech-test-service-token-0123456789"
WAIT = 120  # seconds a step may take on a busy machine before the test says what it saw


class HubError(RuntimeError):
    """The hub did not do what a step waited for; the message holds the end of its log."""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _proxy() -> Path:
    if not PROXY.exists():
        subprocess.run(["sh", str(REPO / "scripts" / "ensure-proxy.sh")], cwd=REPO, check=False)
    if not PROXY.exists():
        raise HubError("configurable-http-proxy is missing: install Node.js with npm, then run `make test` "
                    "(scripts/ensure-proxy.sh puts it in build/npm)")
    return PROXY


class Hub:
    """A running JupyterHub: its address, the API, and the students' home folders."""

    def __init__(self, folder: Path, groups: dict[str, list[str]] | None = None, spawn_limit: int = 100):
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
c.JupyterHub.load_groups = {json.dumps({g: {"users": u} for g, u in (groups or {}).items()})}
c.JupyterHub.concurrent_spawn_limit = {spawn_limit}
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
                raise HubError(f"the hub stopped while waiting for {what}:\n{self.log_path.read_text()[-4000:]}")
            try:
                if ready():
                    return
            except requests.RequestException:
                pass
            time.sleep(0.3)
        raise HubError(f"waited {WAIT} s for {what}:\n{self.log_path.read_text()[-4000:]}")

    def api(self, method: str, path: str) -> requests.Response:
        return requests.request(method, f"{self.url}/hub/api{path}", timeout=WAIT,
                                headers={"Authorization": f"token {TOKEN}"})

    def ready(self, name: str) -> bool:
        server = self.api("GET", f"/users/{name}").json().get("servers", {}).get("")
        return bool(server and server.get("ready"))

    def log_in(self, name: str) -> requests.Session:
        """Log in through the login page, as a student's browser does, and wait for their server."""
        browser = requests.Session()
        page = browser.get(f"{self.url}/hub/login", timeout=WAIT)
        xsrf = re.search(r'name="_xsrf" value="([^"]+)"', page.text).group(1)
        answer = browser.post(f"{self.url}/hub/login?next=", data={"username": name, "password": "pw",
                                                                   "_xsrf": xsrf}, timeout=WAIT)
        assert answer.status_code == 200, answer.text[:2000]
        self._wait(lambda: self.ready(name), f"{name}'s server")
        lab = browser.get(f"{self.url}/user/{name}/lab", timeout=WAIT)  # through the hub's OAuth, to JupyterLab
        if lab.status_code != 200 or "JupyterLab" not in lab.text:
            said = re.sub(r"\s+", " ", re.sub(r"(?s)<(script|style|head).*?</\1>|<[^>]+>", " ", lab.text))
            raise HubError(f"{name} did not get JupyterLab: HTTP {lab.status_code} at {lab.url}: {said[-600:]}")
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

    def run_code(self, name: str, browser: requests.Session, code: str, path: str = "") -> dict:
        """Start a kernel on ``name``'s server (as opening a notebook does) and run ``code`` in it.

        Returns the reply's status and any error; the kernel keeps running, as a student's does."""
        import websocket

        base = f"{self.url}/user/{name}"
        xsrf = browser.cookies.get("_xsrf", path=f"/user/{name}/")
        started = browser.post(f"{base}/api/sessions", timeout=WAIT, headers={"X-XSRFToken": xsrf},
                               data=json.dumps({"path": path or "bench.ipynb", "type": "notebook", "name": "",
                                                "kernel": {"name": "python3"}}))
        started.raise_for_status()
        kernel = started.json()["kernel"]["id"]
        cookies = "; ".join(f"{c.name}={c.value}" for c in browser.cookies if c.path in ("/", f"/user/{name}/"))
        try:
            ws = websocket.create_connection(f"ws://127.0.0.1:{self.port}/user/{name}/api/kernels/{kernel}/channels",
                                             header=[f"Cookie: {cookies}"], origin=self.url, timeout=WAIT)
        except (OSError, websocket.WebSocketException) as exc:
            return {"status": "lost", "error": f"{type(exc).__name__}: {exc}"}
        try:
            msg_id = uuid.uuid4().hex
            ws.send(json.dumps({"header": {"msg_id": msg_id, "msg_type": "execute_request", "username": name,
                                           "session": uuid.uuid4().hex, "version": "5.3"},
                                "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
                                "content": {"code": code, "silent": False, "store_history": False,
                                            "user_expressions": {}, "allow_stdin": False, "stop_on_error": True}}))
            while True:
                msg = json.loads(ws.recv())
                if msg.get("parent_header", {}).get("msg_id") == msg_id and msg["msg_type"] == "execute_reply":
                    return {"status": msg["content"]["status"], "error": msg["content"].get("evalue", "")}
        except (OSError, websocket.WebSocketException) as exc:  # JupyterLab would reconnect; a measurement counts it
            return {"status": "lost", "error": f"{type(exc).__name__}: {exc}"}
        finally:
            ws.close()

    def memory(self, name: str, kind: str = "Pss") -> float:
        """Megabytes this student's processes (their server and kernels) use. ``Pss``: libraries shared
        between processes count once among them (what the whole machine needs); ``Rss``: each process
        counts all it touches (about what a container's memory limit sees)."""
        home = str(self.homes / name)
        total = 0
        for proc in Path("/proc").iterdir():
            if not proc.name.isdigit():
                continue
            try:
                if not os.readlink(proc / "cwd").startswith(home):
                    continue
                rollup = (proc / "smaps_rollup").read_text()
            except OSError:
                continue
            found = re.search(rf"^{kind}:\s+(\d+) kB", rollup, re.M)
            total += int(found.group(1)) if found else 0
        return total / 1024

    def memory_of_hub(self) -> float:
        """Megabytes the hub and its proxy use (PSS)."""
        total = 0
        for proc in Path("/proc").iterdir():
            try:
                if proc.name.isdigit() and os.readlink(proc / "cwd") == str(self.folder):
                    total += int(re.search(r"^Pss:\s+(\d+) kB", (proc / "smaps_rollup").read_text(), re.M).group(1))
            except (OSError, AttributeError):
                continue
        return total / 1024
