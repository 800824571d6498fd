"""The drawing of one part on a strip of breadboard: an accessible SVG picture (``role="img"``, a title).

It draws what ``looks.look(part, name)`` says, and nothing else.
"""

from __future__ import annotations

import html
import math

from .. import messages
from .looks import mix as _mix

W, H = 150, 156  # size of one part's picture


def picture(look: dict) -> str:
    """One part on a strip of breadboard, with its pins below: an accessible SVG picture."""
    e = html.escape
    title = messages.say("bench_picture_title", name=look["name"], kind=look["kind"], pins=look["pins"], state=look["text"])
    holes = "".join(
        f'<circle cx="{x}" cy="{y}" r="1.6" fill="#c9bd9c"/>' for y in (14, 128) for x in range(12, W, 12)
    )
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" role="img" '
        f'aria-label="{e(title)}" data-state="{"on" if look["on"] else "off"}">',
        f"<title>{e(title)}</title>",
        f'<rect x="1" y="1" width="{W - 2}" height="{H - 2}" rx="8" fill="#f4eedc" stroke="#d8cca8"/>',
        holes,
        f'<text x="{W // 2}" y="32" text-anchor="middle" font-family="sans-serif" font-size="13" '
        f'font-weight="bold" fill="#333">{e(look["name"])}</text>',
    ]
    shape, cx, cy = look["shape"], W // 2, 66
    legs = f'<line x1="{cx - 6}" y1="{cy + 14}" x2="{cx - 6}" y2="128" stroke="#8a8a8a" stroke-width="2"/>' \
           f'<line x1="{cx + 6}" y1="{cy + 14}" x2="{cx + 6}" y2="128" stroke="#8a8a8a" stroke-width="2"/>'
    if shape == "led":
        out.append(legs)
        if look["on"]:
            glow = 0.15 + 0.45 * look["brightness"]
            out.append(f'<circle cx="{cx}" cy="{cy}" r="26" fill="{look["colour"]}" opacity="{glow:.2f}"/>')
        out.append(f'<path d="M{cx - 13},{cy + 14} v-16 a13,13 0 0 1 26,0 v16 z" fill="{look["fill"]}" '
                   f'stroke="#555" stroke-width="1.5"/>')
        out.append(f'<rect x="{cx - 16}" y="{cy + 12}" width="32" height="4" rx="1" fill="{look["fill"]}" stroke="#555"/>')
        out.append(f'<ellipse cx="{cx - 5}" cy="{cy - 6}" rx="3" ry="5" fill="#fff" opacity="0.5"/>')
    elif shape == "button":
        out.append(legs)
        press = 3 if look["on"] else 0
        out.append(f'<rect x="{cx - 18}" y="{cy - 16}" width="36" height="32" rx="3" fill="#3c3c3c"/>')
        out.append(f'<circle cx="{cx}" cy="{cy + press - 1}" r="10" fill="{"#2a6bd1" if look["on"] else "#4f8ff0"}" '
                   f'stroke="#1d3f7a" stroke-width="{3 if look["on"] else 1.5}"/>')
    elif shape == "buzzer":
        out.append(legs)
        out.append(f'<circle cx="{cx}" cy="{cy}" r="16" fill="#1f1f1f"/><circle cx="{cx}" cy="{cy}" r="3" fill="#777"/>')
        if look["on"]:
            for r in (22, 28):
                out.append(f'<path d="M{cx + r * 0.7:.0f},{cy - r * 0.7:.0f} a{r},{r} 0 0 1 0,{r * 1.4:.0f}" '
                           f'fill="none" stroke="#e0542a" stroke-width="2.5"/>')
    elif shape in ("sensor", "switch"):
        out.append(legs)
        fill = "#1c6e4a" if shape == "sensor" else "#6b4c9a"
        out.append(f'<rect x="{cx - 24}" y="{cy - 16}" width="48" height="32" rx="4" fill="{fill}"/>')
        if shape == "switch":
            out.append(f'<circle cx="{cx}" cy="{cy}" r="11" fill="{"#ffe27a" if look["on"] else "#e8e8e8"}" opacity="0.95"/>')
        elif look["kind"] == "DistanceSensor":  # two ultrasonic "eyes"
            out.append(f'<circle cx="{cx - 11}" cy="{cy}" r="9" fill="#dfe7ea" stroke="#9aa"/>'
                       f'<circle cx="{cx + 11}" cy="{cy}" r="9" fill="#dfe7ea" stroke="#9aa"/>')
        elif look["kind"] == "TemperatureSensor":  # a thermometer
            level = max(0.0, min(1.0, (look["reading"] + 10) / 50))
            out.append(f'<rect x="{cx - 4}" y="{cy - 12}" width="8" height="20" rx="4" fill="#fff"/>'
                       f'<rect x="{cx - 2}" y="{cy + 6 - 18 * level:.1f}" width="4" height="{18 * level + 2:.1f}" fill="#e0402a"/>'
                       f'<circle cx="{cx}" cy="{cy + 9}" r="5" fill="#e0402a"/>')
        else:  # a light sensor: it glows as bright as the light it sees
            glow = _mix("#3a3a3a", "#ffe27a", look["reading"])
            out.append(f'<circle cx="{cx}" cy="{cy}" r="10" fill="{glow}" stroke="#ccc"/>')
    elif shape == "servo":  # a blue servo body, its round hub and the arm: like a protractor, 0 right, 1 left
        out.append(legs)
        out.append(f'<rect x="{cx - 24}" y="{cy - 8}" width="48" height="22" rx="3" fill="#2f6fd1" stroke="#1d3f7a"/>')
        out.append(f'<path d="M{cx - 20},{cy - 8} a20,20 0 0 1 40,0" fill="none" stroke="#b7c4d6" stroke-width="1" '
                   f'stroke-dasharray="2 3"/>')
        if look["turn"] is not None:
            a = math.radians(180 * look["turn"])
            ex, ey = cx + 22 * math.cos(a), cy - 22 * math.sin(a)
            out.append(f'<line x1="{cx}" y1="{cy}" x2="{ex:.1f}" y2="{ey:.1f}" stroke="#f4f4f4" stroke-width="7" '
                       f'stroke-linecap="round"/>')
            out.append(f'<line x1="{cx}" y1="{cy}" x2="{ex:.1f}" y2="{ey:.1f}" stroke="#555" stroke-width="1.2" '
                       f'stroke-linecap="round"/>')
        out.append(f'<circle cx="{cx}" cy="{cy}" r="5" fill="#e8e8e8" stroke="#555"/>')
    elif shape == "closed":
        out.append(f'<rect x="{cx - 20}" y="{cy - 16}" width="40" height="32" rx="4" fill="none" stroke="#999" stroke-dasharray="4 3"/>')
    else:
        out.append(legs)
        out.append(f'<rect x="{cx - 22}" y="{cy - 14}" width="44" height="28" rx="4" fill="{"#5b8def" if look["on"] else "#9aa5b1"}"/>')
    width = 8 + 7 * len(look["text"])
    out.append(f'<rect x="{cx - width // 2}" y="{cy + 25}" width="{width}" height="18" rx="9" fill="#fffdf6" '
               f'stroke="#d8cca8"/>')
    out.append(f'<text x="{cx}" y="{cy + 38}" text-anchor="middle" font-family="sans-serif" font-size="12" '
               f'fill="#222" font-weight="bold">{e(look["text"])}</text>')
    lines: list[str] = []
    for item in look["pins"].split(" · "):
        if lines and len(lines[-1]) + 3 + len(item) <= 21:
            lines[-1] += " · " + item
        else:
            lines.append(item)
    top = H - 10 - 12 * len(lines)
    out.append(f'<rect x="8" y="{top}" width="{W - 16}" height="{6 + 12 * len(lines)}" rx="3" fill="#1e4d2b"/>')
    for i, line in enumerate(lines):
        out.append(f'<text x="{cx}" y="{top + 14 + 12 * i}" text-anchor="middle" font-family="monospace" '
                   f'font-size="10.5" fill="#fff">{e(line)}</text>')
    out.append("</svg>")
    return "".join(out)
