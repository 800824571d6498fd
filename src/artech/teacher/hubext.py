"""The kit on a school server: a Jupyter server extension that gives each student their workspace.

On JupyterHub every student gets a Jupyter server of their own, started as that student. When such
a server starts (``JUPYTERHUB_USER`` is set: on a laptop nothing happens), this extension writes or
updates the student's workspace, exactly as ``artech workspace`` does: a student copy of every lesson
in the student's language, never overwriting a file that is there. It needs no hub configuration:
the kit installs ``etc/jupyter/jupyter_server_config.d/artech.json``, which turns it on, together with
the quiet JupyterLab settings (no news, no update check, no extension installs).

It only logs. A step that fails (a full disk, a read-only home folder, a broken lesson) is written
to the server's log, and the student still gets in.
"""

from __future__ import annotations

import os


def _jupyter_server_extension_points():
    return [{"module": "artech.teacher.hubext"}]


def _load_jupyter_server_extension(serverapp) -> None:
    log = serverapp.log
    if not os.environ.get("JUPYTERHUB_USER"):
        return  # a laptop: `artech start` writes the workspace itself
    try:
        from .. import i18n
        from .workspace import default_workspace, write_workspace

        folder = default_workspace()
        lang = i18n.chosen()
        added, kept = write_workspace(folder, out=lambda *args: None, lang=lang)
        log.info("ArTech: workspace %s (%s): %d added, %d kept", folder, lang, added, kept)
    except Exception as exc:  # never keep a student out: the log says what went wrong
        log.warning("ArTech: the workspace could not be written (%s: %s); the student gets in without it",
                    type(exc).__name__, exc)
