"""What importing the bench adds: kind words in gpiozero, mock pins on a laptop, and IPython's cell hooks.

``pre_run_cell`` and ``post_run_cell`` tell the history when each cell starts and ends (and its code);
``led.on`` without brackets gets a kind text instead of ``<bound method ...>``.
"""

from __future__ import annotations

import types

from . import buzzer, mistakes, pins
from .timeline import _cell_finished, _cell_started


def install() -> None:
    """Safe to call again: each hook goes in once."""
    mistakes.install()
    buzzer.install()
    pins.install()
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover
        return
    shell = get_ipython()
    if shell is None:
        return
    registered = {getattr(cb, "__name__", "") for event in ("pre_run_cell", "post_run_cell")
                  for cb in shell.events.callbacks.get(event, [])}
    if "_cell_started" not in registered:
        shell.events.register("pre_run_cell", _cell_started)
        _cell_started()  # the cell importing the kit is running now
    if "_cell_finished" not in registered:
        shell.events.register("post_run_cell", _cell_finished)
    shell.display_formatter.formatters["text/plain"].for_type(types.MethodType, mistakes._method_text)
