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
