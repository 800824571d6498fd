"""Every sentence a student or teacher reads from the kit, in one place.

Each message follows one pattern: **what happened → why → what to try**.
Keep the words short and concrete, never blame, never shout. Each message has
a key and its English text here; its translations are in the gettext catalogues
``locale/<lang>/LC_MESSAGES/student.po`` (see docs/translating.md). A
``{name}`` in braces is filled in by the code and stays as it is in every
language. A message about a count is a (one, many) pair and gets ``count``.
"""

from __future__ import annotations

import difflib

from . import i18n
from typing import Iterable

TEXT: dict[str, str] = {
    # --- check results -------------------------------------------------
    "done": "Done! {praise}",
    "expected": "Expected",
    "saw": "Your code gave",
    "hint": "Hint {n} of {total}",
    "praise": "Nice work.",
    # --- names ---------------------------------------------------------
    "missing_name": (
        "I can't find `{name}` yet. "
        "Python only knows a name after the cell that makes it has run. "
        "Run the cell where you make `{name}` (Shift+Enter), then check again. "
        "If that cell stopped with an error, fix the error first."
    ),
    "did_you_mean": "Did you mean `{suggestion}`?",
    "still_blank": (
        "`{name}` is still `...`, the blank you start with. "
        "The three dots are a space for your answer. "
        "Replace `...` with your own answer, run the cell, then check again."
    ),
    "wrong_type": (
        "`{name}` is {saw_kind}, but this exercise needs {expected_kind}. "
        "{why}Look at the example above it and make `{name}` the same kind of thing."
    ),
    "not_equal": (
        "{about} is not quite right yet. "
        "Compare what you have with what was expected, then change your code and run it again."
    ),
    "class_not_made": (
        "`{name}` is `{kind}` itself, not a new {kind} made from it. "
        "Writing `{kind}` names the kind of thing; the brackets in `{kind}()` make one. "
        "Add the brackets: `{name} = {kind}()`, run the cell, then check again."
    ),
    "not_a_function": (
        "`{name}` is not a function yet. "
        "A function starts with `def {name}(...):`. "
        "Run the cell with your `def` line, then check again."
    ),
    # --- the student's code went wrong -----------------------------------
    "student_error": (
        "Your code stopped with an error ({error}: {detail}). "
        "{why}Read the line it points to, fix it, and try again."
    ),
    "too_slow": (
        "Your code was still running after {seconds} seconds, so I stopped it. "
        "This often means a loop that never ends. "
        "Check that your loop has an end: a `for` over a range, or a `while` whose condition becomes false."
    ),
    "too_much_output": (
        "Your code printed more than {limit} characters, so I stopped it. "
        "This often means a `print` inside a loop that runs too many times. "
        "Print less, or make the loop shorter."
    ),
    # --- creative tasks --------------------------------------------------
    "nothing_made": (
        "I don't see anything in `{name}` yet. "
        "This is your own creation, so anything goes, but it can't be empty. "
        "Add something of your own, run the cell, then check again."
    ),
    "not_changed": (
        "`{name}` is still exactly the example. "
        "This task is about making it yours. "
        "Change at least one thing: a number, a colour, a note. Then check again."
    ),
    # --- colours of light (artech.colour) --------------------------------
    # The three lights, in the order of the three numbers, and everyday colour names.
    "colour_red": "red",
    "colour_green": "green",
    "colour_blue": "blue",
    "colour_black": "black",
    "colour_white": "white",
    "colour_yellow": "yellow",
    "colour_magenta": "magenta",
    "colour_cyan": "cyan",
    "colour_grey": "grey",
    "colour_unnamed": "a colour",
    "colour_numbers": "red {r}, green {g}, blue {b}",
    "colour_swatch_text": "{label}: {numbers}",
    "colour_mixer_label": "your colour",
    "colour_mix_line": "{lights} = {result}",
    "colour_circles_title": "Red, green and blue light shining on a black wall",
    # A value that is not a colour: what happened, why, what to try.
    "colour_blank": (
        "The colour is still `...`, the blank you start with. "
        "A screen needs three numbers to make a colour. "
        "Put three numbers in round brackets there, like `(255, 0, 0)`, and run the cell again."
    ),
    "colour_text": (
        "`{value}` is text, but a screen can't read words. "
        "It makes every colour from three numbers: how much red, green and blue light. "
        "Write the colour as numbers in round brackets, like `(255, 0, 0)` for red."
    ),
    "colour_one_number": (
        "`{value}` is one number, but a colour needs three: red, green and blue. "
        "A screen mixes every colour from those three lights. "
        "Write all three in round brackets, like `(255, 0, 0)`."
    ),
    "colour_not_three": (
        "`{value}` is not a colour yet. "
        "A colour of light is three numbers: red, green and blue. "
        "Write it in round brackets, like `(255, 0, 0)` for red."
    ),
    "colour_count": (  # one, many
        "`{value}` has {count} number, but a colour needs exactly 3. "
        "There is one number for each light: red, then green, then blue. "
        "Make it three numbers, like `(255, 0, 0)`.",
        "`{value}` has {count} numbers, but a colour needs exactly 3. "
        "There is one number for each light: red, then green, then blue. "
        "Make it three numbers, like `(255, 0, 0)`.",
    ),
    "colour_loose_numbers": (
        "You gave `show` the numbers {numbers} one by one. "
        "A colour is one thing, so its three numbers go together in their own round brackets. "
        "Use two pairs of brackets: `colour.show(({numbers}))`."
    ),
    "colour_part_text": (
        "The {part} number is {value}, which is text because of the quotes. "
        "Python reads anything in quotes as words, not as a number. "
        "Take the quotes away."
    ),
    "colour_part_not_number": (
        "The {part} part is `{value}`, which is not a number. "
        "Each part of a colour is a number of light, from 0 to 255. "
        "Put a whole number from 0 to 255 there."
    ),
    "colour_part_decimal": (
        "The {part} number is {value}, with a decimal point. "
        "A light only has whole steps, from 0 to 255. "
        "Try {suggestion}."
    ),
    "colour_either": "{low} or {high}",
    "colour_too_big": (
        "The {part} number is {value}: more than 255, the brightest a light can be. "
        "Each light goes from 0 (off) to 255 (full). "
        "Use 255 for the brightest {part}, or a smaller number."
    ),
    "colour_256": (
        "The {part} number is 256: just one too many. "
        "A light has 256 steps, but counting starts at 0, so the last step is 255. "
        "Use 255 for the brightest {part}."
    ),
    "colour_too_small": (
        "The {part} number is {value}: less than 0. "
        "0 means that light is off, and a light can't be darker than off. "
        "Use 0 for no {part} at all, or a bigger number."
    ),
    # Palettes: a list of colours, or a dictionary of named colours.
    "colour_palette_blank": (
        "The palette is still `...`, the blank you start with. "
        "A palette is a set of colours that go together. "
        "Make a dictionary of named colours, like `{{\"sky\": (135, 200, 250), \"leaf\": (60, 160, 60)}}`."
    ),
    "colour_palette_one": (
        "`{value}` is one colour, but a palette is a set of colours. "
        "Designers choose a few colours that go well together. "
        "Put your colours in a list, like `[(255, 0, 0), (0, 0, 255)]`, or name them in a dictionary."
    ),
    "colour_palette_not_collection": (
        "`{value}` is not a palette yet. "
        "A palette is a set of colours: a list, or a dictionary of named colours. "
        "Try `{{\"sky\": (135, 200, 250), \"leaf\": (60, 160, 60)}}`."
    ),
    "colour_palette_empty": (
        "The palette is empty. "
        "A palette needs colours to show. "
        "Add a few colours between the brackets."
    ),
    "colour_palette_number": "Colour number {n}",
    "colour_palette_entry": "{where}: {problem}",
    # A typo in a tool's name: colour.shwo(...)
    "colour_no_such_tool": (
        "There is no `colour.{name}`: a tool's name must be spelled exactly. "
        "{suggestion}The colour tools are: {tools}."
    ),
    # --- problems in the kit itself (for teachers) -----------------------
    "unknown_exercise": (
        "There is no exercise called \"{exercise}\" in this lesson. "
        "The name in the check cell may have been changed by accident. "
        "{suggestion} If the check cell looks changed, ask your teacher for a fresh copy of it."
    ),
    "lesson_unknown": (
        "I could not tell which lesson the check \"{exercise}\" belongs to. "
        "A check finds its lesson from the notebook, and this notebook does not say which lesson it is. "
        "Open the lesson from your ArTech folder (the one `artech start` made), then run this cell again."
    ),
    "lesson_checks_missing": (
        "The checks of lesson \"{lesson}\" are not in this kit, so \"{exercise}\" can't be checked. "
        "This is not your fault: the kit may be older than the lesson. "
        "Tell your teacher; you can carry on with the next exercise."
    ),
    "checks_broken": (
        "The checks of lesson \"{lesson}\" could not start ({error}: {detail}). "
        "This is not your fault. "
        "Tell your teacher; you can carry on with the next exercise."
    ),
    "status_done": "Done",
    "status_not_yet": "Not yet",
    "status_error": "Check problem",
    # Before the first cell ran: `check`, `colour`, `Pen`... are not there yet.
    "first_cell_not_run": (
        "Python does not know `{name}` yet. "
        "`{name}` comes from the first code cell of the lesson{place}, and that cell has not run yet "
        "(maybe the notebook was just opened, or the kernel restarted). "
        "Click that cell and press Shift+Enter, or use Run ▸ Run All Above. Then run this cell again."
    ),
    "first_cell_place": ", under \"{heading}\"",
    # --- draw, game, sound (format 2) ---
    "draw_not_shown": (
        "Your pen `{name}` drew the right lines, but the drawing did not appear under the cell. "
        "The notebook shows a drawing when the pen's name is alone on the last line of the cell. "
        "Put `{name}` alone on the very last line, with no spaces in front, so not pushed in under the loop. "
        "Then run the cell again."
    ),
    "draw_shown_early": (
        "Your pen `{name}` drew the right lines, but the drawing under the cell is not the whole drawing: "
        "it was shown before the pen had finished. "
        "Put `{name}` alone on the very last line of the cell, with no spaces in front. Then run the cell again."
    ),
    "game_blank": (
        "💡 `{name}` has only `...` in it, so it does nothing yet. Write your code in it, where the ✏️ is. "
        "Wrote it already? Then a cell further down that still has `...` made `{name}` empty again. "
        "Run your own cell again."
    ),
    "game_blank_check": (
        "Your `{name}` has only `...` in it now, so it does nothing. Write your code where the ✏️ is. "
        "Wrote it already? Then a cell further down that still has `...` ran after yours (Run All runs every cell) "
        "and made `{name}` empty again. Run your own cell again, then check again."
    ),
    # --- game.run: scripted clicks (events-and-the-game-loop) ---------------
    "game_bad_clicks": (
        "`clicks` should say in which frame to click where, like `clicks={{15: (60, 50)}}`: "
        "click in frame 15 at x 60 and y 50. You gave {kind}. Use curly brackets, with a frame number, "
        "a colon and a place in round brackets."
    ),
    "game_bad_click": (
        "In `clicks`, {frame}: {place} is not a click I can make. Each click is a frame number (0 or more), "
        "a colon and a place `(x, y)` with two numbers, like `15: (60, 50)`."
    ),
    # --- checking a whole notebook (artech check) -------------------------
    "grade_check_removed": (
        "Not yet: the check cell for this exercise was removed from the notebook, so it could not be checked. "
        "Ask for a fresh copy of the lesson, or copy the check cell `check(\"{exercise}\")` back under the exercise."
    ),
    "grade_cell_too_long": (
        "A cell before this check ran longer than {seconds} seconds and was stopped (cell {cell}). "
        "Maybe a loop never ends, like `while True:`. "
        "Make the loop stop, then run the cells again."
    ),
    "grade_kernel_restarted": (
        "Python had to be restarted after cell {cell}, so the names made before it were lost. "
        "This happens when a cell never stops or uses too much memory. "
        "Fix that cell, then run the notebook again from the top."
    ),
    "grade_not_a_notebook": (
        "I could not read the notebook {path} ({detail}), so no exercise could be checked. "
        "The file may be damaged, or not a Jupyter notebook. "
        "Open it in JupyterLab to see; a backup may be in its .ipynb_checkpoints folder."
    ),
    "grade_no_lesson": (
        "{path} does not say which ArTech lesson it is, so I don't know which checks to run. "
        "A student copy made by `artech workspace` says it in its metadata. "
        "Give the lesson with `--lesson ID` (for example `--lesson design-mixing-colours`)."
    ),
    "grade_unknown_lesson": (
        "There is no lesson \"{lesson}\" in this kit, so its checks can't run. {suggestion} "
        "The lessons are listed by `artech validate`, or in the welcome page of a workspace."
    ),
    "grade_kernel_failed": (
        "Python could not start to run {path} ({detail}). "
        "This is a problem with this computer, not with the work. "
        "Try again; if it keeps happening, check that the kit is installed (`artech validate`)."
    ),
    "grade_guard_network": "The network is off while the kit checks this notebook.",
    "grade_guard_file": "This file is not open to a notebook while the kit checks it.",
    "grade_summary": "{done} of {total} exercises done in {path}.",
    "unknown_setting": (
        "`{function}()` has no setting called `{word}`. "
        "The words before `=` in the brackets must be names the function knows. "
        "{suggestion} Check the spelling in the example above it."
    ),
    "kind_not_thing": (
        "`{kind}.{method}()` asks the kind of thing, `{kind}`, to {method}, not one real {kind}. "
        "First make one and give it a name, like `{thing} = {kind}(17)`. "
        "Then use its name: `{thing}.{method}()`."
    ),
    "name_maybe_text": (
        "If `{name}` is a word you mean as text, like a colour or a note, put it in quotes: \"{name}\"."
    ),
    "check_broke": (
        "The check for \"{exercise}\" itself went wrong ({error}: {detail}). "
        "This is not your fault. "
        "Tell your teacher; you can carry on with the next exercise."
    ),
    # --- command line -----------------------------------------------------
    # --- validation (for lesson authors) -----------------------------------
    # --- what a number in a sound is (the {what} in the sound_* messages) -----------------
    "sound_what_seconds": "length in seconds",
    "sound_what_volume": "volume",
    "sound_what_frequency": "frequency",
    "sound_what_note": "note",
    "sound_what_beat": "beat",
    "sound_what_beats": "number of beats",
    # --- a student's copy and workspace ------------------------------------------------------
    "placeholder_answer": "✏️ your answer here",
    "placeholder_code": "✏️ Your code here",
    "welcome_title": "# Welcome to ArTech 👋",
    "welcome_intro": (
        "Here you design, program and tinker with real things.\n"
        "Pick the lesson your teacher gives you and click its name."
    ),
    "welcome_how": "**How a lesson works**",
    "welcome_step_run": "1. Read a box, then click the code below it and press **Shift+Enter** to run it.",
    "welcome_step_answer": "2. Where you see `...` or ✏️, it is your turn: write your answer there.",
    "welcome_step_check": "3. Run the `check(...)` cell under it. 🌱 *Not yet* is fine: read the hint and try again.",
    "welcome_safe": "Your work is saved in this folder. It stays yours, even when the kit is updated.",
    "welcome_level": "## Level {level} (ages {ages})",
    "welcome_lesson": "- {strand}: [{title}]({link})",
    "welcome_projects": "## Projects: real questions, with real people",
    "welcome_project": "- [{title}]({link})",
    "strand_design": "Design",
    "strand_programming": "Programming",
    "strand_tinkering": "Digital tinkering",
    "workspace_added": "added     {path}",
    "workspace_kept": "kept      {path}  (already there: your work is safe)",
    "workspace_updated": "updated   {path}  (you had not changed it, so it got the newest version)",
    "workspace_beside": "new       {path}  (a newer version of {yours}: yours is exactly as you left it)",
    # --- a project's data (artech.data) ------------------------------------
    "data_no_folder": (
        "There is no data folder here, so the kit cannot find {name}. Data files are in the project's "
        "data folder: open this notebook from inside the project's folder, as it came."
    ),
    "data_missing": "There is no data file called {name}. The data files of this project are: {names}.{hint}",
    "data_unreadable": (
        "{name} could not be read ({reason}). Nothing is wrong with your code: the file itself is damaged. "
        "Ask your teacher for a fresh copy."
    ),
    "data_no_column": "The rows have no column called {name}. Their columns are: {columns}.{hint}",
    # --- charts (artech.chart) ---------------------------------------------
    "chart_not_a_list": "The {what} values should be a list of numbers, but this is {found}. Give a list, like [1, 2, 3].",
    "chart_too_many": "There are {count} {what} values; a chart draws at most {most}. Take every tenth value, or one per year.",
    "chart_not_a_number": (
        "Value {n} of the {what} values is {found}, which is not a number, so it cannot go on a chart. "
        "Use numbers (or None for a gap)."
    ),
    "chart_lengths": (
        "There are {x} x values but {y} y values, so some points have no partner. Give both lists the same "
        "length: one x for every y."
    ),
    "chart_empty": "There is nothing to draw: every value is empty (None). Check that you picked the right column.",
    "chart_gaps": ("{count} value was empty and is left out.", "{count} values were empty and are left out."),
    "chart_title_line": "A line chart",
    "chart_title_bars": "A bar chart",
    "chart_title_stripes": "Stripes",
    "chart_line_desc": (
        "A line through {count} points, from {y0} at {x0} to {y1} at {x1}. "
        "The lowest is {low} (at {low_x}), the highest {high} (at {high_x})."
    ),
    "chart_bars_desc": "{count} bars. The highest is {high_label} ({high}), the lowest {low_label} ({low}).",
    "chart_stripes_desc": (
        "{count} stripes, from {x0} to {x1}, blue for low and red for high values. "
        "The lowest is {low} (at {low_x}), the highest {high} (at {high_x})."
    ),
    "chart_axis_not_a_number": (
        "{what} says where the y-axis goes, so it should be a number, like 0 or 300, but it is {found}. "
        "Leave it out to let the chart choose."
    ),
    "chart_axis_above": (
        "The y-axis starts at {start}, but the highest value is {high}, so nothing would show. "
        "Start the axis lower, for example at 0."
    ),
    "chart_axis_order": (
        "The y-axis would go from {start} up to {end}, but its end must be higher than its start. "
        "Swap the two numbers, or leave y_to out."
    ),
    "chart_axis_desc": "The y-axis goes from {low} to {high}.",
    "chart_source": "Source: {source}",
    "chart_caption_said": "Under the chart: {caption}",
    "chart_title_parts": "Parts of a whole",
    "chart_part": "{label}: {share}%",
    "chart_parts_desc": "A bar cut into {count} parts. The biggest part is {label} ({share}%). All parts: {all}.",
    "chart_parts_too_many": (
        "There are {count} parts, but a parts chart can show at most {most}: thin slices are hard to see. "
        "Put the small ones together as \"other\", or use bars."
    ),
    "chart_parts_negative": (
        "The part {label} is {found}. A part of a whole is 0 or more, so it cannot be empty or below 0. "
        "Check the numbers, or use bars for values that can be negative."
    ),
    "chart_parts_zero": "All the parts are 0, so there is no whole to cut into parts. Check the numbers.",
    "chart_caption_long": (
        "The caption has {words} words: more than fits in {most} lines under the chart. A caption is one or two "
        "short sentences; put the rest of your story in the text around the chart."
    ),
    # --- a tiny learner's pictures (artech.learn) ---------------------------
    "learn_points_not_a_list": (
        "The points should be a list of pairs of numbers, like [(181, 39.1), (186, 39.5)], but this is {found}. "
        "Give the list of points first, then the list of labels."
    ),
    "learn_labels_not_a_list": (
        "The labels should be a list, one label for each point, like [\"Adelie\", \"Gentoo\"], but this is {found}."
    ),
    "learn_true_not_a_list": (
        "The true answers should be a list, one for each test example, but this is {found}. "
        "Give the true answers first, then the guesses."
    ),
    "learn_guessed_not_a_list": (
        "The guesses should be a list, one guess for each test example, but this is {found}. "
        "Make the list with a loop over the test examples, then give it here."
    ),
    "learn_not_a_point": (
        "Point {n} is {found}, which is not a point. A point here is two numbers in round brackets, "
        "like (200, 45): first across, then up. Check point {n} of your list."
    ),
    "learn_new_not_a_point": (
        "The new point is {found}, which is not a point. A point here is two numbers in round brackets, "
        "like (200, 45): first across, then up."
    ),
    "learn_blank": (
        "This is still `...`, the blank you start with, so there is nothing to show yet. "
        "Replace the `...` with your answer, then run the cell again."
    ),
    "learn_empty": "There are no points to draw: the list is empty. Check that you gave the list of known examples.",
    "learn_too_many": "There are {count} points; this picture draws at most {most}. Take a smaller part of the data.",
    "learn_lengths": (
        "There are {points} points but {labels} labels. Every point needs exactly one label, "
        "so give two lists of the same length, in the same order."
    ),
    "learn_bad_nearest": "nearest should be a whole number, like 1 or 3, but it is {found}.",
    "learn_nearest_without_new": (
        "nearest draws lines from the new point to the points nearest to it, but there is no new point. "
        "Give one too, like new=(200, 45)."
    ),
    "learn_new_point": "new",
    "learn_shape_circle": "circles",
    "learn_shape_square": "squares",
    "learn_shape_triangle": "triangles",
    "learn_shape_diamond": "diamonds",
    "learn_group": "{label}: {count} ({shape})",
    "learn_across": "across",
    "learn_up": "up",
    "learn_title_scatter": "Known examples",
    "learn_scatter_desc": (
        "A scatter plot of {count} points. {groups}. Across: {x_label}, from {x0} to {x1}. "
        "Up: {y_label}, from {y0} to {y1}."
    ),
    "learn_new_desc": "The new point, a black star, is at ({x}, {y}).",
    "learn_nearest_desc": (
        "{count} dashed line joins it to its nearest point: {labels}.",
        "Dashed lines join it to its {count} nearest points, nearest first: {labels}.",
    ),
    "learn_title_confusion": "What the machine said, for each true answer",
    "learn_true_vs_guessed": "really is ↓ / machine said →",
    "learn_right_of": "Right: {right} of {total}.",
    "learn_how_to_read": (
        "Each row is what the examples really are; each column is what the machine said. "
        "The right answers are on the diagonal, in bold; every other number is a mistake."
    ),
    "learn_confusion_empty": "There is nothing to count: the list of true answers is empty.",
    "learn_confusion_lengths": (
        "There are {true} true answers but {guessed} guesses. The machine should make exactly one guess "
        "for every test example, in the same order."
    ),
    "learn_guess_missing": (
        "Guess {n} is {found}, not a label. Perhaps a function returned nothing: check that it ends "
        "with `return`."
    ),
    # --- a project's design journal (artech.teacher.journal) ---------------
    "journal_title": "Design journal: {project}",
    "journal_intro": (
        "Write here, step by step, what your team learned, what you decided and why. Add sketches and "
        "screenshots: drag a picture into a text cell. Your teacher reads this journal as your portfolio."
    ),
    "journal_team": "**Our team** (first names only): ",
    "journal_step": "{n}. {step} ({phase})",
    "journal_prompts": (
        "- **What we learned:** \n"
        "- **What we decided:** \n"
        "- **Why:** \n"
        "- **Who we worked with** (a role, like \"a resident\"; a name only with their permission): "
    ),
    "journal_portfolio": "Portfolio: {name}",
    "journal_missing": "There is no journal at {path}. Check the name: a Dutch journal is dagboek.ipynb, an English one journal.ipynb.",
    "journal_unreadable": (
        "{path} cannot be read as a notebook ({reason}), so no portfolio was made. Open it in JupyterLab and "
        "save it again; nothing in it was changed."
    ),
    # --- peer review with a project's rubric (artech.review) ---------------
    "review_title": "Peer review: {project}",
    "review_intro": (
        "Look at another team's prototype: try it, read it, ask them about it. Then, for each criterion, "
        "choose the level you see, say why (what you saw or heard), and give one tip. Be kind and "
        "specific: you review the work, not the people. Names are not needed."
    ),
    "review_team_comment": "the team you review, in quotes: a number is enough, like \"team 3\"",
    "review_level": "Level {level}",
    "review_no_team": (
        "Say which team you review: put its number or name between the brackets, in quotes, like "
        "reviewing(\"team 3\")."
    ),
    "review_team": "You review {team}. Now give a level, a reason and a tip for each criterion below.",
    "review_unknown_criterion": "This rubric has no criterion \"{criterion}\". Its criteria are: {ids}.{hint}",
    "review_bad_level": (
        "The level for \"{criterion}\" is {found}. Choose the level you see, a whole number from 1 "
        "(beginning) to 4 (excellent), like level=3."
    ),
    "review_no_why": (
        "Say why you chose that level for \"{criterion}\": what did you see or hear? Write it between the "
        "quotes after why=."
    ),
    "review_saved": "{title}: level {level}. Thank you, this review counts. Your teacher collects it from this notebook.",
    # --- the update page on a school server (artech.teacher.hubext) --------
    "update_title": "Lessons from your teacher",
    "update_done": (
        "Your teacher's lessons are in your {folder} folder now. Your own work is exactly as you left it: "
        "where you changed a lesson, the newer version is beside it, with a new name."
    ),
    "update_nothing_new": "Nothing new this time: you already have every lesson in this link.",
    "update_unknown": (
        "There is no update called \"{name}\" in your account yet (it would be in {folder}). It comes "
        "from the link your teacher shared, which fetches it first. Open that link again.{hint}"
    ),
    "update_failed": (
        "The lessons could not be copied ({reason}). Nothing of yours was changed or lost. "
        "Open the link again in a minute; if you see this again, show this page to your teacher."
    ),
    "update_open": "Open your lessons",
    "workspace_summary": "{added} added or brought up to date, {kept} left as they were, in {folder}",
    # --- sound (artech.sound): making, playing and drawing sounds ----------
    "sound_blank": (
        "The {what} is still `...`, the blank you start with. "
        "The three dots are a space for a number. "
        "Replace `...` with a number, for example `{example}`, and run the cell again."
    ),
    "sound_text_number": (
        "The {what} is \"{value}\", with quotes around it. "
        "Quotes make it text, and the computer can't count with text. "
        "Take the quotes away: write {bare}, not \"{value}\"."
    ),
    "sound_not_a_number": (
        "The {what} is {kind}, but it has to be a number. "
        "Put a number there, for example `{example}`."
    ),
    "sound_note_as_frequency": (
        "\"{value}\" is the name of a note, but `tone()` needs a number: shakes per second. "
        "`note()` turns a name into that number, so write `tone(note(\"{value}\"))`."
    ),
    "sound_negative_seconds": (
        "The {what} is {value}, which is less than 0. "
        "A sound can't last less than no time at all. "
        "Use 0 or more, for example `{example}`."
    ),
    "sound_negative_frequency": (
        "The frequency {value} is less than 0. "
        "A frequency counts shakes per second, and nothing can shake less than 0 times. "
        "Use a number above 0, for example 440."
    ),
    "sound_too_high": (
        "The frequency {value} Hz is too high for this kit. "
        "It stores {rate} numbers for every second of sound, and each shake needs at least 2 numbers "
        "(one up, one down), so its highest tone is just under {limit} Hz. "
        "Try a number below {limit}, for example 4000."
    ),
    "sound_too_loud": (
        "The volume {value} is more than 1. "
        "In this kit 1 is the loudest: the numbers of a sound must stay between -1 and 1. "
        "Bigger numbers get cut off (this is called clipping), which sounds harsh, "
        "and very loud sounds can hurt your ears. "
        "Use a volume from 0 to 1, for example `volume=0.8`."
    ),
    "sound_negative_volume": (
        "The volume {value} is less than 0. "
        "Volume goes from 0 (silent) to 1 (loudest). "
        "Use a number in between, for example `volume=0.3`."
    ),
    "sound_unknown_shape": (
        "I don't know the shape {value}. {suggestion} "
        "The shapes you can use are {shapes}."
    ),
    "sound_wave_blank": (
        "This sound is still `...`, the blank you start with, "
        "so there is nothing to play or draw yet. "
        "Write a sound where the `...` is, for example `tone(440)`, and run that cell again."
    ),
    "sound_not_a_wave": (
        "I can only play or draw a sound, but this is {kind}. "
        "A sound is made by `tone()`, `melody()`, `chord()` or `silence()`. "
        "Make one first, for example `play(tone(440))`."
    ),
    "sound_empty": (
        "This sound is empty: it lasts 0 seconds, so there is nothing to play or draw. "
        "Give it a length above 0, for example `tone(440, seconds=1)`."
    ),
    "sound_wave_too_loud": (
        "Some numbers in this sound go past 1 (the biggest is {peak}). "
        "A sound must stay between -1 and 1, or it gets cut off (clipping): "
        "that sounds harsh and can be too loud for your ears. "
        "This often happens when sounds are added with `+`. "
        "To play notes together, use `chord([...])`; to play sounds one after another, use `join(a, b)`."
    ),
    "sound_note_blank": (
        "The note is still `...`, the blank. "
        "Put a note name in quotes there, for example \"C4\"."
    ),
    "sound_note_not_text": (
        "A note name is text in quotes, like \"C4\", but this is {kind}. "
        "Without quotes Python thinks it is a name of its own. "
        "Put quotes around the note: \"C4\"."
    ),
    "sound_unknown_note": (
        "I don't know the note \"{value}\". {why}{suggestion} "
        "A note name is a letter from A to G, maybe # (sharp) or b (flat), "
        "and then a number for how high it is: \"C4\", \"F#4\", \"Bb3\"."
    ),
    "sound_note_h": "In English note names there is no H: the note called H in German is called B here. ",
    "sound_note_solfege": "\"{value}\" is a do-re-mi name, and this kit uses letter names. ",
    "sound_note_dutch": (
        "\"{value}\" looks like a Dutch note name. "
        "This kit writes # for -is (cis is C#) and b for -es (bes is Bb). "
    ),
    "sound_note_no_octave": (
        "A note name needs a number after the letter, to say how high it is (the octave). "
        "Middle C is \"C4\". "
    ),
    "sound_note_octave": (
        "The note \"{value}\" is higher or lower than this kit can play. "
        "It knows the notes from C0 (very low) to B8 (very high). "
        "Use an octave number from 0 to 8: middle C is \"C4\"."
    ),
    "sound_note_several": (
        "\"{value}\" has several notes inside one pair of quotes. "
        "In a list, each note needs its own quotes, with commas between them. "
        "Write: [{parts}]."
    ),
    "sound_melody_blank": (
        "The notes are still `...`, the blank. "
        "Replace `...` with a list of note names, for example [\"C4\", \"E4\", \"G4\"]."
    ),
    "sound_melody_text": (
        "The notes are one piece of text: \"{value}\". "
        "`melody()` needs a list: square brackets, each note in its own quotes, commas between. "
        "Write: [{parts}]."
    ),
    "sound_melody_not_list": (
        "The notes are {kind}, but they need to be a list. "
        "A list has square brackets with note names in quotes, for example [\"C4\", \"E4\", \"G4\"]."
    ),
    "sound_melody_empty": (
        "Your list of notes is empty, so there is nothing to play. "
        "Put some note names between the square brackets, for example [\"C4\", \"E4\", \"G4\"]."
    ),
    "sound_chord_empty": (
        "Your chord has no notes yet. A chord is notes played at the same time. "
        "Put note names in the list, for example `chord([\"C4\", \"E4\", \"G4\"])`."
    ),
    "sound_notes_one_by_one": (
        "The notes are given one by one, but `{tool}()` needs them together in one list. "
        "Put square brackets around the notes: `{tool}([{parts}])`."
    ),
    "sound_bad_pair": (
        "{value} is not a note I can play. "
        "A longer note is a pair in round brackets: the name and how many beats, like (\"G4\", 2)."
    ),
    "sound_player": "A sound, {seconds} {unit} long. Press ▶ to listen.",
    "sound_second": "second",
    "sound_seconds": "seconds",
    "sound_picture": (
        "A picture of {seconds} seconds of a sound wave. "
        "The line goes up and down between {low} and {high}, about {shakes} times."
    ),
    "sound_picture_silent": "A picture of {seconds} seconds of a sound: a flat line on 0. This part is silent.",
    "sound_picture_axis": "time →   ({seconds} seconds from the middle of the sound)",
    "sound_picture_axis_all": "time →   (the whole sound: {seconds} seconds)",
    # --- the drawing pen (artech.draw) -------------------------------------
    # What a drawing is called (its alt text and its text version).
    "draw_title": "A drawing of {lines} in {colours}.{home}",
    "draw_title_empty": "An empty drawing: the pen has not drawn any lines yet.",
    "draw_repr": "Pen drawing: {lines} in {colours}.{home}",
    "draw_repr_empty": "Pen drawing: no lines yet.",
    "draw_one_line": "1 line",
    "draw_lines": "{n} lines",
    "draw_colours": "{n} colours",
    "draw_home": " The pen ends where it started.",
    # A typo in an instruction: pen.foward(100)
    "draw_no_attribute": (
        "Pen has no `{name}`. {suggestion}"
        "A pen only knows these instructions: {known}. "
        "Check the spelling, then run the cell again."
    ),
    "draw_set_instruction": (
        "`{name}` is an instruction, so it needs brackets, not `=`. "
        "An instruction tells the pen to do something. "
        "Write it like `{example}`, then run the cell again."
    ),
    "draw_set_lines": (
        "`lines` is the pen's record of what it drew. "
        "You can look at it, but only the pen itself can change it. "
        "To draw, give the pen instructions, like `pen.forward(100)`."
    ),
    "draw_set_other": (
        "A pen can't keep a name of your own, like `{name}`. "
        "A pen only keeps its drawing. "
        "Make the name on its own, without the pen's name and a dot in front: `{name} = ...`."
    ),
    "draw_no_pen": (
        "`Pen.{name}` needs a pen to work with, and there is no pen yet. "
        "`Pen` is what makes a pen, and you make one with brackets. "
        "Write `{pen} = Pen()` first, then `{example}`."
    ),
    "draw_no_brackets": (
        "This is the instruction `{name}`, but it did not run. "
        "An instruction only runs with brackets after it. "
        "Write it like `{example}`."
    ),
    # The wrong things in the brackets: pen.forward("100"), pen.up(5), pen.left()
    "draw_wrong_args": (
        "`{name}` needs {takes}, like `{example}`, but it got {given}. "
        "Each instruction needs just the right things between its brackets. "
        "Make your brackets look like the example, then run the cell again."
    ),
    "draw_takes_number": "one number in its brackets",
    "draw_takes_colour": "one colour in its brackets",
    "draw_takes_nothing": "empty brackets",
    "draw_given_none": "nothing",
    "draw_given_one": "1 thing",
    "draw_given": "{n} things",
    "draw_blank": (
        "`{name}` got `...`, the blank you start with. "
        "The three dots are a space for your answer. "
        "Put your answer in its place, like `{example}`, then run the cell again."
    ),
    "draw_number_in_quotes": (
        "`{name}` needs a number, but {saw} is text. "
        "The quotes around it make it text, and a pen can't count text. "
        "Take the quotes away: `{pen}.{name}({plain})`."
    ),
    "draw_need_number": (
        "`{name}` needs a number, like `{example}`, but it got {saw_kind}. "
        "The pen uses the number to know how far to go or to turn. "
        "Put a number in the brackets, then run the cell again."
    ),
    "draw_too_far": (
        "`{name}({value})` is a bigger number than the pen can use. "
        "The drawing would get so big that you could not see it. "
        "Use a number between -{limit} and {limit}. 100 steps or 90 degrees are good sizes to start with."
    ),
    "draw_bad_width": (
        "`width({value})` won't work: a line must be more than 0 and at most {limit} wide. "
        "A line with no width can't be seen. "
        "Try a number like `{pen}.width(5)`."
    ),
    "draw_colour_kind": (
        "`colour` needs the name of a colour in quotes, like `{pen}.colour(\"red\")`, but it got {saw_kind}. "
        "The quotes tell Python it is a name, not a number. "
        "Put a colour name in quotes between the brackets."
    ),
    "draw_unknown_colour": (
        "I don't know the colour \"{name}\". {suggestion}"
        "The pen knows English colour names and colour codes. "
        "Try a name like \"red\", \"blue\" or \"orange\", or a code like \"#ff8800\"."
    ),
    "draw_bad_rgb": (
        "{value} is not a colour the pen can use. "
        "A colour made of numbers needs three whole numbers from 0 to 255: red, green and blue. "
        "Change the numbers, like `{pen}.colour((255, 136, 0))`."
    ),
    "draw_too_many": (
        "The pen has followed {limit} instructions, so it stopped. "
        "This usually means a loop that never ends, like `while True:`. "
        "Use `for ... in range(...)` with a number, so the loop knows when to stop. Then run the cell again."
    ),
    # --- the drawing pen's shapes and places (design-shapes-and-patterns) ------
    "draw_circles": ("{count} circle", "{count} circles"),
    "draw_squares": ("{count} square", "{count} squares"),
    "draw_takes_two_numbers": "two numbers in its brackets, with a comma between them",
    "draw_bad_size": (
        "`{name}({value})` won't work: the size of a shape must be more than 0. "
        "A shape of size 0 can't be seen, and a size below 0 does not exist. "
        "Try a number like `{example}`."
    ),
    "draw_fill_kind": (
        "`fill` needs the name of a colour in quotes, like `{pen}.fill(\"gold\")`, but it got {saw_kind}. "
        "The quotes tell Python it is a name, not a number. "
        "Put a colour name in quotes between the brackets, or `\"none\"` for no fill."
    ),
    "draw_bad_page": (
        "A page of {width} by {height} won't work: each side of a page must be from {low} to {high} steps. "
        "On a page that is too small you can't see anything, and one that is too big does not fit on the screen. "
        "Try `{pen}.page(400, 300)`."
    ),
    "draw_set_shapes": (
        "`shapes` is the pen's record of the circles and squares it drew. "
        "You can look at it, but only the pen itself can change it. "
        "To draw a shape, give the pen an instruction, like `{pen}.circle(50)`."
    ),
    # --- the virtual bench (artech.bench, artech.game) ----------------------
    "bench_bad_pin": (
        "There is no pin {pin} on a Raspberry Pi. "
        "A part needs the number of the GPIO pin it is wired to, from 2 to 27. "
        "Use one of those numbers, for example `LED(17)`."
    ),
    "bench_pin_in_use": (
        "Pin {pin} is already used by the {kind} `{name}`. "
        "One pin can hold only one part at a time. This often happens when the cell that makes a part runs a second time. "
        "Keep using `{name}`: there is no need to make it again. Or free the pin with `{name}.close()`, then run this cell again."
    ),
    "bench_pin_in_use_unknown": (
        "Pin {pin} is already used by another part (an unnamed {kind}). "
        "One pin can hold only one part at a time. "
        "Use another pin number, or free every pin with `bench.reset()` and make your parts again."
    ),
    "bench_no_attribute": (
        "This {kind} has no `{name}`. "
        "Python only knows the words that go with this part, and `{name}` is not one of them: maybe a typo. "
        "{suggestion}Words this {kind} knows: {can}."
    ),
    "bench_method_not_value": (
        "`{var}.{name}` is something the {kind} does, so it can't be given a value with `=`. "
        "To make it happen, call it with brackets: `{var}.{name}()`."
    ),
    "bench_method_not_called": (
        "`{var}.{name}` is something the {kind} can do, but it has not happened yet. "
        "Without brackets Python only looks at it. "
        "Add brackets to make it happen: {var}.{name}()"
    ),
    "bench_callback_none": (
        "The part got no job: it was given `None`, which means nothing. "
        "This often happens with brackets: `button.when_pressed = led.on()` switches the light on at once "
        "and gives the button nothing to keep for later. "
        "Write the job without brackets: `button.when_pressed = led.on`."
    ),
    "bench_blank_part": (
        "`{what}` got the blank `...` instead of a part. "
        "A part is made in a cell above, with a line like `led = LED(17)`. "
        "Fill in that blank and run its cell, then run this cell again."
    ),
    "bench_not_a_part": (
        "`show` can only show parts, such as `LED(17)` or `Button(2)`, but it got {kind} ({value}). "
        "Only a part is wired to pins. "
        "Put the name of your part between the brackets, for example `bench.show(led)`."
    ),
    "bench_nothing_to_show": (
        "`show` got no parts to show. "
        "It needs at least one. "
        "Put the names of your parts between the brackets, for example `bench.show(led, button)`."
    ),
    "bench_not_an_input": (
        "A {kind} can't be pressed. "
        "Only an input, such as a `Button`, can be pressed or switched. "
        "Press the button that works it instead, for example `bench.press(button)`."
    ),
    "bench_real_input": (
        "This {kind} is a real part on pin {pin} of a Raspberry Pi, so the kit can't press it for you. "
        "Real pins only change when something in the world changes them. "
        "Press it with your finger: your code will notice."
    ),
    "bench_real_sensor_reading": (
        "This {kind} is a real sensor on a Raspberry Pi, so it measures the room itself and this line changes "
        "nothing. To change what it measures, cover it with your hand, shine a torch on it or move something "
        "in front of it, then run the next cell."
    ),
    "bench_real_sensor_noise": (
        "This {kind} is a real sensor on a Raspberry Pi. Its readings already wander a little by themselves, so "
        "this line adds nothing. Run the next cell to see its own noise."
    ),
    "bench_not_virtual": (
        "A {kind} is not a virtual sensor, so you can't set what it measures. "
        "Only the bench's own sensors take a reading from a slider or a list. "
        "Make one with `bench.LightSensor(4)`, `bench.DistanceSensor(echo=24, trigger=23)` or `bench.TemperatureSensor(4)`."
    ),
    "bench_board_text": "Breadboard with {parts}",
    "bench_picture_title": "{name}: {kind} on {pins}, {state}",
    "bench_on": "on",
    "bench_off": "off",
    "bench_pressed": "pressed",
    "bench_not_pressed": "not pressed",
    "bench_beep": "beep!",
    "bench_quiet": "quiet",
    "bench_servo_loose": "loose",
    "bench_active": "on",
    "bench_inactive": "off",
    "bench_closed": "closed",
    "bench_label_press": "Press",
    "bench_label_switch": "Switch",
    "bench_label_light": "light",
    "bench_label_distance": "distance (m)",
    "bench_label_temperature": "temperature (°C)",
    "bench_tooltip_switch": "Switch {name} on or off",
    # games (artech.game)
    "bench_game_blank": (
        "`game.run` got the blank `...` instead of your game. "
        "It needs the name of the function that holds your game loop. "
        "Write its name without brackets, for example `game.run(play)`."
    ),
    "bench_game_not_function": (
        "`game.run` needs a function, but it got {kind}. "
        "With brackets, `play()` starts the game straight away, before `game.run` can film it. "
        "Write the name without brackets: `game.run(play)`."
    ),
    "bench_game_bad_frames": (
        "`frames` is {value}, but it must be a whole number of 1 or more. "
        "It says how many pictures the game draws before it stops. "
        "Try `frames=60`: two seconds at 30 frames a second."
    ),
    "bench_game_bad_key": (
        "There is no key called {name}. "
        "Keys have names such as \"right\", \"left\", \"up\", \"down\", \"space\" or \"a\". "
        "{suggestion}"
    ),
    "bench_game_bad_keys": (
        "`keys` is {kind}, which the kit can't read as key presses. "
        "It can be one key (\"right\"), a list with the keys for each frame, or a dictionary {{frame: key}}. "
        "Try `keys=\"right\"`."
    ),
    "bench_game_no_run": (
        "Your game drew {frames} frames and was still going, so I stopped it. "
        "There is no window here, so nobody can close it and the loop would never end. "
        "Run it with `game.run(play)`: the name of your function, without brackets. The kit then shows the frames."
    ),
    "bench_game_kept_going": (
        "Your game was asked to stop after {frames} frames, as if its window was closed, but it kept going, so I stopped it. "
        "A game loop stops when it sees `pygame.QUIT`. "
        "Check that your loop has `if event.type == pygame.QUIT:` with `running = False` under it."
    ),
    "bench_game_no_flip": (
        "Your game kept asking for keys and events but never showed a frame, so I stopped it. "
        "A frame is shown by `pygame.display.flip()`. "
        "Put `pygame.display.flip()` at the end of your game loop, inside the loop."
    ),
    "bench_game_no_frames": (
        "Your game ended without showing a single frame. "
        "A frame is shown by `pygame.display.flip()`, inside the game loop. "
        "Check that the loop runs (`running = True` before it) and ends with `pygame.display.flip()`."
    ),
    "bench_game_no_screen": (
        "This computer has no screen for a game window, so here are the frames instead. "
        "A window needs a desktop. "
        "On a computer with a screen, `game.run(play, window=True)` opens a real window."
    ),
    "bench_film_text": "🎮 {frames} frames of your game ({seconds} at {fps} frames a second)",
    "bench_one_second": "1 second",
    "bench_seconds": "{n} seconds",
    "bench_film_alt": "An animation of {frames} frames from the game.",
    # --- bench (format 2) ---
    "bench_made_again": (
        "Pin {pin} still belonged to the old `{name}`, from when this cell ran before. "
        "One pin holds one part, so I closed the old {kind} and gave the pin to the new `{name}`. "
        "Nothing to fix: you can run a cell again whenever you like."
    ),
    "bench_label_let_go": "Let go",
    "bench_tooltip_hold": "Click to press {name} ({pins}) and keep it pressed. Click again to let go.",
    # --- bench: buzzers (artech.bench.buzzer) ---
    "bench_not_a_buzzer": (
        "`{what}` needs a buzzer, but it got a {kind}. "
        "Only a `Buzzer` or a `TonalBuzzer` makes a sound. "
        "Put the name of your buzzer between the brackets, for example `bench.{what}(buzzer)`."
    ),
    "bench_tone_out_of_range": (
        "`{name}` can't play {tone}: this buzzer plays notes from {low} to {high}. "
        "A TonalBuzzer has a range, like a singer's voice. "
        "Choose a note between {low} and {high}, for example \"C4\" or \"G4\"."
    ),
    "bench_heard": (
        "What {name} played: {count} note in {seconds} seconds ({notes})",
        "What {name} played: {count} notes in {seconds} seconds ({notes})",
    ),
    "bench_heard_nothing": (
        "{name} played nothing here that you could hear. "
        "A note needs time: play it, wait with `sleep(...)`, then stop it."
    ),
    "bench_noise_not_a_number": (
        "`set_noise` needs a number for how much a measurement wanders, but it got {value}. "
        "Noise is measured in the sensor's own units, such as degrees for a thermometer. "
        "Give a small number, for example `bench.set_noise(thermometer, 0.3, seed=1)`."
    ),
    "bench_noise_negative": (
        "Noise can't be {value}: how far a measurement wanders is never less than nothing. "
        "A real sensor always wanders a little, or not at all (0). "
        "Give 0 or a small number above 0, for example 0.3."
    ),
    "bench_heard_real_pi": "{name} is a real buzzer on a Raspberry Pi: you heard it in the room, so there is nothing to play back here.",
    # --- bench: the robot on the floor (artech.bench.robot) ---
    "bench_speed_out_of_range": (
        "A motor can't go {way} at speed {speed}. "
        "Speed is a part of full power: 0 is stopped, 1 is as fast as the motor goes, so nothing above 1 or below 0. "
        "Give a number from 0 to 1, for example `robot.{way}(0.5)` for half speed."
    ),
    "bench_servo_out_of_range": (
        "`{name}.{what} = {value}` is further than this servo can turn: its `{what}` goes from {low} to {high}. "
        "A servo has an end stop on each side, and it can't turn past it. "
        "Give a number from {low} to {high}, for example `{name}.{what} = {high}` to turn it all the way."
    ),
    "bench_not_a_robot": (
        "This needs a robot, but it got {kind}. "
        "The floor follows a gpiozero `Robot`, made from two motors. "
        "Put the name of your robot between the brackets, for example `bench.drive(robot)`."
    ),
    "bench_robot_not_servo": (
        "A sensor can sit on a servo's arm (`on=servo`), but this is {kind}. "
        "Only a servo can turn the sensor to look left and right. "
        "Make one with `neck = AngularServo(12, min_angle=-90, max_angle=90)` and write `on=neck`."
    ),
    "bench_robot_not_distance": (
        "A robot can carry a `DistanceSensor`, but this is {kind}. "
        "Only a distance sensor can measure what is ahead of the robot. "
        "Make one with `eye = DistanceSensor(echo=23, trigger=24)` and carry that."
    ),
    "bench_robot_forgot_stop": (
        "Note: the motors of `{name}` were still running when the cell ended. "
        "A real robot would drive on until it hits something. "
        "End every route with `{name}.stop()`."
    ),
    "bench_robot_alt": (
        "The floor from above, with a grid every 25 cm. {name} started at ({sx}, {sy}) metres, "
        "drove {metres} metres with {count} turn, and is now at ({x}, {y}).",
        "The floor from above, with a grid every 25 cm. {name} started at ({sx}, {sy}) metres, "
        "drove {metres} metres with {count} turns, and is now at ({x}, {y}).",
    ),
    "bench_robot_bumped": "On the way {name} bumped into a wall or an obstacle and stopped there (the yellow dot).",
    "bench_robot_still_moving": "Its motors are still running.",
    "bench_robot_grid": "grid: 25 cm",
    "bench_robot_text": "The path of {name} on the floor, seen from above",
    # --- why an error happened (the middle of student_error) ---------------------------------
    "why_name_error": "Python met a name it does not know yet: maybe a typo, or a cell that has not run. ",
    "why_type_error": "Two things were combined that don't fit together, like a word and a number. ",
    "why_value_error": "The kind of value was right, but the value itself was not allowed. ",
    "why_zero_division_error": "Something was divided by zero, which has no answer. ",
    "why_index_error": "The code asked for a place in a list that is not there. Lists start counting at 0. ",
    "why_key_error": "The code asked a dictionary for a key it does not have. ",
    "why_attribute_error": "The code asked for a part (after a dot) that this thing does not have. ",
    "why_recursion_error": "A function kept calling itself and never stopped. ",
    "why_syntax_error": "Python could not read a line: a bracket, a colon or a quote may be missing. ",
    "why_indentation_error": "The spaces at the start of a line don't line up with the lines around it. ",
    # --- a beginner's name for the kind of a value ----------------------------------------
    "kind_int": "a whole number",
    "kind_float": "a number with a decimal point",
    "kind_str": "text (a string)",
    "kind_list": "a list",
    "kind_tuple": "a tuple (values in round brackets)",
    "kind_dict": "a dictionary",
    "kind_bool": "True or False",
    "kind_function": "a function",
    "kind_none": "nothing (None)",
    "kind_ellipsis": "the blank `...`",
    "kind_other": "a `{name}`",
    "your_answer": "Your answer",
    # --- cards and session timelines (artech.cocreate) ---------------------
    "cards_one_text": (
        "This is one piece of text, not a list of cards. "
        "Put each question or note in quotes, in a list: [\"What do you ...?\", \"How do you ...?\"]."
    ),
    "cards_not_a_list": "Cards should be a list of texts, but this is {found}. Give a list, like [\"What ...?\", \"How ...?\"].",
    "cards_too_many": "There are {count} cards; the table shows at most {most}. Choose the cards that matter most.",
    "cards_empty": "There are no cards yet: the list is empty. Write a question or a note in quotes between the brackets.",
    "cards_groups_not_dict": (
        "The groups should be a dictionary, like {{\"open\": [\"B\"], \"closed\": [\"A\"]}}, but this is {found}."
    ),
    "cards_group_not_list": "The group \"{group}\" should be a list of card letters, like [\"A\", \"C\"], but it is {found}.",
    "cards_unknown": "There is no card \"{label}\" (in the group \"{group}\"). The cards are: {labels}.",
    "cards_twice": "Card \"{label}\" is in more than one group; it stays in the first. A card goes in one group only.",
    "cards_not_sorted": "not sorted yet",
    "timeline_not_a_plan": (
        "A plan should be a dictionary of activities and their minutes, like {{\"welcome\": 5, \"sketching\": 20}}, "
        "but this is {found}."
    ),
    "timeline_not_minutes": (
        "The minutes for \"{activity}\" should be a number, like 10, but they are {found}. "
        "Write the number without quotes."
    ),
    "timeline_empty": "The plan is empty. Add the activities of the session, each with its minutes.",
    "timeline_no_activities": (
        "This plan has no activities with minutes yet. Add a dictionary of them, like "
        "{{\"welcome and consent\": 5, \"sketching together\": 20}}."
    ),
    "timeline_min": "{minutes} min",
    "timeline_total": "In all: {total} minutes.",
    "timeline_fits": "In all: {total} minutes, exactly the length of the session.",
    "timeline_short": "In all: {total} of {minutes} minutes, so {left} minutes are not planned yet.",
    "timeline_long": "In all: {total} minutes, {over} more than the {minutes} minutes of the session.",
    "timeline_free": "not planned",
    # --- contrast and colour blindness (artech.colour) and forms (artech.forms) ------------------
    "colour_contrast_sample": "Can you read this easily?",
    "colour_contrast_ratio": "Contrast {ratio} (text {text}; background {background})",
    "colour_contrast_normal_ok": "Normal text: enough. WCAG level AA asks for at least {need} : 1.",
    "colour_contrast_normal_low": (
        "Normal text: not enough. WCAG level AA asks for at least {need} : 1. "
        "Make the text darker or the background lighter (or the other way round)."
    ),
    "colour_contrast_large_ok": "Large text (18 point, or 14 point bold): enough. WCAG level AA asks for at least {need} : 1.",
    "colour_contrast_large_low": (
        "Large text (18 point, or 14 point bold): not enough. WCAG level AA asks for at least {need} : 1."
    ),
    "colour_cvd_title": "Your colours (top row) and roughly how they look with three kinds of colour blindness.",
    "colour_cvd_normal": "your colours",
    "colour_cvd_protanopia": "protanopia (no red cones)",
    "colour_cvd_deuteranopia": "deuteranopia (no green cones)",
    "colour_cvd_tritanopia": "tritanopia (no blue cones)",
    "colour_cvd_too_close": (
        "With {kind}, {a} and {b} are hard to tell apart: their difference is {difference}, "
        "and the kit asks for at least {need}. Make one of them much lighter or darker."
    ),
    "colour_cvd_safe": "Every two colours stay easy to tell apart, with all three kinds (a difference of at least {need}).",
    "colour_cvd_source": (
        "Simulation: Machado, Oliveira & Fernandes (2009), severity 1.0. "
        "A model shows roughly what changes, not exactly what one person sees. "
        "Difference: CIELAB delta E (1976)."
    ),
    "colour_cvd_unknown": (
        "The kind of colour blindness {kind} is not one the kit knows. {suggestion}"
        "The kit can show: {kinds}."
    ),
    "form_banner": "Look-alike for practice. This is not a real service: never type real personal data here.",
    "form_default_title": "A look-alike form",
    "form_default_button": "Send",
    "form_field_number": "field {n}",
    "form_required_word": "required",
    "form_no_label": "no label",
    "form_checked": "ticked",
    "form_not_checked": "not ticked",
    "form_error_shown": "If this goes wrong:",
    "form_button_word": "button, {button}",
    "form_read_aloud_title": "Roughly what a screen reader says in \"{title}\", field by field",
    "form_contrast_note": "Contrast of the text on this background: {ratio}.",
    "form_kind_text": "text field",
    "form_kind_email": "email field",
    "form_kind_phone": "phone number field",
    "form_kind_date": "date field",
    "form_kind_number": "number field",
    "form_kind_password": "password field",
    "form_kind_postcode": "postcode field",
    "form_kind_choice": "choice list",
    "form_kind_checkbox": "tick box",
    "form_blank": (
        "The form is still `...`, the blank you start with. "
        "A form is a list of fields, each one a dictionary. "
        "Replace `...` with a list like `[{{\"label\": \"First name\", \"kind\": \"text\"}}]`."
    ),
    "form_one_field": (
        "This is one field, not a list of fields. "
        "A form is a list, even when it has only one field. "
        "Put square brackets around it: `[{{...}}]`."
    ),
    "form_not_list": (
        "{value} is not a form. "
        "A form is a list of fields in square brackets, and each field is a dictionary. "
        "Look at the example form and make yours the same shape."
    ),
    "form_empty": (
        "The form has no fields. "
        "A form needs at least one field to fill in. "
        "Add a field like `{{\"label\": \"First name\", \"kind\": \"text\"}}` between the brackets."
    ),
    "form_field_not_dict": (
        "In the form, {where} is {value}, not a field. "
        "Each field is a dictionary in curly brackets, like `{{\"label\": \"First name\", \"kind\": \"text\"}}`. "
        "Check the commas and brackets around it."
    ),
    "form_unknown_key": (
        "In {where} there is a key {field_key} that a field does not have. {suggestion}"
        "A field can have: {keys}."
    ),
    "form_key_text": (
        "In {where}, `{field_key}` is {value}, but it should be text. "
        "Words go between quotes: `\"{field_key}\": \"...\"`."
    ),
    "form_key_bool": (
        "In {where}, `{field_key}` is {value}, but it should be `True` or `False`. "
        "Write `True` or `False` with a capital letter and without quotes."
    ),
    "form_unknown_kind": (
        "In {where}, the kind is {value}, which the kit does not know. {suggestion}"
        "The kinds are: {kinds}."
    ),
    "form_choice_options": (
        "In {where} there is a choice list without options. "
        "A choice list needs something to choose from. "
        "Add `\"options\": [\"...\", \"...\"]` to it."
    ),
    "form_options_not_choice": (
        "In {where} there are options, but its kind is \"{kind}\". "
        "Only a choice list has options. "
        "Make its kind \"choice\", or remove the options."
    ),
    "form_no_such_tool": (
        "There is no `forms.{name}`: a tool's name must be spelled exactly. "
        "{suggestion}The form tools are: form, problem."
    ),
    "form_why_we_ask": "Why we ask this:",
    "form_yes": "yes",
    "form_no": "no",
    "form_no_purpose": "(no purpose given)",
    "form_col_field": "Field",
    "form_col_kind": "Kind",
    "form_col_required": "Required",
    "form_col_purpose": "Why it is asked (purpose)",
    "form_table_title": "What \"{title}\" asks for: {n} fields, {missing} without a purpose",
    # --- pictures made of numbers (artech.pixels) ---------------------------
    # A picture is a list of rows; each row a list of pixels. Rows and columns are counted from 0.
    "pixels_row_place": "row {row} (number {human} from the top)",
    "pixels_place": "row {row}, column {column}",
    "pixels_kind_bw": "black and white: 0 is black, 1 is white",
    "pixels_kind_grey": "greys: 0 is black, 255 is white",
    "pixels_kind_colour": "colours: three numbers (red, green, blue) in every pixel",
    "pixels_kind_palette": "each number has its own colour: {colours}",
    "pixels_summary": "A picture of {rows} rows and {columns} columns, {kind}.",
    "pixels_row_text": "Row {row}: {values}.",
    "pixels_blank": (
        "The picture is still `...`, the blank you start with. "
        "A picture is a grid of numbers: a list of rows, and each row is a list of pixels. "
        "Put rows of numbers there, like `[[0, 1], [1, 0]]`, and run the cell again."
    ),
    "pixels_text": (
        "`{value}` is text, not a picture. "
        "A screen keeps a number for every pixel, not words. "
        "Write the picture as rows of numbers, like `[[0, 1], [1, 0]]`."
    ),
    "pixels_one_number": (
        "`{value}` is one number: that is one pixel, not a whole picture. "
        "A picture is a list of rows, and each row is a list of pixels. "
        "Write rows of numbers, like `[[0, 1], [1, 0]]`."
    ),
    "pixels_one_colour": (
        "`{value}` is one colour: that is one pixel, not a whole picture. "
        "A picture is a list of rows, and each row is a list of pixels. "
        "Put your colours in rows, like `[[(255, 0, 0), (0, 0, 255)]]`."
    ),
    "pixels_not_grid": (
        "`{value}` is not a picture yet. "
        "A picture is a list of rows, and each row is a list of pixels. "
        "Write it like `[[0, 1], [1, 0]]`: square brackets around each row, and around all the rows."
    ),
    "pixels_empty": (
        "The picture is empty: it has no rows. "
        "A picture needs at least one row of pixels. "
        "Put rows between the outer square brackets, like `[[0, 1], [1, 0]]`."
    ),
    "pixels_flat": (
        "`{value}` is one long list of pixels, but a picture needs rows. "
        "The computer can't guess where one row stops and the next one starts. "
        "Put each row in its own square brackets, inside one big pair: `[[0, 1, 0], [1, 0, 1]]`."
    ),
    "pixels_row_not_list": (
        "In the picture, {place} is `{value}`, not a row of pixels. "
        "Every row is a list of pixels in square brackets, like `[0, 1, 1, 0]`. "
        "To change one pixel, give its row and then its column: `picture[2][5] = 0`."
    ),
    "pixels_row_empty": (
        "In the picture, {place} is empty: `[]`. "
        "Every row needs pixels. "
        "Put numbers in it, or take the empty row away."
    ),
    "pixels_row_length": (  # one, many
        "In the picture, {place} has {count} pixel, but the other rows have {usual}. "
        "A picture is a rectangle, so every row needs the same number of pixels. "
        "Add or take away pixels in that row until it has {usual}. Look for a missing comma too.",
        "In the picture, {place} has {count} pixels, but the other rows have {usual}. "
        "A picture is a rectangle, so every row needs the same number of pixels. "
        "Add or take away pixels in that row until it has {usual}. Look for a missing comma too.",
    ),
    "pixels_too_many": (
        "The picture has {rows} rows and {columns} columns: {count} pixels. "
        "That is more than this tool shows ({most}). "
        "Make the picture smaller."
    ),
    "pixels_pixel_text": (
        "The pixel in row {row}, column {column} is {value}, which is text because of the quotes. "
        "Python reads anything in quotes as words, not as a number. "
        "Take the quotes away."
    ),
    "pixels_pixel_not_number": (
        "The pixel in row {row}, column {column} is `{value}`, which is not a number. "
        "Every pixel is a number, like 0 or 1, or a colour of three numbers. "
        "Put a number there."
    ),
    "pixels_decimal": (
        "The pixel in row {row}, column {column} is {value}, with a decimal point. "
        "A pixel only has whole steps. "
        "Try {suggestion}. Or did you type a dot where a comma should be?"
    ),
    "pixels_too_big": (
        "The pixel in row {row}, column {column} is {value}: more than 255, the brightest a pixel can be. "
        "A pixel goes from 0 (black) to 255 (white). "
        "Use 255 or a smaller number."
    ),
    "pixels_256": (
        "The pixel in row {row}, column {column} is 256: just one too many. "
        "A pixel has 256 steps, but counting starts at 0, so the last step is 255. "
        "Use 255 for white."
    ),
    "pixels_too_small": (
        "The pixel in row {row}, column {column} is {value}: less than 0. "
        "0 is black, every light off, and a pixel can't be darker than off. "
        "Use 0 or a bigger number."
    ),
    "pixels_mixed": (
        "The pixel in row {row}, column {column} is {value}, but the first pixel is {value0}. "
        "In one picture all pixels are the same kind: all single numbers, or all colours of three numbers. "
        "Make them all the same kind."
    ),
    "pixels_where": "Row {row}, column {column}: {problem}",
    "pixels_palette_blank": (
        "The palette is still `...`, the blank you start with. "
        "A palette says which colour each number of the picture gets. "
        "Write it like `{{0: (0, 0, 0), 1: (255, 220, 0)}}`."
    ),
    "pixels_palette_not_dict": (
        "`{value}` is not a palette for a picture yet. "
        "A palette here says which colour each number gets: a number, a colon, then the colour. "
        "Write it like `{{0: (0, 0, 0), 1: (255, 220, 0)}}`, with curly brackets."
    ),
    "pixels_palette_empty": (
        "The palette is empty. "
        "Every number in the picture needs a colour. "
        "Add colours, like `{{0: (0, 0, 0), 1: (255, 220, 0)}}`."
    ),
    "pixels_palette_key": (
        "In the palette, `{number}` is not a whole number. "
        "The palette says which colour each number of the picture gets, so each key is a number, like 0 or 1. "
        "Put a number before each colon, without quotes."
    ),
    "pixels_palette_entry": "The colour for {number}: {problem}",
    "pixels_palette_missing": (
        "The pixel in row {row}, column {column} is {value}, but the palette has no colour for {value}. "
        "The palette only has colours for: {keys}. "
        "Add a colour for {value} to the palette, or use one of those numbers."
    ),
    "pixels_palette_with_colours": (
        "This picture already has a colour of three numbers in every pixel, so it needs no palette. "
        "A palette is for pictures of single numbers, like 0 and 1. "
        "Leave `palette=` out."
    ),
    "pixels_first": "first picture",
    "pixels_second": "second picture",
    "pixels_which": "The {which}: {problem}",
    "pixels_first_caption": "First picture",
    "pixels_second_caption": "Second picture",
    "pixels_size_differs": (
        "The two pictures are not the same size: the first has {r1} rows and {c1} columns, "
        "the second {r2} rows and {c2} columns. "
        "To count the pixels that are different, every pixel needs a partner in the same place. "
        "Make the two pictures the same size."
    ),
    "pixels_compare_same": "No pixel is different: to the computer these are the same picture ({total} pixels, all equal).",
    "pixels_compare_count": (  # one, many
        "{count} pixel of the {total} is different.",
        "{count} pixels of the {total} are different.",
    ),
    "pixels_compare_all": "All {total} pixels are different.",
    "pixels_compare_where": "Different: {places}.",
    "pixels_compare_outline": "A pixel that is different has a thick outline, in both pictures.",
    "pixels_no_such_tool": (
        "There is no `pixels.{name}`: a tool's name must be spelled exactly. "
        "{suggestion}The pixel tools are: {tools}."
    ),
    # --- artech.photo: photos from a lesson's data folder ---
    "photo_unreadable": (
        "The file {name} is in the data folder, but it is not a picture the kit can read. "
        "Use a .png or .jpg file, or check that the file was copied completely."
    ),
    "photo_too_big": (
        "The photo {name} is {columns} pixels wide and {rows} high: more than {most} pixels, too many for a "
        "lesson. Make it smaller first (for example 200 pixels wide) and save it again."
    ),
    "photo_info_title": "The words stored in the file {name}:",
    "photo_no_info": (
        "The file {name} has no words stored in it: no title, no author, no source. That proves nothing by "
        "itself: many websites and apps remove these words when a picture is uploaded."
    ),
    "photo_no_such_tool": (
        "There is no `photo.{name}`: a tool's name must be spelled exactly. "
        "{suggestion}The photo tools are: {tools}."
    ),
    # --- artech.logger: a data logger with a pretend clock ---
    "logger_bad_time": (
        "{value} is not a time the clock can read. Write a time as text with hours and minutes, "
        "like \"07:00\" or \"13:45\"."
    ),
    "logger_bad_wait": (
        "The clock can wait {value} minutes? It waits a whole number of minutes, at least 1, "
        "like `clock.wait(15)`."
    ),
    "logger_clock": "The pretend clock says {time}.",
    "logger_no_file": (
        "There is no log file called {name} yet. Run the cell that writes the log first, then read it."
    ),
    "logger_no_such_tool": (
        "There is no `logger.{name}`: a tool's name must be spelled exactly. "
        "{suggestion}The logger tools are: {tools}."
    ),
}

