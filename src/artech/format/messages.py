"""Every sentence the kit says to teachers and authors about lessons and the plan, in one place.

The same pattern as ``artech.messages`` (what happened -> why -> what to try), a separate
catalogue: ``locale/<lang>/LC_MESSAGES/teacher.po``. Beginners never read these.
"""

from __future__ import annotations

from .. import i18n

DOMAIN = "teacher"

TEXT: dict[str, str] = {
    # --- the file itself --------------------------------------------------
    "missing_file": (
        "{file}: this file is missing. "
        "The kit needs it to know which lessons and projects belong together. "
        "Restore it from the kit's repository (git checkout -- curriculum.yml)."
    ),
    "bad_yaml": (
        "{file}: I could not read this file ({detail}). "
        "A colon, a dash or the spaces at the start of a line may be out of place. "
        "Open it in an editor, look at the line named above, and compare it with the lines around it."
    ),
    "not_a_mapping": (
        "{file}: the file does not start with named sections. "
        "It should have sections such as `levels:`, `strands:`, `lessons:` and `projects:`. "
        "Restore the file from the kit's repository and make your change again."
    ),
    "missing_section": (
        "{file}: the section `{key}:` is missing or empty. "
        "Every plan needs it. "
        "Add `{key}:` back (see docs/curriculum/index.md for what goes in it)."
    ),
    "not_a_list": (
        "{file}: the section `{key}:` should be a list of items, each starting with `- `. "
        "The checks cannot read it otherwise. "
        "Write one `- ` item per {item}."
    ),
    "missing_field": (
        "{file}: {kind} `{id}` has no `{field}`. "
        "Every {kind} needs one. "
        "Add `{field}:` to it."
    ),
    "duplicate_id": (
        "{file}: the id `{id}` is used by more than one {kind}. "
        "An id must point to exactly one {kind}. "
        "Give one of them a new id and update the places that refer to it."
    ),
    # --- levels and strands ------------------------------------------------
    "levels_wrong": (
        "{file}: `levels:` describes levels {found}, but the kit has levels 1, 2, 3 and 4. "
        "Each level needs exactly one description. "
        "Add the missing level or remove the extra one."
    ),
    "level_ages": (
        "{file}: level {level} says ages {found}, but the kit uses ages {expected} for level {level}. "
        "Lessons and the site take the ages from the kit. "
        "Change `ages:` to \"{expected}\"."
    ),
    "strands_wrong": (
        "{file}: `strands:` has {found}, but the kit has exactly the strands {expected}. "
        "Lessons and the site use these three names. "
        "Add the missing strand or rename the one that is spelled differently."
    ),
    "spiral_bad_level": (
        "{file}: in strand `{strand}`, the concept \"{concept}\" has levels that do not fit "
        "(introduced {introduced}, revisited {revisited}). "
        "A concept is introduced at one level from 1 to 4 and revisited only at later levels. "
        "Correct `introduced:` or `revisited:`."
    ),
    "spiral_unknown_lesson": (
        "{file}: in strand `{strand}`, the concept \"{concept}\" names lesson `{ref}`, but there is no lesson with that id. "
        "The spiral may only point to lessons in the plan. "
        "Fix the spelling or remove it from `lessons:`.{suggestion}"
    ),
    # --- lessons -----------------------------------------------------------
    "bad_strand": (
        "{file}: lesson `{id}` has strand `{found}`. "
        "The kit has the strands design, programming and tinkering. "
        "Change `strand:` to one of them.{suggestion}"
    ),
    "bad_level": (
        "{file}: {kind} `{id}` has level `{found}`. "
        "Levels are whole numbers from 1 to 4. "
        "Change the level to 1, 2, 3 or 4."
    ),
    "bad_status": (
        "{file}: {kind} `{id}` has status `{found}`. "
        "A status is `planned` (not written yet) or `written` (its notebook exists). "
        "Change `status:` to one of these."
    ),
    "bad_duration": (
        "{file}: lesson `{id}` lasts {found} minutes. "
        "A lesson fits one school period, so it lasts 45 or 50 minutes. "
        "Change `duration:` to 45 or 50, or split the lesson in two."
    ),
    "bad_objective": (
        "{file}: lesson `{id}` has the objective \"{objective}\". "
        "Objectives are written from the student's side, as \"I can \" followed by a verb in small letters. "
        "Rewrite it, for example \"I can mix a colour from red, green and blue\"."
    ),
    "no_objectives": (
        "{file}: lesson `{id}` has no objectives. "
        "Students and teachers use them to see what the lesson is for and to check themselves. "
        "Add a list of \"I can …\" sentences under `objectives:`."
    ),
    "bad_slo": (
        "{file}: {kind} `{id}` lists SLO goal `{found}`. "
        "The SLO core goals for digital literacy (kerndoelen) are numbered 1 to 9. "
        "Use whole numbers from 1 to 9 under `slo_goals:`."
    ),
    "bad_step": (
        "{file}: lesson `{id}` trains the design-cycle step `{found}`, which is not a step of the design cycle. "
        "The steps are {steps}. "
        "Change `design_cycle:` to one of them.{suggestion}"
    ),
    "cell_count": (
        "{file}: the {strand} strand has {count} lesson(s) at level {level} ({ids}). "
        "Each strand has exactly {per_cell} lessons per level, so that every level gets the same mix. "
        "Add or move lessons until there are {per_cell}."
    ),
    "lesson_count": (
        "{file}: the plan has {count} lessons. "
        "The kit has exactly {expected}: {per_cell} per strand per level. "
        "Add or remove lessons until there are {expected}."
    ),
    "order": (
        "{file}: lesson `{id}` (level {level}) comes after a level {previous} lesson in the {strand} strand. "
        "The order in the file is the order in which the strand is taught, from level 1 up. "
        "Move `{id}` up, to before the level {previous} lessons of this strand."
    ),
    "unknown_ref": (
        "{file}: {kind} `{id}` lists `{ref}` under `{field}`, but there is no {target} with that id. "
        "Every reference must point to a {target} in the plan. "
        "Fix the spelling, or add the {target} to curriculum.yml.{suggestion}"
    ),
    "self_prerequisite": (
        "{file}: lesson `{id}` lists itself as a prerequisite. "
        "A lesson cannot come before itself. "
        "Remove `{id}` from its own `prerequisites:`."
    ),
    "prerequisite_higher": (
        "{file}: lesson `{id}` (level {level}) needs `{ref}`, which is at level {ref_level}. "
        "A prerequisite must be at the same level or lower, or students meet it too late. "
        "Choose a prerequisite at level {level} or below, or move one of the lessons."
    ),
    "prerequisite_cycle": (
        "{file}: the prerequisites go round in a circle: {cycle}. "
        "No lesson in the circle can be taught first. "
        "Remove one of these prerequisites."
    ),
    "project_too_early": (
        "{file}: project `{project}` (levels {levels}) is prepared by lesson `{id}` at level {level}. "
        "A project can only build on lessons students have had by its highest level. "
        "Remove the link, or choose a lesson at level {max_level} or below."
    ),
    "one_way_link": (
        "{file}: lesson `{id}` and project `{project}` are linked only one way: {which}. "
        "The lesson's `projects:` and the project's `prepared_by:` must tell the same story. "
        "Add `{missing}` to the other list, or remove the link from both."
    ),
    # --- projects ------------------------------------------------------------
    "project_count": (
        "{file}: the plan has {count} project(s). "
        "The kit has exactly {expected}, one for each societal challenge in the manifesto. "
        "Add or remove projects until there are {expected}."
    ),
    "bad_challenge": (
        "{file}: project `{id}` has the challenge \"{found}\". "
        "Projects work on the manifesto's challenges: {challenges}. "
        "Change `challenge:` to one of them, spelled exactly like this.{suggestion}"
    ),
    "challenge_twice": (
        "{file}: the challenge \"{challenge}\" has {count} projects ({ids}). "
        "Each challenge gets exactly one project, so that all seven are covered. "
        "Give one of these projects another challenge."
    ),
    "challenge_missing": (
        "{file}: no project works on the challenge \"{challenge}\". "
        "Each of the seven challenges in the manifesto gets one project. "
        "Add a project with `challenge: {challenge}`."
    ),
    "no_stakeholders": (
        "{file}: project `{id}` names no stakeholders. "
        "Students co-create with real people, so the project says who they are (roles, not names). "
        "Add a list under `stakeholders:`, for example \"residents of a local care home\"."
    ),
    "plan_repeats_project_fact": (
        "{file}: project `{id}` is written, but its entry still says {fields}. A written project's facts live in "
        "one place, {where} (its data sets with their source and licence too), so two copies could drift apart. "
        "Remove those lines from its entry in curriculum.yml; keep its title, challenge, question, status, "
        "stakeholders and data_note."
    ),
    "bad_package": (
        "{file}: project `{id}` says its open data ships in the package `{package}`, but that is not the name of a "
        "package pip can install. A planned project's `open_data` names a package from PyPI (like `statsmodels`); "
        "a data file of your own goes in the project's data/ folder, with its source and licence in its project.yml."
    ),
    "bad_open_data": (
        "{file}: project `{id}` has an `open_data` entry without `{field}`. "
        "Teachers need the package, the data set, its licence and a note to use data safely and fairly. "
        "Add `{field}:` to that entry."
    ),
    "no_data_note": (
        "{file}: project `{id}` lists no open data and has no `data_note`. "
        "Teachers need to know where the data for the project comes from. "
        "Add `data_note:` saying what data students collect themselves."
    ),
    # --- lesson folders ------------------------------------------------------
    "notebook_unreadable": "{file}: {detail}",
    "notebook_not_planned": (
        "{file}: this lesson (id `{id}`, from its folder) is not in curriculum.yml. "
        "Every lesson belongs somewhere on the curriculum map, and the plan holds the order. "
        "Add `- id: {id}` to `lessons:` in curriculum.yml where it belongs, or rename the folder.{suggestion}"
    ),
    "plan_repeats_fact": (
        "{file}: lesson `{id}` is written, but its entry still says {fields}. "
        "A written lesson's facts live in one place: {where} (title and objectives in the notebook, "
        "the rest in lesson.yml), so two copies could drift apart. "
        "Keep only `- id: {id}` in curriculum.yml."
    ),
    "folder_numbered": (
        "{file}: the folder name starts with a number. "
        "A lesson's folder is its stable id; the order of lessons is kept in curriculum.yml only, "
        "so moving a lesson never moves a student's work or a web address. "
        "Rename the folder to `{slug}` and check its place in curriculum.yml."
    ),
    "folder_not_slug": (
        "{file}: the folder name `{name}` is not a lesson id. "
        "Lesson ids are lower-case words joined by hyphens, like `mixing-colours`. "
        "Rename the folder."
    ),
    "facts_unknown_ref": (
        "{file}: `{ref}` is listed under `{field}`, but curriculum.yml has no {target} with that id. "
        "It may be an old or misspelled id. "
        "Change it to an id from curriculum.yml.{suggestion}"
    ),
    "facts_unknown_field": (
        "{file}: `{field}` is not a fact lesson.yml can hold. "
        "lesson.yml holds: {known}. Title and objectives are written in the notebook. "
        "Remove the line or fix its name.{suggestion}"
    ),
    "written_missing": (
        "{file}: lesson `{id}` has no `status: planned`, so it should be written, but lessons/{strand}/{slug}/ "
        "has no lesson.ipynb. "
        "Add the lesson folder, or mark the entry `status: planned` with its planned facts."
    ),
    # --- lessons: reading one, and validating it ------------------------------
    "facts_missing": (
        "{path} is missing. Every lesson folder has a lesson.yml with the facts that are the same in every "
        "language: level, duration, prerequisites, projects, slo_goals. Copy one from another lesson."
    ),
    "facts_bad_yaml": (
        "{path} is not valid YAML (line {line}). "
        "Look for a missing colon or a tab instead of spaces, then run `artech validate` again."
    ),
    "facts_not_a_mapping": "{path} should be a list of `name: value` lines, like `level: 1`. Rewrite it that way.",
    "checks_file_broken": (
        "{path} has a Python error on line {line} ({detail}). "
        "Fix that line, then run `artech validate` again."
    ),
    "not_a_lesson": (
        "{path} is not an ArTech lesson. "
        "A lesson is a .ipynb notebook with an \"artech\" section in its metadata. "
        "Point to a lesson.ipynb inside lessons/, or make one with `artech new lesson`."
    ),
    "cannot_read": (
        "I could not read {path} ({detail}). "
        "The file may be missing or not a Jupyter notebook. "
        "Check the path, or open the file in JupyterLab to see if it is damaged."
    ),
    "v_schema": "{where}: {field} {error}. Fix it (docs/authoring.md lists every field).",
    "v_strand_folder": "the lesson lives in lessons/{folder}/, which is not a strand. Move the folder into one of: {strands}.",
    "v_checks_cell": (
        "cell {cell} is a checks cell (tag \"checks\"), from lesson format 1. "
        "Checks now live beside the notebook, in checks.py, so students never get them. "
        "Move the cell's code into checks.py (import `exercise` from `artech.checks`) and delete the cell."
    ),
    "v_no_checks_file": "the lesson has exercises but no checks.py beside the notebook. Add checks.py with an @exercise for each check(...).",
    "v_hint_shown": "the student copy shows a hint of \"{id}\" (\"{hint}…\"). Hints live in checks.py only; take it out of the notebook.",
    "v_no_title": "there is no title. Start the first Markdown cell with a heading: \"# My lesson\".",
    "v_objective_verb": "objective \"{objective}\" should say what a student can do, starting with a verb after \"I can\" (for example \"I can mix…\", \"I can explain…\").",
    "v_vague_verb": "objective \"{objective}\" uses \"{verb}\", which cannot be seen or checked. Use a verb a teacher can observe: make, explain, change, draw, test…",
    "v_alt_text": "an image ({src}) has no alt text. Describe the picture in the brackets: ![a red circle on black](...).",
    "v_missing_image": "an image file ({src}) is not in the lesson folder. Add the file or fix the path.",
    "v_no_solution": "the check for \"{id}\" has no solution cell before it. Put the answer between \"### BEGIN SOLUTION\" and \"### END SOLUTION\" in the code cell before check(\"{id}\").",
    "v_no_definition": "check(\"{id}\") is called, but checks.py has no @exercise(\"{id}\", ...). Add the definition there.",
    "v_no_hint": "the exercise \"{id}\" has no hint. Give @exercise(\"{id}\", hints=[...]) at least one hint.",
    "v_unused_definition": "@exercise(\"{id}\") is defined but never checked. Add a cell with check(\"{id}\") after its exercise, or remove it.",
    "v_solution_without_check": "cell {cell} has a solution but no check(...) after it. Add a check cell after it.",
    "v_solution_left": "the student copy still shows solution text (\"{line}\"). Put the whole answer between the solution markers.",
    "v_teacher_section": (
        "the teacher notes have no \"### {section}\" section. Add it to a cell tagged \"teacher\": the teacher "
        "guide and the one-page lesson plan show it."
    ),
    "v_student_section": "the lesson has no \"{section}\" heading for students. Add a Markdown cell with \"## {section}\".",
    "v_mistakes_shape": (
        "{file}: the file should list exercises, each with the wrong answers students give. "
        "The tests read it that way. Start each line with an exercise id and a colon, like `pure-red:`."
    ),
    "v_mistakes_unknown": (
        "{file}: `{id}` is not an exercise of this lesson, so its mistakes are never tried. "
        "Use the id of a check(\"...\") cell.{suggestion}"
    ),
    "v_mistakes_list": (
        "{file}: `{id}` has no wrong answers under it. "
        "The tests need at least one. Add a line `- code: \"...\"` with an answer a student really gives."
    ),
    "v_mistakes_code": (
        "{file}: wrong answer {n} of `{id}` has no code. "
        "The tests type that code in place of the answer. Give it `code: \"...\"` (or one per language: `code: {{en: ..., nl: ...}}`)."
    ),
    "v_markers": "cell {cell} has a \"{marker}\" line without its partner. Every \"### BEGIN SOLUTION\" needs an \"### END SOLUTION\" below it.",
    # --- challenge projects (artech.format.project; docs/authoring.md, "Challenge projects") ---
    "p_no_facts": (
        "{folder} is in projects/real_challenges/ but has no project.yml, so the kit cannot read it as a "
        "project. Add {file} (docs/authoring.md, \"Challenge projects\", shows one), or move the folder out."
    ),
    "p_missing_file": "{file} is missing. Add it (docs/authoring.md, \"Challenge projects\", shows what goes in it).",
    "p_bad_yaml": "{file} cannot be read as YAML (line {line}). Look at that line: often a tab, or a colon inside a text without quotes.",
    "p_not_a_mapping": "{file} should hold fields such as `periods:` and `steps:`, one per line. Start from the example in docs/authoring.md.",
    "p_unknown_key": "{file} has a field `{key}` the kit does not know, so it is ignored. The fields are: {known}.{hint}",
    "p_periods": (
        "{file}: `periods` is {found}, but a project takes {low} to {high} periods of 50 minutes. Write the "
        "number of periods, like `periods: 8`."
    ),
    "p_no_brief": "{file} is missing: the project has no brief in {language}. Write it, starting with the project's title as \"# …\".",
    "p_brief_title": "{file} does not start with the project's title. Make the first line \"# \" and the title.",
    "p_no_steps": (
        "{file} lists no steps. Add `steps:`, one step per line in order, each with the step of the design "
        "cycle it is, like `- {{id: meet-the-residents, phase: explore}}`."
    ),
    "p_bad_step": "{file}: step {n} needs an `id` (its folder in steps/) and a `phase`, one of: {phases}.",
    "p_missing_step": (
        "{file} is missing: {facts} lists the step \"{step}\", but its notebook is not there. Add the "
        "folder and notebook, or take the step out of the list.{hint}"
    ),
    "p_untranslated_step": (
        "{file} is missing: the step \"{step}\" has no {language} edition yet, so those students would get "
        "it in English. Translate it (docs/translating.md)."
    ),
    "p_bad_notebook": "{file} cannot be read as a notebook ({reason}). Open it in JupyterLab and save it again, or restore it from git.",
    "p_step_fails": (
        "{file} stops with an error in {cell}: {error}. Open the notebook, run it from the top and fix "
        "that cell; after a change to the data, check that the file and column names in the code still match "
        "the data file."
    ),
    "p_step_stuck": (
        "{file} did not finish: {cell} still ran after {seconds} seconds. Look for a loop that never ends "
        "or a cell that waits for input, and make it stop."
    ),
    "p_step_died": "{file} stopped the Python kernel while it ran. Run it in JupyterLab from the top to see which cell does it.",
    "p_cell_name": "code cell {n} (`{line}`)",
    "p_cycle_incomplete": (
        "{file}: no step does {missing}. A project goes round the whole design cycle; give each of those "
        "phases at least one step."
    ),
    "p_no_rubric": "{file} is missing: the project has no rubric in {language}. Write it with the same criteria as rubric.yml.",
    "p_rubric_empty": "{file} has no criteria. Add `criteria:`, each with an id, a title, a phase and four levels.",
    "p_bad_criterion": (
        "{file}: criterion {n} needs an `id`, a `title`, a `phase` (one of: {phases}) and `levels` 1, 2, 3 "
        "and 4, each with a sentence."
    ),
    "p_rubric_differs": (
        "{file} does not have the same criteria as {source} ({ids}), in the same order. Translate each "
        "criterion of {source}, and keep its id."
    ),
    "p_bad_data_list": "{file}: `data` should be a list of data sets, each with `file`, `source` and `licence`.",
    "p_data_no_source": (
        "{file}: the data set {data} does not say where it comes from. Add `source:` (who made the numbers, "
        "and where you got them), so students and readers can check them."
    ),
    "p_data_no_licence": (
        "{file}: the data set {data} names no licence. Add `licence:` (for example \"CC BY 4.0\" or \"public "
        "domain\"), and only ship data whose licence lets you share it."
    ),
    "p_data_kind": "{file}: the data set {data} should be a .csv or .json file in data/ ({kinds}), named without a folder.",
    "p_data_missing": "{file} is missing: {facts} names it, but data/ has no such file. Add it, or fix the name.{hint}",
    "p_data_unreadable": "{file} cannot be loaded ({reason}). Open it in a text editor and check the first lines.",
    "p_data_no_rows": "it has no rows under its header",
    "p_plan_says_planned": (
        "curriculum.yml: the project \"{id}\" has a written folder ({folder}), but the plan still says it is "
        "planned. Change its `status:` to `written`."
    ),
    "p_plan_says_written": (
        "curriculum.yml: the project \"{id}\" has `status: written`, but {folder} has no project.yml. Write "
        "the project's folder, or set the status back to `planned`."
    ),
    "project_unknown": "There is no written project called \"{id}\". The written projects are: {ids}.{hint}",
    "project_bad_id": (
        "\"{id}\" cannot be the name of a project folder: use lower-case words with hyphens, like "
        "climate-made-visible-zwolle."
    ),
    "project_exists": "{folder} is already there, so nothing was copied: the kit never overwrites a project. Choose another name with --as.",
    "project_installed": (
        "The kit here is installed as a package ({root}), so its projects are not yours to change. Make a copy "
        "of lessons/, projects/ and curriculum.yml for your school, set ARTECH_HOME to it, and adapt the project there."
    ),
    "student_copy_exists": (
        "{path} is there already, so the student copy was not written: the kit never writes over a file. "
        "Give another file name, or a folder to put the copy in."
    ),
    "student_copy_no_folder": (
        "There is no folder {folder}, so the student copy was not written. "
        "Make the folder first, or give a folder that is there."
    ),
    "student_copy_written": "The student copy is {path}: no answers, hints, checks code or teacher notes in it.",
    "project_adapted": (
        "Your variant is {folder}. The original is untouched. Now change the text in brief.md and "
        "brief.nl.md, the steps, and the data in data/ (name each data set's source and licence in "
        "project.yml). Then run `artech validate`: it says, file by file, what still needs doing."
    ),
    "cli_project": "work with challenge projects: `adapt ID --as NEW-ID` makes your school's own variant",
    "cli_project_as": "the name of your variant, like climate-made-visible-zwolle",
    "cli_journal": "turn a team's design journal into one printable page: `export JOURNAL`",
    "cli_journal_out": "where to write the page (default: beside the journal, as .html; never overwrites)",
    "cli_review": "collect the class's peer reviews, grouped by team: `collect FOLDER...`",
    "cli_review_out": "the folder for the report (default: artech-reviews)",
    "reviews_title": "Peer reviews",
    "reviews_summary": "{reviews} review notebooks read, about {teams} teams.",
    "reviews_team": "About {team}",
    "reviews_col_team": "Team reviewed",
    "reviews_col_criterion": "Criterion",
    "reviews_col_level": "Level",
    "reviews_col_why": "Why",
    "reviews_col_tip": "Tip",
    "reviews_col_file": "Notebook",
    "reviews_problems": "Not counted yet",
    "reviews_too_big": "{file} is larger than a review notebook can be, so it was not read. Ask the team to clear its outputs and save it again.",
    "reviews_unreadable": "{file} could not be read as a notebook ({reason}). Ask the team to open it in JupyterLab and save it again.",
    "reviews_no_team": "{file} does not say which team it reviews. The team fills in reviewing(\"…\") in its first code cell.",
    "reviews_no_scores": "{file} has no finished score yet: each score(...) needs a level from 1 to 4.",
    "reviews_written": "The reviews are in {path} (and reviews.csv beside it): {reviews} notebooks, about {teams} teams.",
    "journal_exported": "The portfolio page is {path}: open it in a browser, and print it from there if you like.",
    "p_data_ragged": "some rows have more or fewer values than the header",
    "v_ok": ("{count} lesson checked, no problems found.", "{count} lessons checked, no problems found."),
    "v_project_ok": "{folder}: every part is there, and every step ran from the top in every language. No problems found.",
    "v_found": ("{count} problem found.", "{count} problems found."),
    # --- words put into the plan's messages ---------------------------------------------
    "word_lesson": "lesson",
    "word_project": "project",
    "word_level": "level",
    "word_strand": "strand",
    "word_none": "none",
    "one_way_lesson_lists": "the lesson lists the project, but the project's `prepared_by:` does not list `{id}`",
    "one_way_project_lists": "the project lists the lesson, but the lesson's `projects:` does not list `{id}`",
    # --- translations (format/translations.py) -----------------------------------------
    "t_no_edition": (
        "{file}: this lesson has no edition in `{lang}` yet. "
        "Every lesson is taught in each of the kit's complete languages. "
        "Run `artech translate update` to make a copy to translate, translate it, then "
        "`artech translate stamp {folder} --lang {lang} --all`."
    ),
    "t_wrong_lang": (
        "{file}: its metadata says `\"lang\": \"{found}\"`, but the file name says `{lang}`. "
        "The kit picks the checks and the words by this value. "
        "Set `\"lang\": \"{lang}\"` in the notebook's \"artech\" metadata."
    ),
    "t_fact_count": (
        "{file}: the English edition has {english} {fact}, this one has {count}. "
        "Both editions teach the same lesson, so the lists match item for item. "
        "Translate each item of the English `{fact}` once, in the same order."
    ),
    "t_cells_missing": (
        "{file}: the cells {cells} of lesson.ipynb are not in this edition. "
        "Each edition has the same cells, so an exercise or a section can't go missing in one language. "
        "Copy those cells from lesson.ipynb (with their ids) and translate them."
    ),
    "t_cells_extra": (
        "{file}: the cells {cells} are not in lesson.ipynb. "
        "Each edition has the same cells as the English one. "
        "Add the cell to lesson.ipynb first (then `artech translate update`), or remove it here."
    ),
    "t_cells_order": (
        "{file}: the cells are in another order than in lesson.ipynb. "
        "Each edition keeps the English order, so the exercises come in the same order. "
        "Move the cells back into the order of lesson.ipynb."
    ),
    "t_cell_kind": (
        "{file}: cell {number} (`{cell}`) is {kind} here and {english} in lesson.ipynb. "
        "A translation keeps each cell's kind. Change it back to {english}."
    ),
    "t_cell_tags": (
        "{file}: cell {number} (`{cell}`) has the tags {tags} here and {english} in lesson.ipynb. "
        "Tags decide who sees a cell (teacher) and what the student copy leaves out (predict). "
        "Give it the same tags as in lesson.ipynb."
    ),
    "t_cell_checks": (
        "{file}: cell {number} (`{cell}`) checks {checks} here and {english} in lesson.ipynb. "
        "Exercise ids are never translated: they name the same checks in every language. "
        "Write the check cell exactly as in lesson.ipynb."
    ),
    "t_cell_solutions": (
        "{file}: cell {number} (`{cell}`) has another number of `### BEGIN SOLUTION` parts than in lesson.ipynb. "
        "The student copy leaves out the same answers in every language. "
        "Keep the solution markers as they are in lesson.ipynb."
    ),
    "t_cell_sections": (
        "{file}: cell {number} (`{cell}`) has other headings than in lesson.ipynb. "
        "Both editions have the same sections, so a teacher can switch language and find the same place. "
        "Translate each heading, and keep its level (the number of #)."
    ),
    "t_cell_pictures": (
        "{file}: cell {number} (`{cell}`) shows {pictures} here and {english} in lesson.ipynb. "
        "Both editions show the same pictures: the same file, or its translated copy like `name.nl.svg`. "
        "Use the same picture, or its copy in this language."
    ),
    "t_cell_untranslated": (
        "{file}: cell {number} (`{cell}`) does not say which English text it translates. "
        "Without that, the kit can't tell when the English changes and this cell is out of date. "
        "Translate the cell, then run `artech translate stamp {folder} --lang {lang} --cell {cell}`."
    ),
    "t_cell_stale": (
        "{file}: cell {number} (`{cell}`) translates an older version of its English cell. "
        "Someone changed that cell in lesson.ipynb after it was translated. "
        "Compare the two cells, update the translation, then run "
        "`artech translate stamp {folder} --lang {lang} --cell {cell}`."
    ),
    "t_more_stale": "{file}: {count} more cells are not translated or out of date (`artech translate status` lists them all).",
    "t_names_not_map": (
        "{file}: the metadata `names` is not a map from English names to this edition's names. "
        "The checks use it to find the student's work. Write it like `{{\"red\": \"rood\"}}`."
    ),
    "t_name_unknown": (
        "{file}: `names` translates `{name}`, but the English lesson and its checks have no such name. "
        "Maybe it was renamed in lesson.ipynb. Remove it from `names`, or use the new English name."
    ),
    "t_name_not_made": (
        "{file}: `names` says the English `{english}` is `{name}` here, but no code in this edition makes `{name}`. "
        "The checks look for `{name}` in the student's work. "
        "Use `{name}` in the solution code, or correct the name in `names`."
    ),
    "t_name_missing": (
        "{file}: the checks read `{english}`, but this edition does not make it and `names` does not translate it. "
        "Add `\"{english}\": \"…\"` to the metadata `names`, with the name this edition uses."
    ),
    "t_no_catalogue": (
        "{file}: this file is missing, so the hints and messages of the checks stay English. "
        "Run `artech translate update` to make it, then translate every sentence in it."
    ),
    "t_bad_catalogue": (
        "{file}: I could not read this translation file ({detail}). "
        "A quote or a line of `msgid`/`msgstr` may be broken. "
        "Open it in Poedit or a text editor and look at the place named above."
    ),
    "t_untranslated": (
        "{file}: \"{text}\" (checks.py line {line}) has no translation. "
        "Students in this language would read it in English. Write its translation in `msgstr`."
    ),
    "t_fuzzy": (
        "{file}: the translation of \"{text}\" is marked fuzzy: the English changed after it was translated. "
        "Compare it with the English, update it, and remove the `#, fuzzy` line."
    ),
    "t_placeholders": (
        "{file}: the translation of \"{text}\" does not have the placeholders of the English ({names}). "
        "The kit fills them in with the student's names and values. Use exactly the same `{{…}}` names."
    ),
    "t_built_sentence": (
        "{file} line {line}: `_()` gets a sentence that is built while the check runs (an f-string or a sum). "
        "A translator only sees sentences that are written out. "
        "Write the whole sentence in quotes, with `{{name}}` placeholders, and pass the values: `_(\"…{{name}}…\", name=...)`."
    ),
    "t_no_kit_catalogue": (
        "{file}: this file is missing. "
        "Run `artech translate update` to make it from the kit's messages, then translate it."
    ),
    "t_kit_untranslated": (
        "{file}: the message `{key}` has no translation. "
        "Students and teachers in this language would read it in English. Translate it (`msgctxt \"{key}\"`)."
    ),
    "t_kit_fuzzy": (
        "{file}: the translation of `{key}` is older than its English text. "
        "Compare it with the English (`artech translate update` marked it fuzzy), update it, and remove `#, fuzzy`."
    ),
    "t_kit_placeholders": (
        "{file}: the translation of `{key}` does not have the placeholders of the English ({names}). "
        "Use exactly the same `{{…}}` names."
    ),
    # --- artech translate (teacher/translate.py) ---------------------------------------
    "tr_wrote": "wrote {path}",
    "tr_new_edition": "made {path}: a copy of the English lesson, for a translator to translate",
    "tr_updated": ("Up to date: {count} file changed.", "Up to date: {count} files changed."),
    "tr_stamped": (
        "{file}: {count} cell now says it translates the current English text.",
        "{file}: {count} cells now say they translate the current English text.",
    ),
    "tr_unknown_cells": (
        "{file}: there are no cells {cells} in lesson.ipynb. "
        "A cell is named by its id (the notebook's cell metadata shows it). "
        "Check the ids, or use `--all` for every cell."
    ),
    "tr_bad_code": (
        "`{code}` is not a language code. "
        "A language is named by its two- or three-letter ISO 639 code, like `de`, `fr` or `pap`. "
        "Try again with that code."
    ),
    "tr_language_exists": (
        "The kit already has `{code}` (src/artech/locale/languages.yml). "
        "Run `artech translate status --lang {code}` to see what is left to translate."
    ),
    "tr_status": ("{lang}: {count} thing left to translate.", "{lang}: {count} things left to translate."),
    # --- the artech command's help ------------------------------------------------------
    "cli_description": "ArTech: the art & technology curriculum kit.",
    "cli_start": "make your workspace and open it in JupyterLab",
    "cli_dir": "workspace folder (default: ~/ArTech)",
    "cli_lang": "the language of the lessons and of everything the kit says (nl or en)",
    "cli_no_browser": "start JupyterLab without opening a browser",
    "cli_workspace": "write a student copy of every lesson into DIR (never overwrites a student's work)",
    "cli_check": "run a notebook headless and report every exercise",
    "cli_json": "print one JSON object",
    "cli_lesson": "the lesson id, when the notebook does not say it",
    "cli_cell_limit": "seconds one cell may run (default {seconds}; or ARTECH_CELL_LIMIT)",
    "cli_validate": "check every lesson, its translations and the curriculum plan",
    "cli_validate_run": "also run every step notebook of every project (a school's own variants always run)",
    "cli_new": "scaffold a new lesson that already validates",
    "cli_refresh": "re-run lessons (every edition) and store their outputs",
    "cli_student_copy": "write the student copy of one lesson to OUT",
    "cli_translate": "translators' tools: update catalogues, stamp a translated lesson, show what is left, add a language",
    "cli_translate_target": "stamp: the lesson folder; new: the language code",
    "cli_cell": "stamp: the id of a translated cell (more than once for more cells)",
    "cli_all_cells": "stamp: every cell of the edition",
    "cli_language_name": "new: the language's own name, like Deutsch",
    "cli_link": "print the link that brings your lessons (a git repository) to every student on the school server",
    "cli_link_repo": "the git repository with your lessons, in the kit's format (lessons/<strand>/<slug>/)",
    "cli_link_hub": "the school server's address, like https://jupyter.myschool.nl",
    "cli_link_branch": "the branch to pull (default: main)",
    "cli_link_name": "the folder name of this update in each student's account (default: the repository's name)",
    "cli_link_bad_repo": (
        "\"{repo}\" does not look like the address of a git repository. It starts with https://, ssh://, "
        "git@ or file://, like https://github.com/myschool/lessons.git."
    ),
    "cli_link_needs_hub": (
        "The link needs the school server's address, so students land on their own account: add "
        "--hub https://jupyter.myschool.nl (your school's address). \"{hub}\" is not one."
    ),
    "cli_link_bad_name": (
        "\"{name}\" cannot be the name of an update: use letters, digits, dots, dashes and underscores, "
        "starting with a letter or digit. Choose one with --name, like --name lessons-2b."
    ),
    "cli_link_done": (
        "Share this link with your students (in your learning platform, or as a QR code). Opening it pulls "
        "your repository into their account, apart from their work, as update \"{name}\", and copies your "
        "new and fixed lessons into their ArTech folder. A lesson a student changed is never overwritten: "
        "your newer version arrives beside it. Opening the link again brings your latest changes."
    ),
    "cli_translate_new_needs": (
        "`artech translate new` needs the code of the language to add, like `artech translate new de --name Deutsch`."
    ),
    "cli_translate_stamp_needs": (
        "`artech translate stamp` needs the lesson folder and the language, like "
        "`artech translate stamp lessons/design/mixing-colours --lang nl --all`."
    ),
    "made_lesson": "made {path}",
    "running": "running {path}",
    # --- artech new lesson (format/scaffold.py): the template, in every language -----------
    "new_not_in_plan": (
        "curriculum.yml has no lesson called \"{title}\" in {strand}, level {level}. "
        "Every lesson is part of the plan, so add it there first. "
        "Planned lessons here: {planned}."
    ),
    "new_none": "none",
    "new_exists": "{folder} is already there. Open it, or choose another title.",
    "cli_site": "build the teacher site, in every language, into site/",
    "cli_site_engine": "the engine that makes the HTML: mkdocs (mkdocs-material) or zensical",
    "cli_site_out": "the folder to build the site in (default: site/ in the kit)",
    "v_no_makes": (
        "the lesson does not say what students make. Add \"makes\" to the notebook's \"artech\" metadata: one "
        "sentence for the teacher guide and the one-page plan."
    ),
    "site_built": "The teacher site is ready ({languages}, built by {engine} in {seconds} s). Open {path} in a browser.",
    "site_needs_tools": "The site tools are not installed here ({module} is missing). Install them with: make setup (or pip install -e \".[site]\").",
    # `artech grade`: a class's notebooks (teacher/classgrade.py, teacher/report.py)
    "cli_grade": "check a class's notebooks of one lesson and write a report (HTML and CSV)",
    "cli_grade_paths": "folders or notebooks the students handed in",
    "cli_grade_roster": "a CSV file with two columns: file (or folder) and the student's name",
    "cli_grade_out": "the folder for the report (default: artech-report in the current folder)",
    "cli_grade_jobs": "how many notebooks to check at once (default: one per core)",
    "cli_grade_memory": "memory cap per notebook, in MB (default: {mb})",
    "grade_roster_unreadable": "The roster {path} cannot be read ({detail}). Save it as a CSV file (UTF-8) with two columns: file, name.",
    "grade_too_big": "The file is bigger than {mb} MB, so it was not opened. A lesson's notebook is much smaller: ask the student for the notebook itself.",
    "grade_not_a_notebook_teacher": "This is not a notebook that can be read ({detail}). Ask the student to hand in the .ipynb file again.",
    "grade_no_lesson_teacher": "The notebook does not say which lesson it is. It is not a copy of a kit lesson; ask the student which lesson it belongs to.",
    "grade_other_lesson": "This notebook is the lesson {found}, not {lesson}. It was not checked with this class.",
    "grade_no_class_lesson": "There is no lesson '{lesson}' in the kit to check these notebooks with. Give one with --lesson; the kit has: {known}.",
    "grade_took_too_long": "Checking stopped after {seconds} s, so this notebook has no verdicts. Open it and look for a loop that never ends.",
    "grade_check_crashed": "The check of this notebook stopped without an answer (exit code {code}), perhaps because it used more memory than allowed. Open it and run it yourself.",
    "grade_flag_reaches_checks": "Its code reaches into the checking ({found}): talk with the student. Nothing in it is counted done.",
    "grade_flag_check_removed": "The check cell of {exercise} was removed: talk with the student.",
    "grade_flag_forged_output": "The stored output of {exercise} says done, but the notebook run again does not: talk with the student.",
    "grade_progress": "Checked {done} of {total}",
    "grade_written": "The class report is ready: {html} (to read and print) and {csv} (for the school's own systems). {rows} notebooks in {seconds} s.",
    "report_title": "Class results: {title}",
    "report_intro": "{count} notebooks, checked by the kit on {date}. Each cell says what the student saw when the check ran.",
    "report_student": "Student",
    "report_done": "Done",
    "report_file": "File",
    "report_per_exercise": "Per exercise",
    "report_exercise": "Exercise",
    "report_done_count": "{done} of {total} done",
    "report_common": "Most common “not yet” ({count}×): {message}",
    "report_no_common": "No “not yet” messages.",
    "report_talk": "Talk with the student",
    "report_not_counted": "not counted",
    "report_problem": "Problem",
    "report_not_checked": "not checked",
    "report_print": "Print this page (Ctrl+P): it fits A4 landscape.",
    # The fixed sections of a lesson's teacher notes (artech/format/notes.py): each lesson's headings.
    "notes_timing": "Timing",
    "notes_warm_up": "Unplugged warm-up",
    "notes_misconceptions": "Misconceptions",
    "notes_differentiation": "Differentiation",
    "notes_answers": "Answers",
    "notes_troubleshooting": "When something goes wrong",
    "scaffold_intro": "# {title}\n\nOne or two sentences that tell a student what they will make today.",
    "scaffold_get_ready": "## Get ready\n\nClick the cell below and press **Shift+Enter**.",
    "scaffold_exercise": "## Exercise 1: your first step\n\nMake a name `answer` that holds the number 42.",
    "scaffold_make_it_yours": "## Make it yours\n\nAn open task: students change the example into something of their own.",
    "scaffold_reflect": "## Reflect\n\n- What did you make today?\n- What would you change next time?",
    "scaffold_teacher": (
        "## Teacher notes\n\n### Timing\n\n| Minutes | What happens |\n|---|---|\n| 0-5 | Unplugged warm-up |\n"
        "| 5-15 | Worked example, together |\n| 15-35 | Exercises, in pairs |\n| 35-45 | Make it yours |\n"
        "| 45-50 | Reflect |\n\n### Unplugged warm-up\n\nDescribe an activity without computers that introduces the idea.\n\n"
        "### Misconceptions\n\n- Name a mistake students often make, and how to respond.\n\n### Differentiation\n\n"
        "- **Support:** how to help a student who is stuck.\n- **Stretch:** an extra challenge for a student who is done early.\n\n"
        "### When something goes wrong\n\n- What students may see when something goes wrong, and what to do.\n"
    ),
    "scaffold_objective": "I can make a name hold a value.",
    "scaffold_makes": "One sentence for the teacher: what students make in this lesson.",
    "scaffold_objective_todo": "{objective}",
    "scaffold_word_name": "name",
    "scaffold_word_value": "value",
    "scaffold_hint_1": "Look at the example above: it makes a name with `=`.",
    "scaffold_hint_2": "Write `answer = 42` and run the cell.",
    "scaffold_about": "Your `{name}`",
    # --- artech pack (artech.teacher.pack) ---
    "cli_pack": "share a team's project folder with another school as one archive, or bring one in",
    "cli_pack_export": "pack a team's project folder into one archive, with the team's names taken out",
    "cli_pack_folder": "the team's project folder (their notebooks, journal, pictures and data)",
    "cli_pack_out": "where to write the archive (default: <folder>.artech-pack.zip beside the folder)",
    "cli_pack_import": "check an archive from another school and unpack it into a new folder",
    "cli_pack_archive": "the .artech-pack.zip file the other school sent",
    "cli_pack_into": "the folder to unpack it in (default: projects/ in the ArTech workspace)",
    "pack_team_member": "Team member {n}",
    "pack_licence": (
        "{project}: work by a student team, shared with the ArTech kit on {date}.\n\n"
        "This work is licensed under the Creative Commons Attribution-ShareAlike 4.0 International licence "
        "(CC BY-SA 4.0): {url}\n\n"
        "You may copy and share it, and change it and build on it, for any purpose, as long as you:\n"
        "- give credit: say it is by a student team, shared with ArTech, link to the licence, and say what you changed;\n"
        "- share alike: share what you make from it under the same licence.\n"
        "You may not add terms or technical measures that stop others from doing what the licence allows.\n\n"
        "The work comes as it is, without any warranty. The team's names were taken out before it was shared."
    ),
    "pack_export_not_a_folder": (
        "{folder} is not a folder. `artech pack export` packs a team's project folder: their notebooks, "
        "journal, pictures and data. Give that folder, like `artech pack export projects/climate-made-visible`."
    ),
    "pack_export_empty": (
        "{folder} has nothing a pack can hold: no notebooks, text, data or pictures. "
        "Check that this is the team's project folder."
    ),
    "pack_export_too_many": (
        "{folder} has {count} files, and a pack holds at most {most}, so nothing was packed. "
        "Move what the other school does not need out of the folder, then export again."
    ),
    "pack_export_too_big": (
        "The files in {folder} are more than {most} MB together, the most a pack may hold, so nothing was packed. "
        "Make big pictures or recordings smaller, or move them out of the folder, then export again."
    ),
    "pack_export_bad_notebook": (
        "{path} cannot be read as a notebook ({detail}), so the names in it cannot be taken out and nothing was packed. "
        "Open it in JupyterLab to see whether it is damaged, or move it out of the folder, then export again."
    ),
    "pack_export_bad_text": (
        "{path} cannot be read as text ({detail}), so the names in it cannot be taken out and nothing was packed. "
        "Save it again as UTF-8 text, or move it out of the folder, then export again."
    ),
    "pack_export_name_in_path": (
        "The name of {path} holds a team member's name, and a pack takes the names out of everything, so nothing "
        "was packed. Rename the file or folder (and the links to it), or choose another archive name with --out, "
        "then export again."
    ),
    "pack_export_unreadable": (
        "{path} cannot be read ({detail}), so nothing was packed. "
        "Close the program that has it open, or move it out of the folder, then export again."
    ),
    "pack_export_cannot_write": (
        "I could not write the archive {path} ({detail}). "
        "The folder may be read-only or full. Choose a place you can write to with --out."
    ),
    "pack_export_skipped_link": "Left out {path}: it is a link to something else, not a file of the team's own.",
    "pack_export_skipped_kind": (
        "Left out {path}: a pack cannot hold {kind} files, so that nothing in it can run by itself. "
        "A pack holds {kinds}."
    ),
    "pack_export_skipped_reserved": (
        "Left out {path}: the pack writes its own file with this name. Rename yours, then export again if it is needed."
    ),
    "pack_export_skipped_big": (
        "Left out {path}: it is bigger than {mb} MB, the most one file in a pack may be. "
        "Make it smaller (a picture with fewer pixels, a shorter recording) and export again if it is needed."
    ),
    "pack_export_renamed": "{wanted} already exists and was left as it is, so the new archive is {path}.",
    "pack_names_replaced": (
        "Took out the names of {people} team members: {count} place now says \"Team member …\" instead.",
        "Took out the names of {people} team members: {count} places now say \"Team member …\" instead.",
    ),
    "pack_no_names": (
        "No notebook lists the team's names (the journal's team cell, or `team` in a notebook's \"artech\" "
        "metadata), so no names were taken out. Read the files before you share the archive."
    ),
    "pack_exported": (
        "Packed {count} file from {folder} into {path}, with a manifest and the CC BY-SA 4.0 licence. Look at the "
        "pictures before you share it: they stay as they are. Share it only when the team agrees to share their "
        "work under this licence; the other school brings it in with `artech pack import`.",
        "Packed {count} files from {folder} into {path}, with a manifest and the CC BY-SA 4.0 licence. Look at the "
        "pictures before you share it: they stay as they are. Share it only when the team agrees to share their "
        "work under this licence; the other school brings it in with `artech pack import`.",
    ),
    "pack_archive_missing": "There is no file {archive}. Check the name and the folder, then try again.",
    "pack_not_a_zip": (
        "{archive} is not a pack: it cannot be read as a zip archive ({detail}). Nothing was imported. "
        "Ask the other school to export it again with `artech pack export` and send the .artech-pack.zip file itself."
    ),
    "pack_too_many": (
        "{archive} holds {count} files, and a pack holds at most {most}. Nothing was imported. "
        "Ask the other school to pack only the project folder, with `artech pack export`."
    ),
    "pack_too_big": (
        "{archive} unpacks to more than {mb} MB, the most a pack may hold. Nothing was imported. "
        "Ask the other school to make big pictures or recordings smaller and export it again with `artech pack export`."
    ),
    "pack_bad_name": (
        "{archive}: the file \"{member}\" has a name a pack may not have: a path from the top of the disk, a `..`, "
        "a backslash, a drive letter, or a character some computers cannot store. Such a name can write outside the "
        "new folder, so nothing was imported. Ask the other school to export it again with `artech pack export`."
    ),
    "pack_duplicate": (
        "{archive}: \"{member}\" is in the archive twice (perhaps once with other capitals, or once as a folder), "
        "and one would overwrite the other. Nothing was imported. "
        "Ask the other school to export it again with `artech pack export`."
    ),
    "pack_symlink": (
        "{archive}: \"{member}\" is a link to another place on the computer, not a file. A pack holds only files, "
        "so nothing was imported. Ask the other school to export it again with `artech pack export`."
    ),
    "pack_not_regular": (
        "{archive}: \"{member}\" is not an ordinary file (it may be a device, or locked with a password). "
        "A pack holds only ordinary files, so nothing was imported. "
        "Ask the other school to export it again with `artech pack export`."
    ),
    "pack_forbidden_kind": (
        "{archive}: \"{member}\" is a {kind} file, and a pack holds only {kinds}, so that nothing in it can run by "
        "itself. Nothing was imported. Ask the other school to export it again with `artech pack export`, which "
        "leaves such files out."
    ),
    "pack_member_too_big": (
        "{archive}: \"{member}\" unpacks to more than {mb} MB, the most one file in a pack may be. Nothing was "
        "imported. Ask the other school to make it smaller and export again with `artech pack export`."
    ),
    "pack_bomb": (
        "{archive}: \"{member}\" unpacks to {ratio} times its packed size (at most {most} times is allowed). That is "
        "how a \"zip bomb\" fills a disk, so nothing was imported. Ask the other school to export it again with "
        "`artech pack export`; if they did not send it, delete the file."
    ),
    "pack_damaged_member": (
        "{archive}: \"{member}\" cannot be unpacked ({detail}): the archive is damaged or was changed after the "
        "export. Nothing was imported. Ask the other school to send it again, exported with `artech pack export`."
    ),
    "pack_no_manifest": (
        "{archive} has no manifest.json, so the kit cannot check that its files arrived as they were sent. Nothing "
        "was imported. Ask the other school to export it with `artech pack export` (a zip made by hand has none)."
    ),
    "pack_bad_manifest": (
        "{archive}: its manifest.json cannot be read ({detail}), so the files cannot be checked. Nothing was "
        "imported. Ask the other school to export it again with `artech pack export`."
    ),
    "pack_newer_format": (
        "{archive} is in pack format {found}, made by a newer kit; this kit reads format {known}. Nothing was "
        "imported. Update the kit (pip install --upgrade artech), then import it again."
    ),
    "pack_unlisted": (
        "{archive}: \"{member}\" is in the archive but not in its manifest, so it was added after the export. "
        "Nothing was imported. Ask the other school to export it again with `artech pack export`."
    ),
    "pack_missing_member": (
        "{archive}: the manifest lists \"{member}\", but the archive does not hold it, so the pack is incomplete. "
        "Nothing was imported. Ask the other school to export it again with `artech pack export`."
    ),
    "pack_hash_mismatch": (
        "{archive}: \"{member}\" is not the file that was exported: its size or its fingerprint (sha256) differs "
        "from the manifest, so it was changed or damaged on the way. Nothing was imported. "
        "Ask the other school to send it again, exported with `artech pack export`."
    ),
    "pack_broken_notebook": (
        "{archive}: \"{member}\" is not a notebook JupyterLab can open ({detail}). Nothing was imported. "
        "Ask the other school to open it in JupyterLab, save it, and export again with `artech pack export`."
    ),
    "pack_wrong_content": (
        "{archive}: \"{member}\" is called a {kind} file but holds something else. Nothing was imported. "
        "Ask the other school to save it again in the right format and export again with `artech pack export`."
    ),
    "pack_svg_code": (
        "{archive}: the picture \"{member}\" holds code a browser could run (a script, or an action on a click). "
        "Nothing was imported. Ask the other school to save it again as a plain picture (or as PNG) and export "
        "again with `artech pack export`."
    ),
    "pack_cannot_write": (
        "I could not make the new folder in {folder} ({detail}). Nothing was imported. "
        "The folder may be read-only or full: choose another with --into."
    ),
    "pack_imported": (
        "Imported {archive} into {folder}: {count} file, each checked against the manifest. Nothing in it has run, "
        "and its notebooks are not trusted: their code runs only when you run it. Read it first.",
        "Imported {archive} into {folder}: {count} files, each checked against the manifest. Nothing in them has run, "
        "and the notebooks are not trusted: their code runs only when you run it. Read it first.",
    ),
}


def say(key: str, /, **values: object) -> str:
    """Message ``key`` in the language spoken now, with ``values`` filled in."""
    source = TEXT[key]
    count = values.get("count")
    path = i18n.catalogue_path(DOMAIN, i18n.language())
    return i18n.translate(path, key, source, n=count if isinstance(count, int) else None).format(**values)
