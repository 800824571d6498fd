"""The checks for *Searching and sorting* (programming-search-and-sort).

They run in the kit, never in the student's notebook: `check("id")` loads this file fresh, and
`artech check` runs it after the student's code. Every sentence goes through `_` (or `_n`).

How the searches are checked. The check calls the student's function with many lists and targets: every
card of the lesson's row (so the first, the middle and the last), numbers that are not there, a list of
one and an empty list. It hands over a `_Counted` list, which notes every place the search looks at
(`items[mid]`, or a `for` over the list). That tells a search that stopped too soon from one that looked
in the wrong place, and it stops a loop that never ends long before the time limit: no search here needs
more than a few hundred looks. A search's steps are compared with what it really did: a linear search
looks at places 0, 1, 2, ... up to the card it finds; a binary search's steps are the middles it looked
at (the same middle read twice in one round counts once), and for a list of n cards there are never
more than floor(log2 n) + 1 of them. So `(low + high + 1) // 2` is right too, with its own counts.

The Dutch edition names its functions and lists in Dutch (`lineair_zoeken`, `langst_eerst`): the checks
read them by their English name, and the kit finds the edition's name from the notebook's "names" map."""

import csv as _csv
import inspect as _inspect
from pathlib import Path as _Path

from artech.checks import NotYet, exercise, _, _n

_CARDS = [31, 7, 58, 12, 90, 44, 3, 76, 25, 63]
_SORTED = sorted(_CARDS)
_EVENS = list(range(0, 200, 2))          # a sorted list of 100 numbers, for binary search
_LOOK_LIMIT = 2000                        # far more looks than any search here needs: a loop that never ends
_BY_HAND = ["Japan", "Netherlands", "Brazil", "India", "Nigeria"]
_FIVE = {"Netherlands": 81.0, "Japan": 83.6, "Brazil": 73.9, "India": 66.4, "Nigeria": 52.5}
_EXAMPLE_LIST = ["Amsterdam", "Utrecht", "Den Haag", "Rotterdam", "Zwolle"]


# --- helpers ------------------------------------------------------------------------------------------
class _Endless(BaseException):
    """A search looked at the list far more often than it could ever need: its loop does not end."""


class _Counted(list):
    """A list that notes every place a search looks at, and stops a search that never ends."""

    def __init__(self, values):
        super().__init__(values)
        self.looked = []

    def __getitem__(self, index):
        if isinstance(index, int) and not isinstance(index, bool):
            self.looked.append(index % len(self) if self and index < 0 else index)
            if len(self.looked) > _LOOK_LIMIT:
                raise _Endless()
        return super().__getitem__(index)

    def __iter__(self):
        for index in range(len(self)):
            yield self[index]


class _Stopped:
    """What a search did instead of giving back an answer."""

    def __init__(self, why, detail=""):
        self.why, self.detail = why, detail


def _search(see, fn, items, target):
    """Call the student's search with a counted copy of ``items``: (what it gave back, the places it looked at)."""
    counted = _Counted(items)

    def call():
        try:
            return fn(counted, target)
        except TypeError as exc:
            if "not float" in str(exc):
                return _Stopped("float")
            raise
        except IndexError:
            return _Stopped("index", counted.looked[-1] if counted.looked else "?")
        except ValueError as exc:
            return _Stopped("value", str(exc))

    try:
        return see.run(call), counted.looked
    except _Endless:
        return _Stopped("endless"), counted.looked


def _pair(got):
    """(position, steps) when the search gave back two values, else None."""
    if isinstance(got, (tuple, list)) and len(got) == 2:
        return tuple(got)
    return None


def _runs(looked):
    """How many middles a binary search looked at: the same place read twice in a row is one look."""
    return sum(1 for i, place in enumerate(looked) if i == 0 or looked[i - 1] != place)


def _linear(items, target):
    steps = 0
    for position in range(len(items)):
        steps += 1
        if items[position] == target:
            return position, steps
    return None, steps


def _binary(items, target):
    low, high, steps = 0, len(items) - 1, 0
    while low <= high:
        mid = (low + high) // 2
        steps += 1
        if items[mid] == target:
            return mid, steps
        if items[mid] < target:
            low = mid + 1
        else:
            high = mid - 1
    return None, steps


def _most(n):
    """The most middles a binary search can need for a list of n: floor(log2 n) + 1."""
    return n.bit_length()


def _params(fn):
    try:
        return list(_inspect.signature(fn).parameters)
    except (TypeError, ValueError):
        return []


def _function(see, name):
    """The student's function ``name``, with two parameters."""
    fn = see.value(name)
    shown = see.name(name)
    see.that(callable(fn), _("`{name}` is not a function yet: it is {kind}. A function starts with "
                             "`def {name}(...):`. Run the cell with the `def` line, then check again.",
                             name=shown, kind=type(fn).__name__))
    params = _params(fn)
    see.that(len(params) == 2, _n(
        "Your `{name}` has {count} parameter ({params}), but it needs two: the list, and the card to find. "
        "Keep the first line as it was: `def {name}(items, target):`.",
        "Your `{name}` has {count} parameters ({params}), but it needs two: the list, and the card to find. "
        "Keep the first line as it was: `def {name}(items, target):`.",
        len(params), name=shown, count=len(params), params=", ".join(params) or "-"))
    return fn


