"""A notebook as a Markdown page, by nbconvert's Markdown exporter (``templates/artech-md``).

Any engine that reads Markdown builds the page: code in fences, each output in a
``<div class="artech-output">``, pictures as ``<img>`` with alt text (``student.give_pictures_alt_text``),
and widgets as nbconvert writes them for the web: a view script per widget and the notebook's stored
widget state, which the vendored renderer (loaded by ``docs/assets/artech.js``) draws offline.
"""

from __future__ import annotations

import copy
import re
from functools import lru_cache
from pathlib import Path

from .guide import markdown_for_mkdocs
from .links import fence

TEMPLATES = Path(__file__).resolve().parent / "templates"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
PRIORITY = [WIDGET_VIEW, "text/html", "image/svg+xml", "image/png", "image/jpeg", "text/markdown", "text/plain"]


def html_block(markup) -> str:
    """HTML output as one raw block: Python-Markdown ends an HTML block at a blank line."""
    text = markup if isinstance(markup, str) else "".join(markup)
    return "\n".join(line for line in text.splitlines() if line.strip())


@lru_cache(maxsize=1)
def _exporter():
    from nbconvert.exporters import MarkdownExporter
    from traitlets.config import Config

    config = Config({"NbConvertBase": {"display_data_priority": PRIORITY}})
    exporter = MarkdownExporter(config=config, template_name="artech-md", extra_template_basedirs=[str(TEMPLATES)])
    exporter.register_filter("artech_fence", lambda text, lang="": fence(text if isinstance(text, str)
                                                                        else "".join(text), lang))
    exporter.register_filter("artech_html", html_block)
    return exporter


def notebook_markdown(nb) -> str:
    """The page of notebook ``nb`` (a student view), as Markdown."""
    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            cell.source = markdown_for_mkdocs(cell.source)
    body, _resources = _exporter().from_notebook_node(nb)
    return re.sub(r"\n{3,}", "\n\n", body).strip() + "\n"


def has_widgets(nb) -> bool:
    return any(WIDGET_VIEW in o.get("data", {}) for c in nb.cells for o in c.get("outputs", []))
