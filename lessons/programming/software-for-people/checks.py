"""The checks for *Software for people* (programming-software-for-people).

They run in the kit, never in the student's notebook. They look at what a message does for its reader
(does it name what the user typed, offer a real place for a near miss, avoid blame and capitals, stay
short), never at how the code is written. Every sentence goes through `_` so each edition speaks its
own language; the list of blaming words is one translatable sentence, so Dutch has its own words."""

import re as _re

from artech.checks import exercise, _, _n


# --- what makes a message kind -------------------------------------------------------------------

def _blame_words():
    """The words that blame the user or sound like a crash, in the edition's language."""
    words = _("invalid, error, illegal, wrong, incorrect, failed, fault, bad, stupid")
    return [w.strip().lower() for w in str(words).split(",") if w.strip()]


def _words(message):
    return _re.findall(r"[^\W\d_]+", message)


def _shouting(message):
    """Words of two or more letters written all in capitals."""
    return [w for w in _words(message) if len(w) >= 2 and w.isupper()]


def _blaming(message):
    blame = _blame_words()
    return [w for w in _words(message) if w.lower() in blame]


def _near_miss(place):
    """A typo a user really makes: a double letter typed once, or a letter left out in the middle."""
    for i in range(1, len(place)):
        if place[i] == place[i - 1] and place[i].isalpha():
            return place[:i] + place[i + 1:]
    middle = len(place) // 2
    return place[:middle] + place[middle + 1:]


def _places(see):
    places = see.value("PLACES", dict)
    see.that(len(places) >= 2, _(
        "`{places}` has {n} places. The place finder needs its list of places: "
        "run the cell with `{places}` again as it was.", places=see.name("PLACES"), n=len(places)))
    return places


def _kind(see, message, typed, function):
    """The message has no capitals and no blame: shared by exercises 1 and 3."""
    loud = _shouting(message)
    see.that(not loud, _(
        "For `{typed}`, `{function}` says: \"{message}\" The word `{word}` is in capitals, and capitals read as shouting. "
        "Write the message as you would say it to someone next to you, in normal letters.",
        typed=typed, function=function, message=message, word=loud[0] if loud else ""))
    blame = _blaming(message)
    see.that(not blame, _(
        "For `{typed}`, `{function}` says: \"{message}\" The word `{word}` makes it sound as if the user did something wrong, "
        "or as if the program broke. Say what happened and what to try instead.",
        typed=typed, function=function, message=message, word=blame[0] if blame else ""))


# --- the exercises ---------------------------------------------------------------------------------

@exercise("kind-message", hints=[
    _("Read your message as the user who typed a place that is not in the list. "
      "Do they know what went wrong, and what to type next?"),
    _("Put the name the user typed in the message, and use `difflib.get_close_matches(name, PLACES, n=1)`: "
      "it gives a list with the closest place, or an empty list."),
    _("For example: when `close` is not empty, return `f\"I don't know '{name}'. Did you mean '{close[0]}'?\"`; "
      "otherwise list the places with `\", \".join(PLACES)`."),
], praise=_("A message that names what was typed, offers a way out, and blames nobody. "
            "That is what a user needs when they are stuck."))
def kind_message(see):
    fn = see.function("unknown_place_message")
    name = see.name("unknown_place_message")
    places = list(_places(see))
    tries = [(_near_miss(places[0]), places[0]), ("pizza", None), (_near_miss(places[-1]), places[-1])]
    for typed, meant in tries:
        message = fn(typed)
        see.that(isinstance(message, str), _(
            "`{function}(\"{typed}\")` gives `{got}`, not a text. "
            "Make the function `return` the message (a `print` only shows it, the program cannot use it).",
            function=name, typed=typed, got=repr(message)))
        see.that(typed.lower() in message.lower(), _(
            "For `{typed}`, your message is: \"{message}\" It does not say what the user typed, "
            "so they cannot see a typing mistake. Put the name in the message.",
            typed=typed, message=message))
        _kind(see, message, typed, name)
        if meant is not None:
            see.that(meant.lower() in message.lower(), _(
                "For `{typed}`, your message is: \"{message}\" The user almost typed `{meant}`, "
                "but the message does not offer it. `difflib.get_close_matches` finds the closest place.",
                typed=typed, message=message, meant=meant))
        count = len(message.split())
        see.that(count <= 40, _(
            "For `{typed}`, your message has {n} words. A stuck user reads a few words, not a paragraph. "
            "Keep it to 40 words at most: what happened, and what to try.",
            typed=typed, n=count), expected=40, saw=count)


