"""The checks for *Designing with someone else* (design-designing-with-users).

They run in the kit, never in the student's notebook: `check("id")` loads this file fresh, and
`artech check` runs it after the student's code. They look at the shape of what the student wrote
(is it a question, does it start with a yes/no word, does the permission say what is noted and that
the other person may stop, does the goal follow the pattern), never at one exact wording. Only the
sorting exercises have right answers: the given cards are clearly open or closed, heard or guessed.
Every sentence a student reads goes through `_`; the students' names are read by their English name.
"""

import re

from artech.checks import exercise, _, _n

# The given cards of the lesson (the same letters in every edition).
OPEN, CLOSED = {"A", "D", "F"}, {"B", "C", "E"}
CHOICE = "E"        # "Do you eat in the canteen or outside?": a choice between two answers is closed too
INVITATION = "D"    # "Tell me about the last break you had.": no question mark, but an open invitation
HEARD, GUESSED = {"A", "C", "E"}, {"B", "D", "F"}
IDEA = "F"          # "Noor should just bring headphones.": an idea for a solution, not something she said

# A question that starts with one of these words can be answered with yes or no (English and Dutch:
# a Dutch yes/no question starts with its verb, "Vind je ...", "Heb je ...").
CLOSED_STARTS = {
    "do", "does", "did", "don't", "doesn't", "didn't", "is", "isn't", "are", "aren't", "am", "was", "were",
    "can", "can't", "could", "will", "won't", "would", "should", "shall", "have", "has", "had", "may", "might",
    "must", "vind", "vindt", "heb", "hebt", "heeft", "ben", "bent", "kun", "kunt", "kan", "wil", "wilt", "doe",
    "doet", "ga", "gaat", "mag", "zou", "zal", "moet", "waren", "hou", "houd", "eet", "speel", "zit", "woon",
    "ken", "weet", "sta",
}
# Words that open a question or an invitation the other person answers in their own words.
OPEN_WORDS = {
    "what", "what's", "who", "where", "why", "when", "how", "which", "whose", "tell", "describe", "explain",
    "wat", "wie", "waar", "waarom", "wanneer", "hoe", "welke", "welk", "hoeveel", "waarmee", "waarover",
    "waardoor", "waarheen", "vertel", "beschrijf", "leg",
}
INVITATIONS = {"tell", "describe", "explain", "vertel", "beschrijf", "leg"}
# Questions that ask for personal data: an interview for a design never needs them.
PERSONAL = (
    "your name", "what's your name", "where do you live", "your address", "address", "phone number", "e-mail", "email",
    "password", "birthday", "date of birth", "je naam", "jouw naam", "hoe heet je", "waar woon je", "adres",
    "telefoonnummer", "mailadres", "wachtwoord", "verjaardag", "geboren",
)
NOTE_WORDS = ("note", "write", "wrote", "jot", "noteer", "noteren", "notitie", "opschrijf", "opschrijv",
              "schrijf", "schrijv", "aantekening")
STOP_WORDS = ("stop", "quit", "skip", "pass", "don't have to", "do not have to", "ophoud", "ophou", "overslaan",
              "sla ", "hoeft niet", "hoef je niet", "niet hoeft", "niet te antwoorden")
GUESS_WORDS = ("i think", "probably", "maybe", "perhaps", "ik denk", "waarschijnlijk", "misschien", "vast wel",
               "denk ik")
SOLUTION_WORDS = ("app", "website", "robot", "machine", "gadget", "headphones", "koptelefoon", "oordopjes",
                  "earplugs")
GOAL = (re.compile(r"^(?P<who>.+?)\s+needs\s+a\s+way\s+to\s+(?P<what>.+?),?\s+because\s+(?P<why>.+)$", re.I | re.S),
        re.compile(r"^(?P<who>.+?)\s+heeft\s+een\s+manier\s+nodig\s+om\s+(?P<what>.+?),?\s+omdat\s+(?P<why>.+)$",
                   re.I | re.S))
_COMMON = {"noor", "that", "this", "with", "have", "what", "when", "they", "them", "your", "from", "would",
           "because", "needs", "there", "then", "just", "some", "said", "eens", "niet", "heeft", "manier", "nodig",
           "omdat", "zijn", "haar", "want", "voor", "door", "maar", "even", "waar", "veel", "naar", "echt", "zegt",
           "zei", "dat", "very", "really", "she's", "isn't", "can't", "kan", "niet"}


def _words(text):
    return re.findall(r"[\w']+", str(text).lower())


def _first_word(text):
    words = _words(text)
    return words[0] if words else ""


