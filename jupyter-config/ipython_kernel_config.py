# Installed by the ArTech kit into <environment>/etc/ipython/ (see pyproject.toml, data-files).
# Every Python kernel of this environment loads the kit's kind error messages before the first cell,
# so a student who runs `check(...)` before the lesson's first cell is told which cell to run.
c = get_config()  # noqa: F821 (IPython gives this name to config files)
c.InteractiveShellApp.extensions.append("artech.errors")
# Data minimisation (docs/guides/privacy.md): IPython would keep the code of every cell a student runs in
# ~/.ipython/profile_default/history.sqlite, even after the student deletes it. Lessons never need it.
c.HistoryManager.enabled = False
