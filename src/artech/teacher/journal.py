"""A team's design journal through a project, and the portfolio page it becomes for the teacher.

The workspace gives each written project a journal (``dagboek.ipynb`` in Dutch, ``journal.ipynb`` in
English): a section for every step of the project, in order, each with the same four prompts (what we
learned, what we decided, why, who we worked with), and room for sketches and screenshots (a picture
dragged into a Markdown cell is kept inside the notebook). ``artech journal export JOURNAL`` turns it
into one HTML page, without code and ready to print: the team's portfolio.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import yaml

from .. import i18n
from ..format import project as P
from ..messages import say

TEAM_TAG = "team"  # the cell where the team writes its first names (artech pack strips them)


def journal_name(lang: str) -> str:
    return i18n.languages().get(lang, {}).get("journal", "journal.ipynb")


def _phase_titles(root: Path, lang: str) -> dict[str, str]:
    """The design cycle's step titles from the plan, in ``lang`` (the phase id where there is no plan)."""
    from ..format import plan_text

    try:
        plan = yaml.safe_load((Path(root) / "curriculum.yml").read_text(encoding="utf-8")) or {}
        plan = plan_text.translated(plan, root, lang)
        return {str(s["id"]): str(s["title"]) for s in plan.get("design_cycle") or [] if isinstance(s, dict)}
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError):
        return {}


def _title(path: Path, fallback: str) -> str:
    try:
        first = next((c.source for c in nbformat.read(path, 4).cells if c.cell_type == "markdown"), "")
    except Exception:  # noqa: BLE001 - a step that cannot be read still gets its section, by name
        return fallback
    m = re.search(r"^#\s+(.+?)\s*$", first, re.M)
    return m.group(1) if m else fallback


def journal_notebook(project_dir: Path, root: Path, lang: str) -> nbformat.NotebookNode:
    """A blank journal for the project in ``project_dir``: a section per step, in the project's order."""
    from ..format import translations as T

    facts = yaml.safe_load((project_dir / P.FACTS).read_text(encoding="utf-8")) or {}
    brief = P.edition(project_dir, P.BRIEF, lang)
    title = P.brief_title(brief if brief.is_file() else project_dir / P.BRIEF, project_dir.name)
    phases = _phase_titles(root, lang)
    with i18n.use(lang):
        cells = [nbformat.v4.new_markdown_cell(f"# {say('journal_title', project=title)}\n\n{say('journal_intro')}")]
        team = nbformat.v4.new_markdown_cell(say("journal_team"))
        team.metadata["tags"] = [TEAM_TAG]
        cells.append(team)
        for n, step in enumerate(facts.get("steps") or [], 1):
            if not isinstance(step, dict) or not step.get("id"):
                continue
            step_dir = project_dir / P.STEPS / str(step["id"])
            edition = T.edition_path(step_dir, lang)
            name = _title(edition if edition.is_file() else T.edition_path(step_dir, i18n.SOURCE), str(step["id"]))
            phase = phases.get(str(step.get("phase")), str(step.get("phase", "")))
            cells.append(nbformat.v4.new_markdown_cell(
                f"## {say('journal_step', n=n, step=name, phase=phase)}\n\n{say('journal_prompts')}"))
    nb = nbformat.v4.new_notebook()
    nb.cells = cells
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["artech"] = {"lang": lang, "page": "journal", "project": project_dir.name}
    return nb


def review_name(lang: str) -> str:
    return i18n.languages().get(lang, {}).get("review", "review.ipynb")


def review_notebook(project_dir: Path, lang: str) -> nbformat.NotebookNode | None:
    """The peer-review notebook of a project, from its rubric in ``lang``: a cell per criterion."""
    path = P.edition(project_dir, P.RUBRIC, lang)
    path = path if path.is_file() else project_dir / P.RUBRIC
    try:
        criteria = [c for c in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("criteria") or []
                    if isinstance(c, dict) and c.get("id") and isinstance(c.get("levels"), dict)]
    except (OSError, yaml.YAMLError, AttributeError):
        return None
    if not criteria:
        return None
    brief = P.edition(project_dir, P.BRIEF, lang)
    title = P.brief_title(brief if brief.is_file() else project_dir / P.BRIEF, project_dir.name)
    with i18n.use(lang):
        cells = [nbformat.v4.new_markdown_cell(f"# {say('review_title', project=title)}\n\n{say('review_intro')}"),
                 nbformat.v4.new_code_cell(f"from artech.review import reviewing, score\n\n"
                                           f"reviewing(...)  # {say('review_team_comment')}")]
        for c in criteria:
            levels = c["levels"]
            head = " | ".join(say("review_level", level=n) for n in (1, 2, 3, 4))
            row = " | ".join(str(levels.get(n, levels.get(str(n), ""))).replace("\n", " ").replace("|", "/")
                             for n in (1, 2, 3, 4))
            cells.append(nbformat.v4.new_markdown_cell(f"## {c.get('title', c['id'])}\n\n| {head} |\n|---|---|---|---|\n| {row} |"))
            cells.append(nbformat.v4.new_code_cell(f'score("{c["id"]}", level=..., why="...", tip="...")'))
    nb = nbformat.v4.new_notebook()
    nb.cells = cells
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["artech"] = {"lang": lang, "page": "review", "project": project_dir.name}
    return nb


class JournalError(ValueError):
    """A journal that cannot become a portfolio; the message says why and what to do."""


def export(path: Path, out: Path | None = None) -> Path:
    """The journal at ``path`` as one printable HTML page (no code, the pictures inside); never overwrites."""
    from nbconvert import HTMLExporter

    path = Path(path)
    try:
        nb = nbformat.read(path, as_version=4)
    except FileNotFoundError:
        raise JournalError(say("journal_missing", path=path)) from None
    except Exception as exc:  # noqa: BLE001 - a damaged file gets a sentence, not a traceback
        raise JournalError(say("journal_unreadable", path=path, reason=type(exc).__name__)) from None
    lang = i18n.known((nb.metadata.get("artech") or {}).get("lang")) or i18n.chosen()
    exporter = HTMLExporter(template_name="lab", exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True)
    with i18n.use(lang):
        body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": say("journal_portfolio",
                                                                                       name=path.stem)}})
    # Nothing from another host: nbconvert's page loads MathJax and require.js from a CDN (a portfolio
    # needs neither), so those script tags go.
    body = re.sub(r'<script[^>]*\bsrc="(?:https?:)?//[^"]*"[^>]*>\s*</script>', "", body)
    body = re.sub(r'<link[^>]*\bhref="(?:https?:)?//[^"]*"[^>]*>', "", body)
    body = re.sub(r"<html[^>]*>", f'<html lang="{lang}">', body, count=1)
    body = body.replace("</head>", "<style>@media print{.jp-Cell{break-inside:avoid}}"
                                   "body{max-width:52rem;margin:auto}</style></head>", 1)
    out = Path(out) if out else path.with_suffix(".html")
    n, target = 1, out
    while target.exists():
        n += 1
        target = out.with_name(f"{out.stem}-{n}{out.suffix}")
    target.write_text(body, encoding="utf-8")
    return target