_EMAIL = _re.compile(r"\S+@\S+\.\w+")
_PHONE = _re.compile(r"\+?\d[\d \-]{7,}\d")


def _example_sayings():
    """What the made-up user says in the lesson's example observation (shown in the prose)."""
    return [str(s).strip().lower() for s in (
        _("Okay, the station works. Now the swimming pool."),
        _("Error? Is it broken? I typed pool."),
        _("Oh, it wants the whole name. That works."),
    )]


@exercise("observe", hints=[
    _("Note what the user typed and what they said out loud, in their words, not your opinion of it. "
      "Mark with `True` each moment where they did not know what to do next."),
    _("Each entry is a tuple of three: what they typed (a text), what they said (a text), and `True` or `False` "
      "for stuck. Make at least 3, and write \"the user\", never their name."),
    _("For example: `log = [(\"museum\", \"Nice, it shows the hours.\", False), "
      "(\"Market\", \"Error? But the market is there!\", True), (\"market\", \"Oh, small letters.\", False)]`, "
      "but with what your own user did."),
], praise=_("A real observation: what the user did and said, with the moments they got stuck. "
            "That is the evidence for your next change."))
def observe(see):
    log = see.value("log", list, why=_("A log is a list of entries, one for each thing the user did. "))
    name = see.name("log")
    see.that(len(log) >= 3, _n(
        "Your `{log}` has {n} entry. Three or more show what happened before and after a stuck moment. "
        "Watch your user a little longer and add what they did next.",
        "Your `{log}` has {n} entries. Three or more show what happened before and after a stuck moment. "
        "Watch your user a little longer and add what they did next.",
        len(log), log=name, n=len(log)), expected=3, saw=len(log))
    for number, entry in enumerate(log):
        see.that(isinstance(entry, tuple) and len(entry) == 3
                 and isinstance(entry[0], str) and isinstance(entry[1], str) and entry[2] in (True, False), _(
            "Entry {number} of your `{log}` is `{entry}`. Each entry is a tuple of three, in brackets: "
            "what the user typed (a text), what they said (a text), and `True` or `False` for stuck.",
            number=number, log=name, entry=repr(entry)))
        see.that(entry[1].strip(), _(
            "In entry {number} the user says nothing. Thinking aloud is the point: "
            "write down what they said, even if it was only \"hmm\".", number=number))
    stuck = [entry for entry in log if entry[2] is True]
    see.that(stuck, _(
        "None of the entries in your `{log}` is marked stuck (`True`). Where did the user hesitate, "
        "frown, ask you something or try again? Those are the moments that teach you most.", log=name))
    everything = " ".join(entry[0] + " " + entry[1] for entry in log)
    found = _EMAIL.search(everything) or _PHONE.search(everything)
    see.that(not found, _(
        "Your `{log}` holds `{found}`, which looks like an e-mail address or phone number. "
        "An observation needs what people did, not who they are. Leave it out.",
        log=name, found=found.group(0) if found else ""))
    example = _example_sayings()
    copied = [entry[1] for entry in log if entry[1].strip().lower() in example]
    see.that(not copied, _(
        "Your `{log}` has \"{said}\" in it: that is the made-up example from the lesson. "
        "Write down what your own user said.", log=name, said=copied[0] if copied else ""))


def _old_find_place(places):
    def find_place(name):
        if name in places:
            return places[name]
        return "ERROR: INVALID INPUT"
    return find_place


