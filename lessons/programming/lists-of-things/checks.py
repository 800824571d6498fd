"""The checks for *Lists of things* (programming-lists-of-things).

They run in the kit, never in the student's notebook: `check("id")` loads this file fresh,
and `artech check` runs it after the student's code. Every sentence goes through `_`
(or `_n` for a count), so each edition speaks its own language (`checks.nl.po`).
The checks look at what was made: the lists, and what the functions give back when the check
calls them with lists and messages of its own. When a list was not made or did not change, they
also read the error the notebook showed last, if it stopped on a line with that list's name, to say
what that line did (a line like `wishes.append = "x"` or `wishes + "x"` stops with an error).
The verdict never depends on that error: only on the values."""

import contextlib as _contextlib
import io as _io
import linecache as _linecache
import random as _random
import sys as _sys

from artech.checks import exercise, _, _n


# --- helpers -------------------------------------------------------------------------------
def _cell_line(error):
    """The line of the student's cell where ``error`` stopped, as written ('' when not known)."""
    if isinstance(error, SyntaxError):
        return (error.text or "").strip()
    tb = getattr(error, "__traceback__", None)
    line = ""
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if "ipykernel_" in filename or filename.startswith("<ipython-input"):
            line = _linecache.getline(filename, tb.tb_lineno).strip()
            break  # the top-level line of the cell: the one the student ran
        tb = tb.tb_next
    return line


def _last_stop(*names):
    """(error, line) of the error the notebook showed last, when its line uses one of ``names``."""
    error = getattr(_sys, "last_value", None)
    if error is None:
        return None, ""
    line = _cell_line(error)
    if line and any(n in line for n in names):
        return error, line
    return None, ""


def _why_it_stopped(see, english, error, line):
    """A sentence for the usual slips with the list ``english`` (its English name), or '' for another error."""
    text, list_name = str(error), see.name(english)
    if isinstance(error, SyntaxError):
        return _("Python could not read the line `{line}`. Look at the quotes: one at the start and one at "
                 "the end of each text. Put a comma between two texts, and close every bracket.", line=line)
    if isinstance(error, NameError):
        word = getattr(error, "name", "") or ""
        if word == "append":
            return _("Python stopped at `{line}`: `append` belongs to a list. "
                     "Write the name of the list and a dot in front of it: `{name}.append(\"...\")`.",
                     line=line, name=list_name)
        return _("Python stopped at `{line}`: it does not know the name `{word}`. "
                 "A place or a wish is text, so it needs quotes: `\"{word}\"`.", line=line, word=word)
    if isinstance(error, AttributeError):
        word = getattr(error, "name", "") or ""
        if word == "append" or "read-only" in text:
            return _("Python stopped at `{line}`. `append` is not a box you fill with `=`: it is a function. "
                     "Call it with round brackets, and put the new thing inside: `{name}.append(\"...\")`.",
                     line=line, name=list_name)
        return _("Python stopped at `{line}`: a list has no `{word}`. "
                 "To add something at the end, a list has `append`: `{name}.append(\"...\")`.",
                 line=line, word=word, name=list_name)
    if isinstance(error, TypeError) and "concatenate" in text:
        return _("Python stopped at `{line}`. `+` can only stick a list to another list, and your new thing is "
                 "text. To add one thing, use `{name}.append(\"...\")`.", line=line, name=list_name)
    if isinstance(error, TypeError) and "subscriptable" in text and "append" in line:
        return _("Python stopped at `{line}`. `append` is a function, so it needs round brackets `( )`, "
                 "not square ones: `{name}.append(\"...\")`.", line=line, name=list_name)
    if isinstance(error, TypeError) and "not callable" in text:
        return _("Python stopped at `{line}`. Round brackets call a function, and a list is not a function. "
                 "To take one thing out of a list, use square brackets: `{name}[0]`.", line=line, name=list_name)
    if isinstance(error, TypeError) and "argument" in text and "append" in line:
        return _("Python stopped at `{line}`. `append` adds one thing at a time. "
                 "Write one `append` line for each new thing.", line=line)
    if isinstance(error, IndexError):
        things = see.ns.get(english)
        if isinstance(things, list) and things:
            return _n("Python stopped at `{line}` with an `IndexError`: your list has {n} thing, with the number 0. "
                      "Python counts from 0, so the first thing is number 0.",
                      "Python stopped at `{line}` with an `IndexError`: your list has {n} things, with the numbers "
                      "0 to {last}. Python counts from 0, so the first thing is number 0.",
                      len(things), line=line, n=len(things), last=len(things) - 1)
        return _("Python stopped at `{line}` with an `IndexError`: there is no thing with that number in the list. "
                 "Python counts from 0, so the first thing is number 0.", line=line)
    return ""


