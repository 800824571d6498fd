"""The checks for *Privacy by design* (design-privacy-by-design).

They run in the kit, never in the student's notebook: `check("id")` loads this file fresh, and
`artech check` runs it after the student's code. The hints and praise live here too, so a student
copy holds no answers. Every sentence goes through `_`, so each edition speaks its own language
(`checks.<lang>.po`); the student's names are read by their English name."""

from artech.checks import exercise, _, _n
from artech import forms as _forms

# Words that name the citizen service number in a label, in either edition.
_BSN_WORDS = ("bsn", "citizen service", "burgerservicenummer")


def _is_bsn(label):
    low = label.lower()
    return any(word in low for word in _BSN_WORDS)


def _tools(see):
    see.that(see.ns.get("forms") is _forms, _(
        "You made a name called `forms`, so Python forgot the form tools. Give your value another name. "
        "Then run the \"Get ready\" cell again, run your cells again, and check again."))


# The labels of the film night's form and its settings, as the notebook of each edition writes them.
FORM_LABELS = [_("Full name"), _("Email address"), _("Phone number"), _("Date of birth"),
               _("Citizen service number (BSN)"), _("Home address"), _("Gender"), _("Nationality"),
               _("How did you hear about the film night?")]


# --- 1: each field with its purpose ------------------------------------------------------------------
@exercise("why-each-field", hints=[
    _("Read the three jobs of the organisers again. For each field, ask: which of the three jobs needs it?"),
    _("A purpose is a short sentence, like \"to tell you when the film is cancelled\". "
      "When none of the three jobs needs a field, write `None`."),
    _("Nobody needs a citizen service number, a nationality or a gender to watch a film. "
      "Those get `None`."),
], praise=_("That is the first question of privacy by design: what do we collect, and why?"))
def why_each_field(see):
    _tools(see)
    labels = FORM_LABELS
    why = see.value("why", dict, why=_("`{name}` links every label to its purpose, like the example.",
                                        name=see.name("why")))
    name = see.name("why")
    missing = [label for label in labels if label not in why]
    see.that(not missing, _n(
        "Your `{name}` does not say anything yet about the field {labels}. Add it, with its purpose or `None`.",
        "Your `{name}` does not say anything yet about the fields {labels}. Add them, with their purpose or `None`.",
        len(missing), name=name, labels=", ".join(f"\"{m}\"" for m in missing)))
    extra = [key for key in why if key not in labels]
    see.that(not extra, _(
        "Your `{name}` has \"{key}\", but the form has no field with that label. "
        "Copy each label exactly as the form writes it.", name=name, key=extra[0] if extra else ""))
    for label, purpose in why.items():
        see.that(purpose is None or isinstance(purpose, str), _(
            "For \"{label}\" your `{name}` has {value}. A purpose is text in quotes, or `None` when there is none.",
            label=label, name=name, value=repr(purpose)))
        see.that(purpose is None or len(purpose.split()) >= 3, _(
            "For \"{label}\" the purpose is \"{purpose}\". That is too short to explain. "
            "Write a sentence that says which job needs it, like \"to tell you when the film is cancelled\".",
            label=label, purpose=purpose))
    for label, purpose in why.items():
        see.that(not (_is_bsn(label) and purpose is not None), _(
            "You gave \"{label}\" a purpose. A film night does not need it, and in the Netherlands an "
            "organisation may only use the BSN when a law allows it. Make it `None`.", label=label))
    none = sum(1 for p in why.values() if p is None)
    see.that(none >= 3, _n(
        "You found a purpose for every field but {n}. Look at the three jobs again: which fields does none of them need?",
        "You found a purpose for every field but {n}. Look at the three jobs again: which fields does none of them need?",
        none, n=none))


# --- 2: a form that collects less -------------------------------------------------------------------
@exercise("lean-form", hints=[
    _("Start from the fields that got a purpose in `why`. Leave the others out."),
    _("Give every field you keep a `\"purpose\"`: the form then tells people why it asks."),
    _("Can a smaller question do the same job? \"Are you 12 or older?\" as a tick box tells the organisers "
      "enough, without a date of birth."),
], praise=_("Data you never collect cannot leak, be sold or be misused. That is data minimisation."))
def lean_form(see):
    _tools(see)
    fields = see.value("lean_form", (list, tuple, dict), why=_("A form is a list of fields, like `film_night_form`."))
    wrong = _forms.problem(fields)
    see.that(not wrong, wrong)
    form = _forms.form(fields)
    name = see.name("lean_form")
    see.that(len(form) < len(FORM_LABELS), _(
        "Your `{name}` has {n} fields, as many as the original form or more. "
        "Data minimisation means asking for less: leave out what no job needs.", name=name, n=len(form)))
    for f in form.fields:
        see.that(not _is_bsn(f.label), _(
            "Your `{name}` still asks for \"{label}\". No job of the film night needs it. Leave it out.",
            name=name, label=f.label))
    why = see.ns.get("why")
    if isinstance(why, dict):
        unneeded = {label for label, purpose in why.items() if purpose is None}
        for f in form.fields:
            see.that(f.label not in unneeded, _(
                "Your `{name}` still asks for \"{label}\", but in `{why}` you wrote that it has no purpose. "
                "Leave it out, or give it a purpose in `{why}` too.", name=name, label=f.label, why=see.name("why")))
    see.that(not form.without_purpose, _n(
        "The field {labels} does not say why it is asked. Give it a `\"purpose\"`, so the people who fill it in know.",
        "The fields {labels} do not say why they are asked. Give each a `\"purpose\"`, so the people who fill it in know.",
        len(form.without_purpose), labels=", ".join(f"\"{x}\"" for x in form.without_purpose)))
    see.that(any(f.kind in ("email", "phone") for f in form.fields), _(
        "Your `{name}` has no way left to reach people. The organisers must be able to tell them when the film "
        "is cancelled. Keep one way: an email address or a phone number.", name=name))