def _stopped(see, name, got, items, target, looked):
    """Say kindly why a search stopped without an answer."""
    if not isinstance(got, _Stopped):
        return
    if got.why == "float":
        see.that(False, _("Your `{name}` stopped: a place in a list must be a whole number, and `mid` was a number "
                          "with a point, like 4.5. `/` divides and keeps the part after the point; `//` throws it "
                          "away: `(low + high) // 2`.", name=name))
    if got.why == "index" and not items:
        see.that(False, _("Your `{name}` tried to look at place {place} of an empty list, so it stopped with an "
                          "`IndexError`. An empty list has no places at all. Look only inside the loop, so that "
                          "nothing is looked at when the list is empty.", name=name, place=got.detail))
    if got.why == "index":
        see.that(False, _("Your `{name}` tried to look at place {place} of a list of {count} cards, so it stopped "
                          "with an `IndexError`. The places go from 0 to {top}. Check how you work out the place "
                          "you look at.", name=name, place=got.detail, count=len(items), top=len(items) - 1))
    if got.why == "value":
        see.that(False, _("Your `{name}` stopped with a `ValueError` when it looked for {target}, which is not in "
                          "the list ({detail}). `.index()` only works when the card is there. Look at the cards "
                          "one by one yourself, with a `for` loop.", name=name, target=target, detail=got.detail))
    if got.why == "endless":
        if len(set(looked)) == 1:
            see.that(False, _("Your `{name}` kept on looking at place {place} and never stopped, so I stopped it. "
                              "The middle must move when `low` or `high` moves: work it out again each time round "
                              "the loop, inside it, with `mid = (low + high) // 2`.", name=name, place=looked[0]))
        if target in items:
            middles = [place for i, place in enumerate(looked) if i == 0 or looked[i - 1] != place]
            see.that(False, _("Your `{name}` kept on looking for {target} in {items} and never stopped, so I stopped "
                              "it. It looked at the places {places}, and then at place {last} again and again. When "
                              "`low` or `high` does not move, the loop looks at the same middle each time. Move them "
                              "past the middle: `low = mid + 1` or `high = mid - 1`.",
                              name=name, target=target, items=list(items), places=middles[:8], last=looked[-1]))
        see.that(False, _("Your `{name}` kept on looking for {target}, which is not in {items}, and never stopped, "
                          "so I stopped it. When the part that is left is empty, `low` has passed `high`: then the "
                          "card is not there. Keep the loop `while low <= high:`, and move `low` or `high` past "
                          "the middle each time.", name=name, target=target, items=list(items)))


# --- exercise 1: linear search --------------------------------------------------------------------------
@exercise("linear-search", hints=[
    _("Look at the example with the cards: a `for` loop goes over every place, and an `if` asks whether the "
      "card there is the one you look for. Do the same inside the function, and count each look in `steps`."),
    _("For each place: first add one to `steps` (one more look), then ask `if items[position] == target:`. "
      "When it is the card, give back both values at once: `return position, steps`."),
    _("Write the loop: `for position in range(len(items)):`, then, pushed in, `steps += 1` and "
      "`if items[position] == target:` with `return position, steps` under it. The line `return None, steps` "
      "is already there, after the loop: for a card that is not in the list."),
], praise=_("Your search looks at one card after the other and counts every look. For the last of 10 cards, "
            "or for a card that is not there, it needs 10 steps: all of them."))