def _listen(fn, *args):
    """Call the student's function; give back what it returned and what it printed."""
    out = _io.StringIO()
    with _contextlib.redirect_stdout(out):
        result = fn(*args)
    return result, out.getvalue()


class _Unknown:
    """What `_listen_for_names` gives back when the student's function used a name Python does not know."""

    def __init__(self, name):
        self.name = name


def _listen_for_names(fn, *args):
    """Like `_listen`, but a NameError comes back as `_Unknown`, so a check can say which name."""
    try:
        return _listen(fn, *args)
    except NameError as error:
        return _Unknown(getattr(error, "name", "") or ""), ""


@_contextlib.contextmanager
def _same_chance(seed):
    """Let the student's `random` start from ``seed``, and put its state back afterwards."""
    state = _random.getstate()
    _random.seed(seed)
    try:
        yield
    finally:
        _random.setstate(state)


# --- exercise 1 ----------------------------------------------------------------------------
@exercise("my-places", hints=[
    _("A list starts with `[` and ends with `]`. Each place is text, so it has quotes. Commas go between the places, outside the quotes."),
    _("The first thing in a list has number 0. You get it with square brackets after the name of the list."),
    _("Write `places = [\"bakery\", \"playground\", \"bus stop\"]` with places of your own, and on the next line "
      "`first = places[0]`."),
], praise=_("Your own neighbourhood in a list, and you found its first place at number 0."))
def my_places(see):
    name, first_name = see.name("places"), see.name("first")
    if "places" not in see.ns:
        error, line = _last_stop(name)
        why = _why_it_stopped(see, "places", error, line) if error is not None else ""
        see.that(not why, why)
    places = see.value("places")
    if isinstance(places, str):
        if "," in places:
            see.that(False, _(
                "Your `{name}` is one text: {saw}. The commas are inside the quotes, so Python sees one long text, "
                "not a list of places. Give each place its own quotes, and put square brackets around them all: "
                "`[\"bakery\", \"park\"]`.", name=name, saw=repr(places)))
        see.that(False, _(
            "Your `{name}` is one text: {saw}. A list has square brackets around it, with a comma between "
            "the places: `[\"bakery\", \"park\", \"bus stop\"]`.", name=name, saw=repr(places)))
    if isinstance(places, (set, tuple, dict)):
        see.that(False, _(
            "Your `{name}` has the wrong brackets: {saw}. Curly brackets and round brackets make other kinds of "
            "things. A list has square brackets: `[` and `]`.", name=name, saw=repr(places)))
    places = see.value("places", list)
    if len(places) == 1 and isinstance(places[0], str) and "," in places[0]:
        see.that(False, _(
            "Your list has one thing in it: {saw}. The commas are inside the quotes, so it is one long text. "
            "Close the quotes after each place, then the comma: `[\"bakery\", \"park\"]`.", saw=repr(places[0])))
    not_text = [p for p in places if not isinstance(p, str)]
    see.that(not not_text, _(
        "In your list is {saw}, which is not text. Put each place in quotes, like `\"park\"`.",
        saw=repr(not_text[0]) if not_text else ""))
    see.that(all(p.strip() for p in places), _(
        "Your list has an empty text in it: `\"\"`. Write a place between each pair of quotes."))
    see.that(len(places) >= 3, _n(
        "Your list has {n} place: {saw}. Make it at least 3 places of your neighbourhood.",
        "Your list has {n} places: {saw}. Make it at least 3 places of your neighbourhood.",
        len(places), n=len(places), saw=", ".join(places)), expected=3, saw=len(places))

    if "first" not in see.ns:
        error, line = _last_stop(first_name)
        why = _why_it_stopped(see, "places", error, line) if error is not None else ""
        see.that(not why, why)
    first = see.value("first")
    see.that(not isinstance(first, list), _(
        "Your `{first}` is the whole list. You want one place: the first. "
        "Put its number in square brackets after the name: `{name}[0]`.", first=first_name, name=name))
    if isinstance(first, str) and first.replace(" ", "").startswith(name + "["):
        see.that(False, _(
            "Your `{first}` is the text {saw}, because of the quotes. Python only reads it as code without quotes: "
            "`{first} = {name}[0]`.", first=first_name, saw=repr(first), name=name))
    if first == places[1] and places[0] != places[1]:
        see.that(False, _(
            "Your `{first}` is {saw}: that is the second place of your list. "
            "Python counts from 0, so the first place is `{name}[0]`, and `{name}[1]` is the second.",
            first=first_name, saw=repr(first), name=name), expected=places[0], saw=first)
    see.that(first == places[0], _(
        "Your `{first}` is {saw}, but the first place of your list is {right}. "
        "Take it from the list with its number: `{name}[0]`.",
        first=first_name, saw=repr(first), right=repr(places[0]), name=name), expected=places[0], saw=first)


