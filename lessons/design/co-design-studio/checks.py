"""The checks for *Co-design studio* (design-co-design-studio).

They run in the kit, never in the student's notebook: `check("id")` loads this file fresh, and
`artech check` runs it after the student's code. At level 4 the checks look only at the structure of
what students plan and decide (the timings add up to the session, the session opens with consent
and closes, someone takes notes, the consent record says what is recorded, where it is kept and when
it is deleted, every note is in one theme, a decision names its evidence, its criteria and what it
will not change), never at which goal, activity, theme or change a student chooses.

The keys of the dictionaries students write are words too: each edition has its own (`goal` in
English, `doel` in Dutch), translated in `checks.<lang>.po`; a check accepts the English key in every
edition. Every sentence a student reads goes through `_`; names are read by their English name.
"""

import numbers
import re

from artech.checks import exercise, _, _n

OPENING = ("welcome", "consent", "permission", "introduc", "intro", "opening", "start", "welkom", "toestemming",
           "kennismak", "begin", "opening")
CLOSING = ("thank", "close", "closing", "wrap", "summar", "round-up", "goodbye", "end", "bedank", "afsluit",
           "afronden", "samenvat", "terugblik", "einde", "afscheid")
NOTING = ("note", "record", "write", "minute", "notul", "noteer", "noteren", "notitie", "opschrijf", "schrijf",
          "opname", "vastleg")
MOMENT = ("after", "end", "when", "once", "within", "day", "week", "month", "year", "immediately", "straight",
          "before", "finish", "na ", "eind", "afloop", "zodra", "binnen", "dag", "week", "maand", "jaar", "direct",
          "meteen", "als ", "voor ", "klaar", "january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december", "januari", "februari", "maart", "mei", "juni",
          "juli", "augustus")
NEVER = ("never", "nooit", "forever", "voor altijd", "altijd bewaren", "bewaren we altijd")
PUBLIC = ("instagram", "tiktok", "youtube", "snapchat", "facebook", "whatsapp group", "group chat", "public",
          "openbaar", "groepsapp", "klassenapp", "social media", "sociale media")
GENERIC = ("other", "others", "misc", "miscellaneous", "rest", "overig", "overige", "diversen", "theme", "group",
           "thema", "groep", "stuff", "dingen", "things")


def _words(text):
    return re.findall(r"[\w']+", str(text).lower())


def _key(english):
    """The key of a dictionary in the student's edition: `goal` in English, `doel` in Dutch."""
    return {
        "goal": _("goal"), "who": _("who"), "minutes": _("minutes"), "activities": _("activities"),
        "roles": _("roles"), "purpose": _("purpose"), "recorded": _("recorded"), "stored": _("stored"),
        "deleted": _("deleted"), "can_stop": _("can_stop"), "change": _("change"), "evidence": _("evidence"),
        "criteria": _("criteria"), "not_changing": _("not_changing"), "why_not": _("why_not"),
    }[english]


def _get(see, d, name, english, kind=None, why=""):
    """``d[english]`` (or the edition's own key); a kind 'not yet' naming the key when it is missing or wrong."""
    key = _key(english)
    if key in d:
        value = d[key]
    elif english in d:
        value, key = d[english], english
    else:
        see.that(False, _("Your `{name}` has no \"{key}\" yet. {why} Add \"{key}\": ... to the dictionary.",
                          name=see.name(name), key=key, why=why))
    see.that(value is not Ellipsis, _("The \"{key}\" of your `{name}` is still `...`. Fill it in.",
                                      name=see.name(name), key=key))
    if kind is str:
        see.that(isinstance(value, str) and len(_words(value)) >= 3, _(
            "The \"{key}\" of your `{name}` is {value}. Write it as a short sentence in quotes, of at least three "
            "words, so someone else can read it later.", name=see.name(name), key=key, value=repr(value)[:60]))
    return value, key


def _dict(see, name):
    return see.value(name, dict, why=_("A plan is a dictionary: keys in quotes, a colon, then the value, "
                                       "between curly brackets { }."))


def _minutes(x):
    return format(x, "g") if isinstance(x, float) else str(x)