def linear_search_check(see):
    fn = _function(see, "linear_search")
    name = see.name("linear_search")
    cases = [(_CARDS, t) for t in _CARDS] + [(_CARDS, 50), ([8], 8), ([8], 3), ([], 5), ([4, 9, 4, 9], 9)]
    runs = []
    for items, target in cases:
        got, looked = _search(see, fn, items, target)
        _stopped(see, name, got, items, target, looked)
        runs.append((items, target, got, looked))
    cards = {t: (got, looked) for items, t, got, looked in runs if items is _CARDS}

    if all(_pair(got) == (None, 0) and not looked for _, _t, got, looked in runs):
        see.that(False, _("Your `{name}` does not look at any card yet: for 44, which is at place 5, it gives back "
                          "(None, 0). Write a `for` loop over the places, like in the example with the cards, and "
                          "add one to `steps` for each look.", name=name))
    got44 = cards[44][0]
    if _pair(got44) is None:
        if isinstance(got44, bool):
            see.that(False, _("Your `{name}(cards, 44)` gives back {got}: that says whether 44 is there, not where. "
                              "Give back two values: the place and the steps, `return position, steps`.",
                              name=name, got=got44))
        if isinstance(got44, int):
            see.that(False, _("Your `{name}(cards, 44)` gives back one number, {got}. It should give back two "
                              "values: the place and the number of steps, like `return position, steps`.",
                              name=name, got=got44))
        see.that(False, _("Your `{name}(cards, 44)` gives back {got}. It should give back two values: the place "
                          "and the number of steps, like `return position, steps`.", name=name, got=repr(got44)))
    for items, target, got, looked in runs:
        see.that(_pair(got) is not None, _(
            "Your `{name}` gives back {got} when it looks for {target} in {items}. It should always give back two "
            "values: the place (or None) and the steps.", name=name, got=repr(got), target=target, items=items))

    # where it found the card
    later = [t for t in _CARDS[1:] if _pair(cards[t][0])[0] is None and cards[t][1] == [0]]
    if later:
        see.that(False, _("Your `{name}` gives up after the first card: it says {target} is not there, but {target} "
                          "is at place {place}. `return` ends the function at once, also inside an `else`. Only "
                          "say \"not found\" after the loop, when every card has had its turn.",
                          name=name, target=later[0], place=_CARDS.index(later[0])),
                 expected=_linear(_CARDS, later[0]), saw=cards[later[0]][0])
    got31, looked31 = cards[31]
    if _pair(got31)[0] != 0 and 0 not in looked31:
        see.that(False, _("Your `{name}` never looks at place 0, so it cannot find 31, the first card. A list starts "
                          "at place 0: `range(len(items))` gives 0, 1, 2, ... and `range(1, len(items))` skips the "
                          "first one.", name=name), expected=(0, 1), saw=got31)
    got63, looked63 = cards[63]
    if _pair(got63)[0] != 9 and 9 not in looked63:
        see.that(False, _("Your `{name}` never looks at the last card, so it cannot find 63 at place 9. "
                          "`range(len(items))` already stops just before the length: 0 to 9 for 10 cards. "
                          "Take away the `- 1`.", name=name), expected=(9, 10), saw=got63)
    found = [(t, _pair(cards[t][0])[0]) for t in _CARDS]
    if all(p == _CARDS.index(t) + 1 for t, p in found if p is not None) and any(p is not None for _t, p in found):
        see.that(False, _("Your `{name}` says 31 is at place {got}, but Python counts places from 0: the first card "
                          "is at place 0. Give back `position` itself, not `position + 1`.",
                          name=name, got=_pair(got31)[0]), expected=(0, 1), saw=got31)
    if _pair(cards[44][0])[0] == 44:
        see.that(False, _("Your `{name}` gives back the card itself, 44, not its place. The place is the number "
                          "in the square brackets: 44 is at place 5 (`cards[5]`). Give back `position`.", name=name),
                 expected=(5, 6), saw=cards[44][0])
    for items, target, got, looked in runs:
        right = _linear(items, target)
        place = _pair(got)[0]
        if right[0] is None:
            see.that(place is None, _("Your `{name}` says {target} is at place {got}, but {target} is not in {items}. "
                                      "When no card is the one, give back None as the place: that is what "
                                      "`return None, steps` after the loop does.",
                                      name=name, target=target, got=place, items=items), expected=right, saw=got)
            continue
        if items == [4, 9, 4, 9] and place == 3:
            see.that(False, _("In [4, 9, 4, 9], your `{name}` finds the 9 at place 3, the last one. A search stops at "
                              "the first card that fits: place 1. Your loop keeps looking after it has found the "
                              "card. Stop at once, with `return position, steps` inside the `if`.", name=name),
                     expected=right, saw=got)
        see.that(place == right[0], _("Your `{name}` says {target} is at place {got}, but in {items} it is at place "
                                      "{place}. Ask about the card at this place: `items[position] == target`.",
                                      name=name, target=target, got=place, items=items, place=right[0]),
                 expected=right, saw=got)

    # how many steps it counted
    steps = [(_pair(got)[1], _linear(items, target)[1], items, target, got) for items, target, got, _l in runs]
    see.that(any(s for s, *_rest in steps), _("Your `{name}` finds the right places, but its `steps` stay 0. Add one "
                                              "to `steps` for every card you look at: `steps += 1` in the loop.",
                                              name=name), expected=_linear(_CARDS, 44), saw=cards[44][0])
    if all(s == 1 for s, *_rest in steps if _rest[1]):
        see.that(False, _("Your `{name}` always counts 1 step. `steps = 1` puts 1 in the box each time; "
                          "`steps += 1` adds one to what is already there.", name=name),
                 expected=_linear(_CARDS, 44), saw=cards[44][0])
    for s, right, items, target, got in steps:
        if target in items and s == right - 1:
            see.that(False, _n("To find {target} in {items}, your `{name}` counts {got} steps, but it looked at "
                               "{right} card: the look at the card it finds counts too. Add one to `steps` before "
                               "the `if`, not after it.",
                               "To find {target} in {items}, your `{name}` counts {got} steps, but it looked at "
                               "{right} cards: the look at the card it finds counts too. Add one to `steps` before "
                               "the `if`, not after it.", right, name=name, target=target, items=items, got=s,
                               right=right),
                     expected=_linear(items, target), saw=got)
        if target in items and s == len(items) and right < len(items):
            see.that(False, _n("To find {target} in {items}, your `{name}` counts {got} steps: every card. But "
                               "{target} is at place {place}, so the search should stop there, after {right} step. "
                               "Stop at once with `return position, steps` inside the `if`.",
                               "To find {target} in {items}, your `{name}` counts {got} steps: every card. But "
                               "{target} is at place {place}, so the search should stop there, after {right} steps. "
                               "Stop at once with `return position, steps` inside the `if`.", right, name=name,
                               target=target, items=items, got=s, place=items.index(target), right=right),
                     expected=_linear(items, target), saw=got)
        see.that(s == right, _("To look for {target} in {items}, your `{name}` counts {got} steps, but it needs {right}: "
                               "one for each card it looks at, up to and including the card it finds (or all of "
                               "them, when it is not there).",
                               name=name, target=target, items=items, got=s, right=right),
                 expected=_linear(items, target), saw=got)