@exercise("improve", hints=[
    _("Read the stuck entry again: what did the user type, and what did they expect to happen?"),
    _("Some fixes: accept capitals and spaces with `name.strip().lower()`, or answer an unknown place with "
      "your `unknown_place_message(name)` from exercise 1."),
    _("A version that does both: `key = name.strip().lower()`, then `if key in PLACES: return PLACES[key]`, "
      "else `return unknown_place_message(name)`. Set `fix_for` to the number of the stuck entry."),
], praise=_("Your change answers what the user showed you, and every place still works. "
            "Next: watch someone use the new version."))
def improve(see):
    log = see.value("log", list)
    number = see.value("fix_for", int, why=_("It is the number of an entry in your log, counting from 0. "))
    name = see.name("fix_for")
    see.that(0 <= number < len(log), _(
        "`{fix_for}` is {number}, but your log has entries 0 to {last}. "
        "Count from 0: the first entry is number 0.", fix_for=name, number=number, last=len(log) - 1),
        expected=len(log) - 1, saw=number)
    entry = log[number]
    see.that(isinstance(entry, tuple) and len(entry) == 3 and entry[2] is True, _(
        "Entry {number} of your log is not a stuck moment (it does not end in `True`). "
        "Pick the entry where the user got stuck: that is what your change should fix.", number=number))
    typed = entry[0]
    see.that(isinstance(typed, str) and typed, _(
        "In entry {number} the user typed nothing, so there is no search to try again. "
        "Pick a stuck entry where they typed something.", number=number))
    places = _places(see)
    fn = see.function("better_find_place")
    fname = see.name("better_find_place")
    before = _old_find_place(places)(typed)
    after = fn(typed)
    see.that(isinstance(after, str), _(
        "`{function}(\"{typed}\")` gives `{got}`, not a text. Make it `return` what the user reads.",
        function=fname, typed=typed, got=repr(after)))
    see.that(after != before, _(
        "For `{typed}`, the user still reads: \"{message}\", just as before. "
        "Your change should make a difference for the moment they got stuck.",
        typed=typed, message=after))
    if typed not in places:
        _kind(see, after, typed, fname)
    for place, answer in places.items():
        got = fn(place)
        see.that(got == answer, _(
            "`{place}` is in the list, but `{function}(\"{place}\")` gives: \"{got}\" "
            "The user should get what the guide says about it. Fix the stuck moment without breaking what worked.",
            function=fname, place=place, got=got))


@exercise("my-instructions", hints=[
    _("Think of someone who opens your program for the first time. What do they need to know "
      "in the first ten seconds: what it does, and what to type?"),
    _("Write it as a text in `my_instructions`: two or three short sentences, in the words of your user, "
      "with one example of what to type."),
], praise=_("Instructions of your own. Try them out: give your program to someone, say nothing, and watch."))
def my_instructions(see):
    example = see.value("PLACE_FINDER_HELP", str)
    text_made = see.made("my_instructions", example, kind=str)
    name = see.name("my_instructions")
    see.that(text_made.strip(), _(
        "`{name}` has only spaces in it. Write what a new user needs to know.", name=name))
    loud = _shouting(text_made)
    see.that(not loud, _(
        "In your `{name}`, the word `{word}` is in capitals, and capitals read as shouting. "
        "A new user is not in trouble yet: write to them calmly, in normal letters.",
        name=name, word=loud[0] if loud else ""))
    blame = _blaming(text_made)
    see.that(not blame, _(
        "Your `{name}` has the word `{word}` in it. On a first screen it sounds as if something went wrong already. "
        "Say what the program does and what to type first.", name=name, word=blame[0] if blame else ""))
    count = len(text_made.split())
    see.that(count <= 80, _(
        "Your `{name}` has {n} words. A first screen is read in seconds: "
        "keep it to 80 words at most, and move the rest to a help page.",
        name=name, n=count), expected=80, saw=count)
