"""The checks for *Machines that decide* (design-machines-that-decide).

They run in the kit, never in the student's notebook: `check("id")` loads this file fresh, and
`artech check` runs it after the student's code. The student writes the learner (distance, nearest,
the three nearest, the vote); the checks call those functions on small cases they make themselves,
with ties and with the slips students really make, and say what the function gave. Every sentence
goes through `_`; the student's names are read by their English name (the Dutch edition's own names
come from its "names" map)."""

import inspect as _inspect
import math as _math

from artech.checks import exercise, _, _n, NotYet

SPECIES = ("Adelie", "Chinstrap", "Gentoo")


def _nice(x):
    """A value as a message shows it: 5, 22.36 (not 22.360679774997898), and lists of those."""
    if isinstance(x, float):
        return format(round(x, 2), "g")
    if isinstance(x, (list, tuple)) and len(x) <= 6:
        inner = ", ".join(_nice(v) if not isinstance(v, str) else repr(v) for v in x)
        return f"[{inner}]" if isinstance(x, list) else f"({inner})"
    return repr(x) if isinstance(x, str) else str(x)


def _known(points, labels):
    """Known points with their species, for a message: '(0, 0) Adelie, (10, 0) Gentoo, (0, 10) Chinstrap'."""
    return ", ".join(f"{p} {s}" for p, s in zip(points, labels))


def _source(fn):
    try:
        return _inspect.getsource(fn)
    except (OSError, TypeError):
        return ""


def _uses_xor(fn):
    """`^` in the function's code: in Python that is not "to the power of"."""
    return "^" in _source(fn)


def _call(see, name, *args):
    """Call the student's function `name` safely; a `^` that breaks it gets its own words."""
    fn = see.value(name)
    if not callable(fn):
        see.function(name)  # the kit's own message: not a function yet
    try:
        return see.run(fn, *args)
    except NotYet:
        if _uses_xor(fn):
            raise NotYet(_("In Python, `^` does not mean \"to the power of\": it is a different operation "
                           "on whole numbers. Use `**` instead: `across ** 2` is across squared.")) from None
        raise


# --- exercise 1: a new penguin -----------------------------------------------------------------
@exercise("new-penguin", hints=[
    _("A point is two numbers in round brackets: first the flipper length, then the bill length, like (200, 45)."),
    _("Look at the picture: pick a spot where two groups of penguins meet, and read its two numbers off the axes."),
    _("Your guess is one of the names in the legend, in quotes, spelled the same way: \"Adelie\", \"Chinstrap\" or \"Gentoo\"."),
], praise=_("Your penguin is on the map. Now build the machine that decides for it."))
def new_penguin(see):
    p = see.value("new_penguin", (tuple, list), why=_("A point is two numbers in round brackets."))
    name = see.name("new_penguin")
    see.that(len(p) == 2, _("Your `{name}` has {n} numbers, but a point here has two: "
                            "the flipper length and the bill length.", name=name, n=len(p)))
    see.that(all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in p),
             _("Your `{name}` is {p}. Both parts should be numbers, without quotes, like (200, 45).",
               name=name, p=tuple(p)))
    flipper, bill = p
    if flipper < 100 and bill > 100:
        see.that(False, _("Your `{name}` is {p}: the first number looks like a bill and the second like a flipper. "
                          "The order is (flipper length, bill length), because flippers go across in the picture. "
                          "Swap the two numbers.", name=name, p=tuple(p)))
    see.that(160 <= flipper <= 240 and 28 <= bill <= 65,
             _("Your `{name}` is {p}, far outside the cloud of known penguins (flippers from about 170 to 230 mm, "
               "bills from about 32 to 60 mm). The machine can only compare with penguins it knows: "
               "put yours in or near the cloud, on a border between two groups.", name=name, p=tuple(p)))
    guess = see.value("my_guess", str, why=_("A species name is text, so it goes in quotes."))
    if guess not in SPECIES:
        close = [s for s in SPECIES if s.lower() == guess.strip().lower().replace("é", "e").split(" ")[0]]
        see.that(not close, _("Your `{name}` is \"{guess}\". The data write it exactly as \"{right}\": "
                              "a computer sees every letter, and capitals too.",
                              name=see.name("my_guess"), guess=guess, right=close[0] if close else ""))
        see.that(False, _("Your `{name}` is \"{guess}\", which is not one of the three species in the data. "
                          "Choose \"Adelie\", \"Chinstrap\" or \"Gentoo\".", name=see.name("my_guess"), guess=guess))