# --- exercise 2: sorting by hand, and with Python ---------------------------------------------------------
def _rows():
    """The lesson's data, read fresh by the check: numbers as numbers."""
    path = _Path(__file__).parent / "data" / "countries-2013.csv"
    rows = []
    with path.open(encoding="utf-8", newline="") as f:
        for row in _csv.DictReader(f):
            for key in ("life_expectancy", "children_per_woman", "population"):
                row[key] = float(row[key]) if "." in row[key] else int(row[key])
            rows.append(row)
    return rows


@exercise("sort-countries", hints=[
    _("Two parts. By hand: put the five names in order, the highest life expectancy first. With Python: "
      "`sorted(rows, key=...)` gives back a new list, sorted by what the key function gives back for each row."),
    _("Make `life` like `people` in the example, but for `\"life_expectancy\"`. Then sort with `key=life`, "
      "without brackets, and add `reverse=True` to put the highest first."),
    _("`by_hand` starts with `\"Japan\", \"Netherlands\"`, and Nigeria comes last. For all rows: "
      "`longest_first = sorted(rows, key=life, reverse=True)`."),
], praise=_("Sorted by hand and by Python, the same way. Japan is first in both: 83.6 years. Sierra Leone is last "
            "of the 202, with 45.6 years."))
def sort_countries(see):
    hand = see.value("by_hand", list)
    hand_name = see.name("by_hand")
    strange = [x for x in hand if x not in _FIVE]
    see.that(not strange, _("Your `{name}` has {item}, which is not one of the five countries. Use the English names "
                            "from the table, in quotes: {names}.", name=hand_name, item=repr(strange[0]) if strange
                            else "", names=", ".join(repr(x) for x in _FIVE)))
    see.that(len(hand) == 5 and set(hand) == set(_FIVE), _n(
        "Your `{name}` has {count} name. Put all five countries in it, each once.",
        "Your `{name}` has {count} names. Put all five countries in it, each once.",
        len(hand), name=hand_name, count=len(hand)), expected=_BY_HAND, saw=hand)
    see.that(hand != sorted(_FIVE), _("Your `{name}` is in the order of the alphabet: Brazil first. Sort by life "
                                      "expectancy instead: the highest number first.", name=hand_name),
             expected=_BY_HAND, saw=hand)
    see.that(hand != _BY_HAND[::-1], _("Your `{name}` starts with the lowest life expectancy, Nigeria (52.5). "
                                       "The task asks for the longest life first: turn it round.", name=hand_name),
             expected=_BY_HAND, saw=hand)
    if hand != _BY_HAND:
        early = next((a for a, b in zip(hand, hand[1:]) if _FIVE[a] < _FIVE[b]), hand[0])
        see.that(False, _("Your `{name}` is not in order yet: {first} ({age}) comes before a country with a higher "
                          "life expectancy. Look at the numbers again, highest first.",
                          name=hand_name, first=early, age=_FIVE[early]), expected=_BY_HAND, saw=hand)

    name = see.name("longest_first")
    rows_name = see.name("rows")
    if "longest_first" not in see.ns and "life" in see.ns:
        see.that(False, _("I can't find `{name}` yet: the cell stopped with an error before it got there. Read the "
                          "last line of the error under the cell. \"'<' not supported between instances of 'dict' "
                          "and 'dict'\": Python cannot tell which of two rows comes first, so add `key=life`. "
                          "\"missing 1 required positional argument\": write `key=life` without brackets, because "
                          "`key` wants the function itself. A `KeyError`: the key in `life` is not written exactly "
                          "like the column, `\"life_expectancy\"`.", name=name))
    got = see.value("longest_first")
    see.that(got is not None, _("Your `{name}` is None. `{rows}.sort(...)` sorts the list itself and gives back "
                                "None: nothing. Use `sorted({rows}, ...)`, which gives back a new, sorted list.",
                                name=name, rows=rows_name))
    see.that(isinstance(got, list), _("Your `{name}` is {kind}, not a list. `sorted(...)` gives back a list: "
                                      "`{name} = sorted({rows}, key=life, reverse=True)`.",
                                      name=name, kind=type(got).__name__, rows=rows_name))
    rows = _rows()
    if got and all(isinstance(x, str) for x in got):
        see.that(False, _("Your `{name}` holds names (text), not rows. Sort the rows themselves, so each country keeps "
                          "its numbers: `sorted({rows}, key=life, reverse=True)`.", name=name, rows=rows_name))
    if got and all(isinstance(x, (int, float)) for x in got):
        see.that(False, _("Your `{name}` holds only numbers, so nobody can tell which number belongs to which "
                          "country. Sort the rows, and let `key=` pick the number: `sorted({rows}, key=life, reverse=True)`.",
                          name=name, rows=rows_name))
    see.that(all(isinstance(x, dict) and "life_expectancy" in x for x in got), _(
        "Your `{name}` should hold the rows of the file: one dictionary per country. Sort `{rows}` itself.",
        name=name, rows=rows_name))
    see.that(len(got) == len(rows), _n("Your `{name}` has {count} row, but the file has {right}. Sort all of `{rows}`.",
                                       "Your `{name}` has {count} rows, but the file has {right}. Sort all of `{rows}`.",
                                       len(got), name=name, count=len(got), right=len(rows), rows=rows_name),
             expected=len(rows), saw=len(got))
    ages = [r["life_expectancy"] for r in got]
    right = sorted((r["life_expectancy"] for r in rows), reverse=True)
    if ages == right[::-1]:
        see.that(False, _("Your `{name}` starts with {first} ({age} years): the shortest life first. `sorted` puts "
                          "small before big. Add `reverse=True` to turn it round.", name=name,
                          first=got[0]["country"], age=got[0]["life_expectancy"]),
                 expected=right[:3], saw=ages[:3])
    countries = [r["country"] for r in got]
    file_order = [r["country"] for r in rows]
    if countries in (sorted(countries), file_order):
        see.that(False, _("Your `{name}` is in the order of the alphabet: it starts with {first}. Sort by life "
                          "expectancy: `key=life`, where `life` gives back `row[\"life_expectancy\"]`.",
                          name=name, first=countries[0]), expected=right[:3], saw=ages[:3])
    if countries in (sorted(countries, reverse=True), file_order[::-1]):
        see.that(False, _("Your `{name}` is in the order of the alphabet, from Z to A: it starts with {first}. Sort by "
                          "life expectancy: `key=life`, where `life` gives back `row[\"life_expectancy\"]`.",
                          name=name, first=countries[0]), expected=right[:3], saw=ages[:3])
    for column in ("children_per_woman", "population"):
        values = [r[column] for r in got]
        if values in (sorted(values), sorted(values, reverse=True)):
            see.that(False, _("Your `{name}` is sorted by {column}, not by life expectancy. Your `life` should give "
                              "back `row[\"life_expectancy\"]`.", name=name, column=repr(column)),
                     expected=right[:3], saw=ages[:3])
    see.that(ages == right, _("Your `{name}` is not in order of life expectancy yet: it starts with {first}. "
                              "Use `sorted({rows}, key=life, reverse=True)`.", name=name,
                              first=", ".join(countries[:3]), rows=rows_name), expected=right[:3], saw=ages[:3])


