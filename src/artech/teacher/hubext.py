"""The kit on a school server: a Jupyter server extension that gives each student their workspace.

On JupyterHub every student gets a Jupyter server of their own, started as that student. When such
a server starts (``JUPYTERHUB_USER`` is set: on a laptop nothing happens), this extension writes or
updates the student's workspace, exactly as ``artech workspace`` does: a student copy of every lesson
in the student's language, never losing a student's work. It also gives JupyterLab's menus the
student's language, unless the student chose one. It needs no hub configuration: the kit installs
``etc/jupyter/jupyter_server_config.d/artech.json``, which turns it on, together with the quiet
JupyterLab settings (no news, no update check, no extension installs).

Lessons a teacher sends later come through an nbgitpuller link (``artech link``): nbgitpuller pulls the
teacher's repository into ``~/.artech/updates/<name>``, a folder the student never edits (so the pull
never has to merge a student's change), and then opens ``artech/update?from=<name>``, the page this
extension serves: it copies the new and fixed lessons into the workspace with the workspace's rule and
says, in the student's language, what arrived.

It only logs. A step that fails (a full disk, a read-only home folder, a broken lesson) is written
to the server's log, and the student still gets in.
"""

from __future__ import annotations

import html
import json
import os
import re
from pathlib import Path

UPDATE_PATH = "artech/update"
START_PATH = "artech/start"  # where a hub sends a student (default_url): their welcome page, in their language
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


def update_link(hub: str, repo: str, branch: str = "main", name: str | None = None) -> str:
    """The link a teacher shares: nbgitpuller pulls ``repo`` apart from the student's work, then the
    update page copies its lessons into the workspace (``artech link`` prints it)."""
    from urllib.parse import urlencode

    name = name or repo.rstrip("/").rsplit("/", 1)[-1].removesuffix(".git")
    hub = hub.rstrip("/").removesuffix("/hub")
    query = urlencode({"repo": repo, "branch": branch, "targetpath": f".artech/updates/{name}",
                       "urlpath": f"{UPDATE_PATH}?from={name}"})
    return f"{hub}/hub/user-redirect/git-pull?{query}"


def _jupyter_server_extension_points():
    return [{"module": "artech.teacher.hubext"}]


def lab_settings_dir() -> Path:
    return Path(os.environ.get("JUPYTERLAB_SETTINGS_DIR") or Path.home() / ".jupyter" / "lab" / "user-settings")


def lab_language(lang: str) -> None:
    """JupyterLab's own menus in the student's language, written once: a student's own choice stays."""
    from .. import i18n

    target = lab_settings_dir() / "@jupyterlab" / "translation-extension" / "plugin.jupyterlab-settings"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps({"locale": i18n.languages().get(lang, {}).get("jupyterlab", "en")}, indent=2))


def refresh(lang: str | None = None, out=lambda *args: None, report_kept: bool = True,
            changed: list | None = None) -> tuple[int, int]:
    """The student's workspace with the kit's lessons and every teacher's update: never losing work."""
    from .. import i18n
    from ..format.lesson import update_roots
    from .workspace import default_workspace, write_workspace

    lang = i18n.known(lang) or i18n.chosen()
    return write_workspace(default_workspace(), out=out, lang=lang, updates=update_roots(), report_kept=report_kept,
                           changed=changed)


def _load_jupyter_server_extension(serverapp) -> None:
    log = serverapp.log
    try:
        _add_update_page(serverapp)
    except Exception as exc:  # the update page is extra; the student still gets in
        log.warning("ArTech: the update page is not available (%s: %s)", type(exc).__name__, exc)
    if not os.environ.get("JUPYTERHUB_USER"):
        return  # a laptop: `artech start` writes the workspace itself
    try:
        from .. import i18n
        from .workspace import default_workspace

        lang = i18n.chosen()
        added, kept = refresh(lang)
        log.info("ArTech: workspace %s (%s): %d added or updated, %d kept", default_workspace(), lang, added, kept)
        lab_language(lang)
    except Exception as exc:  # never keep a student out: the log says what went wrong
        log.warning("ArTech: the workspace could not be written (%s: %s); the student gets in without it",
                    type(exc).__name__, exc)