# --- exercise 2: distance ------------------------------------------------------------------------
DISTANCE_CASES = [((200, 45), (197, 41)), ((0, 0), (3, 4)), ((197, 41), (200, 45)), ((210, 50), (190, 40)),
                  ((195.0, 40.5), (190.0, 52.5)), ((181, 39.1), (181, 39.1))]


@exercise("distance", hints=[
    _("Find how far apart the two points are across (a[0] - b[0]) and up (a[1] - b[1]). "
      "Those are the two short sides of a right-angled triangle."),
    _("Pythagoras: the long side is the square root of (across squared + up squared). "
      "In Python, squared is `** 2` and the square root is `math.sqrt(...)`."),
    _("`return math.sqrt((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2)`"),
], praise=_("That is Pythagoras, working for a machine: 3 across and 4 up is 5 apart."))
def distance(see):
    name = see.name("distance")
    see.function("distance")
    for a, b in DISTANCE_CASES:
        got = _call(see, "distance", a, b)
        across, up = a[0] - b[0], a[1] - b[1]
        want = _math.hypot(across, up)
        see.that(got is not None, _("Your `{name}` gives nothing back (None). A function hands its answer back "
                                    "with `return`: end it with `return` and the distance.", name=name))
        see.that(isinstance(got, (int, float)) and not isinstance(got, bool),
                 _("Your `{name}({a}, {b})` gives {got}, but a distance is one number.",
                   name=name, a=a, b=b, got=_nice(got)))
        if abs(got - want) < 1e-6:
            continue
        values = dict(name=name, a=a, b=b, got=_nice(got), want=_nice(want))
        if want and abs(got - want ** 2) < 1e-6:
            see.that(False, _("Your `{name}({a}, {b})` gives {got}, but the points are {want} apart. "
                              "{got} is {want} squared: you forgot the square root at the end. "
                              "Put `math.sqrt(...)` around the sum.",
                              a=values["a"], b=values["b"], got=values["got"], name=values["name"], want=values["want"]), expected=round(want, 2), saw=got)
        if abs(got - (abs(across) + abs(up))) < 1e-6:
            see.that(False, _("Your `{name}({a}, {b})` gives {got}: you added the steps across and up. "
                              "That is the distance if you may only walk along the grid lines. "
                              "The straight line is shorter: {want}. Use Pythagoras.",
                              a=values["a"], b=values["b"], got=values["got"], name=values["name"], want=values["want"]),
                     expected=round(want, 2), saw=got)
        if got < 0:
            see.that(False, _("Your `{name}({a}, {b})` gives {got}, a negative distance. A distance is never "
                              "negative: squaring each difference makes it positive, whatever the order of the points.",
                              a=values["a"], b=values["b"], got=values["got"], name=values["name"]), expected=round(want, 2), saw=got)
        if _uses_xor(see.value("distance")):
            see.that(False, _("In Python, `^` does not mean \"to the power of\": it is a different operation "
                              "on whole numbers. Use `**` instead: `across ** 2` is across squared."))
        see.that(False, _("Your `{name}({a}, {b})` gives {got}, but the points are {want} apart. "
                          "Work it out on paper: how far across, how far up, and then Pythagoras. "
                          "Check the brackets, too: the square root goes around the whole sum.",
                          a=values["a"], b=values["b"], got=values["got"], name=values["name"], want=values["want"]),
                 expected=round(want, 2), saw=got)


