"""The HTML of the built pages made private, accessible and checked.

MkDocs does not look inside notebooks, so a lesson page's links are checked here; nbconvert's CDN
addresses are pointed at the vendored files in ``docs/assets/vendor/``, and scripts nothing here needs
(MathJax, Mermaid) are dropped, so no page loads anything from another host.
"""

from __future__ import annotations

import html
import posixpath
import re

from mkdocs.utils import get_relative_url

from .words import say

VENDOR = "assets/vendor"
EMBED_JS = f"{VENDOR}/jupyter-widgets-html-manager/embed-amd.js"
REQUIRE_JS = f"{VENDOR}/requirejs/require.js"
WIDGET_LABELS_JS = "assets/artech-widgets.js"
NOTEBOOK_PAGE = "jupyter-wrapper"  # mkdocs-jupyter's wrapper: only lesson pages have it

_CDN_WIDGETS = re.compile(r"'https://unpkg\.com/@jupyter-(?:widgets/html-manager|js-widgets)@[^']*'")
_EMPTY_SCRIPT = re.compile(r'<script src="">\s*</script>')
_MERMAID = re.compile(r'<script type="module">\s*document\.addEventListener\("DOMContentLoaded", async \(\) => \{'
                      r'\s*const diagrams = document\.querySelectorAll\("\.jp-Mermaid.*?</script>', re.S)
_LESSON_HREF = re.compile(r'href="((?![a-z]+:)[^"#]*?)lesson\.ipynb(#[^"]*)?"')
_IMG_NO_ALT = re.compile(r"<img(?![^>]*\salt=)([^>]*)>")
_SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
_ANCHOR = re.compile(r'<a class="anchor-link" href="#[^"]*">¶</a>')
_LINK = re.compile(r'\b(?:href|src)="((?![a-z][a-z0-9+.-]*:|#|//)[^"]+)"')


def is_notebook_page(html_text: str) -> bool:
    return NOTEBOOK_PAGE in html_text


def lesson_content(html_text: str) -> str:
    """A lesson page's content: no hidden "¶" anchors (they would show in search results), and links
    to another lesson's ``lesson.ipynb`` pointed at its page."""
    html_text = _ANCHOR.sub("", html_text)
    return _LESSON_HREF.sub(lambda m: f'href="{m.group(1) or "./"}{m.group(2) or ""}"', html_text)


def broken_links(html_text: str, page_url: str, urls: set[str]) -> list[str]:
    """The relative links and sources in ``html_text`` (the page at ``page_url``) that point at no file
    of the site; ``urls`` are the site's file URLs."""
    known = {u.rstrip("/") for u in urls} | {posixpath.dirname(u.rstrip("/")) for u in urls}
    bad = []
    for link in sorted(set(_LINK.findall(html_text))):
        target = posixpath.normpath(posixpath.join(page_url, link.split("#")[0].split("?")[0]))
        if target.rstrip("/") not in known and target != ".":
            bad.append(link)
    return bad


def page_output(output: str, page_url: str) -> str:
    """A built page as it is published: the search dialog named, and on a lesson page the vendored widget
    renderer instead of the CDN one, no MathJax or Mermaid, alt text on every picture."""
    search = html.escape(say("site_aria_search"), quote=True)
    output = output.replace(_SEARCH_DIALOG, _SEARCH_DIALOG[:-1] + f' aria-label="{search}">')  # WCAG 4.1.2
    if not is_notebook_page(output):
        return output
    embed = get_relative_url(EMBED_JS, page_url)
    output = _CDN_WIDGETS.sub(f"'{embed}'", output)
    output = _EMPTY_SCRIPT.sub("", output)  # MathJax, which no lesson uses, would load from a CDN
    output = _MERMAID.sub("", output)  # so would Mermaid
    alt = html.escape(say("site_alt_lesson_picture"), quote=True)
    output = _IMG_NO_ALT.sub(lambda m: f'<img alt="{alt}"{m.group(1)}>', output)
    if "application/vnd.jupyter.widget-state+json" in output:
        require = get_relative_url(REQUIRE_JS, page_url)
        # After the theme's scripts (require.js must not see them), before the widgets render on DOMContentLoaded.
        labels = get_relative_url(WIDGET_LABELS_JS, page_url)
        output = output.replace("</body>", f'<script src="{require}"></script>\n'
                                f'<script src="{labels}"></script>\n</body>', 1)
    return output
