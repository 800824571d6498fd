"""The checks for *Design for everyone* (design-design-for-everyone).

They run in the kit, never in the student's notebook: `check("id")` loads this file fresh, and
`artech check` runs it after the student's code. The hints and praise live here too, so a student
copy holds no answers. Every sentence goes through `_`, so each edition speaks its own language
(`checks.<lang>.po`); the student's names are read by their English name."""

from artech.checks import exercise, _, _n
from artech import colour as _colour  # the checks' own names: a student's `colour = ...` can't break them
from artech import forms as _forms

BACKGROUND = (250, 248, 240)  # the page colour of exercise 2, the same in both editions
TRAFFIC_LIGHT = {"done": (0, 170, 0), "not yet": (255, 190, 0), "problem": (220, 0, 0)}


def _tools(see):
    for tool, module in (("colour", _colour), ("forms", _forms)):
        see.that(see.ns.get(tool) is module, _(
            "You made a name called `{tool}`, so Python forgot the kit's `{tool}` tools. "
            "Give your value another name. Then run the \"Get ready\" cell again, run your cells again, "
            "and check again.", tool=tool))


def _num(x):
    return f"{x:.2f}"


# --- 1: the contrast formula ------------------------------------------------------------------------
@exercise("ratio-formula", hints=[
    _("The formula is (L1 + 0.05) / (L2 + 0.05). L1 is the lighter colour's luminance: the bigger number."),
    _("Python's `max(a, b)` gives the bigger of two numbers and `min(a, b)` the smaller one."),
    _("Inside the function: `lighter = max(l1, l2)`, `darker = min(l1, l2)`, then "
      "`return (lighter + 0.05) / (darker + 0.05)`."),
], praise=_("That is the formula of WCAG 2. The kit's own `colour.contrast` uses the same one."))
def ratio_formula(see):
    ratio = see.function("ratio")
    name = see.name("ratio")
    got = ratio(1.0, 0.0)
    see.that(got is not None, _(
        "`{name}(1.0, 0.0)` gave `None`: nothing came back. "
        "A function hands its answer back with `return`, not with `print`. "
        "Put `return` in front of the formula.", name=name))
    see.that(isinstance(got, (int, float)) and not isinstance(got, bool), _(
        "`{name}(1.0, 0.0)` gave {got}, not a number. The ratio is one number, like 21.0. "
        "Return the result of the formula.", name=name, got=repr(got)))
    see.that(abs(got - 21) < 0.01, _(
        "`{name}(1.0, 0.0)` gave {got}. White on black is the biggest contrast there is: 21 to 1. "
        "Check the formula: add 0.05 to both luminances before you divide.", name=name, got=_num(got)))
    back = ratio(0.0, 1.0)
    see.that(isinstance(back, (int, float)) and abs(back - 21) < 0.01, _(
        "`{name}(1.0, 0.0)` gives 21, but `{name}(0.0, 1.0)` gives {got}. "
        "A ratio below 1 means the darker colour ended up on top. "
        "The lighter one (the bigger luminance) always goes on top, whichever order the two numbers come in. "
        "Use `max` and `min`.", name=name, got=_num(back) if isinstance(back, (int, float)) else repr(back)))
    for a, b in ((0.5, 0.2), (0.18, 0.9)):
        got = ratio(a, b)
        lighter, darker = max(a, b), min(a, b)
        want = (lighter + 0.05) / (darker + 0.05)
        see.that(isinstance(got, (int, float)) and abs(got - want) < 0.01, _(
            "`{name}({a}, {b})` gave {got}, but the formula gives {want}. "
            "Check the brackets: first add 0.05 to each luminance, then divide.",
            name=name, a=a, b=b, got=_num(got) if isinstance(got, (int, float)) else repr(got), want=_num(want)))


# --- 2: text that is easy to read -------------------------------------------------------------------
@exercise("readable-text", hints=[
    _("Run the example with the light grey text again: its contrast is too low. Which way should the grey go?"),
    _("The background is very light, so the text must be much darker. Smaller numbers make a darker colour."),
    _("A dark grey like (80, 80, 80) or a dark blue like (20, 40, 110) reaches 4.5 : 1 on this background."),
], praise=_("Now the words of your form are easy to read, also on a phone in the sun."))
def readable_text(see):
    _tools(see)
    text = _colour.see_colour(see, "text_colour")
    ratio = _colour.contrast_ratio(text, BACKGROUND)
    name = see.name("text_colour")
    see.that(ratio > 1.01, _(
        "Your `{name}` is {made}, almost the same as the background, so the contrast is only {ratio} : 1 and the "
        "words disappear. Choose a dark colour.", name=name, made=str(text), ratio=_num(ratio)))
    see.that(ratio >= 4.5, _(
        "Your `{name}` is {made}: its contrast with the background is {ratio} : 1. "
        "Normal text needs at least 4.5 : 1 (WCAG level AA). "
        "Make the text darker: smaller numbers.", name=name, made=str(text), ratio=_num(ratio)))


# --- 3: status colours that everyone can tell apart -------------------------------------------------
@exercise("safe-status", hints=[
    _("Look at the colour blindness table of the traffic light. Which two colours become almost the same?"),
    _("Red and green differ most in hue, and hue is what colour blindness takes away. "
      "Make the colours differ in lightness too: one light, one middle, one dark."),
    _("A blue, an orange and a very dark grey stay different for all three kinds: try (0, 114, 178), "
      "(230, 159, 0) and (40, 40, 40), or choose your own."),
], praise=_("Your status colours work for everyone. Still, never let colour be the only clue: "
            "the kit also writes Done or Not yet in words."))
