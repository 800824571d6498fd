"""The checks for *Testing your code* (programming-testing-your-code).

They run in the kit, never in the student's notebook. The student writes tests (functions whose
name starts with `test`, as pytest finds them). A check runs those tests itself, twice over:

- against a correct version of the function: every test must pass (a test that fails here expects
  the wrong thing);
- against planted wrong versions ("mutants": a `<` that should be `<=`, a rule that forgot the empty
  text): for each one, at least one test must fail. A mutant that passes every test "slipped past".

That is mutation testing in miniature: the checks judge what the tests can find, never how they are
written. Every sentence goes through `_` so each edition speaks its own language."""

import inspect as _inspect
import itertools as _itertools
import types as _types

from artech.checks import exercise, _, _n


# --- the functions of the lesson, correct and wrong ------------------------------------------------

def _consent_right(age):
    return age < 16


def _consent_le(age):
    return age <= 16


def _consent_15(age):
    return age < 15


def _consent_flipped(age):
    return age >= 16


def _consent_always(age):
    return True


_COMMON = ["123456789012", "password1234", "qwertyuiopas"]


def _password_right(password):
    if password.lower() in _COMMON:
        return False
    return len(password) >= 12


def _password_buggy(password):
    if password.lower() in _COMMON:
        return False
    return len(password) > 12


def _nickname_right(nickname):
    return 3 <= len(nickname) <= 12 and all(c.isalnum() or c == "_" for c in nickname)


def _nickname_no_3(nickname):
    return 3 < len(nickname) <= 12 and all(c.isalnum() or c == "_" for c in nickname)


def _nickname_no_max(nickname):
    return 3 <= len(nickname) and all(c.isalnum() or c == "_" for c in nickname)


def _nickname_spaces(nickname):
    return 3 <= len(nickname) <= 12 and all(c.isalnum() or c in "_ " for c in nickname)


def _nickname_symbols(nickname):
    return 3 <= len(nickname) <= 12 and " " not in nickname


def _nickname_2(nickname):
    return 2 <= len(nickname) <= 12 and all(c.isalnum() or c == "_" for c in nickname)


# --- finding and running the student's tests ----------------------------------------------------

def _uses(code, name):
    """True when the code (or code inside it) looks up `name`."""
    if name in code.co_names:
        return True
    return any(isinstance(c, _types.CodeType) and _uses(c, name) for c in code.co_consts)


def _cases(test):
    """One test as pytest runs it: a call without values, or one call per row of `parametrize`."""
    rows = [((), {})]
    for mark in getattr(test, "pytestmark", []) or []:
        if getattr(mark, "name", "") != "parametrize" or len(mark.args) < 2:
            continue
        names = mark.args[0]
        names = [n.strip() for n in names.split(",")] if isinstance(names, str) else list(names)
        values = []
        for value in mark.args[1]:
            if hasattr(value, "values") and hasattr(value, "marks"):
                value = tuple(value.values)
            elif len(names) == 1:
                value = (value,)
            values.append(dict(zip(names, value)))
        rows = [((), {**a[1], **b}) for a, b in _itertools.product(rows, values)]
    return [kwargs for _args, kwargs in rows]


def _tests(see, function):
    """The student's tests that call `function` (the edition's name): [(test name, function), ...]."""
    name = see.name(function)
    spaces = getattr(see.ns, "namespace", see.ns)
    found = []
    for key, value in list(spaces.items()):
        if key.startswith("test") and isinstance(value, _types.FunctionType) and _uses(value.__code__, name):
            found.append((key, value))
        elif key.startswith("Test") and isinstance(value, type):
            for method, fn in vars(value).items():
                if method.startswith("test") and isinstance(fn, _types.FunctionType) and _uses(fn.__code__, name):
                    found.append(("{0}.{1}".format(key, method), _bound(value, fn)))
    see.that(found, _(
        "I can't find a test of `{function}` yet. "
        "A test is a function whose name starts with `test_`, with an `assert` inside that calls `{function}`. "
        "Write one in the cell above, run the cell (Shift+Enter), then check again.", function=name))
    return found


def _bound(cls, fn):
    def run(**kwargs):
        return fn(cls(), **kwargs)
    run.pytestmark = getattr(fn, "pytestmark", [])
    run.target_globals = fn.__globals__
    return run


def _globals(test):
    return getattr(test, "target_globals", test.__globals__)


def _attempt(test, kwargs):
    try:
        test(**kwargs)
    except Exception as exc:  # a failed assert, or any other error: pytest counts both as "failed"
        return exc
    return None


def _first_line(exc):
    words = str(exc).strip().splitlines()
    first = words[0] if words else ""
    return first[:120] or type(exc).__name__