# --- exercise 3: binary search --------------------------------------------------------------------------------
@exercise("binary-search", hints=[
    _("Look at the example of guess my number: it takes the middle, compares, and moves `low` or `high`. "
      "Do the same here, with the card in the middle: `items[mid]`."),
    _("In the loop `while low <= high:`, work out `mid = (low + high) // 2` and add one to `steps`. If "
      "`items[mid] == target`, give back `mid, steps`. If the card in the middle is smaller than the target, "
      "the target is to the right of it: `low = mid + 1`. Else it is to the left: `high = mid - 1`."),
    _("The loop: `while low <= high:`, then pushed in: `mid = (low + high) // 2`, `steps += 1`, "
      "`if items[mid] == target:` `return mid, steps`, `elif items[mid] < target:` `low = mid + 1`, "
      "`else:` `high = mid - 1`."),
], praise=_("Each look throws away half of what is left. In a list of 10 cards you never need more than 4 steps, "
            "and in a list of 1000 never more than 10."))
def binary_search_check(see):
    fn = _function(see, "binary_search")
    name = see.name("binary_search")
    cases = ([(_SORTED, t) for t in _SORTED] + [(_SORTED, 1), (_SORTED, 50), (_SORTED, 100), ([5], 5), ([5], 9),
                                                ([], 4)] + [(_EVENS, t) for t in (0, 198, 100, 64, 7, 199, -3)])
    runs = []
    for items, target in cases:
        got, looked = _search(see, fn, items, target)
        _stopped(see, name, got, items, target, looked)
        runs.append((items, target, got, looked))
    if all(_pair(got) == (None, 0) and not looked for _i, _t, got, looked in runs):
        see.that(False, _("Your `{name}` does not look at any card yet: for 44 it gives back (None, 0). Write the "
                          "`while` loop: look at the middle, compare, and move `low` or `high`.", name=name))
    for items, target, got, looked in runs:
        see.that(_pair(got) is not None, _(
            "Your `{name}` gives back {got} when it looks for {target} in {items}. It should give back two values: "
            "the place (or None) and the steps, like `return mid, steps`.",
            name=name, got=repr(got), target=target, items=items))
    sorted_runs = {t: (got, looked) for items, t, got, looked in runs if items is _SORTED}

    # where it found the card
    first = {looked[0] for items, _t, _g, looked in runs if items is _SORTED and looked}
    lost = [t for t in _SORTED if _pair(sorted_runs[t][0])[0] is None]
    if lost and all(_runs(sorted_runs[t][1]) == 1 for t in lost):
        see.that(False, _("Your `{name}` gives up after the first middle: it says {target} is not there, but it is at "
                          "place {place}. `return` ends the function at once, also inside an `else`. When the "
                          "middle is not the card, move `low` or `high`, and let the loop go round again.",
                          name=name, target=lost[0], place=_SORTED.index(lost[0])),
                 expected=_binary(_SORTED, lost[0]), saw=sorted_runs[lost[0]][0])
    for t in lost:
        looked = sorted_runs[t][1]
        if len(looked) >= 2 and looked[0] in range(len(_SORTED)):
            middle = _SORTED[looked[0]]
            went = next((p for p in looked if p != looked[0]), looked[0])
            if middle < t and went < looked[0]:
                see.that(False, _("Your `{name}` looks in the wrong half. To find {target}, it looked at {middle} in "
                                  "the middle, and then went to the left. {target} is bigger than {middle}, so it can "
                                  "only be to the right: `low = mid + 1`. A smaller target is to the left: "
                                  "`high = mid - 1`.", name=name, target=t, middle=middle),
                         expected=_binary(_SORTED, t), saw=sorted_runs[t][0])
            if middle > t and went > looked[0]:
                see.that(False, _("Your `{name}` looks in the wrong half. To find {target}, it looked at {middle} in "
                                  "the middle, and then went to the right. {target} is smaller than {middle}, so it "
                                  "can only be to the left: `high = mid - 1`. A bigger target is to the right: "
                                  "`low = mid + 1`.", name=name, target=t, middle=middle),
                         expected=_binary(_SORTED, t), saw=sorted_runs[t][0])
    if _pair(sorted_runs[44][0])[0] == 44:
        see.that(False, _("Your `{name}` gives back the card itself, 44, not its place. 44 is at place 5 of the "
                          "sorted cards. Give back `mid`, the place you looked at.", name=name),
                 expected=_binary(_SORTED, 44), saw=sorted_runs[44][0])
    for items, target, got, looked in runs:
        right = _binary(items, target)
        place = _pair(got)[0]
        if right[0] is None:
            see.that(place is None, _("Your `{name}` says {target} is at place {got}, but {target} is not in the list. "
                                      "When the loop ends without finding it, give back None as the place: that is "
                                      "what `return None, steps` after the loop does.",
                                      name=name, target=target, got=place), expected=right, saw=got)
            continue
        see.that(place == right[0], _("Your `{name}` says {target} is at place {got}, but it is at place {place}. "
                                      "Compare the card in the middle, `items[mid]`, with the target: not `mid` "
                                      "itself.", name=name, target=target, got=place, place=right[0]),
                 expected=right, saw=got)

    # is it really a binary search, and did it count its steps?
    for items, target, got, looked in runs:
        if not items:
            see.that(_pair(got)[1] == 0, _("For an empty list, your `{name}` counts {got} steps, but there is nothing "
                                           "to look at: 0 steps.", name=name, got=_pair(got)[1]), expected=(None, 0),
                     saw=got)
            continue
        middles = _runs(looked)
        see.that(looked, _("Your `{name}` finds {target} without looking at the cards with `items[mid]`. This "
                           "exercise is about how a search looks: look at the middle card yourself.",
                           name=name, target=target))
        if middles > _most(len(items)):
            see.that(False, _("To look for {target} in a list of {count} cards, your `{name}` looked at {looks} cards: "
                              "{places}. A binary search needs at most {most}. Start in the middle, and after each "
                              "look throw away the half where the card cannot be.", name=name, target=target,
                              count=len(items), looks=middles, places=looked[:12], most=_most(len(items))),
                     expected=_binary(items, target), saw=got)
    if first and not first & {4, 5}:
        see.that(False, _("Your `{name}` does not start in the middle of the 10 cards: its first look is at place "
                          "{place}. Start with `mid = (low + high) // 2`.", name=name, place=min(first)))
    steps = [(_pair(got)[1], _runs(looked), items, target, got) for items, target, got, looked in runs if items]
    see.that(any(s for s, *_rest in steps), _("Your `{name}` finds every card, but its `steps` stay 0. Add one to "
                                              "`steps` each time round the loop: `steps += 1`.", name=name),
             expected=_binary(_SORTED, 44), saw=sorted_runs[44][0])
    for s, middles, items, target, got in steps:
        if s == middles - 1:
            see.that(False, _n("To look for {target}, your `{name}` counts {got} steps, but it looked at {right} "
                               "middle. Every look counts, also the last one: add one to `steps` right after you "
                               "work out `mid`, before the `if`.",
                               "To look for {target}, your `{name}` counts {got} steps, but it looked at {right} "
                               "middles. Every look counts, also the last one: add one to `steps` right after you "
                               "work out `mid`, before the `if`.", middles, name=name, target=target, got=s,
                               right=middles),
                     expected=(_pair(got)[0], middles), saw=got)
        see.that(s == middles, _n("To look for {target}, your `{name}` counts {got} steps, but it looked at {right} "
                                  "middle: place {places}. Add exactly one to `steps` each time round the loop.",
                                  "To look for {target}, your `{name}` counts {got} steps, but it looked at {right} "
                                  "middles: places {places}. Add exactly one to `steps` each time round the loop.",
                                  middles, name=name, target=target, got=s, right=middles,
                                  places=", ".join(map(str, [p for i, p in enumerate(looked)
                                                             if i == 0 or looked[i - 1] != p][:12]))),
                 expected=(_pair(got)[0], middles), saw=got)