# --- exercise 2 ----------------------------------------------------------------------------
@exercise("add-a-wish", hints=[
    _("You don't make a new list: you add to the list that is there. A list can do that itself, with `append`."),
    _("Write the name of the list, a dot, `append`, and the new wish in round brackets. The wish is text, so it has quotes."),
    _("Write `wishes.append(\"a skate park\")` on the empty line."),
], praise=_("Three wishes now. The list grew, and the old wishes are still in it."))
def add_a_wish(see):
    name = see.name("wishes")
    if "wishes" not in see.ns:
        error, line = _last_stop(name, "append")
        why = _why_it_stopped(see, "wishes", error, line) if error is not None else ""
        see.that(not why, why)
    wishes = see.value("wishes")
    see.that(wishes is not None, _(
        "Your `{name}` is `None` now: the list is gone. `append` changes the list itself, and gives back nothing. "
        "So `{name} = {name}.append(...)` puts nothing in `{name}`. Write only `{name}.append(\"...\")`.", name=name))
    see.that(not isinstance(wishes, str), _(
        "Your `{name}` is one text now: {saw}. The `=` threw the old list away and put a text in its place. "
        "Keep the list, and add to it: `{name}.append(\"...\")`.", name=name, saw=repr(wishes)))
    wishes = see.value("wishes", list)
    see.that(len(wishes) >= 2, _(
        "Your `{name}` has only {saw} now: the two old wishes are gone. `=` makes a new list. "
        "`{name}.append(...)` adds to the list that is there.", name=name, saw=repr(wishes)))
    if len(wishes) == 2:
        error, line = _last_stop(name, "append")
        why = _why_it_stopped(see, "wishes", error, line) if error is not None else ""
        see.that(not why, why)
        see.that(False, _(
            "Your `{name}` still has its 2 wishes: nothing was added. "
            "Write `{name}.append(\"a skate park\")` under the list: the name, a dot, append, "
            "and the new wish in round brackets.", name=name), expected=3, saw=len(wishes))
    last = wishes[-1]
    see.that(not isinstance(last, list), _(
        "The last thing in your `{name}` is a list itself: {saw}. Put only the text in the round brackets, "
        "without square brackets: `{name}.append(\"a skate park\")`.", name=name, saw=repr(last)))
    see.that(isinstance(last, str), _(
        "The last thing in your `{name}` is {saw}, which is not text. A wish is text: put it in quotes.",
        name=name, saw=repr(last)))
    see.that(last.strip(), _("The new wish in your `{name}` is an empty text. Write the wish between the quotes.",
                             name=name))