def _plan_problems(see, name):
    """The structural checks of a session plan in the student's name ``name`` (any content is fine)."""
    plan = _dict(see, name)
    _get(see, plan, name, "goal", str, why=_("A session starts from a goal: what do you want to find out or make "
                                            "together?"))
    _get(see, plan, name, "who", str, why=_("A co-design session is designed with the people you invite: say who "
                                           "they are (not their names)."))
    minutes, mkey = _get(see, plan, name, "minutes", why=_("The length of the session decides how much fits in."))
    see.that(isinstance(minutes, numbers.Real) and not isinstance(minutes, bool) and 10 <= minutes <= 180, _(
        "The \"{key}\" of your `{name}` is {value}. Give the length of the session as a number of minutes, "
        "without quotes, like 30.", key=mkey, name=see.name(name), value=repr(minutes)[:40]))
    acts, akey = _get(see, plan, name, "activities", why=_("The activities are the session, minute by minute."))
    see.that(isinstance(acts, dict) and acts, _(
        "The \"{key}\" of your `{name}` should be a dictionary of activities and their minutes, like "
        "{{\"welcome and consent\": 5, ...}}.", key=akey, name=see.name(name)))
    for act, m in acts.items():
        see.that(isinstance(m, numbers.Real) and not isinstance(m, bool) and m > 0, _(
            "The activity \"{act}\" has {value} minutes. Each activity gets a number of minutes above 0, "
            "without quotes.", act=act, value=repr(m)[:40]))
    see.that(len(acts) >= 3, _n(
        "Your session has {count} activity. A co-design session needs at least an opening, something you make "
        "together and a closing.",
        "Your session has {count} activities. A co-design session needs at least an opening, something you make "
        "together and a closing.", len(acts), count=len(acts)))
    total = sum(acts.values())
    see.that(total <= minutes, _(
        "Your activities take {total} minutes, {over} more than the {minutes} minutes of the session. A session "
        "that runs over ends with the part that matters most: what people want changed. Shorten or drop an "
        "activity.", total=_minutes(total), over=_minutes(total - minutes), minutes=_minutes(minutes)))
    see.that(total >= minutes, _(
        "Your activities take {total} of the {minutes} minutes, so {left} minutes have no plan. Give them to an "
        "activity, or keep them as a named buffer (\"buffer\": {left}).", total=_minutes(total),
        minutes=_minutes(minutes), left=_minutes(minutes - total)))
    first, last = list(acts)[0], list(acts)[-1]
    see.that(any(w in first.lower() for w in OPENING), _(
        "Your session starts with \"{act}\". Before anyone makes or says anything, people hear what the session is "
        "for and what will be recorded, and they give consent. Start with an activity for that, like "
        "\"welcome and consent\".", act=first))
    see.that(any(w in last.lower() for w in CLOSING), _(
        "Your session ends with \"{act}\". End with a closing: thank people, say what happens next with what "
        "they made, and when they will hear back. Add an activity like \"thank you and next steps\".", act=last))
    roles, rkey = _get(see, plan, name, "roles", why=_("A session needs more than one person to run it."))
    see.that(isinstance(roles, dict), _(
        "The \"{key}\" of your `{name}` should be a dictionary of roles and their tasks, like "
        "{{\"facilitator\": \"leads the activities\", ...}}.", key=rkey, name=see.name(name)))
    see.that(len(roles) >= 2, _n(
        "The \"{key}\" of your `{name}` has {count} role. One person cannot lead, listen and take notes at "
        "the same time: plan at least two roles, each with its task.",
        "The \"{key}\" of your `{name}` has {count} roles. One person cannot lead, listen and take notes at "
        "the same time: plan at least two roles, each with its task.", len(roles), key=rkey, name=see.name(name),
        count=len(roles)))
    for role, task in roles.items():
        see.that(isinstance(task, str) and len(_words(task)) >= 3, _(
            "The role \"{role}\" has the task {value}. Describe what this person does, in a short sentence.",
            role=role, value=repr(task)[:60]))
    see.that(any(any(w in (str(r) + " " + str(t)).lower() for w in NOTING) for r, t in roles.items()), _(
        "None of your roles takes notes. What is not noted is forgotten after the session. Give one role the task "
        "of noting what people say and make (with their consent)."))
    return plan


