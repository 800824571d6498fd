"""The teacher site: every page made from its one source, by MkDocs hooks.

``mkdocs.yml`` names ``src/artech/site/hooks.py`` under ``hooks:``. MkDocs reads only ``docs/``;
the hooks bring in the rest, so nothing is ever copied by hand:

- every lesson in ``lessons/<strand>/<slug>/`` gets two pages, at ``lessons/<strand>/<slug>/``
  (the lesson id ``<strand>-<slug>``, never its place in the order): the *student view* (the student
  copy, with each solution folded away in a ``<details>``), rendered by mkdocs-jupyter from the stored
  outputs, and a generated *teacher guide* (the lesson's facts, teacher notes, answers and hints);
- every challenge project gets a page, from ``projects/real_challenges/<id>/`` (``README.md`` or
  ``project.md``) when that folder exists, else from the plan;
- the navigation is generated, and the pages in ``docs/`` fill in ``<!-- artech:NAME -->`` lines with
  tables and pictures drawn from ``curriculum.yml`` and the lessons on disk;
- the built HTML loads nothing from another host: nbconvert's CDN addresses are replaced by the files
  vendored in ``docs/assets/vendor/``.

A new lesson folder therefore appears in the navigation, the map and the coverage table without any
other file changing. One module, one job:

- ``sources``: reading the plan, the lessons and the projects, and which files of a folder are public;
- ``links``: links between pages and the small helpers every page uses;
- ``student``: the student view of a lesson;
- ``guide``: the teacher guide of a lesson;
- ``parts``: the generated parts of the pages in ``docs/``;
- ``paths_picture``: the picture of the paths from the lessons into the projects;
- ``projects``: the project pages;
- ``navigation``: the site's navigation;
- ``tidy``: the HTML of lesson pages made private, accessible and checked;
- ``hooks``: the MkDocs events, which put the rest together.

Only the teacher tools and the site's build import this package (``hooks`` and ``tidy`` import
MkDocs); children's code never does.
"""
