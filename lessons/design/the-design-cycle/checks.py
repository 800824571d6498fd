"""The checks for *Make, test, improve* (design-the-design-cycle).

The notebook is the student's design log. The checks look at the form of what was written, never at
whether the idea is good: is it there, is it more than a word or two, is it not just an opinion
("it was good"), is it not the example copied, and does the reason for a change point back at what the
tester did. Every sentence goes through `_` (or `_n` for a count)."""

import difflib as _difflib
import re as _re

from artech.checks import exercise, _, _n

# The made-up example log in the lesson (both editions) and the examples in the hints:
# a student who copies one of them has not written their own log yet.
_EXAMPLES = [
    "a sign above the bins in our classroom",
    "first-year pupils who are new at our school",
    "throw paper, plastic and other rubbish in the right bin",
    "Here is an empty juice carton. Please throw it away.",
    "Tim looked at the sign for a long time before he chose a bin.",
    "He put the carton in the paper bin.",
    "I put a picture of a carton next to the word plastic.",
    "Tim put the carton in the paper bin, because the sign only had words.",
    "She walked past the sign and only stopped at the door.",
    "I made the arrow much bigger and red",
    "she walked past the sign, so the arrow was too small to see",
    "een bordje boven de afvalbakken in onze klas",
    "brugklassers die nieuw zijn op onze school",
    "papier, plastic en restafval in de goede bak gooien",
    "Hier is een leeg pakje sap. Gooi het maar weg.",
    "Tim keek lang naar het bordje voordat hij een bak koos.",
    "Hij gooide het pakje in de papierbak.",
    "Ik heb een plaatje van een pakje naast het woord plastic gezet.",
    "Tim gooide het pakje in de papierbak, omdat er op het bordje alleen woorden stonden.",
    "Ze liep langs het bordje en stopte pas bij de deur.",
    "Ik heb de pijl veel groter en rood gemaakt",
    "ze liep langs het bordje, dus de pijl was te klein om te zien",
]

# Words that give an opinion, not a thing someone did ("it was good", "mooi").
_OPINION = set("""
good nice fine great cool ok okay bad clear unclear easy hard difficult liked like likes love loved lovely
beautiful pretty ugly boring fun funny perfect better best worse awesome amazing super excellent worked works
goed mooi leuk prima top slecht duidelijk onduidelijk makkelijk moeilijk handig fijn saai lelijk geweldig super
perfect beter best slechter gaaf vet tof werkte werkt prachtig leuke leuks mooie moois gave gaafs toffe tofs goede
coole mooier leuker duidelijker makkelijker fijner nicer prettier clearer easier cooler nicest
""".split())
# Little words that say nothing on their own.
_FILLER = set("""
it it's its was is were are be been really very quite so too a an the and but also just all of it thing sign poster
they he she i we you my our his her their that this
het was is waren zijn erg heel echt best wel zo te een de en maar ook gewoon alles van ding bordje poster
hij zij ze ik we wij je jij mijn ons onze zijn haar hun dat dit die
something things iets dingen made make makes changed have has had because not don't didn't want
gemaakt maken maakt veranderd heb heeft had omdat want niet
""".split())
# Words that report what someone said or thought, not what they did.
_SAID = _re.compile(
    r"\b(said|says|say|told|tells|thought|thinks|think|opinion|"
    r"zei|zeggen|zegt|zeiden|dacht|dachten|denkt|mening)\b", _re.I)
# "found it nice" / "vond het mooi" is an opinion, but "found it at once" / "vond het meteen" is something they did.
_FOUND = _re.compile(r"\b(found|find|finds|vond|vonden|vindt|vinden)\b", _re.I)


def _said(text):
    """True when `text` reports what the tester said or thought, not what they did."""
    return bool(_SAID.search(text)) or (bool(_FOUND.search(text)) and any(w in _OPINION for w in _words(text)))


def _words(text):
    return _re.findall(r"[\w'-]+", text.lower())


def _plain(text):
    return " ".join(_words(text))


def _copied(text):
    """True when `text` is (nearly) one of the lesson's own example sentences."""
    plain = _plain(text)
    return any(_difflib.SequenceMatcher(None, plain, _plain(e)).ratio() > 0.85 for e in _EXAMPLES)


def _vague(text):
    """True when, without the little words, only opinion words are left ("it was really good")."""
    left = [w for w in _words(text) if w not in _FILLER]
    return all(w in _OPINION for w in left)


def _entry(see, name, least=4):
    """The student's log entry `name`: text, more than a few words, not an example from the lesson."""
    text = see.value(name, str, why=_("A log entry is text between quotes, like \"...\"."))
    words = _words(text)
    see.that(words, _("Your `{name}` is still empty: write something between the quotes.", name=see.name(name)))
    see.that(not _copied(text), _(
        "Your `{name}` is the example from the lesson: \"{answer}\". "
        "Your log is about your own design and your own test. Write what happened with yours.",
        name=see.name(name), answer=text.strip()))
    see.that(len(words) >= least, _n(
        "Your `{name}` has {n} word: \"{answer}\". "
        "Someone who reads your log later should understand it, so write at least {least} words.",
        "Your `{name}` has {n} words: \"{answer}\". "
        "Someone who reads your log later should understand it, so write at least {least} words.",
        len(words), n=len(words), name=see.name(name), answer=text.strip(), least=least))
    return text.strip()