# --- exercise 3: the nearest known point ---------------------------------------------------------
# Three known points far apart, so the nearest is clear; a tie between A and B in the middle.
PTS = [(0, 0), (10, 0), (0, 10)]
LABELS = ["Adelie", "Gentoo", "Chinstrap"]
NEAREST_CASES = [((9, 1), "Gentoo"), ((1, 8), "Chinstrap"), ((1, 1), "Adelie"), ((0, 12), "Chinstrap")]


def _kinds(see, name, got, fn_name):
    """A nearest/vote function must give a species name; say what it gave instead."""
    if isinstance(got, str):
        return
    if isinstance(got, bool) or got is None:
        see.that(got is not None, _("Your `{name}` gives nothing back (None). End it with `return` "
                                    "and the species you found.", name=name))
    if isinstance(got, int) and fn_name == "vote":
        see.that(False, _("Your `{name}` gives {got}, a whole number: probably how many votes the winner has. "
                          "The machine should say the name that won, not its number of votes.", name=name, got=got))
    if isinstance(got, int):
        see.that(False, _("Your `{name}` gives {got}, a whole number: probably the place of the nearest point in the "
                          "list. The machine should say a species: use that place to look it up in the species list.",
                          name=name, got=got))
    if isinstance(got, float):
        see.that(False, _("Your `{name}` gives {got}, a distance. The machine should say which species "
                          "the nearest penguin is, not how far away it is.", name=name, got=_nice(got)))
    if isinstance(got, (tuple, list)):
        see.that(False, _("Your `{name}` gives {got}, a point or a list. The machine should say one species name.",
                          name=name, got=_nice(got)))
    see.that(False, _("Your `{name}` gives {got}, but it should give a species name, like \"Gentoo\".",
                      name=name, got=_nice(got)))


@exercise("nearest", hints=[
    _("Like finding the smallest number in a list: remember the best one so far, and look at every known point in turn."),
    _("Start with `best = 0` (the first point). In a loop over `range(len(points))`, if point i is nearer "
      "to `new` than point `best`, make `best = i`. After the loop, return `species[best]`."),
    _("Inside the loop: `if distance(new, points[i]) < distance(new, points[best]):` then `best = i`. "
      "Use `<`, not `<=`, so that in a tie the first one stays."),
], praise=_("Your machine decides! Did you know: without the square root in `distance` it would pick "
            "the same penguin, because a bigger distance always has a bigger square. Only the number itself would be wrong."))
def nearest(see):
    name = see.name("nearest")
    see.function("nearest")
    for new, want in NEAREST_CASES:
        got = _call(see, "nearest", new, list(PTS), list(LABELS))
        _kinds(see, name, got, "nearest")
        if got == want:
            continue
        far = max(range(3), key=lambda i: _math.dist(new, PTS[i]))
        values = dict(name=name, new=new, got=got, want=want)
        see.that(got != LABELS[far], _("With the known points {known}, your `{name}({new}, ...)` gives "
                                       "{got}: that is the farthest point, not the nearest. "
                                       "Check the comparison: the nearer point has the smaller distance.",
                                       known=_known(PTS, LABELS), got=values["got"], name=values["name"], new=values["new"]))
        see.that(got != LABELS[0], _("With the known points {known}, your `{name}({new}, ...)` gives "
                                     "{got}, the first point, but {want} is nearer. It looks as if the loop never "
                                     "changes its mind: does it look at every point, and remember a nearer one when it finds it?",
                                     known=_known(PTS, LABELS), got=values["got"], name=values["name"], new=values["new"], want=values["want"]))
        see.that(False, _("With the known points {known}, your `{name}({new}, ...)` gives {got}, "
                          "but the nearest is {want}.",
                          known=_known(PTS, LABELS), got=values["got"], name=values["name"], new=values["new"], want=values["want"]),
                 expected=want, saw=got)
    # A tie: (5, 0) is exactly 5 from Adelie (0, 0) and 5 from Gentoo (10, 0). The rule: keep the first.
    got = _call(see, "nearest", (5, 0), list(PTS), list(LABELS))
    see.that(got == "Adelie", _("In a tie, your `{name}` gives {got}. The point (5, 0) is exactly as near to "
                                "Adelie (0, 0) as to Gentoo (10, 0). The rule is: keep the first one you found. "
                                "Use `<` in the comparison, not `<=`, so a point that is only as near does not win.",
                                name=name, got=got), expected="Adelie", saw=got)
    # The real penguins: the nearest of the known examples, for a few test penguins.
    points = see.ns.get("known_points")
    labels = see.ns.get("known_species")
    if isinstance(points, list) and isinstance(labels, list) and len(points) == len(labels) and points:
        for new in [(200, 45), (215, 47), (190, 38)]:
            i = min(range(len(points)), key=lambda k: (_math.dist(new, points[k]), k))
            got = _call(see, "nearest", new, points, labels)
            see.that(got == labels[i], _("For the new penguin {new}, your `{name}` gives {got}, but the nearest known "
                                         "penguin is {want}, at {point}.", name=name, new=new, got=got,
                                         want=labels[i], point=points[i]), expected=labels[i], saw=got)


