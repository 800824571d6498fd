"""A project's data, as rows a student can read: ``load("co2-mauna-loa-weekly.csv")``.

In a project step::

    from artech.data import load, column

    rows = load("global-temperature-and-carbon.csv")
    rows[0]                     # {'year': 1751, 'temp_anomaly': None, ..., 'carbon_emissions': 3}
    years = column(rows, "year")

The file is looked up in the ``data/`` folder of the project the notebook is in (the notebook's own
folder, then up to three folders above it), so the same line works in the kit's master and in a
student's copy. Numbers become numbers, an empty value becomes ``None``, and a name that is nearly
right gets "did you mean …?". Every data set names its source and licence in the project's
``project.yml``; the step that uses it says them to the students.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from . import messages
from .errors import KitError

SEARCH_UP = 3


class DataError(KitError):
    """A data file that is not there, or not readable."""


class DataFileMissing(DataError, FileNotFoundError):
    """No data file with that name in the project's data folder."""


class DataColumnMissing(DataError, KeyError):
    """The rows have no column with that name."""

    def __str__(self) -> str:  # KeyError would show the message in quotes
        return str(self.args[0]) if self.args else ""


def _folders(start: Path) -> list[Path]:
    start = Path(start).resolve()
    return [p / "data" for p in [start, *start.parents][: SEARCH_UP + 1] if (p / "data").is_dir()]


def _number(text: str):
    text = text.strip()
    if text == "":
        return None
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return text


def find(name: str, start: Path | None = None) -> Path:
    """The data file ``name`` of this project (see the module's words for where it looks)."""
    folders = _folders(start or Path.cwd())
    for folder in folders:
        if (folder / name).is_file():
            return folder / name
    names = sorted({p.name for f in folders for p in f.iterdir() if p.is_file()})
    hint = messages.did_you_mean(str(name), names)
    if not folders:
        raise DataFileMissing(messages.say("data_no_folder", name=name))
    raise DataFileMissing(messages.say("data_missing", name=name, names=", ".join(names) or "-",
                                       hint=f" {hint}" if hint else ""))


def load(name: str, start: Path | None = None) -> list[dict]:
    """Every row of data file ``name`` as a dict: numbers as numbers, empty values as ``None``."""
    path = find(name, start)
    try:
        if path.suffix == ".json":
            rows = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(rows, list):
                raise ValueError("not a list")
            return rows
        with path.open(encoding="utf-8", newline="") as f:
            return [{k: _number(v or "") for k, v in row.items()} for row in csv.DictReader(f)]
    except (OSError, UnicodeDecodeError, ValueError, csv.Error) as exc:
        raise DataError(messages.say("data_unreadable", name=name, reason=f"{type(exc).__name__}: {exc}")) from None


def column(rows: list[dict], name: str) -> list:
    """The values of column ``name``, one per row, in order."""
    if rows and name not in rows[0]:
        hint = messages.did_you_mean(str(name), list(rows[0]))
        raise DataColumnMissing(messages.say("data_no_column", name=name, columns=", ".join(rows[0]),
                                             hint=f" {hint}" if hint else ""))
    return [row.get(name) for row in rows]