# Which message explains which error, and which names which kind: tables of keys, so every key
# is written out where an extractor and the tests can see it.
ERROR_WHY: dict[str, str] = {
    "NameError": "why_name_error", "TypeError": "why_type_error", "ValueError": "why_value_error",
    "ZeroDivisionError": "why_zero_division_error", "IndexError": "why_index_error",
    "KeyError": "why_key_error", "AttributeError": "why_attribute_error",
    "RecursionError": "why_recursion_error", "SyntaxError": "why_syntax_error",
    "IndentationError": "why_indentation_error",
}
KIND_NAMES: dict[str, str] = {
    "int": "kind_int", "float": "kind_float", "str": "kind_str", "list": "kind_list",
    "tuple": "kind_tuple", "dict": "kind_dict", "bool": "kind_bool", "function": "kind_function",
    "NoneType": "kind_none", "ellipsis": "kind_ellipsis",
}
DOMAIN = "student"  # the catalogue these sentences are translated in: locale/<lang>/LC_MESSAGES/student.po


def say(key: str, **values: object) -> str:
    """Message ``key`` in the language spoken now, with ``values`` filled in.

    A message whose English is a (one, many) pair is about a count: pass ``count``."""
    source = TEXT[key]
    count = values.get("count")
    path = i18n.catalogue_path(DOMAIN, i18n.language())
    text = i18n.translate(path, key, source, n=count if isinstance(count, int) else None)
    return text.format(**values)


