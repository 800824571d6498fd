"""Reading ease of lessons, each edition against its level's band.

    .venv/bin/python scripts/readability.py [LESSON_FOLDER ...]    # every lesson when none is given
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from artech import i18n  # noqa: E402
from artech.format import lesson as L  # noqa: E402
from artech.format import readability as R  # noqa: E402
from artech.format import translations as T  # noqa: E402

folders = [Path(a).resolve() for a in sys.argv[1:]] or [p.parent for p in L.find_lessons(ROOT)]
for folder in folders:
    level = L.read_facts(folder).get("level")
    for lang in [*T.required_languages(), i18n.SOURCE]:
        edition = T.edition_path(folder, lang)
        if edition.is_file():
            ease, words = R.of_edition(edition)
            band = R.MINIMUM.get(level, 0)
            verdict = "ok" if ease >= band else f"below the band ({band})"
            print(f"{ease:6.1f}  level {level}, at least {band}: {verdict:22} {L.lesson_id(folder)} ({lang}, {words} words)")