def _run_all(see, tests, function, version):
    """Run every test with `version` in place of the student's `function`: [(test, error or None)]."""
    name = see.name(function)
    outcomes = []
    for label, test in tests:
        needs = [p for p in _inspect.signature(test).parameters]
        for kwargs in _cases(test):
            missing = [p for p in needs if p not in kwargs]
            see.that(not missing, _(
                "Your test `{test}` asks for values ({values}), but nothing gives them. "
                "A plain test has empty brackets: `def {test}():`. "
                "Or give the values with `@pytest.mark.parametrize`.",
                test=label, values=", ".join(missing)))
            space = _globals(test)
            had = name in space
            old = space.get(name)
            space[name] = version
            try:
                outcomes.append((label, see.run(_attempt, test, kwargs)))
            finally:
                if had:
                    space[name] = old
                else:
                    space.pop(name, None)
    return outcomes


def _pass_on_right(see, tests, function, right):
    """Every test passes when the function is correct; else the test itself expects the wrong thing."""
    for label, error in _run_all(see, tests, function, right):
        if error is None:
            continue
        if isinstance(error, AssertionError):
            see.that(False, _(
                "Your test `{test}` fails, even with a correct `{function}`: {error}. "
                "So the test expects the wrong thing. "
                "Read the rule again, and fix what the test expects.",
                test=label, function=see.name(function), error=_first_line(error)))
        see.that(False, _(
            "Your test `{test}` stops with an error, even with a correct `{function}`: {error} ({kind}). "
            "Look at how the test calls `{function}`: one value in the brackets, of the right kind.",
            test=label, function=see.name(function), error=_first_line(error), kind=type(error).__name__))


def _catches(see, tests, function, wrong):
    """True when at least one test fails with the wrong version `wrong`."""
    return any(error is not None for _label, error in _run_all(see, tests, function, wrong))


def _slipped(see, tests, function, mutants):
    """Each (mutant, message) must make at least one test fail: stop at the first that slips past."""
    for wrong, message in mutants:
        see.that(_catches(see, tests, function, wrong), message)


# --- the exercises ---------------------------------------------------------------------------------

@exercise("consent-tests", hints=[
    _("Imagine someone wrote `needs_consent` wrongly. Which mistakes are easy to make? "
      "A test should fail for each of them."),
    _("Test at least one age on each side of the edge, and the edge itself: "
      "the last age that needs consent, and the first one that doesn't."),
    _("Three tests will do: `assert needs_consent(12)`, `assert needs_consent(15)`, and "
      "`assert not needs_consent(16)`. Put each in its own `def test_...():`."),
], praise=_("Your tests catch every wrong version I tried, and pass for the right one. "
            "That is what a good test does."))
def consent_tests(see):
    tests = _tests(see, "needs_consent")
    _pass_on_right(see, tests, "needs_consent", _consent_right)
    _slipped(see, tests, "needs_consent", [
        (_consent_always, _(
            "A wrong version slipped past your tests: one that says yes to everyone, even a grown-up of 40. "
            "Add a test with an age that does not need consent.")),
        (_consent_flipped, _(
            "A wrong version slipped past your tests: one that has the rule the wrong way round (`age >= 16`). "
            "Test a young age that needs consent, and an older one that doesn't.")),
        (_consent_le, _(
            "A wrong version slipped past your tests: `age <= 16`. It asks a 16-year-old for consent too. "
            "Your tests never try the age right on the edge. Which age is that?")),
        (_consent_15, _(
            "A wrong version slipped past your tests: `age < 15`. It lets a 15-year-old join alone. "
            "Test the last age that still needs consent, just under the edge.")),
    ])


@exercise("catch-the-bug", hints=[
    _("The rule says at least 12 characters. Which lengths are on the edge of that rule?"),
    _("Count the characters of a test password carefully: `len(\"abcdefghijk1\")` tells you."),
    _("Write a test that expects a password of exactly 12 characters to be accepted, like "
      "`assert password_ok(\"sunflower123\")`. It fails: that is the bug."),
], praise=_("Your test fails on the buggy version and passes on a correct one: it points right at the bug."))
def catch_the_bug(see):
    tests = _tests(see, "password_ok")
    _pass_on_right(see, tests, "password_ok", _password_right)
    see.that(_catches(see, tests, "password_ok", _password_buggy), _n(
        "Your {n} test passes on the buggy `{function}` too, so it has not caught the bug yet. "
        "The bug is in the length rule. Try a password right on the edge of that rule.",
        "All {n} of your tests pass on the buggy `{function}` too, so they have not caught the bug yet. "
        "The bug is in the length rule. Try a password right on the edge of that rule.",
        len(tests), n=len(tests), function=see.name("password_ok")))


_PASSWORD_CASES = [
    ("Amsterdam123", True), ("abcdefghijk", False), ("", False), ("Zwolle Zwolle 2026", True),
    ("password1234", False), ("PASSWORD1234", False), ("x" * 40, True), ("1234567890123", True),
]


