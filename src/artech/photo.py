"""Photos as grids of numbers: load a photo from the lesson's ``data/`` folder and read its labels.

In a lesson::

    from artech import photo, pixels
    cat = photo.load("chelsea.png")      # a list of rows, each pixel (red, green, blue)
    pixels.show(cat)                     # pixels.show draws a photo-sized grid too
    photo.info("chelsea.png")            # the words stored in the file: title, author, source, licence

The file is looked up in the ``data/`` folder beside the notebook (as ``artech.data.load`` does), so the
same line works in the kit's master and in a student's copy. A file that is not there gets
"did you mean …?"; a file that is not a picture, or a picture too big for a lesson, gets a kind
:class:`PhotoError` that says what to try.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from . import data as _data
from . import messages
from .errors import KitError
from .messages import say
from .pixels import MOST_PIXELS

__all__ = ["load", "info", "Info", "PhotoError"]


class PhotoError(KitError, ValueError):
    """A photo file that cannot be read as a picture for a lesson."""


def _open(name: str, start: Path | None = None):
    from PIL import Image, UnidentifiedImageError

    path = _data.find(name, start)
    try:
        image = Image.open(path)
        image.load()
    except (UnidentifiedImageError, OSError) as exc:
        raise PhotoError(say("photo_unreadable", name=name)) from exc
    return image


def load(name: str, start: Path | None = None) -> list[list[tuple[int, int, int]]]:
    """The photo ``name`` from the ``data/`` folder as a grid: a list of rows, each pixel ``(r, g, b)``."""
    image = _open(name, start)
    width, height = image.size
    if width * height > MOST_PIXELS:
        raise PhotoError(say("photo_too_big", name=name, columns=width, rows=height, most=MOST_PIXELS))
    flat = list(image.convert("RGB").getdata())
    return [flat[r * width:(r + 1) * width] for r in range(height)]


class Info(dict):
    """The words stored in a photo file (its metadata), shown as a short list."""

    def __init__(self, name: str, fields: dict[str, str]):
        super().__init__(fields)
        self.name = name

    def lines(self) -> list[str]:
        if not self:
            return [say("photo_no_info", name=self.name)]
        return [say("photo_info_title", name=self.name)] + [f"{key}: {value}" for key, value in self.items()]

    def __repr__(self) -> str:
        return "\n".join(self.lines())

    def _repr_html_(self) -> str:
        import html

        lines = self.lines()
        if not self:
            return f"<p>{html.escape(lines[0])}</p>"
        items = "".join(f"<li><b>{html.escape(k)}</b>: {html.escape(str(v))}</li>" for k, v in self.items())
        return f"<p>{html.escape(lines[0])}</p><ul>{items}</ul>"


def info(name: str, start: Path | None = None) -> Info:
    """The words stored in photo ``name`` (PNG text fields, and the camera's EXIF fields with a name)."""
    from PIL import ExifTags

    image = _open(name, start)
    fields: dict[str, str] = {}
    for key, value in (getattr(image, "text", None) or {}).items():
        fields[str(key)] = str(value)
    for tag, value in image.getexif().items():
        fields[ExifTags.TAGS.get(tag, str(tag))] = str(value)
    return Info(name, fields)


def __getattr__(name: str) -> Any:
    """``photo.lod`` → "There is no `photo.lod`. Did you mean `load`? ..."."""
    if name.startswith("_"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    tools = ["load", "info"]
    suggestion = messages.did_you_mean(name, tools)
    text = say("photo_no_such_tool", name=name, suggestion=(suggestion + " ") if suggestion else "",
               tools=", ".join(tools))
    raise AttributeError(text, name=name, obj=None)