# --- exercise 4: compare the two -----------------------------------------------------------------------------
def _answers(see, name, sizes):
    """What the student's search gives for the last number of each list 0 .. size - 1, or None when it cannot."""
    fn = see.value(name)
    if not callable(fn) or len(_params(fn)) != 2:
        return None
    found = []
    for size in sizes:
        try:
            got, _looked = _search(see, fn, list(range(size)), size - 1)
        except NotYet:
            return None
        if _pair(got) is None:
            return None
        found.append(_pair(got))
    return found


@exercise("compare-steps", hints=[
    _("For each size, the loop makes a sorted list `numbers` and picks its last number, `last`. Search for "
      "`last` with both functions, and keep only the steps."),
    _("`position, steps = linear_search(numbers, last)` takes the two values apart. Then "
      "`linear_steps.append(steps)`. Do the same with `binary_search` and `binary_steps`."),
], praise=_("Ten times as many numbers: ten times as many steps for the linear search, and only a few more for "
            "the binary search."))
def compare_steps(see):
    sizes = see.value("sizes", list)
    lin = see.value("linear_steps", list)
    bin_ = see.value("binary_steps", list)
    lin_name, bin_name = see.name("linear_steps"), see.name("binary_steps")
    see.that(sizes and all(isinstance(s, int) and s > 0 for s in sizes), _(
        "Your `{name}` should be a list of sizes, like [100, 200, 300]. Keep the list that was there.",
        name=see.name("sizes")))
    see.that(lin or bin_, _("Your lists `{lin}` and `{bin}` are still empty. Inside the loop, search for `last` with "
                            "both functions, and add the steps to the lists with `.append(...)`.",
                            lin=lin_name, bin=bin_name))
    for got, name in ((lin, lin_name), (bin_, bin_name)):
        see.that(not any(isinstance(x, (tuple, list)) for x in got), _(
            "Your `{name}` holds pairs, like {pair}: the place and the steps. Keep only the steps: "
            "`position, steps = ...`, then `{name}.append(steps)`.",
            name=name, pair=next((x for x in got if isinstance(x, (tuple, list))), "")))
        see.that(len(got) == len(sizes), _n(
            "Your `{name}` has {count} number, but there are {right} sizes: one count for each size. "
            "Append inside the loop, once for each size.",
            "Your `{name}` has {count} numbers, but there are {right} sizes: one count for each size. "
            "Append inside the loop, once for each size.", len(got), name=name, count=len(got), right=len(sizes)),
            expected=len(sizes), saw=len(got))
    right_lin = [_linear(list(range(s)), s - 1)[1] for s in sizes]
    right_bin = [_binary(list(range(s)), s - 1)[1] for s in sizes]
    own_lin = _answers(see, "linear_search", sizes)
    see.that(own_lin is not None and [p[1] for p in own_lin] == right_lin, _(
        "Your `{name}` from exercise 1 does not count its steps right yet, so these counts cannot be right either. "
        "Finish exercise 1 first: its check says what to change.", name=see.name("linear_search")))
    own_bin = _answers(see, "binary_search", sizes)
    see.that(own_bin is not None and all(p[0] == s - 1 and 1 <= p[1] <= _most(s) for p, s in zip(own_bin, sizes)), _(
        "Your `{name}` from exercise 3 does not find the last number with a few steps yet, so these counts cannot "
        "be right either. Finish exercise 3 first: its check says what to change.", name=see.name("binary_search")))
    if bin_ != right_bin:  # a binary search that rounds the middle up is right too, with its own counts
        right_bin = [p[1] for p in own_bin]
    places = [s - 1 for s in sizes]
    see.that(lin != places, _("Your `{name}` holds the places where the last number was found ({got}, ...), not the "
                              "steps. The function gives back two values: `position, steps = ...`. Append `steps`.",
                              name=lin_name, got=lin[0] if lin else ""), expected=right_lin, saw=lin)
    see.that(bin_ != places, _("Your `{name}` holds the places where the last number was found ({got}, ...), not the "
                               "steps. The function gives back two values: `position, steps = ...`. Append `steps`.",
                               name=bin_name, got=bin_[0] if bin_ else ""), expected=right_bin, saw=bin_)
    see.that(not (lin == right_bin and bin_ == right_lin), _(
        "Your two lists are swapped: `{lin}` holds the steps of the binary search, and `{bin}` those of the linear "
        "search.", lin=lin_name, bin=bin_name), expected=right_lin, saw=lin)
    if len(sizes) > 1 and len(set(lin)) == 1:
        see.that(False, _("Your `{name}` has the same count for every size: {got}. It looks like you searched for "
                          "the same number each time. Search for `last`, the last number of each list.",
                          name=lin_name, got=lin[0]), expected=right_lin, saw=lin)
    see.that(bin_ != right_lin or lin != right_lin, _(
        "Your `{bin}` is the same as `{lin}`: {got}, ... For the second list, search with `binary_search`.",
        bin=bin_name, lin=lin_name, got=", ".join(map(str, bin_[:3]))), expected=right_bin, saw=bin_)
    wrong = next((i for i, (a, b) in enumerate(zip(lin, right_lin)) if a != b), None)
    see.that(wrong is None, _("For a list of {size} numbers, your `{name}` says {got} steps, but the linear search "
                              "needs {right} to find the last one. Search for `last` with `linear_search`, and "
                              "append its steps.", name=lin_name, size=sizes[wrong] if wrong is not None else 0,
                              got=lin[wrong] if wrong is not None else 0,
                              right=right_lin[wrong] if wrong is not None else 0), expected=right_lin, saw=lin)
    wrong = next((i for i, (a, b) in enumerate(zip(bin_, right_bin)) if a != b), None)
    see.that(wrong is None, _("For a list of {size} numbers, your `{name}` says {got} steps, but the binary search "
                              "needs {right} to find the last one. Search for `last` with `binary_search`, and "
                              "append its steps.", name=bin_name, size=sizes[wrong] if wrong is not None else 0,
                              got=bin_[wrong] if wrong is not None else 0,
                              right=right_bin[wrong] if wrong is not None else 0), expected=right_bin, saw=bin_)


