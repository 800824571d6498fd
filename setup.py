"""Build step that pyproject.toml cannot say: put the content (lessons, projects, the plan) in the wheel.

Authors keep ``lessons/``, ``projects/`` and ``curriculum.yml`` at the top of the repository; a wheel
carries them inside the package as ``artech/_content/``, so a school server or a student laptop that
``pip install``s the kit gets every lesson with its checks. An editable install reads the checkout.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

CONTENT = ("lessons", "projects", "curriculum.yml")
CONTENT_GLOBS = ("curriculum.*.po",)  # the plan's translations, beside it
SKIP = shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints", "*.pyc")


class build_py_with_content(build_py):
    def run(self):
        super().run()
        if self.editable_mode:
            return
        here = Path(__file__).resolve().parent
        target = Path(self.build_lib) / "artech" / "_content"
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
        for name in CONTENT:
            source = here / name
            if source.is_dir():
                shutil.copytree(source, target / name, ignore=SKIP)
            elif source.is_file():
                shutil.copy2(source, target / name)
        for pattern in CONTENT_GLOBS:
            for source in sorted(here.glob(pattern)):
                shutil.copy2(source, target / source.name)


setup(cmdclass={"build_py": build_py_with_content})
