"""For nbval: tell each lesson's kernel which notebook it runs, as JupyterLab does.

JupyterLab sets ``JPY_SESSION_NAME`` for a notebook's kernel; the kit reads it to know the lesson
and its language (``lesson.nl.ipynb`` speaks Dutch, with its Dutch names). nbval starts a kernel when
a notebook's first cell is set up, so the variable is set just before that."""

import os

import pytest


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    path = getattr(item, "path", None)
    if path is not None and path.suffix == ".ipynb":
        os.environ["JPY_SESSION_NAME"] = str(path)