# --- exercise 4: the three nearest ---------------------------------------------------------------
PTS5 = [(10, 0), (20, 20), (2, 1), (0, 0), (9, 2), (1, 3)]
LABELS5 = ["Adelie", "Chinstrap", "Gentoo", "Gentoo", "Adelie", "Adelie"]
NEW5 = (8, 1)  # nearest first: (9, 2) Adelie, (10, 0) Adelie, (2, 1) Gentoo


@exercise("three-nearest", hints=[
    _("Make a list of pairs (distance, species): one pair for every known point. Then sort it: "
      "Python sorts pairs by their first part, the distance."),
    _("`pairs = []`, then in a loop `pairs.append((distance(new, points[i]), species[i]))`. "
      "After the loop: `pairs.sort()`."),
    _("Return the species of the first three pairs: `return [pairs[0][1], pairs[1][1], pairs[2][1]]`, "
      "or `[s for d, s in pairs[:3]]`."),
], praise=_("Three neighbours, nearest first. Check them against the dashed lines in the picture."))
def three_nearest(see):
    name = see.name("three_nearest")
    see.function("three_nearest")
    want = ["Adelie", "Adelie", "Gentoo"]
    got = _call(see, "three_nearest", NEW5, list(PTS5), list(LABELS5))
    values = dict(name=name, new=NEW5, got=_nice(got), want=want)
    see.that(got is not None, _("Your `{name}` gives nothing back (None). End it with `return` and the list of three "
                                "species.", name=name))
    see.that(isinstance(got, (list, tuple)), _("Your `{name}` gives {got}, but it should give a list of three species, "
                                               "like [\"Adelie\", \"Adelie\", \"Gentoo\"].",
                                               got=values["got"], name=values["name"]))
    got = list(got)
    if got and all(isinstance(x, (tuple, list)) and len(x) == 2 for x in got):
        see.that(False, _("Your `{name}` gives pairs: {got}. The vote only needs the species names: "
                          "take the second part of each pair.", got=values["got"], name=values["name"]))
    if got and all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in got):
        see.that(False, _("Your `{name}` gives {got}: numbers, not species. "
                          "Give the species of the three nearest points.", got=values["got"], name=values["name"]))
    see.that(len(got) == 3, _("Your `{name}` gives {count} species: {got}. It should give exactly the three nearest.",
                              count=len(got), got=values["got"], name=values["name"]), expected=want, saw=got)
    if got == want:
        return
    dist = [_math.dist(NEW5, p) for p in PTS5]
    by_name = [s for s, _d in sorted(zip(LABELS5, dist))][:3]
    by_point = [s for _p, s in sorted(zip(PTS5, LABELS5))][:3]
    farthest = [s for _d, s in sorted(zip(dist, LABELS5), reverse=True)][:3]
    skipped = [s for _d, s in sorted(zip(dist, LABELS5))][1:4]
    case = _("For the new point {new} and the known points {known}, your `{name}` gives {got}, "
             "but the three nearest are {want}.",
             known=_known(PTS5, LABELS5), got=values["got"], name=values["name"], new=values["new"], want=values["want"])
    see.that(got != by_name, case + " " + _("Your list is sorted by the species name, in alphabetical order. "
                                            "Sort by the distance: put the distance first in each pair."))
    see.that(got != by_point, case + " " + _("Your list is sorted by the points themselves (by the flipper length "
                                             "first), not by how far they are from the new point. "
                                             "Sort by the distance to `new`."))
    see.that(got != farthest, case + " " + _("These are the three farthest points: the list is sorted the wrong way "
                                             "round. Sort from small to large distance."))
    see.that(got != skipped, case + " " + _("You skipped the nearest one. Leave out the first only when the new "
                                            "penguin is itself one of the known points; here it is not."))
    see.that(got != LABELS5[:3], case + " " + _("These are the first three points of the list, not the three nearest. "
                                                "Sort by distance first, then take three."))
    see.that(False, case, expected=want, saw=got)