# --- 3: minimise in code ----------------------------------------------------------------------------
def _fake():
    """Made-up sign-ups (these people do not exist), with keys in the student's language."""
    name, email, phone = _("name"), _("email"), _("phone")
    return [
        {name: "Sam Voorbeeld", email: "sam@example.org", phone: "0600000001", _("nationality"): "x",
         _("date_of_birth"): "2009-01-01"},
        {name: "Noor Testdata", email: "noor@example.org", _("date_of_birth"): "2010-02-02"},
    ], (name, email, phone)


@exercise("minimise", hints=[
    _("Make a new, empty dictionary. Then go through `needed` and copy only those keys from `record`."),
    _("A key that is in `needed` but not in `record` is skipped: check with `if key in record:`."),
    _("In one line: `return {key: record[key] for key in needed if key in record}`."),
], praise=_("Your function keeps only what is needed, and leaves the original alone. Put it right where data "
            "comes in, and the rest is never stored."))
def minimise(see):
    fn = see.function("minimise")
    name = see.name("minimise")
    records, (key_name, key_email, key_phone) = _fake()
    for record in records:
        needed = [key_name, key_email]
        copy = dict(record)
        got = fn(copy, needed)
        see.that(got is not None, _(
            "`{name}(record, needed)` gave `None`: nothing came back. Use `return` to hand back the new dictionary.",
            name=name))
        see.that(isinstance(got, dict), _(
            "`{name}(record, needed)` gave {got}, not a dictionary. Return a dictionary with only the needed keys.",
            name=name, got=repr(got)[:80]))
        want = {k: record[k] for k in needed if k in record}
        see.that(copy == record, _(
            "Your `{name}` changed the record it was given: it now has {keys}. "
            "Leave the original as it is and build a new dictionary.", name=name, keys=sorted(copy)))
        extra = sorted(set(got) - set(needed))
        see.that(not extra, _(
            "`{name}` kept {extra}, but only {needed} were needed. Copy only the keys in `needed`.",
            name=name, extra=extra, needed=needed))
        see.equal(got, want, about=_("What `{name}` gave back", name=name))
    got = fn(dict(records[1]), [key_name, key_phone])  # Noor gave no phone number
    see.equal(got, {key_name: "Noor Testdata"}, about=_(
        "What `{name}` gives for a record without a phone number", name=name))


# --- 4: private by default --------------------------------------------------------------------------
@exercise("by-default", hints=[
    _("Look at the `\"checked\"` of each tick box. Which ones are ticked before the person chooses anything?"),
    _("By default means: what happens when someone does nothing. Then nothing should be shared."),
    _("Keep the choices, but make every `\"checked\"` `False`, and no tick box `\"required\"`."),
], praise=_("Now nothing is shared unless a person chooses it. That is data protection by default."))
def by_default(see):
    _tools(see)
    fields = see.value("settings", (list, tuple, dict), why=_("The settings are a list of fields, like "
                                                              "`film_night_settings`."))
    wrong = _forms.problem(fields)
    see.that(not wrong, wrong)
    form = _forms.form(fields)
    name = see.name("settings")
    boxes = [f for f in form.fields if f.kind == "checkbox"]
    see.that(boxes, _(
        "Your `{name}` has no tick boxes left. People may still want to choose something, like news for next "
        "year. Keep the choices, and change what they start as.", name=name))
    for f in boxes:
        see.that(not f.checked, _(
            "\"{label}\" is still ticked before anyone chooses. By default nothing is shared: make its "
            "`\"checked\"` `False`.", label=f.label))
        see.that(not f.required, _(
            "\"{label}\" is required, so nobody can say no to it. A choice is only a choice when you may leave it "
            "empty: make it not required.", label=f.label))
    see.that(len(boxes) >= 2, _(
        "Your `{name}` has only one tick box left. Keep the choices people had, and only change how they start.",
        name=name))


# --- make it yours ----------------------------------------------------------------------------------------
@exercise("my-lean-form", hints=[
    _("Choose a form you know: a sports club, a library card, an app that wants an account."),
    _("Write its goal in `my_goal`. Then make `my_form` with only the fields that goal needs, each with a "
      "`\"purpose\"`."),
], praise=_("A form of your own that asks only what it needs, and says why. Show it to someone who fills in "
            "such forms: would they trust it more?"))
def my_lean_form(see):
    _tools(see)
    goal = see.value("my_goal", str, why=_("A goal is text, so it goes in quotes."))
    see.that(goal.strip(), _("Your `{name}` is empty. Write what the form is for, between the quotes.",
                             name=see.name("my_goal")))
    fields = see.made("my_form", kind=(list, tuple, dict))
    wrong = _forms.problem(fields)
    see.that(not wrong, wrong)
    see.that(list(fields) != list(see.ns.get("lean_form") or []), _(
        "Your `{name}` is still the film night form. Make a form for your own goal.", name=see.name("my_form")))
    form = _forms.form(fields)
    see.that(not form.without_purpose, _n(
        "The field {labels} does not say why it is asked. Give it a `\"purpose\"`, or leave it out.",
        "The fields {labels} do not say why they are asked. Give each a `\"purpose\"`, or leave them out.",
        len(form.without_purpose), labels=", ".join(f"\"{x}\"" for x in form.without_purpose)))
    ticked = [f.label for f in form.fields if f.kind == "checkbox" and f.checked]
    see.that(not ticked, _(
        "\"{label}\" is ticked before anyone chooses. Private by default: make it `False`.",
        label=ticked[0] if ticked else ""))
