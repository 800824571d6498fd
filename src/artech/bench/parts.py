"""What a part is made of, and the names the student gave it in the notebook.

``led`` or ``lights.red``: the bench finds them by looking at the names in the student's code (the
frames that called the kit), never by asking the student to repeat them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import gpiozero
from gpiozero import CompositeDevice
from gpiozero.devices import GPIOBase

# Frames from these folders are the kit's or gpiozero's own, never the student's code.
_KIT_FILES = (str(Path(__file__).resolve().parents[1]), str(Path(gpiozero.__file__).resolve().parent))


def leaves(part) -> list:
    """The single parts inside ``part``: itself, or the LEDs of a TrafficLights, an RGBLED…"""
    if isinstance(part, gpiozero.RGBLED):
        return list(part._leds)
    if isinstance(part, CompositeDevice):
        return [leaf for child in part for leaf in leaves(child)]
    return [part]


def kind_name(part) -> str:
    """The name a student knows the part by: ``LED``, ``Button``, ``DistanceSensor``."""
    return getattr(type(part), "KIND", type(part).__name__)


def student_frames():
    """Frames of the code that called the kit (not the kit's or gpiozero's own)."""
    frame = sys._getframe(1)
    while frame is not None:
        if not frame.f_code.co_filename.startswith(_KIT_FILES):
            yield frame
        frame = frame.f_back


def scopes():
    """The names in the student's code: locals and globals of each calling frame."""
    for frame in student_frames():
        yield frame.f_locals
        yield frame.f_globals


def owner_name(part) -> str:
    """The student's name for ``part`` (``led``), or ""."""
    for scope in scopes():
        for name, value in list(scope.items()):
            if value is part and not name.startswith("_"):
                return name
    return ""


def owner_of_child(part) -> tuple[str, object]:
    """For an LED inside TrafficLights or an RGBLED: the name of the whole part, and the part."""
    for scope in scopes():
        for name, value in list(scope.items()):
            if name.startswith("_") or not isinstance(value, GPIOBase) or value is part:
                continue
            if any(leaf is part for leaf in leaves(value)):
                return name, value
    return "", None


def names_for(parts) -> set[str]:
    """Every name in the student's code for one of ``parts`` or for a whole part that holds one."""
    wanted = {id(leaf) for part in parts for leaf in leaves(part)} | {id(part) for part in parts}
    found: set[str] = set()
    for scope in scopes():
        for name, value in list(scope.items()):
            if name.startswith("_") or not isinstance(value, GPIOBase):
                continue
            if id(value) in wanted or any(id(leaf) in wanted for leaf in leaves(value)):
                found.add(name)
    return found


def picture_names(parts) -> dict[int, str]:
    """The names to write on the pictures of ``parts`` (``led``, ``lights.red``), by ``id``."""
    found: dict[int, str] = {}
    wanted = {id(p) for p in parts}
    for frame in student_frames():
        for scope in (frame.f_locals, frame.f_globals):
            for name, value in list(scope.items()):
                if name.startswith("_") or not isinstance(value, GPIOBase):
                    continue
                if id(value) in wanted:
                    found.setdefault(id(value), name)
                for child_name in getattr(value, "_order", ()) or ():
                    child = getattr(value, child_name, None)
                    if id(child) in wanted:
                        found.setdefault(id(child), f"{name}.{child_name}")
        if len(found) == len(wanted):
            break
    return found


def closed(part) -> bool:
    """Is ``part`` closed (or so broken that it can't say)?"""
    try:
        return bool(part.closed)
    except Exception:
        return True
