"""A house by audience: what children import never pulls in the teacher tools, the format or the site."""

import subprocess
import sys

import pytest

STUDENT_MODULES = ["artech", "artech.colour", "artech.draw", "artech.sound", "artech.bench", "artech.game",
                   "artech.checks", "artech.errors"]


@pytest.mark.parametrize("module", STUDENT_MODULES)
def test_childrens_modules_never_import_the_tools_or_the_site(module):
    code = (f"import sys, {module}\n"
            "bad = sorted(m for m in sys.modules if m.startswith(('artech.teacher', 'artech.site', 'mkdocs')))\n"
            "print(','.join(bad))")
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"GPIOZERO_PIN_FACTORY": "mock", "SDL_VIDEODRIVER": "dummy", "PATH": ""})
    assert found.stdout.strip() == ""


def test_the_kits_own_errors_share_one_root():
    from artech import KitError, sound
    from artech.colour import ColourError

    assert issubclass(ColourError, KitError)
    with pytest.raises(KitError):
        sound.note("H4")  # a note that does not exist: the kit's own kind error


def test_names_lessons_import_stay_where_they_were():
    import artech
    from artech import bench, check, colour, game, sound  # noqa: F401
    from artech.draw import Pen  # noqa: F401
    from artech.sound import RATE, chord, draw_wave, join, melody, note, play, save_wav, tone  # noqa: F401

    assert callable(artech.check) and callable(colour.show)


def test_a_kernel_of_the_kit_keeps_no_history_of_the_students_code(tmp_path):
    """docs/guides/privacy.md: the kit's kernel settings turn IPython's code history off, so the code a
    student ran is only where the student keeps it, in the notebook."""
    import os

    env = {**os.environ, "HOME": str(tmp_path), "IPYTHONDIR": str(tmp_path / ".ipython")}
    code = ("from jupyter_client.manager import start_new_kernel\n"
            "km, kc = start_new_kernel(kernel_name='python3')\n"
            "kc.execute_interactive('secret = 42')\n"
            "km.shutdown_kernel()\n")
    subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True, timeout=120)
    assert (tmp_path / ".ipython").is_dir(), "the kernel ran in this home folder"
    assert not list(tmp_path.rglob("history.sqlite")), "the student's code was kept in IPython's history"