# --- exercise 1: explore --------------------------------------------------------------
@exercise("design-brief", hints=[
    _("Fill in three lines, each as text between quotes: what you will make, for whom, "
      "and what those people should be able to do with it."),
    _("Be exact. Not \"a sign\", but \"a sign at the door of the bike shed\". "
      "Not \"everyone\", but \"pupils who come to school by bike\"."),
    _("For example: `thing = \"a sign at the door of the bike shed\"`, "
      "`for_whom = \"pupils who come to school by bike\"`, "
      "`they_should = \"find a free place for their bike quickly\"`."),
], praise=_("Now you know what you make, and for whom. Every design starts here."))
def design_brief(see):
    thing = _entry(see, "thing", least=3)
    for_whom = _entry(see, "for_whom", least=1)
    they_should = _entry(see, "they_should", least=3)
    see.that(_plain(for_whom) not in {"everyone", "everybody", "people", "all people", "iedereen", "mensen",
                                      "alle mensen", "me", "myself", "ik", "mezelf"}, _(
        "Your `{name}` says \"{answer}\". A design works best for people you can picture. "
        "Who will really use it? Name a group, like \"pupils who come by bike\".",
        name=see.name("for_whom"), answer=for_whom))
    _entry(see, "for_whom", least=2)
    see.that(_plain(they_should) != _plain(thing), _(
        "Your `{should}` is the same as your `{thing}`. `{should}` says what people do with it, "
        "for example \"find a free place quickly\".", should=see.name("they_should"), thing=see.name("thing")))


# --- exercise 2: test ---------------------------------------------------------------
@exercise("what-they-did", hints=[
    _("Watch your tester, and write down what they do with their hands, feet and eyes: "
      "where they look, where they point or walk, what they pick, where they stop."),
    _("An observation is something a camera could film. \"It was clear\" is an opinion; "
      "\"she pointed at the left bin at once\" is an observation."),
    _("For example: `they_did_1 = \"She walked past the sign and only stopped at the door.\"` "
      "Write two things your own tester did."),
], praise=_("Those are observations: what your tester really did. That is worth more than what anyone says."))
def what_they_did(see):
    _entry(see, "task", least=3)
    seen = []
    for name in ("they_did_1", "they_did_2"):
        text = _entry(see, name)
        see.that(not _said(text), _(
            "Your `{name}` says \"{answer}\". That is what your tester said or thought. "
            "Write what they did: where they looked, pointed, walked or stopped.",
            name=see.name(name), answer=text))
        see.that(not _vague(text), _(
            "Your `{name}` says \"{answer}\". That is an opinion: it does not say what your tester did. "
            "Write something a camera could film, like where they looked or what they picked.",
            name=see.name(name), answer=text))
        seen.append(text)
    see.that(_plain(seen[0]) != _plain(seen[1]), _(
        "Your `{first}` and `{second}` are the same. Write two different things your tester did.",
        first=see.name("they_did_1"), second=see.name("they_did_2")))


# --- exercise 3: improve ---------------------------------------------------------------
_VAGUE_CHANGE = {"better", "make it better", "made it better", "it better", "nicer", "prettier", "improved it",
                 "beter", "het beter", "beter maken", "beter gemaakt", "mooier", "mooier gemaakt", "verbeterd"}


def _content(text):
    """The words of `text` that carry meaning: 4 letters or more, and not little words."""
    return {w for w in _words(text) if len(w) >= 4 and w not in _FILLER}


@exercise("one-change", hints=[
    _("Choose one thing your tester did that went wrong, and change one thing on your paper prototype "
      "that helps there. Then write down the change, and why."),
    _("In `reason`, point back at your test: what did your tester do that made you change this? "
      "Use words from your observation."),
    _("For example: `change = \"I made the arrow much bigger and red\"` and "
      "`reason = \"she walked past the sign, so the arrow was too small to see\"`."),
], praise=_("One change, and a reason you saw with your own eyes. That is how a design gets better."))
def one_change(see):
    change = _entry(see, "change")
    reason = _entry(see, "reason")
    see.that(_plain(change) not in _VAGUE_CHANGE and not _vague(change), _(
        "Your `{name}` says \"{answer}\". That does not say what you did or why. "
        "Write what you changed on the paper, exactly: a word, a picture, a colour, a size, a place.",
        name=see.name("change"), answer=change))
    see.that(_plain(reason) not in _VAGUE_CHANGE and not _vague(reason), _(
        "Your `{name}` says \"{answer}\". That is your taste, not something you saw in the test. "
        "Write what your tester did that made you change this.",
        name=see.name("reason"), answer=reason))
    see.that(_plain(change) != _plain(reason), _(
        "Your `{change}` and your `{reason}` are the same. `{change}` is what you did; "
        "`{reason}` is what you saw in the test that made you do it.",
        change=see.name("change"), reason=see.name("reason")))
    saw = set()
    for name in ("they_did_1", "they_did_2"):
        text = see.ns.get(name)
        if isinstance(text, str):
            saw |= _content(text)
    see.that(not saw or _content(reason) & saw, _(
        "Your `{reason}` does not mention what your tester did in the test. "
        "Which of your observations made you change this? Use words from `{first}` or `{second}`.",
        reason=see.name("reason"), first=see.name("they_did_1"), second=see.name("they_did_2")))


# --- make it yours --------------------------------------------------------------------------
@exercise("my-next-design", hints=[
    _("Think of something at school or in your street that could be better for someone: a sign, a poster, "
      "a map, a toy for younger children. Write what you would make, and for whom."),
    _("Add how you would test it: with whom, and what would you ask them to do?"),
], praise=_("That is a plan of your own. Keep it: you can use it in a project."))
def my_next_design(see):
    see.made("next_design", kind=str)
    text = _entry(see, "next_design", least=8)
    see.that(not _vague(text), _(
        "Your `{name}` says \"{answer}\". Write what you would make, for whom, and how you would test it.",
        name=see.name("next_design"), answer=text))
