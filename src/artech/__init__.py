"""ArTech: an art & technology curriculum kit.

What a lesson imports lives here, at the top of the package: ``check`` (the self-check), and the
tools ``colour``, ``draw``, ``pixels``, ``sound``, ``bench`` and ``game``
(``from artech import check, colour``).
The lesson format is in ``artech.format``, teacher tools in ``artech.teacher`` and the site in
``artech.site``; a lesson never needs those.

Importing the kit also makes it safe to run anywhere: pygame stays quiet and draws off-screen when
there is no display, and in a notebook every error gets a kind explanation above it.
"""

import os as _os

_os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
if not _os.environ.get("DISPLAY") and not _os.environ.get("WAYLAND_DISPLAY") and _os.name == "posix":
    if not _os.uname().sysname == "Darwin":
        _os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
        _os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

from .checks import NotYet, check, exercise  # noqa: E402
from .errors import KitError  # noqa: E402
from .errors import install as _explain_errors  # noqa: E402

_explain_errors()  # in a notebook: a kind word above every traceback

__version__ = "0.1.0"
__all__ = ["check", "exercise", "NotYet", "KitError"]
