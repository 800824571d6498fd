"""Every sentence the teacher site's generated pages say (headings, labels, table heads, notes), in one
place: the site's catalogue, ``locale/<lang>/LC_MESSAGES/site.po``. Same rules as ``artech.messages``."""

from __future__ import annotations

from .. import i18n

DOMAIN = "site"

TEXT: dict[str, str | tuple[str, str]] = {
    # --- the navigation (navigation.py) ----------------------------------------------------
    "site_nav_home": "Home",
    "site_nav_start_here": "Start here",
    "site_nav_map": "Curriculum map",
    "site_nav_lessons": "Lessons",
    "site_nav_teacher_guide": "Teacher guide",
    "site_nav_projects": "Projects",
    "site_nav_plan": "Curriculum plan",
    "site_nav_authoring": "Writing lessons",
    "site_nav_translating": "Translating",
    "site_nav_credits": "Licence and credits",
    "site_nav_for_schools": "For schools",
    "site_nav_get_the_kit": "Get the kit",
    "site_nav_school_ict": "For the ICT coordinator",
    "site_nav_school_server": "A school server (JupyterHub)",
    "site_nav_privacy": "Privacy (AVG)",
    "site_nav_plan_print": "Lesson plan (print)",
    "site_nav_handout_print": "Handout (print)",
    "site_nav_cards_print": "Cards (print)",
    # --- the site as a whole (build.py) --------------------------------------------------------
    "site_name": "ArTech for teachers",
    "site_description": "ArTech, an open art and technology curriculum kit for Dutch schools (ages 10-18): lessons, teacher guides, curriculum map and challenge projects.",
    "site_this_page_in": "This page in English",
    # --- the strands, when the plan does not name them (links.py) ----------------------------
    "site_strand_design": "Design",
    "site_strand_programming": "Programming",
    "site_strand_tinkering": "Digital tinkering",
    # --- words every page uses (links.py) ------------------------------------------------------
    "site_link_not_in_plan": "{lesson} (not in the plan)",
    "site_link_planned": "{lesson} (planned)",
    "site_link_with_guide": "{lesson} ([teacher guide]({guide}))",
    "site_level_one": "level {level}",
    "site_level_range": "levels {first}–{last}",
    "site_planned": "planned",
    # --- table heads -------------------------------------------------------------------------
    "site_head_strand": "Strand",
    "site_head_level": "Level",
    "site_head_level_n": "Level {level}",
    "site_head_levels": "Levels",
    "site_head_ages": "Ages",
    "site_head_school": "School",
    "site_head_duration": "Duration",
    "site_head_design_step": "Design-cycle step",
    "site_head_exercises": "Exercises",
    "site_head_slo_goal": "SLO goal",
    "site_head_projects": "Projects",
    "site_head_project": "Project",
    "site_head_challenge": "Challenge",
    "site_head_societal_challenge": "Societal challenge",
    "site_head_status": "Status",
    # --- the teacher guide of a lesson (guide.py) ----------------------------------------------
    "site_guide_title": "Teacher guide: {title}",
    "site_guide_open_student": "Open the lesson as students see it",
    "site_level_with_ages": "{level} (ages {ages})",
    "site_minutes": ("{count} minute", "{count} minutes"),
    "site_minutes_unknown": "? minutes",
    "site_h_objectives": "Objectives",
    "site_none_listed": "(none listed)",
    "site_h_prerequisites": "Prerequisites",
    "site_no_prerequisites": "None: this lesson can come first.",
    "site_h_vocabulary": "Vocabulary",
    "site_no_vocabulary": "No new words.",
    "site_h_materials": "Materials and hardware",
    "site_hardware_item": "{item} (hardware, real or virtual)",
    "site_no_materials": "Nothing besides a computer with the kit for each student or pair.",
    "site_h_leads_into": "Leads into these projects",
    "site_no_projects_yet": "None yet.",
    "site_h_slo_goals": "SLO goals",
    "site_goal": "Goal {number}",
    "site_goal_named": "Goal {number}: {title}",
    "site_goal_named_dutch": "Goal {number}: {title} (*{dutch}*)",
    "site_h_answers": "Answers",
    "site_no_exercises": "This lesson has no checked exercises.",
    "site_checked_with": 'Checked with `check("{id}")`.',
    "site_open_task": "An open task: any answer that the check accepts is right.",
    "site_hints_in_order": "Hints, in the order students see them:",
    "site_no_hints": "This check has no hints.",
    # --- the generated parts of the pages in docs/ (parts.py) ---------------------------------
    "site_lesson_count": (
        "**{written}** of the **{count}** lesson in the plan is written so far; "
        "a lesson that is not written yet is shown as *planned*.",
        "**{written}** of the **{count}** lessons in the plan are written so far; "
        "the others are shown as *planned*.",
    ),
    "site_lesson_count_all": (
        "The **{count}** lesson in the plan is written.",
        "All **{count}** lessons in the plan are written.",
    ),
    "site_map_level_cell": "**{level}**<br>ages {ages}",
    "site_map_guide": "guide",
    "site_map_not_in_plan_yet": "{lesson} (not in the plan yet)",
    "site_no_slo_goals": "The SLO goals are not in `curriculum.yml` yet.",
    "site_cell_none": "none",
    "site_slo_lessons": ("{count} lesson<br>({written} written)", "{count} lessons<br>({written} written)"),
    "site_no_projects": "No projects in `curriculum.yml` yet.",
    "site_lessons_that_prepare_it": "Lessons that prepare it",
    "site_lessons_written": "{lessons} ({written} written)",
    "site_no_design_cycle": "The design cycle is not in `curriculum.yml` yet.",
    "site_data_source": "**{dataset}** (Python package `{package}`), for [{project}]({page}). Licence: {licence}",
    "site_data_file": (
        "**{dataset}** (the file `{file}` in the project [{project}]({page})). Source: {source}. Licence: {licence}"
    ),
    "site_no_data_sources": "No data sets are cited in `curriculum.yml` yet.",
    "site_log_unknown_part": "{page} asks for <!-- artech:{name} -->, which does not exist. Known: {known}.",
    # --- the picture of the paths into the projects (paths_picture.py) ------------------------
    "site_paths_level": "level {level}: {lessons}",
    "site_paths_no_lessons": "no lessons yet",
    "site_paths_project": "**[{project}]({page})** ({challenge}, {levels}): {steps}.",
    "site_paths_project_no_levels": "**[{project}]({page})**: {steps}.",
    "site_svg_written": "{strand} (written)",
    "site_svg_level": '<tspan font-weight="bold">Level {level}</tspan> (ages {ages})',
    "site_svg_challenge_project": "Challenge project",
    "site_svg_title": "Paths from the lessons into the challenge projects",
    "site_svg_desc": (
        "For the {count} challenge project, the lessons that prepare it, grouped by level from level 1 on "
        "the left, with arrows into the project on the right. Lessons drawn with a dashed border are planned "
        "but not written yet. The same paths are written out in the list below the picture.",
        "For each of the {count} challenge projects, the lessons that prepare it, grouped by level from "
        "level 1 on the left, with arrows into the project on the right. Lessons drawn with a dashed border "
        "are planned but not written yet. The same paths are written out in the list below the picture.",
    ),
    # --- the page of a project (projects.py) ---------------------------------------------------
    "site_level_ages_heading": "Level {level} (ages {ages})",
    "site_other_lessons": "Other lessons",
    "site_no_lesson_prepares": "No lesson prepares this project yet.",
    "site_levels_with_ages": "{levels} (ages {first}–{last})",
    "site_project_status": (
        "{status}: the project materials are not written yet; this page is made from the curriculum plan"
    ),
    "site_h_stakeholders": "Who the students work with",
    "site_h_data": "Data",
    "site_h_rubric": "Rubric",
    "site_rubric_intro": "For the teacher and for peer review: each criterion at four levels, from beginning (1) to excellent (4).",
    "site_rubric_criterion": "Criterion",
    "site_rubric_level": "Level {level}",
    "site_project_data": "**{dataset}** (package `{package}`). {note} *Licence:* {licence}",
    "site_h_how_it_runs": "How the project runs",
    "site_follow_cycle": "Students follow the design cycle, with the people above:",
    # --- the student view of a lesson (student.py) --------------------------------------------
    "site_alt_picture": "A picture made by the code above",
    "site_alt_picture_note": "A picture made by the code above: {note}",
    "site_alt_picture_size": "A picture made by the code above ({width} by {height} pixels)",
    "site_alt_picture_size_note": "A picture made by the code above ({width} by {height} pixels): {note}",
    "site_solution_shows": "What it shows:",
    "site_widget_note": (
        "On this page the controls above can move, but the result only changes in the lesson itself, "
        "where Python runs: open it in JupyterLab to try them."
    ),
    "site_map_beginners": "and beginners of any age",
    "site_widget_control": "Control of the widget above",
    "site_widget_value": "value",
    # --- the teacher guide and the print views (guide.py, prints.py) --------------------------
    "site_print_plan": "Print the lesson plan",
    "site_print_handout": "Print the student handout",
    "site_print_cards": "Print the warm-up cards",
    "site_h_makes": "What students make",
    "site_h_steps": "The steps",
    "site_steps_intro": (
        "Each step has a student page (what the students see in their notebook, without the teacher notes) and "
        "a teacher guide: the timing, how to run it, working with people outside school, what to watch for, and "
        "what to do when something goes wrong."
    ),
    "site_steps_col_step": "Step",
    "site_steps_col_phase": "Phase of the design cycle",
    "site_steps_col_guide": "For the teacher",
    "site_step_of": "Step {n} of {count} of the project [{project}]({link}), phase: **{phase}**.",
    "site_step_student_page": "What the students see: [the student page of this step]({link}).",
    "site_step_nav": "{n}. {title}",
    "site_no_makes": "The lesson does not say yet what students make.",
    "site_h_timing": "Minute by minute",
    "site_h_warm_up": "Unplugged warm-up",
    "site_h_misconceptions": "Misconceptions",
    "site_h_differentiation": "Differentiation",
    "site_h_troubleshooting": "When something goes wrong",
    "site_no_note": "The lesson has no notes on this yet.",
    "site_cards_line": "The cards for this warm-up are ready to print: [the cards]({page}).",
    "site_troubleshooting_more": "For problems in every lesson (a cell that hangs, a missing name), see [Start here]({page}).",
    "site_plan_title": "Lesson plan: {title}",
    "site_print_hint": "Print this page with Ctrl+P (Cmd+P on a Mac): it fits on one A4 sheet, without the website around it.",
    "site_print_back": "Back",
    "site_handout_name": "Name: ______________________________   Date: ______________",
    "site_handout_goals": "At the end of this lesson:",
    "site_handout_exercise": "Exercise {number}",
    "site_cards_title": "Cards: {title}",
    "site_cards_how": "Print on thick paper, as many sheets as the warm-up needs, and cut along the lines. The teacher guide says how the warm-up goes.",
    # --- the built HTML (build.py) --------------------------------------------------------------
    "site_aria_search": "Search",
    # --- what the build says to authors (build.py, sources.py) --------------------------------
    "site_log_no_edition": "{page} has no {edition} yet, so the page shows in English. Translate it (docs/translating.md).",
    "site_log_no_config": "{path} is missing: the site needs it for its look and Markdown settings. Copy it from a fresh copy of the kit.",
    "site_log_bad_config": "{path} cannot be read (line {line}). Check the indentation there, or copy it from a fresh copy of the kit.",
    "site_log_out_not_empty": (
        "{path} already holds files that the kit did not put there, so the site is not built there "
        "(nothing was changed). Choose an empty or new folder with --out."
    ),
    "site_log_unknown_engine": "There is no site engine called '{engine}'. Choose one of: {known}.",
    "site_log_no_engine": "{engine} is not installed, so the site cannot be built with it. Install the site tools: make setup (or pip install -e \".[site]\").",
    "site_log_engine_failed": "{engine} could not build the site from {config}. What it said:\n{log}",
    "site_log_no_plan": "no curriculum.yml yet; the map shows only the lessons on disk.",
    "site_log_bad_plan": "curriculum.yml cannot be read ({detail}); run `artech validate` to see where.",
}


def say(key: str, /, **values: object) -> str:
    """Message ``key`` in the language spoken now, with ``values`` filled in."""
    source = TEXT[key]
    count = values.get("count")
    path = i18n.catalogue_path(DOMAIN, i18n.language())
    return i18n.translate(path, key, source, n=count if isinstance(count, int) else None).format(**values)
