"""The self-check system: kind, specific, and never raising into a student's face."""

import re

import pytest
from conftest import is_message, said

from artech import checks, messages
from artech.checks import MIME, exercise, run_check


@pytest.fixture(autouse=True)
def clean_registry():
    saved = dict(checks._EXERCISES)
    checks._EXERCISES.clear()
    checks._TRIES.clear()
    yield
    checks._EXERCISES.clear()
    checks._EXERCISES.update(saved)


def define_red():
    @exercise("pure-red", hints=["Light has three parts.", "Red full is 255.", "Write (255, 0, 0)."])
    def _(see):
        see.equal(see.value("red", tuple), (255, 0, 0), about="Your `red`")


def test_done_when_right():
    define_red()
    result = run_check("pure-red", {"red": (255, 0, 0)})
    assert result.status == "done"
    assert result.hint == ""


def test_missing_name_says_what_to_run_and_suggests_near_miss():
    define_red()
    result = run_check("pure-red", {"rde": (255, 0, 0)})
    assert result.status == "not yet"
    assert is_message(result.message, "missing_name", name="red")
    assert is_message(result.message, "did_you_mean", suggestion="rde")


def test_blank_is_named_as_blank():
    define_red()
    result = run_check("pure-red", {"red": ...})
    assert result.status == "not yet"
    assert result.message == said("still_blank", name="red")


def test_wrong_kind_names_both_kinds_in_plain_words():
    define_red()
    result = run_check("pure-red", {"red": "red"})
    assert result.status == "not yet"
    assert is_message(result.message, "wrong_type", name="red",
                      saw_kind=said("kind_str"), expected_kind=said("kind_tuple"))


def test_a_class_without_brackets_is_told_to_add_them():
    class Pen:
        pass

    @exercise("pen", hints=["Make a pen."])
    def _(see):
        see.value("pen", Pen)

    result = run_check("pen", {"pen": Pen})
    assert result.status == "not yet" and "`pen = Pen()`" in result.message
    assert result.message == said("class_not_made", name="pen", kind="Pen")


def test_wrong_value_shows_expected_and_saw():
    define_red()
    result = run_check("pure-red", {"red": (300, 0, 0)})
    assert result.status == "not yet"
    assert result.show and result.expected == (255, 0, 0) and result.saw == (300, 0, 0)
    assert f"{said('expected')}: (255, 0, 0)" in repr(result) and f"{said('saw')}: (300, 0, 0)" in repr(result)
    assert result.message == said("not_equal", about="Your `red`")


def test_hints_ladder_one_step_per_failed_try_and_stop_at_the_last():
    define_red()
    hints = [run_check("pure-red", {}).hint_number for _ in range(4)]
    assert hints == [1, 2, 3, 3]
    assert run_check("pure-red", {"red": (255, 0, 0)}).done
    assert run_check("pure-red", {}).hint_number == 1  # a fresh start after success


def test_exception_in_student_function_is_explained_kindly():
    @exercise("double", hints=["Multiply by 2."])
    def _(see):
        double = see.function("double")
        see.equal(double(3), 6, about="`double(3)`")

    def double(n):
        return n / 0

    result = run_check("double", {"double": double})
    assert result.status == "not yet"
    assert is_message(result.message, "student_error", error="ZeroDivisionError",
                      why=said("why_zero_division_error"))


def test_endless_loop_is_stopped_with_a_time_limit(monkeypatch):
    monkeypatch.setattr(checks, "TIME_LIMIT", 0.3)

    @exercise("loop", hints=["Give the loop an end."])
    def _(see):
        see.function("forever")()

    def forever():
        while True:
            pass

    result = run_check("loop", {"forever": forever})
    assert result.status == "not yet"
    assert result.message == said("too_slow", seconds=int(checks.TIME_LIMIT))