@exercise("fix-the-plan", hints=[
    _("Look at the timeline of the draft: the minutes, the first activity, the last activity, and the roles."),
    _("The activities must add up to exactly the minutes of the session. Make room for an opening with consent "
      "and for a closing."),
    _("Add a role that takes notes, next to the facilitator, and give each role a task in a short sentence."),
], praise=_("A plan that fits its time, starts with consent, ends with a thank-you, and has someone to listen."))
def fix_the_plan(see):
    plan = _plan_problems(see, "plan")
    draft = see.ns.get("draft")
    see.that(plan != draft, _("Your `{name}` is still the draft. Repair it: the timings, the opening, the closing "
                              "and the roles.", name=see.name("plan")))


@exercise("consent-record", hints=[
    _("A consent record answers four questions: what is it for, what is recorded, where is it kept, and when is "
      "it deleted?"),
    _("\"When\" is a moment: \"after the presentation on 12 June\", \"within two weeks\", \"at the end of the "
      "project\"."),
    _("`can_stop` is True or False, without quotes. People must always be able to stop."),
], praise=_("Everyone can read what happens to their words, where it is kept and until when."))
def consent_record(see):
    name = "consent"
    record = see.value(name, dict, why=_("A record is a dictionary: keys in quotes, a colon, then the value, "
                                         "between curly brackets { }."))
    _get(see, record, name, "purpose", str, why=_("People can only agree when they know what it is for."))
    _get(see, record, name, "recorded", str, why=_("Say exactly what you record: notes, photos of the sketches, "
                                                   "sound?"))
    stored, skey = _get(see, record, name, "stored", str, why=_("People should know who can see it."))
    public = [w for w in PUBLIC if w in stored.lower()]
    see.that(not public, _("Your record keeps it in \"{place}\". Anyone there can copy it, and you can't delete it "
                           "everywhere any more. Choose a place only the team can reach, like the school's own "
                           "drive.", place=public[0] if public else ""))
    deleted, dkey = _get(see, record, name, "deleted", str, why=_("A recording that is never deleted can turn up "
                                                                  "years later."))
    low = " " + deleted.lower() + " "
    see.that(not any(w in low for w in NEVER), _(
        "Your record says it is deleted \"{value}\". Keep it only as long as you need it: name a moment, like "
        "\"at the end of the project\".", value=deleted))
    see.that(any(w in low for w in MOMENT) or re.search(r"\d", low), _(
        "The \"{key}\" of your record is \"{value}\", but it does not name a moment. Say when: a date, \"after "
        "...\" or \"within ...\".", key=dkey, value=deleted))
    can_stop, ckey = _get(see, record, name, "can_stop", why=_("Consent counts only if people can stop."))
    see.that(isinstance(can_stop, bool), _(
        "The \"{key}\" of your record is {value}. Write True or False without quotes: it is a yes or no.",
        key=ckey, value=repr(can_stop)[:40]))
    see.that(can_stop, _("Your record says people cannot stop. Then it is not consent: anyone may stop, and what "
                         "they said until then is deleted if they ask. Make it True."))


@exercise("themes", hints=[
    _("Read all twelve notes first. Which notes are about the same thing, even in different words?"),
    _("`themes` is a dictionary: a name for each theme, and a list of note letters. Every letter goes in exactly "
      "one theme."),
    _("Between two and six themes usually works. Name each theme after what its notes share, not \"other\"."),
], praise=_("Every note has a place, and each theme says what its notes share."))
def themes_check(see):
    themes = see.value("themes", dict, why=_("Themes are a dictionary: a theme name in quotes, a colon, and a list "
                                             "of letters."))
    notes = see.ns.get("session_notes")
    letters = set(notes) if isinstance(notes, dict) else set()
    see.that(2 <= len(themes) <= 6, _n(
        "You made {count} theme. A theme shows what several notes share: make between two and six.",
        "You made {count} themes. Themes help only when there are a few: make between two and six.",
        len(themes), count=len(themes)))
    seen = {}
    for theme, members in themes.items():
        see.that(isinstance(members, (list, tuple)) and all(isinstance(m, str) for m in members), _(
            "The theme \"{theme}\" holds {value}. Give it a list of note letters in quotes, like [\"A\", \"D\"].",
            theme=theme, value=repr(members)[:60]))
        see.that(str(theme).strip().lower() not in GENERIC and not re.fullmatch(r"(theme|thema|group|groep)\s*\d+",
                                                                                str(theme).strip().lower()), _(
            "One theme is called \"{theme}\". A theme's name says what its notes have in common, so a reader "
            "knows it without the notes. Rename it.", theme=theme))
        for m in members:
            letter = m.strip().upper()
            see.that(not letters or letter in letters, _(
                "The theme \"{theme}\" has note \"{letter}\", but the notes are called {known}.",
                theme=theme, letter=m, known=", ".join(sorted(letters))))
            see.that(letter not in seen, _(
                "Note {letter} is in \"{one}\" and in \"{two}\". Put each note in one theme: the one it fits best.",
                letter=letter, one=seen.get(letter, ""), two=theme))
            seen[letter] = theme
    missing = sorted(letters - set(seen))
    see.that(not missing, _n(
        "Note {missing} is in no theme yet. Every note is something a person said: give it a place.",
        "Notes {missing} are in no theme yet. Every note is something a person said: give each a place.",
        len(missing), missing=", ".join(missing)))


