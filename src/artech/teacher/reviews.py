"""The class's peer reviews, collected per team: ``artech review collect FOLDER...``.

Each review notebook is read, never run: the ``reviewing("…")`` and ``score("…", level=…, why=…,
tip=…)`` calls in its code cells are read as text (Python's own parser, literal values only). The
result is one page per class, reviews grouped by the team they are about, with every level, reason
and tip, and a CSV beside it. A notebook that cannot be read, or a review that is not finished, is
listed with what to do; it never stops the rest.
"""

from __future__ import annotations

import ast
import csv
import html
from pathlib import Path

import nbformat

from .. import i18n
from ..format.messages import say

MAX_BYTES = 5_000_000
NAMES = ("review.ipynb", "beoordeling.ipynb")


def _literal(node):
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return None


def read_review(path: Path) -> dict:
    """``{"file", "team", "scores": [{criterion, level, why, tip}], "problem"}`` for one notebook."""
    found = {"file": str(path), "team": None, "scores": [], "problem": None}
    try:
        if path.stat().st_size > MAX_BYTES:
            found["problem"] = say("reviews_too_big", file=path.name)
            return found
        nb = nbformat.read(path, as_version=4)
    except Exception as exc:  # noqa: BLE001 - a damaged file is one line in the report
        found["problem"] = say("reviews_unreadable", file=path.name, reason=type(exc).__name__)
        return found
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        try:
            tree = ast.parse(cell.source)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            continue  # a half-typed cell: its score is not counted, the report says what is missing
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, (ast.Name, ast.Attribute)):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else node.func.attr
            args = [_literal(a) for a in node.args]
            kw = {k.arg: _literal(k.value) for k in node.keywords if k.arg}
            if name == "reviewing" and args and args[0] not in (None, Ellipsis):
                found["team"] = str(args[0]).strip() or None
            elif name == "score" and args:
                level = kw.get("level", args[1] if len(args) > 1 else None)
                found["scores"].append({"criterion": str(args[0]), "level": level if level in (1, 2, 3, 4) else None,
                                        "why": str(kw.get("why") or (args[2] if len(args) > 2 else "") or ""),
                                        "tip": str(kw.get("tip") or (args[3] if len(args) > 3 else "") or "")})
    if not found["team"]:
        found["problem"] = say("reviews_no_team", file=path.name)
    elif not any(s["level"] for s in found["scores"]):
        found["problem"] = say("reviews_no_scores", file=path.name)
    return found


def find_reviews(paths) -> list[Path]:
    out = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(q for q in p.rglob("*.ipynb") if ".ipynb_checkpoints" not in q.parts
                          and (q.name in NAMES or q.name.startswith(("review", "beoordeling"))))
        elif p.suffix == ".ipynb":
            out.append(p)
    return out


def collect(paths, out: Path) -> tuple[Path, list[dict]]:
    """Every review under ``paths``, grouped by the team reviewed, into ``out``/reviews.html and .csv."""
    reviews = [read_review(p) for p in find_reviews(paths)]
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    by_team: dict[str, list[dict]] = {}
    for r in reviews:
        if r["team"]:
            by_team.setdefault(r["team"], []).append(r)
    with (out / "reviews.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow([say("reviews_col_team"), say("reviews_col_criterion"), say("reviews_col_level"),
                    say("reviews_col_why"), say("reviews_col_tip"), say("reviews_col_file")])
        for team in sorted(by_team):
            for r in by_team[team]:
                for s in r["scores"]:
                    w.writerow([team, s["criterion"], s["level"] or "", s["why"], s["tip"], Path(r["file"]).name])
    lang = i18n.language()
    parts = [f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(say("reviews_title"))}'
             '</title><style>body{font:11pt/1.4 system-ui,sans-serif;max-width:60rem;margin:1.5rem auto;color:#1b1b1b}'
             'table{border-collapse:collapse;width:100%;margin-bottom:1.2rem}th,td{border:1px solid #999;padding:.3rem .5rem;'
             'text-align:left;vertical-align:top}h2{break-before:auto;margin-top:1.6rem}@media print{h2{break-before:page}}'
             '</style></head><body><main>', f"<h1>{html.escape(say('reviews_title'))}</h1>",
             f"<p>{html.escape(say('reviews_summary', reviews=len(reviews), teams=len(by_team)))}</p>"]
    for team in sorted(by_team):
        parts.append(f"<h2>{html.escape(say('reviews_team', team=team))}</h2>")
        parts.append("<table><thead><tr>" + "".join(f"<th>{html.escape(say(k))}</th>" for k in (
            "reviews_col_criterion", "reviews_col_level", "reviews_col_why", "reviews_col_tip")) + "</tr></thead><tbody>")
        for r in by_team[team]:
            for s in r["scores"]:
                parts.append("<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in (
                    s["criterion"], s["level"] or "–", s["why"], s["tip"])) + "</tr>")
        parts.append("</tbody></table>")
    problems = [r["problem"] for r in reviews if r["problem"]]
    if problems:
        parts.append(f"<h2>{html.escape(say('reviews_problems'))}</h2><ul>")
        parts += [f"<li>{html.escape(p)}</li>" for p in problems]
        parts.append("</ul>")
    parts.append("</main></body></html>")
    page = out / "reviews.html"
    page.write_text("\n".join(parts), encoding="utf-8")
    return page, reviews
