"""Every sentence a student or teacher reads from the kit, in one place.

Each message follows one pattern: **what happened → why → what to try**.
Keep the words short and concrete, never blame, never shout. To translate
the kit, copy ``TEXT`` and replace the right-hand sides; the ``{names}`` in
braces must stay as they are.
"""

from __future__ import annotations

import difflib
from typing import Iterable

TEXT: dict[str, str] = {
    # --- check results -------------------------------------------------
    "done": "Done! {praise}",
    "not_yet": "Not yet.",
    "expected": "Expected",
    "saw": "Your code gave",
    "hint": "Hint {n} of {total}",
    "praise": "Nice work.",
    # --- names ---------------------------------------------------------
    "missing_name": (
        "I can't find `{name}` yet. "
        "Python only knows a name after the cell that makes it has run. "
        "Run the cell where you make `{name}` (Shift+Enter), then check again."
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
    "not_a_function": (
        "`{name}` is not a function yet. "
        "A function starts with `def {name}(...):`. "
        "Run the cell with your `def` line, then check again."
    ),
    # --- the student's code went wrong -----------------------------------
    "student_error": (
        "Your code stopped with a {error}: {detail}. "
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
    # --- problems in the kit itself (for teachers) -----------------------
    "unknown_exercise": (
        "There is no exercise called \"{exercise}\" in this notebook. "
        "The check cell may have been changed by accident, or the cell that sets up the checks has not run. "
        "Run the notebook from the top (Run ▸ Run All Cells). {suggestion}"
    ),
    "check_broke": (
        "The check for \"{exercise}\" itself went wrong ({error}: {detail}). "
        "This is not your fault. "
        "Tell your teacher; you can carry on with the next exercise."
    ),
    # --- command line -----------------------------------------------------
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
    # --- validation (for lesson authors) -----------------------------------
    "v_schema": "metadata: {field} {error}. Fix the \"artech\" metadata (see docs/authoring.md).",
    "v_strand_folder": "the lesson says strand \"{strand}\" but lives in lessons/{folder}/. Move the folder or change the strand.",
    "v_ages": "level {level} is for ages {want}, but the metadata says {ages}. Set ages to \"{want}\".",
    "v_no_title": "there is no title. Start the first Markdown cell with a heading: \"# My lesson\".",
    "v_duplicate_id": "the id \"{id}\" is also used by {other}. Give each lesson its own id.",
    "v_objective_verb": "objective \"{objective}\" should say what a student can do, starting with a verb after \"I can\" (for example \"I can mix…\", \"I can explain…\").",
    "v_vague_verb": "objective \"{objective}\" uses \"{verb}\", which cannot be seen or checked. Use a verb a teacher can observe: make, explain, change, draw, test…",
    "v_alt_text": "an image ({src}) has no alt text. Describe the picture in the brackets: ![a red circle on black](...).",
    "v_missing_image": "an image file ({src}) is not in the lesson folder. Add the file or fix the path.",
    "v_no_solution": "the check for \"{id}\" has no solution cell before it. Put the answer between \"### BEGIN SOLUTION\" and \"### END SOLUTION\" in the code cell before check(\"{id}\").",
    "v_no_definition": "check(\"{id}\") is called, but no cell tagged \"checks\" defines @exercise(\"{id}\", ...). Add the definition.",
    "v_no_hint": "the exercise \"{id}\" has no hint. Give @exercise(\"{id}\", hints=[...]) at least one hint.",
    "v_unused_definition": "@exercise(\"{id}\") is defined but never checked. Add a cell with check(\"{id}\") after its exercise, or remove it.",
    "v_solution_without_check": "cell {cell} has a solution but no check(...) after it. Add a check cell after it.",
    "v_solution_left": "the student copy still shows solution text (\"{line}\"). Put the whole answer between the solution markers.",
    "v_teacher_section": "the teacher notes have no \"{section}\" heading. Add a cell tagged \"teacher\" with \"## {section}\".",
    "v_student_section": "the lesson has no \"{section}\" heading for students. Add a Markdown cell with \"## {section}\".",
    "v_markers": "cell {cell} has a \"{marker}\" line without its partner. Every BEGIN SOLUTION needs an END SOLUTION.",
    "v_ok": "{count} lessons checked, no problems found.",
    "v_found": "{count} problem(s) found.",
    "workspace_added": "added     {path}",
    "workspace_kept": "kept      {path}  (already there: your work is safe)",
    "workspace_summary": "{added} added, {kept} left as they were, in {folder}",
}


# Kind, concrete explanations of the errors beginners meet most.
ERROR_WHY: dict[str, str] = {
    "NameError": "Python met a name it does not know yet: maybe a typo, or a cell that has not run. ",
    "TypeError": "Two things were combined that don't fit together, like a word and a number. ",
    "ValueError": "The kind of value was right, but the value itself was not allowed. ",
    "ZeroDivisionError": "Something was divided by zero, which has no answer. ",
    "IndexError": "The code asked for a place in a list that is not there. Lists start counting at 0. ",
    "KeyError": "The code asked a dictionary for a key it does not have. ",
    "AttributeError": "The code asked for a part (after a dot) that this thing does not have. ",
    "RecursionError": "A function kept calling itself and never stopped. ",
    "SyntaxError": "Python could not read a line: a bracket, a colon or a quote may be missing. ",
    "IndentationError": "The spaces at the start of a line don't line up with the lines around it. ",
}

KIND_NAMES: dict[str, str] = {
    "int": "a whole number",
    "float": "a number with a decimal point",
    "str": "text (a string)",
    "list": "a list",
    "tuple": "a tuple (values in round brackets)",
    "dict": "a dictionary",
    "bool": "True or False",
    "function": "a function",
    "NoneType": "nothing (None)",
    "ellipsis": "the blank `...`",
}


def say(key: str, **values: object) -> str:
    """Return message ``key`` with ``values`` filled in."""
    return TEXT[key].format(**values)


def kind_name(value_or_type: object) -> str:
    """A beginner's name for the kind of a value: 'a whole number', 'a list', ..."""
    t = value_or_type if isinstance(value_or_type, type) else type(value_or_type)
    name = t.__name__
    return KIND_NAMES.get(name, f"a {name}")


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """'Did you mean `x`?' for the closest near-miss among ``choices``, or ''."""
    close = difflib.get_close_matches(word, [c for c in choices if not c.startswith("_")], n=1, cutoff=0.6)
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
    return say("student_error", error=name, detail=detail, why=ERROR_WHY.get(name, ""))