def test_endless_loop_is_stopped_off_the_main_thread_too(monkeypatch):
    import threading

    monkeypatch.setattr(checks, "TIME_LIMIT", 0.3)

    @exercise("loop", hints=["Give the loop an end."])
    def _(see):
        see.function("forever")()

    def forever():
        n = 0
        while True:
            n += 1

    box = {}
    thread = threading.Thread(target=lambda: box.update(r=run_check("loop", {"forever": forever})))
    thread.start()
    thread.join(10)
    assert box["r"].status == "not yet" and box["r"].message == said("too_slow", seconds=int(checks.TIME_LIMIT))


def test_too_much_printing_is_stopped(capsys):
    @exercise("chatty", hints=["Print less."])
    def _(see):
        see.function("chatty")()

    def chatty():
        for i in range(100000):
            print("hello", i)

    result = run_check("chatty", {"chatty": chatty})
    assert result.status == "not yet" and result.message == said("too_much_output", limit=checks.PRINT_LIMIT)
    assert len(capsys.readouterr().out) <= checks.PRINT_LIMIT


def test_not_a_function_is_said_plainly():
    @exercise("f", hints=["Use def."])
    def _(see):
        see.function("f")

    assert run_check("f", {"f": 3}).message == said("not_a_function", name="f")


def test_creative_task_needs_something_new():
    @exercise("mine", hints=["Change one colour."])
    def _(see):
        see.made("palette", example=["red", "blue"], kind=list)

    assert run_check("mine", {"palette": []}).message == said("nothing_made", name="palette")
    assert run_check("mine", {"palette": ["red", "blue"]}).message == said("not_changed", name="palette")
    assert run_check("mine", {"palette": ["red", "gold"]}).done


def test_a_broken_check_is_reported_as_error_not_blamed_on_the_student():
    @exercise("broken", hints=["x"])
    def _(see):
        raise RuntimeError("oops")

    result = run_check("broken", {})
    assert result.status == "error"
    assert result.message == said("check_broke", exercise="broken", error="RuntimeError", detail="oops")


def test_unknown_exercise_suggests_the_near_miss():
    define_red()
    result = run_check("pure-rde", {})
    assert result.status == "error" and is_message(result.message, "unknown_exercise", exercise="pure-rde")
    assert is_message(result.message, "did_you_mean", suggestion="pure-red")


def test_check_reads_the_callers_names():
    define_red()
    globals()["red"] = (255, 0, 0)  # a notebook's names are the globals of the cell that calls check()
    try:
        assert checks.check("pure-red").done
    finally:
        del globals()["red"]


def test_result_renders_html_text_and_machine_readable():
    define_red()
    result = run_check("pure-red", {"red": [1, 2]})
    bundle = result._repr_mimebundle_()
    assert bundle[MIME] == {"id": "pure-red", "status": "not yet", "message": result.message, "hint": result.hint}
    assert 'role="status"' in bundle["text/html"] and "<code>" in bundle["text/html"]
    # the verdict is in words too, never only an emoji or a colour
    assert bundle["text/plain"].startswith(f"🌱 {said('status_not_yet')} · pure-red")
    assert said("status_not_yet") in bundle["text/html"]


def test_html_escapes_student_values():
    define_red()
    result = run_check("pure-red", {"red": ("<b>", 0, 0)})
    assert "<b>" not in result._repr_html_().replace("<br>", "")


def test_every_message_formats_with_its_placeholders():
    import collections

    for key, source in messages.TEXT.items():
        for text in [source] if isinstance(source, str) else source:  # a count's (one, many)
            assert text.format_map(collections.defaultdict(lambda: "x")), key


def test_messages_never_shout():
    for key, source in messages.TEXT.items():
        text = source if isinstance(source, str) else " ".join(source)
        assert "!!" not in text, key
        words = [w for w in re.sub(r'"[^"]*"', "", text).split() if w.isalpha() and len(w) > 3]
        acronyms = {"GPIO", "HTML", "JSON", "MIDI", "RGB", "PWM", "WAV", "SVG", "LED", "LEDS", "USB", "YAML",
                    "WCAG", "CIELAB"}  # the accessibility guidelines, and the colour space colour differences are measured in
        assert not any(w.isupper() and w.upper() not in acronyms for w in words), f"{key} shouts"