# --- exercise 3 ----------------------------------------------------------------------------
@exercise("count-letters", hints=[
    _("Go through the list with `for place in places:`. Inside the loop, add one number to `counts` for each place."),
    _("`len(place)` is the number of letters of one place. `counts.append(...)` adds a number to the list. "
      "Push the line inside the loop in by 4 more spaces."),
    _("Write `for place in places:` and under it, 4 spaces further in, `counts.append(len(place))`."),
], praise=_("One number for every sign. Your loop works for any list: yours, or one the check made up."))
def count_letters(see):
    name = see.name("count_letters")
    fn = see.value("count_letters")
    see.that(callable(fn), _("Your `{name}` is not a function any more. Run the cell with `def {name}(...)` again.",
                             name=name))
    counts, places = see.name("counts"), see.name("places")
    for words in ([_("park"), _("bakery"), _("bus stop")], [_("school"), _("library")]):
        expected = [len(w) for w in words]
        result, printed = see.run(_listen, fn, list(words))
        if result == expected:
            continue
        called = _("`{name}({words})`", name=name, words=repr(words))
        if result is None:
            see.that(not printed, _(
                "I called {called}. It printed something, but gave back nothing (`None`). "
                "Give the list back with `return {counts}`, at the end, under the loop.", called=called, counts=counts))
            see.that(False, _(
                "I called {called}, and it gave back nothing (`None`). "
                "Keep the last line `return {counts}`, under the loop, not inside it.", called=called, counts=counts))
        see.that(isinstance(result, list), _(
            "I called {called}, and it gave back {saw}, not a list. "
            "Add each number to the list with `{counts}.append(...)`, and give back the whole list at the end.",
            called=called, saw=repr(result), counts=counts))
        if not result:
            see.that(not (repr(words) in printed or str(words) in printed), _(
                "I called {called}. It printed the whole list, and gave back an empty list. "
                "In the loop, `{places}` is the whole list, and `place` is one place. "
                "Use the one place, and add its number with `{counts}.append(len(place))`.",
                called=called, places=places, counts=counts))
            see.that(not printed, _(
                "I called {called}. It printed the numbers, but `{counts}` stayed empty. "
                "Printing only shows a number. Add it to the list with `{counts}.append(...)`.",
                called=called, counts=counts))
            see.that(False, _(
                "I called {called}, and `{counts}` stayed empty. Go through the places with `for place in {places}:`, "
                "and in the loop add a number for each place: `{counts}.append(len(place))`.",
                called=called, counts=counts, places=places))
        if len(words) > 1 and result == [len(words)] * len(words):
            see.that(False, _(
                "I called {called} and got {saw}. Every number is {n}: the number of places in the list. "
                "`len({places})` measures the whole list. Measure one place: `len(place)`.",
                called=called, saw=repr(result), n=len(words), places=places), expected=expected, saw=result)
        if result == [len(words)]:
            see.that(False, _(
                "I called {called} and got {saw}: one number, the number of places. "
                "You need a number for each place, so you need a loop: `for place in {places}:`.",
                called=called, saw=repr(result), places=places), expected=expected, saw=result)
        if len(result) == 1 and result[0] == expected[0]:
            see.that(False, _(
                "I called {called} and got {saw}: only a number for the first place. "
                "The function stopped after one round: is `return` inside the loop? "
                "Give it the same indent as `for`, so it comes after the loop.",
                called=called, saw=repr(result)), expected=expected, saw=result)
        if len(result) == 1 and result[0] == expected[-1]:
            see.that(False, _(
                "I called {called} and got {saw}: only a number for the last place. "
                "`{counts} = [...]` makes a new list each round, so only the last one stays. "
                "Use `{counts}.append(...)` to add to the list.",
                called=called, saw=repr(result), counts=counts), expected=expected, saw=result)
        if result == words:
            see.that(False, _(
                "I called {called} and got the places themselves back. "
                "Add the number of letters, not the place: `{counts}.append(len(place))`.",
                called=called, counts=counts), expected=expected, saw=result)
        see.that(False, _(
            "I called {called} and got {saw}, but the signs need {right}: the letters of each place, spaces too. "
            "Add `len(place)` for each place, once.", called=called, saw=repr(result), right=repr(expected)),
            expected=expected, saw=result)