def _letters(see, name):
    """The student's list of card letters, as upper-case letters; a kind message for anything else."""
    value = see.value(name, (list, tuple, set),
                      why=_("A list of letters goes between square brackets, each letter in quotes, like "
                            "[\"A\", \"B\"]."))
    letters = []
    for item in value:
        see.that(isinstance(item, str), _(
            "In `{name}` there is {item}, without quotes. A card letter is text, so it goes in quotes, like \"A\".",
            name=see.name(name), item=repr(item)))
        letters.append(item.strip().upper())
    return letters


def _card(see, cards_name, letter):
    """'B, "Do you like the break?"': a card as the student sees it (from the notebook's own cards)."""
    cards = see.ns.get(cards_name)
    text = cards.get(letter) if isinstance(cards, dict) else None
    return _("{letter}, \"{said}\"", letter=letter, said=text) if text else letter


def _unknown(see, name, letters, known):
    wrong = [x for x in letters if x not in known]
    see.that(not wrong, _("In `{name}` there is \"{letter}\", but the cards are called {known}.",
                          name=see.name(name), letter=wrong[0] if wrong else "", known=", ".join(sorted(known))))


@exercise("sort-questions", hints=[
    _("Read each card aloud and imagine the answer. Can the other person answer with just yes, no or one word? "
      "Then it is closed."),
    _("A question that offers a choice (\"this or that?\") is closed too: the answer is one of the two."),
    _("Open questions start with a word like What, Why or How, or ask someone to tell you something. "
      "Three cards are open and three are closed."),
], praise=_("Open questions give the other person room to tell their own story."))
def sort_questions(see):
    opened, closed = _letters(see, "open_questions"), _letters(see, "closed_questions")
    _unknown(see, "open_questions", opened, OPEN | CLOSED)
    _unknown(see, "closed_questions", closed, OPEN | CLOSED)
    both = sorted(set(opened) & set(closed))
    see.that(not both, _("Card {card} is in both lists. Each question is open or closed: choose one list for it.",
                         card=_card(see, "questions", both[0]) if both else ""))
    missing = sorted((OPEN | CLOSED) - set(opened) - set(closed))
    see.that(not missing, _n("You sorted {done} of the 6 cards. Card {missing} is not in a list yet.",
                             "You sorted {done} of the 6 cards. Cards {missing} are not in a list yet.",
                             len(missing), done=6 - len(missing), missing=", ".join(missing)))
    for letter in sorted(set(opened) & CLOSED):
        card = _card(see, "questions", letter)
        if letter == CHOICE:
            see.that(False, _("You put {card} with the open questions. It looks like it leaves room, but the "
                              "answer is one of two words: \"canteen\" or \"outside\". A choice question is closed. "
                              "Move it to `{closed}`.", card=card, closed=see.name("closed_questions")))
        see.that(False, _("You put {card} with the open questions. Imagine the answer: can it be just \"yes\" or "
                          "\"no\"? Then the question is closed, and you hear nothing more. Move it to `{closed}`.",
                          card=card, closed=see.name("closed_questions")))
    for letter in sorted(set(closed) & OPEN):
        card = _card(see, "questions", letter)
        if letter == INVITATION:
            see.that(False, _("You put {card} with the closed questions. It has no question mark, but it asks "
                              "the other person to tell a story in their own words. That makes it open. "
                              "Move it to `{open}`.", card=card, open=see.name("open_questions")))
        see.that(False, _("You put {card} with the closed questions. Try to answer it with just \"yes\" or "
                          "\"no\": it does not work, you have to tell something. So it is open. "
                          "Move it to `{open}`.", card=card, open=see.name("open_questions")))


def _question_problem(see, text, name, examples):
    """Why the text in ``name`` is not yet an open question of the student's own, or ''."""
    words = _words(text)
    low = " ".join(words)
    stripped = text.strip()
    if not stripped:
        return _("Your `{name}` is empty. Write a question between the quotes.", name=name)
    if stripped in examples:
        return _("Your `{name}` is a card from the lesson. Write a question of your own, about your topic.",
                 name=name)
    if len(words) < 3:
        return _n("Your `{name}` is \"{said}\": only {count} word. A question needs a few more words, so the "
                  "other person knows what you ask.",
                  "Your `{name}` is \"{said}\": only {count} words. A question needs a few more words, so the "
                  "other person knows what you ask.", len(words), name=name, said=stripped, count=len(words))
    for phrase in PERSONAL:
        if phrase in low or phrase in stripped.lower():
            return _("Your `{name}` asks for \"{phrase}\". That is personal data: you don't need it to design, "
                     "and you should not write it down. Ask about what the person does, thinks or finds hard.",
                     name=name, phrase=phrase)
    first = words[0]
    if first in CLOSED_STARTS:
        return _("Your `{name}` starts with \"{first}\", so the answer can be just yes or no. Start with What, "
                 "How or Why instead, or with \"Tell me about...\".", name=name, first=stripped.split()[0])
    if not (stripped.endswith("?") or first in INVITATIONS):
        return _("Your `{name}` is \"{said}\". That is not a question yet: end it with a question mark, or start "
                 "with \"Tell me about...\".", name=name, said=stripped)
    if not any(w in OPEN_WORDS for w in words):
        return _("Your `{name}` is \"{said}\". I can't find a question word in it. Open questions often start "
                 "with What, How, Why, When or Where.", name=name, said=stripped)
    return ""