# --- a lesson's checks live beside it, and check() finds them -------------------------------------
LESSON = "design-mixing-colours"


def test_load_runs_a_lessons_checks_fresh_each_time(repo):
    path = repo / "lessons" / "design" / "mixing-colours" / "checks.py"
    first, second = checks.load(path), checks.load(path)
    assert "pure-red" in first and first["pure-red"] is not second["pure-red"]
    assert checks._EXERCISES == {}, "a lesson's checks do not leak into the scratch registry"


def test_check_finds_its_lesson_from_the_notebook_jupyterlab_names(repo, tmp_path, monkeypatch):
    from artech.format import lesson as L

    nb = L.student_copy(L.read(repo / "lessons/design/mixing-colours/lesson.ipynb"), LESSON)
    path = tmp_path / "my-work.ipynb"
    import nbformat

    nbformat.write(nb, path)
    monkeypatch.chdir(tmp_path.parent)  # not the notebook's folder: only the session path can tell
    from artech import colour

    namespace = {"__session__": str(path), "red": (255, 0, 0), "colour": colour}
    assert checks.which_lesson(namespace, "pure-red") == LESSON
    assert run_check("pure-red", namespace, checks.load(checks._checks_file(LESSON)), LESSON).done


def test_check_finds_a_master_lesson_from_its_folder(repo, monkeypatch):
    monkeypatch.chdir(repo / "lessons" / "tinkering" / "light-it-up")
    assert checks.which_lesson({}, "light-off") == "tinkering-light-it-up"


def test_an_exercise_only_one_lesson_has_finds_that_lesson(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert checks.which_lesson({}, "pure-red") == LESSON
    assert checks.which_lesson({}, "no-such-exercise") is None


def test_check_with_no_lesson_to_find_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = checks.check("no-such-exercise")
    assert result.status == "error"
    assert result.message == said("lesson_unknown", exercise="no-such-exercise")


def test_hints_ladder_per_lesson_and_the_same_verdict_when_run_again(repo, monkeypatch):
    monkeypatch.chdir(repo / "lessons" / "design" / "mixing-colours")
    globals()["red"] = (0, 0, 0)
    try:
        first, second = checks.check("pure-red"), checks.check("pure-red")
    finally:
        del globals()["red"]
    assert first.status == second.status == "not yet"
    assert (first.hint_number, second.hint_number) == (1, 2)


def test_check_before_the_first_cell_says_which_cell_to_run(repo):
    from artech.errors import explain

    notebook = repo / "lessons" / "design" / "mixing-colours" / "lesson.ipynb"
    text = explain(NameError("name 'check' is not defined", name="check"), {"__session__": str(notebook)})
    assert text == said("first_cell_not_run", name="check", place=said("first_cell_place", heading="Get ready"))
    # without a notebook to read, a kit name still gets the same advice, without the place
    assert explain(NameError("x", name="colour"), {}) == said("first_cell_not_run", name="colour", place="")
    # once the first cell ran, a missing name is an ordinary slip with did-you-mean
    slip = explain(NameError("x", name="colur"), {"check": 1, "colour": 1})
    assert not is_message(slip, "first_cell_not_run")
    assert is_message(slip, "did_you_mean", suggestion="colour")


def test_the_kernel_loads_the_kind_errors_before_any_cell(repo):
    """The kernel configuration the kit installs turns the explanations on before the first cell."""
    from IPython.testing.globalipapp import start_ipython

    from artech import errors

    shell = start_ipython()
    shell._artech_explains = False
    errors.load_ipython_extension(shell)
    assert shell._artech_explains is True
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader("ipython_kernel_config.py", path=str(repo / "jupyter-config")).load_config()
    assert config.InteractiveShellApp.extensions.get_value([]) == ["artech.errors"]