# --- exercise 4 ----------------------------------------------------------------------------
@exercise("chat-bot", hints=[
    _("Two paths: `if \"rain\" in message:` gives back the rain answer. Under `else:` it gives back a random answer."),
    _("`random.choice(answers)` picks one answer from the list. Give it back with `return`, not `print`."),
    _("Inside the function: `if \"rain\" in message:`, then `return \"Rain? Go to the library: it is dry there.\"`, "
      "then `else:`, then `return random.choice(answers)`. Mind the spaces."),
], praise=_("Your bot answers from its list, and it hears the word rain. Now try to fool it!"))
def chat_bot(see):
    name, answers_name = see.name("reply"), see.name("answers")
    answers = see.value("answers", list)
    see.that(len(answers) >= 2 and all(isinstance(a, str) for a in answers), _(
        "Your list `{name}` should hold at least 2 answers, each in quotes. Run its cell again.", name=answers_name))
    fn = see.value("reply")
    see.that(callable(fn), _("Your `{name}` is not a function. Run the cell with `def {name}(message):` again.",
                             name=name))

    word = _("rain")

    def ask(message, times):
        got = []
        with _same_chance(11):
            for _round in range(times):
                result, printed = see.run(_listen_for_names, fn, message)
                if isinstance(result, _Unknown):
                    see.that(result.name != word, _(
                        "Your bot stopped: Python does not know the name `{word}`. The word you look for is text, "
                        "so it needs quotes: `if \"{word}\" in message:`.", word=word))
                    see.that(False, _(
                        "Your bot stopped: Python does not know the name `{unknown}`. "
                        "Is it written the same as in the rest of your code?", unknown=result.name))
                got.append((result, printed))
        return got

    rainy = (_("It is going to rain. Any ideas?"), _("Help, rain!"))
    plain = (_("Hi bot! What can I do today?"), _("I am bored."), _("Any ideas for this afternoon?"))
    (first, printed), = ask(plain[0], 1)
    (wet, wet_printed), = ask(rainy[0], 1)
    see.that(not (first is None and wet is None and not printed and not wet_printed), _(
        "Your bot gives back nothing yet (`None`), with or without rain. Write its two paths: "
        "`if \"{word}\" in message:` with `return` and the rain answer, then `else:` with "
        "`return random.choice({answers})`.", word=word, answers=answers_name))
    said = []
    for message in plain:
        for result, printed in ask(message, 6):
            if result is None:
                see.that(not printed, _(
                    "I sent {message}. Your bot printed an answer, but gave back nothing (`None`). "
                    "A chat app needs the answer back: change `print(...)` into `return ...`.", message=repr(message)))
                see.that(False, _(
                    "I sent {message}, and your bot gave back nothing (`None`). A message without rain needs an answer "
                    "too: after the `if`, write `else:` and `return random.choice({answers})`.",
                    message=repr(message), answers=answers_name))
            see.that(not isinstance(result, list), _(
                "I sent {message}, and your bot gave back the whole list: {saw}. A bot says one thing at a time. "
                "Let it pick one: `random.choice({answers})`.", message=repr(message), saw=repr(result),
                answers=answers_name))
            see.that(isinstance(result, str), _(
                "I sent {message}, and your bot gave back {saw}, not text. Give back an answer from the list.",
                message=repr(message), saw=repr(result)))
            see.that(not (len(result) == 1 and result not in answers), _(
                "I sent {message}, and your bot said only {saw}: one letter. With quotes, `\"{answers}\"` is just "
                "a word, so `random.choice` picks a letter from it. Leave the quotes out: `random.choice({answers})`.",
                message=repr(message), saw=repr(result), answers=answers_name))
            see.that(result in answers, _(
                "I sent {message}, and your bot said {saw}. That is not in your list `{answers}`, "
                "and there is no rain in the message. Let the bot pick from the list: `random.choice({answers})`.",
                message=repr(message), saw=repr(result), answers=answers_name))
            said.append(result)
    see.that(len(set(said)) > 1, _(
        "I sent 3 messages, 6 times each, and your bot always said {saw}. "
        "That is not a choice by chance. `random.choice({answers})` picks an answer by chance, every time again.",
        saw=repr(said[0]), answers=answers_name))

    heard = [result for message in rainy for result, _printed in ask(message, 4)]
    if len(set(heard)) > 1:
        exact = [result for result, _printed in ask(word, 3)]
        if len(set(exact)) == 1 and exact[0] not in answers and exact[0] is not None:
            see.that(False, _(
                "Your bot gives its rain answer when the message is only the word {word}, but not for {message}. "
                "`==` asks: is the message exactly this word? `in` asks: is the word somewhere in the message? "
                "Use `if \"{word}\" in message:`.", word=word, message=repr(rainy[0])))
        see.that(False, _(
            "I sent {message}, and your bot said {saw}: a random answer. "
            "When the word {word} is in the message, it should always give its rain answer. "
            "Look for the word in the message, before the random choice: `if \"{word}\" in message:`.",
            message=repr(rainy[0]), saw=repr(heard[0]), word=word))
    rain_answer = heard[0]
    see.that(isinstance(rain_answer, str) and rain_answer.strip(), _(
        "I sent {message}, and your bot gave back {saw}. The rain answer must be text, with `return`.",
        message=repr(rainy[0]), saw=repr(rain_answer)))


