"""The checks for *Choose your own path* (programming-choose-your-path).

They run in the kit, never in the student's notebook: `check("id")` loads this file fresh,
and `artech check` runs it after the student's code. The hints and praise live here too,
so a student copy holds no answers. Every sentence goes through `_` (or `_n` for a count),
so each edition of the lesson speaks its own language (`checks.<lang>.po`).

The checks call the student's functions with different answers (right, wrong, empty, in capitals),
as a tester would, and say what the function gave back for each one."""

from artech.checks import exercise, _, _n

# Passwords so common that they are among the first anyone tries.
_WEAK = {"password", "wachtwoord", "12345678", "123456789", "1234567890", "qwertyui", "qwertyuiop",
         "abcdefgh", "iloveyou", "00000000", "11111111"}


def _shown(value):
    """A value as Python writes it: 'tulip42' with quotes, True without, None as None."""
    return repr(value)


def _gave(see, fn, name, code):
    """Call the student's function with `code`; say kindly when it gives back nothing at all."""
    result = fn(code)
    see.that(result is not None, _(
        "`{name}({code})` gave back nothing (`None`). "
        "Write the inside of the function, and give the answer back with `return`, like `return True`. "
        "(`print` only shows something on the screen.)", name=see.name(name), code=_shown(code)))
    return result


@exercise("open-lock", hints=[
    _("The lock has two paths: the code is the secret, or it is not. "
      "Start with `if code == secret:` and put `else:` under it, lined up with `if`."),
    _("Under `if code == secret:`, pushed in, write `return True`. "
      "Under `else:`, pushed in, write `return False`."),
    _("Four lines, each pushed in inside the function: `if code == secret:`, then `return True` "
      "(8 spaces), then `else:`, then `return False` (8 spaces)."),
], praise=_("Your lock opens for the secret, and stays closed for everything else."))
def open_lock(see):
    secret = see.value("secret", str)
    fn = see.function("open_lock")
    right = _gave(see, fn, "open_lock", secret)
    see.that(right != "True", _(
        "`{name}({code})` gives the text `'True'`, in quotes. "
        "The lock should give `True` itself, without quotes: `return True`.",
        name=see.name("open_lock"), code=_shown(secret)))
    see.that(right is True, _(
        "Your lock does not open for the secret: `{name}({code})` gives {got}. "
        "For the right code it should give `True`. "
        "Check that you compare `code` with `secret`, with two `=` signs: `code == secret`.",
        name=see.name("open_lock"), code=_shown(secret), got=_shown(right)), expected=True, saw=right)
    for wrong, what in ((_("rose99"), "wrong"), ("", "empty"), (secret.upper(), "capitals")):
        if wrong == secret:
            continue
        got = _gave(see, fn, "open_lock", wrong)
        if got is False:
            continue
        if what == "wrong":
            see.that(False, _(
                "Your lock also opens for a wrong code: `{name}({code})` gives {got}. "
                "A lock that always opens is no lock. For every other code it should give `False`: "
                "put `return False` under `else:`.",
                name=see.name("open_lock"), code=_shown(wrong), got=_shown(got)), expected=False, saw=got)
        if what == "empty":
            see.that(False, _(
                "Your lock opens when nothing is typed: `{name}('')` gives {got}. "
                "An empty code should give `False`.", name=see.name("open_lock"), got=_shown(got)),
                expected=False, saw=got)
        see.that(False, _(
            "Your lock gives {got} for {code}, the secret in capitals. "
            "The right code is only the secret exactly, letter for letter, so this should give `False`.",
            code=_shown(wrong), got=_shown(got)), expected=False, saw=got)


@exercise("broken-lock", hints=[
    _("Test the broken lock with the four kinds of answers: the right one, a wrong one, "
      "an empty one (`\"\"`) and one in capitals. Which one opens it, but should not?"),
    _("`code in secret` asks: can you find the code somewhere inside the secret? "
      "Is an empty code inside every word? Is a piece of the secret inside the secret?"),
    _("Try `broken_lock(\"\")`: an empty code. Or try only the first letters of the secret. "
      "Put the code that opens it in `sneaky_code`, like `sneaky_code = \"\"`."),
], praise=_("You found the hole by testing. That is what testers do: they try what nobody expects."))
def broken_lock(see):
    secret = see.value("secret", str)
    sneaky = see.value("sneaky_code", str, why=_("A code is text, in quotes."))
    see.that(sneaky != secret, _(
        "{code} is the real secret, so of course the lock opens. "
        "Find another code that opens the broken lock too.", code=_shown(sneaky)))
    opens = see.run(lambda c: c in secret, sneaky)
    see.that(opens, _(
        "The broken lock stays closed for {code}, so that is not the hole yet. "
        "Test it with the other kinds of answers.", code=_shown(sneaky)))