def _page(title: str, lines: list, link: str, link_text: str, lang: str) -> str:
    """A small page in the student's language; a line may be (text, link) to open what it names."""
    items = "".join(f'<li><a href="{html.escape(line[1])}">{html.escape(line[0])}</a></li>' if isinstance(line, tuple)
                    else f"<li>{html.escape(line)}</li>" for line in lines)
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{html.escape(title)}</title>'
            '<style>body{font:1.1rem/1.5 system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;'
            'color:#1b1b1b}ul{padding-left:1.2rem}li{margin:.3rem 0;font-family:ui-monospace,monospace;'
            'font-size:.95rem}a.button{display:inline-block;margin-top:1rem;padding:.6rem 1.2rem;'
            'background:#1f5fa8;color:#fff;border-radius:.4rem;text-decoration:none;font-weight:600}</style>'
            f'</head><body><main><h1>{html.escape(title)}</h1><ul>{items}</ul>'
            f'<a class="button" href="{html.escape(link)}">{html.escape(link_text)}</a></main></body></html>')


def _add_update_page(serverapp) -> None:
    from jupyter_server.base.handlers import JupyterHandler
    from jupyter_server.utils import url_path_join
    from tornado import web

    class UpdateHandler(JupyterHandler):
        """``artech/update?from=<name>``: the teacher's pulled lessons into the workspace; a page says what came."""

        @web.authenticated
        def get(self):
            from .. import i18n
            from ..messages import did_you_mean, say
            from ..format.lesson import UPDATES, update_roots
            from .workspace import default_workspace, welcome_name

            lang = i18n.chosen()
            folder = default_workspace()
            try:
                rel = folder.resolve().relative_to(Path(serverapp.root_dir).expanduser().resolve()).as_posix()
            except (OSError, ValueError):
                rel = ""
            link = url_path_join(self.base_url, "lab", "tree", rel, welcome_name(lang))
            name = self.get_argument("from", "")
            names = [p.name for p in update_roots()]
            with i18n.use(lang):
                if not NAME.match(name) or name not in names:
                    hint = did_you_mean(name, names)
                    hint = f" {hint}" if hint else ""
                    self.set_status(404)
                    self.finish(_page(say("update_title"), [say("update_unknown", name=name, folder=UPDATES.as_posix(),
                                                                hint=hint)], link, say("update_open"), lang))
                    return
                lines: list = []
                changed: list[Path] = []
                try:
                    refresh(lang, out=lines.append, report_kept=False, changed=changed)
                except Exception as exc:
                    self.log.warning("ArTech: the update %s could not be copied (%s: %s)", name, type(exc).__name__, exc)
                    lines = [say("update_failed", reason=f"{type(exc).__name__}: {exc}")]
                else:
                    changes = []  # one line per changed file (the last line is the summary), each opening it
                    for line, path in zip(lines[:-1], changed):
                        try:
                            rel = path.resolve().relative_to(Path(serverapp.root_dir).expanduser().resolve()).as_posix()
                            changes.append((line, url_path_join(self.base_url, "lab", "tree", rel)))
                        except (OSError, ValueError):
                            changes.append(line)
                    lines = [say("update_done", folder=folder.name)] + (changes or [say("update_nothing_new")])
                self.finish(_page(say("update_title"), lines, link, say("update_open"), lang))

    class StartHandler(JupyterHandler):
        """``artech/start``: JupyterLab with the student's welcome page open, or their folder, or JupyterLab."""

        @web.authenticated
        def get(self):
            from .. import i18n
            from .workspace import default_workspace, welcome_name

            root = Path(serverapp.root_dir).expanduser().resolve()
            folder = default_workspace()
            target = "lab"
            for candidate, there in ((folder / welcome_name(i18n.chosen()), Path.is_file), (folder, Path.is_dir)):
                try:
                    if there(candidate):
                        target = url_path_join("lab", "tree", candidate.resolve().relative_to(root).as_posix())
                        break
                except (OSError, ValueError):
                    continue
            self.redirect(url_path_join(self.base_url, target))

    base = serverapp.web_app.settings.get("base_url", "/")
    serverapp.web_app.add_handlers(".*$", [(url_path_join(base, UPDATE_PATH), UpdateHandler),
                                           (url_path_join(base, START_PATH), StartHandler)])