# --- make it yours -------------------------------------------------------------------------
@exercise("my-bot", hints=[
    _("First the list: `my_answers = [\"...\", \"...\", \"...\"]`, with 3 answers you wrote yourself, each in quotes."),
    _("Then the function: copy `reply`, call it `my_bot`, and let it pick from `my_answers`."),
], praise=_("Your own bot, with your own answers. Let your neighbour chat with it: can they fool it?"))
def my_bot(see):
    name, answers_name = see.name("my_bot"), see.name("my_answers")
    example = see.ns.get("answers")
    if "my_answers" in see.ns and example is not None:
        see.that(see.ns["my_answers"] != example, _(
            "Your `{mine}` is the same list as `{answers}`, the example. "
            "Write at least 3 answers of your own, for a question about your neighbourhood.",
            mine=answers_name, answers=see.name("answers")))
    mine = see.made("my_answers", example, kind=list)
    see.that(all(isinstance(a, str) and a.strip() for a in mine), _(
        "Every answer in `{name}` should be text in quotes, and not empty.", name=answers_name))
    see.that(len(mine) >= 3, _n(
        "Your `{name}` has {n} answer. Write at least 3, so your bot has something to choose.",
        "Your `{name}` has {n} answers. Write at least 3, so your bot has something to choose.",
        len(mine), n=len(mine), name=answers_name), expected=3, saw=len(mine))
    see.that("my_bot" in see.ns, _(
        "You made `{answers}`, but no bot yet. Under the list, write a function `def {name}(message):` "
        "that gives back one of your answers with `return`. Then run the cell.", answers=answers_name, name=name))
    fn = see.value("my_bot")
    see.that(callable(fn), _("Your `{name}` is not a function yet. Make it with `def {name}(message):`.", name=name))
    said = []
    with _same_chance(5):
        for message in (_("Hello!"), _("What do you think?"), _("Where should I go?"), _("Tell me more.")):
            result, printed = see.run(_listen, fn, message)
            see.that(not (result is None and printed), _(
                "I sent {message}. Your bot printed an answer, but gave back nothing (`None`). "
                "Change `print(...)` into `return ...`, like in `{reply}`.", message=repr(message), reply=see.name("reply")))
            see.that(result is not None, _(
                "I sent {message}, and your bot gave back nothing (`None`). Give an answer back with `return`.",
                message=repr(message)))
            see.that(isinstance(result, str), _(
                "I sent {message}, and your bot gave back {saw}. A bot answers with one text: "
                "`random.choice({answers})`.", message=repr(message), saw=repr(result), answers=answers_name))
            said.append(result)
    see.that(any(s in mine for s in said), _(
        "I sent 4 messages, and your bot never said one of the answers in `{answers}`. "
        "Let it pick from your list: `random.choice({answers})`.", answers=answers_name))