def safe_status(see):
    _tools(see)
    palette = see.value("status_colours", (dict, list, tuple), why=_(
        "A palette here is a dictionary of names and colours, like the traffic light above."))
    wrong = _colour.palette_problem(palette)  # the same words colour.palette() shows
    see.that(not wrong, wrong)
    count = len(palette)
    see.that(count == 3, _n(
        "Your `{name}` has {n} colour. The form needs three: for done, for not yet and for a problem.",
        "Your `{name}` has {n} colours. The form needs three: for done, for not yet and for a problem.",
        count, n=count, name=see.name("status_colours")))
    values = list(palette.values()) if isinstance(palette, dict) else list(palette)
    see.that([_colour.to_rgb(v) for v in values] != list(TRAFFIC_LIGHT.values()), _(
        "Your `{name}` still has the traffic light's colours. "
        "Those are the ones that get mixed up. Choose new colours.", name=see.name("status_colours")))
    view = _colour.colour_blind(palette)
    see.that(view.safe, view.lines()[0])


# --- 4: the look-alike form, better -----------------------------------------------------------------
OLD_LABELS = {"dob": _("DOB"), "hsnr": _("Hsnr"), "channel": _("Authentication channel")}
OLD_ERRORS = [_("Invalid input."), _("Error 0x17."), _("Invalid."), _("Error."), _("Password does not meet policy.")]


def _words(text):
    return len(text.split())


@exercise("better-form", hints=[
    _("Read the form out loud with `forms.form(better_form).read_aloud()`. Where do you hear \"no label\"?"),
    _("Give every field a `\"label\"` in words a 14-year-old and a grandparent both understand: "
      "\"Date of birth\", not \"DOB\"."),
    _("Then give each field an `\"error\"` that says what to do, for example "
      "\"Type your postcode as 4 numbers and 2 letters, like 1234 AB.\""),
], praise=_("Every field now says what it is, and every error says what to do. That is a form people can finish."))
def better_form(see):
    _tools(see)
    fields = see.value("better_form", (list, tuple, dict), why=_("A form is a list of fields, like `practice_form`."))
    wrong = _forms.problem(fields)
    see.that(not wrong, wrong)
    form = _forms.form(fields)
    name = see.name("better_form")
    see.that(len(form) >= 5, _(
        "Your `{name}` has {n} fields, but the look-alike needs at least the 5 things it asks for. "
        "Improve the fields; don't remove them.", name=name, n=len(form)))
    for f in form.fields:
        see.that(f.label, _(
            "Field {n} of `{name}` has no label, only the grey example text \"{placeholder}\". "
            "That text disappears as soon as you type, and some screen readers skip it. "
            "Give the field a `\"label\"`.", n=f.number, name=name, placeholder=f.placeholder or "…"))
    jargon = {v.lower() for v in OLD_LABELS.values()}
    for f in form.fields:
        see.that(f.label.lower() not in jargon, _(
            "Field {n} is still called \"{label}\". Not everyone knows that word or abbreviation. "
            "Write it in plain words.", n=f.number, label=f.label))
    old = {e.lower() for e in OLD_ERRORS}
    for f in form.fields:
        if f.kind == "checkbox":
            continue
        see.that(f.error, _(
            "The field \"{label}\" has no `\"error\"`. When something goes wrong, people need to know what to do. "
            "Add an error message that says it.", label=f.label))
        see.that(f.error.lower() not in old and _words(f.error) >= 5, _(
            "The error of \"{label}\" says \"{error}\". That says something is wrong, not what to do. "
            "Write a sentence of at least five words that says how to fix it.", label=f.label, error=f.error))


# --- make it yours: test with someone, then improve ---------------------------------------------------
@exercise("my-form", hints=[
    _("Write down at least two things your tester found hard, each as a short sentence in quotes, in a list."),
    _("Then copy your `better_form` into `my_form` and change what your tester ran into: a label, a help text, an error."),
], praise=_("You tested with a real person and changed your design because of what you saw. That is how designers work."))
def my_form(see):
    _tools(see)
    notes = see.made("test_notes", kind=(list, tuple))
    name = see.name("test_notes")
    see.that(all(isinstance(n, str) for n in notes), _(
        "Every note in `{name}` should be text in quotes, like \"She could not find the postcode field\".", name=name))
    real = [n for n in notes if n.strip() and n.strip() != "..."]
    see.that(len(real) >= 2, _n(
        "`{name}` has {n} note. Write at least two things your tester noticed: what was hard, what they did not understand.",
        "`{name}` has {n} notes. Write at least two things your tester noticed: what was hard, what they did not understand.",
        len(real), n=len(real), name=name))
    fields = see.made("my_form", kind=(list, tuple, dict))
    wrong = _forms.problem(fields)
    see.that(not wrong, wrong)
    see.that(list(fields) != list(see.ns.get("better_form") or []), _(
        "Your `{name}` is still exactly your `{better}`. Change at least one thing your tester ran into, "
        "then run the cell and check again.", name=see.name("my_form"), better=see.name("better_form")))
