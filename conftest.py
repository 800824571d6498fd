"""For nbval: tell each lesson's kernel which notebook it runs, as JupyterLab does.

JupyterLab sets ``JPY_SESSION_NAME`` for a notebook's kernel; the kit reads it to know the lesson
and its language (``lesson.nl.ipynb`` speaks Dutch, with its Dutch names). nbval starts a notebook's
kernel while its first cell is set up, so the variable is set around that set-up only: no other
test in the same worker inherits it."""

import os

import pytest


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_setup(item):
    path = getattr(item, "path", None)
    if path is None or path.suffix != ".ipynb":
        yield
        return
    before = os.environ.get("JPY_SESSION_NAME")
    os.environ["JPY_SESSION_NAME"] = str(path)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("JPY_SESSION_NAME", None)
        else:
            os.environ["JPY_SESSION_NAME"] = before