# --- make it yours -------------------------------------------------------------------------------------------
@exercise("my-order", hints=[
    _("Make `my_list` with at least 3 things of your own: numbers, words, or rows of the countries. Then make "
      "`my_sorted` from it with `sorted(my_list, ...)`."),
    _("Choose your own order: `key=len` sorts words by length, a function of your own sorts rows by a column, "
      "and `reverse=True` turns any order round."),
], praise=_("Your own list, in an order you chose. Sorting is how apps put the cheapest, the newest or the nearest first."))
def my_order(see):
    name = see.name("my_sorted")
    list_name = see.name("my_list")
    got = see.value("my_sorted")
    see.that(got is not None, _("Your `{name}` is None. `{list}.sort()` sorts the list itself and gives back None. "
                                "Use `sorted({list}, ...)`, which gives back a new list.", name=name, list=list_name))
    mine = see.made("my_sorted", sorted(_EXAMPLE_LIST, key=len), kind=list)
    see.that(len(mine) >= 3, _n("Your `{name}` has {count} thing. Put at least 3 in your list, so there is something "
                                "to sort.", "Your `{name}` has {count} things. Put at least 3 in your list, so there "
                                "is something to sort.", len(mine), name=name, count=len(mine)))
    see.that(mine != _SORTED and mine != sorted(_CARDS, reverse=True), _(
        "Your `{name}` is the lesson's row of cards. Sort a list of your own: numbers, words or rows you choose.",
        name=name))
    by_life = see.ns.get("longest_first")
    see.that(not (isinstance(by_life, list) and mine == by_life), _(
        "Your `{name}` is the list of exercise 2. Make a new order of your own: another column, another "
        "group of countries, or a list you make yourself.", name=name))
    own = see.ns.get("my_list")
    if isinstance(own, list) and own:
        same = len(own) == len(mine) and all(any(x == y for y in own) for x in mine) \
            and all(any(x == y for y in mine) for x in own)
        see.that(same, _("Your `{name}` should hold the same things as `{list}`, in a new order. Make it with "
                         "`sorted({list}, ...)`.", name=name, list=list_name))