# --- exercise 5: the vote ------------------------------------------------------------------------
VOTES = [(["Gentoo", "Gentoo", "Adelie"], "Gentoo"), (["Adelie", "Gentoo", "Gentoo"], "Gentoo"),
         (["Gentoo", "Adelie", "Adelie"], "Adelie"), (["Chinstrap", "Adelie", "Chinstrap"], "Chinstrap"),
         (["Adelie", "Adelie", "Adelie"], "Adelie")]
TIES = [["Chinstrap", "Gentoo", "Adelie"], ["Gentoo", "Adelie", "Chinstrap"], ["Adelie", "Chinstrap", "Gentoo"]]


@exercise("vote", hints=[
    _("Count how often each name is in the list: `names.count(\"Gentoo\")` counts the Gentoos."),
    _("Start with `best = names[0]`. For every name in the list: if it is in the list more often than `best`, "
      "make it the new `best`. Return `best`."),
    _("Use `>`, not `>=`, when you compare the counts: then in a three-way tie the first name, the nearest, stays."),
], praise=_("A majority of three, and the nearest one breaks a tie. That is the whole machine."))
def vote(see):
    name = see.name("vote")
    see.function("vote")
    gave = []
    for names, want in VOTES:
        got = _call(see, "vote", list(names))
        _kinds(see, name, got, "vote")
        gave.append(got)
    wrong = [(names, want, got) for (names, want), got in zip(VOTES, gave) if got != want]
    if wrong:
        names, want, got = wrong[0]
        values = dict(name=name, names=names, got=got, want=want)
        see.that(gave != [max(n) for n, _w in VOTES], _(
            "Your `{name}({names})` gives {got}, the last name in alphabetical order, but {want} has more votes. "
            "`max` of names compares letters, not votes: count with `names.count(...)`.",
            got=values["got"], name=values["name"], names=values["names"], want=values["want"]),
            expected=want, saw=got)
        see.that(gave != [n[0] for n, _w in VOTES], _(
            "Your `{name}({names})` gives {got}, the first name, but {want} has more votes. "
            "Count the votes for every name.",
            got=values["got"], name=values["name"], names=values["names"], want=values["want"]), expected=want, saw=got)
        see.that(False, _("Your `{name}({names})` gives {got}, but {want} has the most votes.",
        got=values["got"], name=values["name"], names=values["names"], want=values["want"]),
                 expected=want, saw=got)
    for names in TIES:
        got = _call(see, "vote", list(names))
        _kinds(see, name, got, "vote")
        see.that(got == names[0], _("With three different names, {names}, your `{name}` gives {got}. "
                                    "Every name has one vote, so trust the nearest neighbour: the first name, {want}. "
                                    "Start with the first name, and only change your mind for a name with more votes "
                                    "(use `>`, not `>=`).", name=name, names=names, got=got, want=names[0]),
                 expected=names[0], saw=got)