@exercise("fix-the-bug", hints=[
    _("Your failing test tells you which password is judged wrongly. Which line decides about the length?"),
    _("`>` means more than, so `len(password) > 12` says no to exactly 12. Which sign also lets 12 through?"),
    _("Change `>` to `>=`: `return len(password) >= 12`. Then run the cell: every test should pass."),
], praise=_("Fixed, and your own test proves it. Next time this bug comes back, the test will catch it."))
def fix_the_bug(see):
    fn = see.function("password_ok")
    name = see.name("password_ok")
    for password, expected in _PASSWORD_CASES:
        got = fn(password)
        see.that(got in (True, False), _(
            "`{function}(\"{password}\")` gives `{got}`, but it should give `True` or `False`. "
            "Make the function `return` the answer.", function=name, password=password, got=repr(got)))
        if got == expected:
            continue
        if expected:
            see.that(False, _(
                "`{function}(\"{password}\")` gives `False`, but this password has {length} characters "
                "and is not a common one, so the rule lets it in. Look at the length check once more.",
                function=name, password=password, length=len(password)), expected=True, saw=got)
        see.that(False, _(
            "`{function}(\"{password}\")` gives `True`, but the rule says no: it is too short, or a common password. "
            "Keep the line that checks the list of common passwords, and fix only the length.",
            function=name, password=password), expected=False, saw=got)


@exercise("edge-cases", hints=[
    _("For each part of the rule, think of a nickname that is only just allowed, and one that is only just not."),
    _("The unusual ones are easy to forget: an empty nickname, one with a space in it, one with a symbol like `@` or `!`."),
    _("Tests that catch all of them: 3 letters is fine, 12 is fine, 13 is too long, 2 is too short, "
      "`\"\"` is not allowed, `\"anna smit\"` and `\"bob!\"` are not allowed."),
], praise=_("Every wrong version fails at least one of your tests. You found the edges of the rule."))
def edge_cases(see):
    tests = _tests(see, "nickname_ok")
    _pass_on_right(see, tests, "nickname_ok", _nickname_right)
    _slipped(see, tests, "nickname_ok", [
        (_nickname_no_max, _(
            "A wrong version slipped past your tests: it has no longest length, so a nickname of 50 letters is fine. "
            "Add a test with a nickname that is too long.")),
        (_nickname_no_3, _(
            "A wrong version slipped past your tests: it says no to a nickname of exactly 3 characters. "
            "Add a test for the shortest nickname that is still allowed.")),
        (_nickname_2, _(
            "A wrong version slipped past your tests: it also lets in a nickname of 2 characters. "
            "Add a test for a nickname that is just too short.")),
        (_nickname_spaces, _(
            "A wrong version slipped past your tests: it lets in nicknames with a space, "
            "which makes it easy to put a whole real name on the scoreboard. Add a test with a space.")),
        (_nickname_symbols, _(
            "A wrong version slipped past your tests: it only refuses spaces, "
            "so `bob!` or `a@b.nl` get through. Add a test with a symbol, such as `!` or `@`.")),
    ])


def _shape(fn):
    """What a function does, without its names and its docstring: its bytecode and its numbers."""
    code = fn.__code__
    return code.co_code, tuple(c for c in code.co_consts if c is not None and not isinstance(c, str))


def _lesson_functions(see):
    spaces = getattr(see.ns, "namespace", see.ns)
    return [spaces.get(see.name(n)) for n in ("needs_consent", "password_ok", "nickname_ok")]


@exercise("my-rule", hints=[
    _("Pick a rule from an app you would like to make: when may a message be sent, how loud may the speaker get, "
      "how many tries does a user get? Write it as `my_rule`, a function that returns `True` or `False`."),
    _("Then write three tests: one in the middle of what is allowed, one on the edge, and one unusual case."),
], praise=_("Your own rule, with tests that guard it. Swap with a neighbour: can they write a wrong version "
            "that slips past your tests?"))
def my_rule(see):
    see.function("my_rule")
    real = see.value("my_rule")
    name = see.name("my_rule")
    codes = [_shape(f) for f in _lesson_functions(see) if isinstance(f, _types.FunctionType)]
    see.that(not (isinstance(real, _types.FunctionType) and _shape(real) in codes), _(
        "`{function}` does the same as a function from earlier in the lesson. "
        "This rule is yours: make up a new one, for an app of your own.", function=name))
    tests = _tests(see, "my_rule")
    outcomes = _run_all(see, tests, "my_rule", real)
    for label, error in outcomes:
        see.that(error is None, _(
            "Your test `{test}` fails: {error}. "
            "Either the test expects the wrong thing, or your rule has a bug. Which one is it?",
            test=label, error=_first_line(error)))
    see.that(len(outcomes) >= 3, _n(
        "Your rule has {n} test so far. Write at least 3: the middle, an edge, and something unusual.",
        "Your rule has {n} tests so far. Write at least 3: the middle, an edge, and something unusual.",
        len(outcomes), n=len(outcomes)), expected=3, saw=len(outcomes))