@exercise("my-open-questions", hints=[
    _("Start each question with What, How, Why, When or Where, or with \"Tell me about...\"."),
    _("Ask about what your partner does, likes or finds hard, not about their name or where they live."),
    _("For example: \"What do you do first when you get home?\". Now write three questions like that about your "
      "topic, each in quotes."),
], praise=_("Three open questions: your partner can answer each one in their own words."))
def my_open_questions(see):
    examples = set((see.ns.get("questions") or {}).values()) if isinstance(see.ns.get("questions"), dict) else set()
    texts = []
    for name in ("question_1", "question_2", "question_3"):
        text = see.value(name, str, why=_("A question is text, so it goes in quotes."))
        problem = _question_problem(see, text, see.name(name), examples)
        see.that(not problem, problem)
        texts.append(text.strip().lower())
    see.that(len(set(texts)) == 3, _("Two of your questions are the same. Ask three different things: "
                                     "each question can find out something new."))


@exercise("ask-permission", hints=[
    _("Tell your partner what you will write down, for example \"what you say about the break\"."),
    _("Say also what you will not write down (your name), and that they may stop or skip a question."),
    _("End with a real question, like \"Is that okay?\". Permission is asked, not told."),
], praise=_("Now your partner knows what happens with their words, and that they are in charge."))
def ask_permission(see):
    text = see.value("permission", str, why=_("What you say is text, so it goes in quotes."))
    name = see.name("permission")
    low = " " + text.lower() + " "
    see.that(len(_words(text)) >= 8, _(
        "Your `{name}` is \"{said}\". That is short: your partner cannot know yet what will happen with their "
        "words. Say what you write down, and that they may stop.", name=name, said=text.strip()))
    see.that(any(w in low for w in NOTE_WORDS), _(
        "Your `{name}` does not say what you will write down. Your partner should know that before they say "
        "yes. Add it, for example \"I will write down what you say about ...\".", name=name))
    see.that(any(w in low for w in STOP_WORDS), _(
        "Your `{name}` does not say that your partner may stop. Someone who knows they can stop feels free to "
        "say no. Add it, for example \"You can stop or skip a question whenever you want.\"", name=name))
    see.that(text.strip().endswith("?"), _(
        "Your `{name}` tells your partner what will happen, but it does not ask. Permission is a question: "
        "end with one, like \"Is that okay?\".", name=name))


@exercise("heard-not-thought", hints=[
    _("For each note, look for the same words in the interview. Did Noor really say it?"),
    _("A note about what Noor is like (shy, lazy) or what she should do is what you think, not what you heard."),
    _("Three notes are what Noor said, and three are guesses or ideas."),
], praise=_("You kept what Noor said apart from what you think about her. That is listening."))
def heard_not_thought(see):
    heard = _letters(see, "heard")
    _unknown(see, "heard", heard, HEARD | GUESSED)
    for letter in sorted(set(heard) & GUESSED):
        card = _card(see, "notes", letter)
        if letter == IDEA:
            see.that(False, _("Note {card} is an idea for a solution, not something Noor said. Ideas are good, "
                              "but they come later. Take it out of `{name}`.", card=card, name=see.name("heard")))
        see.that(False, _("Note {card} is in `{name}`. Look in the interview: did Noor say that? It is a guess "
                          "about what she is like. A guess can be wrong, so keep it out of your notes.",
                          card=card, name=see.name("heard")))
    for letter in sorted(HEARD - set(heard)):
        see.that(False, _("Note {card} is not in `{name}` yet. Look in the interview: Noor really said that. "
                          "Put its letter in the list.", card=_card(see, "notes", letter), name=see.name("heard")))


def _goal_parts(see, text, name):
    """(who, what, why) of a goal in the pattern, or a kind 'not yet' that says which part is missing."""
    text = " ".join(text.split())
    for pattern in GOAL:
        found = pattern.match(text)
        if found:
            return found.group("who"), found.group("what"), found.group("why")
    low = text.lower()
    has_way = "needs a way to" in low or re.search(r"heeft\s+een\s+manier\s+nodig\s+om", low)
    has_because = " because " in f" {low} " or " omdat " in f" {low} "
    if has_way and not has_because:
        see.that(False, _("Your `{name}` has no \"because\" part yet. The reason is what you heard: it keeps the "
                          "goal true to the person. Add \"because\" and what they said.", name=name))
    see.that(False, _("Your `{name}` is \"{said}\". It does not follow the pattern yet: "
                      "\"<who> needs a way to <do what> because <what we heard>\". Keep those words and fill in "
                      "the three parts.", name=name, said=text))


