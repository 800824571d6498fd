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