# --- exercise 6: test on penguins it has not seen ------------------------------------------------
def _knn(new, points, labels, k):
    order = sorted(range(len(points)), key=lambda i: (_math.dist(new, points[i]), i))[:k]
    names = [labels[i] for i in order]
    return max(names, key=lambda s: (names.count(s), -names.index(s)))


@exercise("test-guesses", hints=[
    _("One guess for every test penguin, in the same order: loop over `test_points` and ask `decide` about each one."),
    _("`guesses = []`, then `for p in test_points:` and inside it `guesses.append(decide(p))`."),
    _("In one line: `guesses = [decide(p) for p in test_points]`."),
], praise=_("Your machine has taken its test. Now read the table: where does it go wrong?"))
def test_guesses(see):
    name = see.name("guesses")
    guesses = see.value("guesses", (list, tuple), why=_("The guesses are a list: one for every test penguin."))
    test_species = see.value("test_species", list)
    test_points = see.value("test_points", list)
    known = see.ns.get("known_points")
    if isinstance(known, list) and len(guesses) == len(known) != len(test_species):
        see.that(False, _("Your `{name}` has {count} guesses: one for every known penguin, not for the test penguins. "
                          "The machine already knows those: each one is its own nearest neighbour, at distance 0, "
                          "so it would look (almost) perfect. Test it on `{test}`, the penguins it has never seen.",
                          name=name, count=len(guesses), test=see.name("test_points")))
    see.that(len(guesses) == len(test_species),
             _n("Your `{name}` has {count} guess, but there are {total} test penguins. "
                "Make one guess for every test penguin.",
                "Your `{name}` has {count} guesses, but there are {total} test penguins. "
                "Make one guess for every test penguin.",
                len(guesses), name=name, count=len(guesses), total=len(test_species)),
             expected=len(test_species), saw=len(guesses))
    odd = [g for g in guesses if g not in SPECIES]
    see.that(not odd, _("Your `{name}` has {guess} in it, which is not a species. "
                        "Every guess should be what `decide` gives: \"Adelie\", \"Chinstrap\" or \"Gentoo\".",
                        name=name, guess=_nice(odd[0]) if odd else ""))
    known_species = see.ns.get("known_species")
    machine = None
    if isinstance(known, list) and isinstance(known_species, list) and len(known) == len(known_species):
        machine = [[_knn(p, known, known_species, k) for p in test_points] for k in (1, 3)]
    if list(guesses) == list(test_species) and (machine is None or list(guesses) not in machine):
        see.that(False, _("Your `{name}` is exactly the list of true answers, so every guess is right. "
                          "But those are the answers we hid from the machine: a test must use what the machine "
                          "decides itself. Ask `decide` about every test point.", name=name))
    right = sum(g == t for g, t in zip(guesses, test_species))
    see.that(right >= 0.8 * len(test_species),
             _("Only {right} of the {total} guesses in your `{name}` are right. A working machine gets far more right "
               "here: check that you ask about `{test}` in order, and that your functions pass their checks.",
               right=right, total=len(test_species), name=name, test=see.name("test_points")))