def _check_goal(see, text, name, for_whom=None, heard_text=""):
    who, what, why = _goal_parts(see, text, name)
    if for_whom:
        see.that(for_whom.lower() in who.lower(), _("Your `{name}` is for \"{who}\", but this goal is for {person}. "
                                                    "Start with her name.", name=name, who=who, person=for_whom))
    used = [w for w in SOLUTION_WORDS if w in _words(what)]
    see.that(not used, _("Your `{name}` already names a thing to make: \"{word}\". A design goal says what the "
                         "person needs; what you make comes later, so there is room for many ideas.",
                         name=name, word=used[0] if used else ""))
    guessed = [w for w in GUESS_WORDS if w in " ".join(_words(why))]
    see.that(not guessed, _("The \"because\" part of your `{name}` says \"{word}\": that is a guess. Use what you "
                            "really heard.", name=name, word=guessed[0] if guessed else ""))
    see.that(len(_words(why)) >= 3, _("The \"because\" part of your `{name}` is \"{why}\". Say a little more of "
                                      "what you heard.", name=name, why=why))
    if heard_text:
        said = {w for w in _words(heard_text) if len(w) >= 4} - _COMMON
        see.that(said & set(_words(why)), _(
            "The \"because\" part of your `{name}` is \"{why}\", but I can't find those words in the interview. "
            "Use what Noor really said, for example about the canteen or her friends.", name=name, why=why))


@exercise("design-goal", hints=[
    _("Start with who the goal is for: Noor."),
    _("The middle part is what Noor needs to be able to do, not a thing to make. The end is what she said."),
    _("Fill in the pattern: \"Noor needs a way to ... because ...\". Use the notes you chose."),
], praise=_("A goal like this keeps Noor's own words in the design."))
def design_goal(see):
    text = see.value("goal", str, why=_("A goal is a sentence, so it goes in quotes."))
    interview = see.ns.get("interview")
    heard_text = " ".join(interview) if isinstance(interview, (list, tuple)) else ""
    _check_goal(see, text, see.name("goal"), for_whom="Noor", heard_text=heard_text)


@exercise("my-interview", hints=[
    _("Ask your partner your three questions. Write down what they say, in short notes, not what you think."),
    _("`my_notes` is a list of at least three notes in quotes. Write \"my partner\", not their name."),
    _("Then write `my_goal` in the pattern \"My partner needs a way to ... because ...\"."),
], praise=_("You listened, noted what you heard, and turned it into a goal: the start of designing with someone."))
def my_interview(see):
    topic = see.value("my_topic", str, why=_("A topic is text, so it goes in quotes."))
    see.that(topic.strip(), _("Your `{name}` is empty. Write what you asked about.", name=see.name("my_topic")))
    notes = see.made("my_notes", kind=(list, tuple))
    notes = [n for n in notes if n is not Ellipsis]
    see.that(all(isinstance(n, str) for n in notes), _(
        "Every note in `{name}` is text, so each goes in quotes.", name=see.name("my_notes")))
    filled = [n for n in notes if n.strip()]
    see.that(len(filled) >= 3, _n("Your `{name}` has {count} note. Write at least three things your partner said.",
                                  "Your `{name}` has {count} notes. Write at least three things your partner said.",
                                  len(filled), count=len(filled), name=see.name("my_notes")))
    example = see.ns.get("notes")
    given = set(example.values()) if isinstance(example, dict) else set()
    see.that(not any(n.strip() in given for n in filled), _(
        "A note in `{name}` is one of Noor's notes. These notes are about your own partner: write what they said.",
        name=see.name("my_notes")))
    guessed = [n for n in filled if any(w in " ".join(_words(n)) for w in GUESS_WORDS)]
    see.that(not guessed, _("Your note \"{note}\" is a guess. Keep to what your partner said.",
                            note=guessed[0].strip() if guessed else ""))
    goal = see.value("my_goal", str, why=_("A goal is a sentence, so it goes in quotes."))
    who, _what, _why = _goal_parts(see, goal, see.name("my_goal"))
    see.that("noor" not in who.lower(), _("Your `{name}` is still for Noor. Write the goal for your own partner.",
                                          name=see.name("my_goal")))
    _check_goal(see, goal, see.name("my_goal"))
