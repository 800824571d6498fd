"""A kind word above a real traceback, in a real kernel."""

import re

import nbformat
import pytest
from conftest import is_message, said
from nbclient import NotebookClient

from artech.errors import explain


def test_explain_suggests_near_miss_names_and_attributes():
    with pytest.raises(AttributeError) as caught:
        "abc".uper()
    assert is_message(explain(caught.value), "did_you_mean", suggestion="upper")
    with pytest.raises(NameError) as caught:
        eval("colur", {})
    assert is_message(explain(caught.value, {"colour": 1}), "did_you_mean", suggestion="colour")
    assert is_message(explain(caught.value, {}), "student_error", error="NameError", why=said("why_name_error"))
    with pytest.raises(NameError) as caught:
        eval("red", {})
    text = explain(caught.value, {})
    assert "sorted" not in text, "built-in names are suggested only when very close"
    assert not is_message(text, "did_you_mean")
    assert is_message(text, "name_maybe_text", name="red")
    with pytest.raises(NameError) as caught:
        eval("pritn", {})
    assert is_message(explain(caught.value, {}), "did_you_mean", suggestion="print")


def test_call_slips_get_their_own_words():
    def tone(frequency, seconds=0.5, volume=0.5):
        return frequency

    with pytest.raises(TypeError) as caught:
        tone(440, second=2)
    text = explain(caught.value, {"tone": tone})
    assert is_message(text, "unknown_setting", function="tone", word="second")
    assert is_message(text, "did_you_mean", suggestion="seconds")

    class LED:
        def off(self):
            pass

    with pytest.raises(TypeError) as caught:
        LED.off()
    text = explain(caught.value, {})
    assert is_message(text, "kind_not_thing", kind="LED", method="off", thing="led")
    assert "`led = LED(17)`" in text


def test_silence_is_not_mistaken_for_a_builtin():
    with pytest.raises(NameError) as caught:
        eval("silence", {})
    assert "slice" not in explain(caught.value, {})


def test_a_notebook_error_gets_an_explanation_and_keeps_its_traceback():
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("import artech\ncolour = 3"), nbformat.v4.new_code_cell("print(colur)")]
    NotebookClient(nb, allow_errors=True, kernel_name="python3").execute()
    outputs = nb.cells[1].outputs
    assert [o.output_type for o in outputs] == ["display_data", "error"]
    assert is_message(outputs[0].data["text/plain"], "did_you_mean", suggestion="colour")  # the kernel speaks our language
    assert 'role="note"' in outputs[0].data["text/html"]
    assert outputs[1].ename == "NameError"


def test_a_kit_error_shows_only_the_students_lines_and_no_second_box():
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("from artech.sound import note\nnote('H4')")]
    NotebookClient(nb, allow_errors=True, kernel_name="python3").execute()
    outputs = nb.cells[0].outputs
    assert [o.output_type for o in outputs] == ["error"]  # the kit's own message is enough
    traceback = re.sub(r"\x1b\[[0-9;]*m", "", "\n".join(outputs[0].traceback))
    assert "note('H4')" in traceback and "sound.py" not in traceback


@pytest.mark.parametrize("name", ["E4", "G4", "Bb3", "c5"])
def test_a_note_without_quotes_gets_the_put_it_in_quotes_hint(name):
    with pytest.raises(NameError) as caught:
        eval(f"[{name}, 'F4']", {})
    # a name from the music lesson is no near miss: the note is text the student meant
    text = explain(caught.value, {"a": 1, "beep": 2, "E": 3, "line1": ["C4"]})
    assert said("name_maybe_text", name=name) in text
    assert not is_message(text, "did_you_mean")


def test_a_name_with_a_number_that_is_no_note_gets_no_quotes_hint():
    with pytest.raises(NameError) as caught:
        eval("H4", {})
    assert not is_message(explain(caught.value, {}), "name_maybe_text", name="H4")
    with pytest.raises(NameError) as caught:
        eval("line3", {})
    assert not is_message(explain(caught.value, {"line1": []}), "name_maybe_text", name="line3")