@exercise("count-codes", hints=[
    _("Start small: a lock with 1 digit has 10 codes (0 to 9). With 2 digits, each first digit "
      "can go with 10 second digits."),
    _("Every digit more makes 10 times as many codes: 2 digits is 10 × 10 = 100. "
      "In Python, × is `*`."),
    _("`codes_3 = 10 * 10 * 10` and for 6 digits: six tens, with `*` between them."),
], praise=_("One digit more makes 10 times as many codes. That is why long passwords are strong."))
def count_codes(see):
    three = see.value("codes_3", int)
    six = see.value("codes_6", int)
    see.that(three != 30, _(
        "Your `{name}` is 30: that is 10 + 10 + 10. "
        "But the digits don't add up, they multiply: each first digit can go with 10 second digits, "
        "and each of those with 10 third digits.", name=see.name("codes_3")), expected=1000, saw=three)
    see.that(three != 999, _(
        "Your `{name}` is 999. That counts 1 to 999, but 000 is a code too! "
        "From 000 to 999 there are 1000 codes.", name=see.name("codes_3")), expected=1000, saw=three)
    see.that(three == 1000, _(
        "Your `{name}` is {value}, but a lock with 3 digits has more codes than that. "
        "Each digit can be 0 to 9: that is 10 choices, 3 times.", name=see.name("codes_3"), value=three),
        expected=1000, saw=three)
    see.that(six != 2000, _(
        "Your `{name}` is 2000: 2 times the codes of 3 digits. "
        "But 3 more digits make 10 × 10 × 10 times as many codes, not 2 times.",
        name=see.name("codes_6")), expected=1000000, saw=six)
    see.that(six == 1000000, _(
        "Your `{name}` is {value}. A lock with 6 digits has 10 × 10 × 10 × 10 × 10 × 10 codes.",
        name=see.name("codes_6"), value=six), expected=1000000, saw=six)


@exercise("my-lock", hints=[
    _("First make `my_password`: your own made-up password, in quotes, at least 8 letters long. "
      "Then copy your `open_lock` into `my_lock`, and compare with `my_password`."),
    _("Your lock may answer with words: `return \"Welcome in!\"` for the right password, "
      "and `return \"Go away!\"` for the rest."),
], praise=_("Your own lock, with a long password. Now keep it secret!"))
def my_lock(see):
    password = see.made("my_password", kind=str)
    see.that(password != see.value("secret", str), _(
        "Your `{name}` is the secret of the lesson. Make up a password of your own.",
        name=see.name("my_password")))
    see.that(len(password) >= 8, _n(
        "Your `{name}` has {n} letter or sign. A good password is long: make it at least 8. "
        "A trick: stick three words together, like `cloud-bike-soup`.",
        "Your `{name}` has {n} letters and signs. A good password is long: make it at least 8. "
        "A trick: stick three words together, like `cloud-bike-soup`.",
        len(password), name=see.name("my_password"), n=len(password)), expected=8, saw=len(password))
    see.that(password.lower() not in _WEAK, _(
        "{code} is one of the first passwords anyone tries, so it is easy to guess. "
        "Make up one that nobody would guess.", code=_shown(password)))
    fn = see.function("my_lock")
    right = _gave(see, fn, "my_lock", password)
    wrong = _gave(see, fn, "my_lock", password + "x")
    empty = _gave(see, fn, "my_lock", "")
    see.that(right != wrong, _(
        "Your lock gives {got} for your password and for a wrong one too, so it can't tell them apart. "
        "Compare `code` with `{password}` in your `if`.", got=_shown(right), password=see.name("my_password")))
    see.that(right != empty, _(
        "Your lock gives {got} for your password and for an empty code too. "
        "Only your password should open it.", got=_shown(right)))