def kind_name(value_or_type: object) -> str:
    """A beginner's name for the kind of a value: 'a whole number', 'a list', ..."""
    t = value_or_type if isinstance(value_or_type, type) else type(value_or_type)
    key = KIND_NAMES.get(t.__name__)
    return say(key) if key else say("kind_other", name=t.__name__)


def did_you_mean(word: str, choices: Iterable[str], cutoff: float = 0.66, kit: bool = True) -> str:
    """'Did you mean `x`?' for the closest near-miss among ``choices``, or ''.

    ``kit``: also the kit's name for a word in the language spoken (`toon` -> `show` in Dutch); off where
    ``word`` is a name the lesson asks the student to make."""
    choices = list(choices)
    kit = kit and (i18n.kit_words().get(word) or i18n.kit_words().get(word.lower()))
    if kit and kit in choices:
        return say("did_you_mean", suggestion=kit)
    close = difflib.get_close_matches(word, [c for c in choices if not c.startswith("_")], n=1, cutoff=cutoff)
    if not close:
        lowered = {c.lower(): c for c in choices}
        if word.lower() in lowered:
            close = [lowered[word.lower()]]
    return say("did_you_mean", suggestion=close[0]) if close else ""


def explain_error(exc: BaseException) -> str:
    """Explain an exception raised by student code, kindly."""
    name = type(exc).__name__
    detail = str(exc) or name
    if len(detail) > 200:
        detail = detail[:200] + "…"
    why = say(ERROR_WHY[name]) if name in ERROR_WHY else ""
    return say("student_error", error=name, detail=detail, why=why)