@exercise("decision", hints=[
    _("A decision has five parts: the change, the notes that are its evidence, your criteria, what you won't "
      "change, and why not."),
    _("The evidence is a list of note letters. Criteria are a list of short sentences: how do you judge the ideas?"),
    _("Saying what you won't change is part of the decision: the people who asked for it deserve a reason."),
], praise=_("A decision others can follow: what, based on which notes, by which criteria, and what not."))
def decision(see):
    name = "decision"
    d = see.value(name, dict, why=_("A decision is a dictionary: keys in quotes, a colon, then the value."))
    change, _k = _get(see, d, name, "change", str, why=_("Say what you will change."))
    evidence, ekey = _get(see, d, name, "evidence", why=_("A decision made with people rests on what they said."))
    notes = see.ns.get("session_notes")
    letters = set(notes) if isinstance(notes, dict) else set()
    see.that(isinstance(evidence, (list, tuple)) and all(isinstance(e, str) for e in evidence), _(
        "The \"{key}\" of your decision is {value}. Give a list of note letters in quotes, like [\"A\", \"D\"].",
        key=ekey, value=repr(evidence)[:60]))
    wrong = [e for e in evidence if letters and e.strip().upper() not in letters]
    see.that(not wrong, _("Your evidence has \"{letter}\", but the notes are called {known}.",
                          letter=wrong[0] if wrong else "", known=", ".join(sorted(letters))))
    see.that(len(set(e.strip().upper() for e in evidence)) >= 2, _n(
        "Your evidence is {count} note. One person's note is a start, not a pattern: find at least two notes that "
        "support the change.",
        "Your evidence is {count} notes. One person's note is a start, not a pattern: find at least two notes that "
        "support the change.", len(set(evidence)), count=len(set(evidence))))
    criteria, ckey = _get(see, d, name, "criteria", why=_("Criteria make a choice fair: how did you weigh the "
                                                          "ideas?"))
    see.that(isinstance(criteria, (list, tuple)) and len(criteria) >= 2 and all(
        isinstance(c, str) and len(_words(c)) >= 2 for c in criteria), _(
        "The \"{key}\" of your decision is {value}. Give a list of at least two criteria, each a few words in "
        "quotes, like [\"helps the most people\", \"can be done this year\"].", key=ckey, value=repr(criteria)[:80]))
    not_changing, nkey = _get(see, d, name, "not_changing", str, why=_(
        "Every session brings more wishes than you can do. Say which one you leave."))
    see.that(not_changing.strip().lower() != change.strip().lower(), _(
        "Your decision changes and does not change the same thing: \"{value}\". Name another idea that you leave "
        "for now.", value=change))
    _get(see, d, name, "why_not", str, why=_("The people who asked for it deserve a reason."))


@exercise("my-session", hints=[
    _("Start from your repaired `plan` and change it for your own project: the goal, who you invite, the "
      "activities and the minutes."),
    _("The same rules hold: an opening with consent, a closing, timings that add up, and at least two roles of "
      "which one takes notes."),
    _("Choose an activity that lets people make something with you: card sorting, sketching together, a map with "
      "stickers, a walk."),
], praise=_("A session plan of your own that you could run next week."))
def my_session(see):
    mine = see.made("my_plan", kind=dict)
    for example in ("draft", "plan"):
        see.that(mine != see.ns.get(example), _(
            "Your `{name}` is the same as `{example}`. This plan is for your own project: change the goal, the "
            "people and the activities.", name=see.name("my_plan"), example=see.name(example)))
    _plan_problems(see, "my_plan")