# --- exercise 7: the share it gets wrong, per species --------------------------------------------
@exercise("share-wrong", hints=[
    _("Count two things for one kind: how many test penguins really are that kind, and how many of those the "
      "machine got wrong. The share is the second divided by the first."),
    _("Loop with `for true, guess in zip(test_species, guesses):`. If `true == kind`, add 1 to `total`, "
      "and if also `guess != true`, add 1 to `wrong`."),
    _("After the loop: `return wrong / total`. That is a number from 0 (never wrong) to 1 (always wrong)."),
], praise=_("Now you can see it: the same machine is not equally good for every group."))
def share_wrong(see):
    name = see.name("share_wrong")
    see.function("share_wrong")
    truth = see.value("test_species", list)
    guesses = see.value("guesses", (list, tuple))
    see.that(len(truth) == len(guesses), _("First make `{guesses}` pass its check: it needs one guess for every "
                                           "test penguin.", guesses=see.name("guesses")))
    for kind in SPECIES:
        pairs = [(t, g) for t, g in zip(truth, guesses) if t == kind]
        wrong = sum(t != g for t, g in pairs)
        want = wrong / len(pairs)
        got = _call(see, "share_wrong", kind)
        values = dict(name=name, kind=kind, got=_nice(got), want=_nice(want), wrong=wrong, total=len(pairs),
                      all=len(truth))
        see.that(isinstance(got, (int, float)) and not isinstance(got, bool) and got is not None,
                 _("Your `{name}(\"{kind}\")` gives {got}, but it should give one number: the share of the "
                   "{kind} test penguins that the machine got wrong.",
                   got=values["got"], kind=values["kind"], name=values["name"]))
        if abs(got - want) < 1e-9:
            continue
        if abs(got - wrong / len(truth)) < 1e-9:
            see.that(False, _("Your `{name}(\"{kind}\")` gives {got}: {wrong} wrong out of all {all} test penguins. "
                              "But we want to know how the {kind} penguins are treated: divide by the {total} test "
                              "penguins that really are {kind}.",
                              all=values["all"], got=values["got"], kind=values["kind"], name=values["name"], total=values["total"], wrong=values["wrong"]), expected=round(want, 3), saw=got)
        if abs(got - (1 - want)) < 1e-9:
            see.that(False, _("Your `{name}(\"{kind}\")` gives {got}: that is the share the machine got right. "
                              "Count the wrong ones: `guess != true`.",
                              got=values["got"], kind=values["kind"], name=values["name"]), expected=round(want, 3), saw=got)
        if abs(got - 100 * want) < 1e-6 and want:
            see.that(False, _("Your `{name}(\"{kind}\")` gives {got}: a percentage. Give the share as a number "
                              "from 0 to 1 (the print line turns it into a percentage).",
                              got=values["got"], kind=values["kind"], name=values["name"]),
                     expected=round(want, 3), saw=got)
        if abs(got - wrong) < 1e-9:
            see.that(False, _("Your `{name}(\"{kind}\")` gives {got}: the number of mistakes. A share is that number "
                              "divided by how many {kind} penguins there are in the test ({total}).",
                              got=values["got"], kind=values["kind"], name=values["name"], total=values["total"]),
                     expected=round(want, 3), saw=got)
        see.that(False, _("Your `{name}(\"{kind}\")` gives {got}, but the machine got {wrong} of the {total} "
                          "{kind} test penguins wrong: a share of {want}.",
                          got=values["got"], kind=values["kind"], name=values["name"], total=values["total"], want=values["want"], wrong=values["wrong"]), expected=round(want, 3), saw=got)


# --- make it yours: a decision card --------------------------------------------------------------
@exercise("my-card", hints=[
    _("Choose a decision about people that a machine might make: who gets a discount, which student gets extra help, "
      "who may rent a flat. Invent it: it is a made-up example."),
    _("Copy the example card and change every line so that it is about your machine."),
    _("Every value is text in quotes; keep the same keys as the example card."),
], praise=_("A designer who asks who is harmed before building the machine: that is the job."))
def my_card(see):
    example = see.ns.get("example_card")
    card = see.made("my_card", example, kind=dict)
    name = see.name("my_card")
    if isinstance(example, dict):
        missing = [k for k in example if k not in card]
        see.that(not missing, _("Your `{name}` has no line \"{key}\". Keep every key of the example card, "
                                "and write your own answer after each one.", name=name,
                                key=missing[0] if missing else ""))
    empty = [k for k, v in card.items() if not (isinstance(v, str) and v.strip())]
    see.that(not empty, _("In your `{name}`, \"{key}\" has no text yet. Write your answer in quotes.",
                          name=name, key=empty[0] if empty else ""))
    if isinstance(example, dict):
        same = [k for k in example if card.get(k) == example[k]]
        see.that(len(same) <= 1, _("Your `{name}` still has the example's answers for {count} lines, like \"{key}\". "
                                   "This card is about your own machine: write your own answers.",
                                   name=name, count=len(same), key=same[0] if same else ""))
