"""A kind word above a real traceback, in a real kernel."""

import re

import nbformat
import pytest
from nbclient import NotebookClient

from artech import messages
from artech.errors import explain


def test_explain_suggests_near_miss_names_and_attributes():
    try:
        "abc".uper()
    except AttributeError as exc:
        assert "Did you mean `upper`?" in explain(exc)
    try:
        eval("colur", {})
    except NameError as exc:
        assert "Did you mean `colour`?" in explain(exc, {"colour": 1})
        assert "a typo, or a cell that has not run" in explain(exc, {})
    try:
        eval("red", {})
    except NameError as exc:
        assert "sorted" not in explain(exc, {}), "built-in names are suggested only when very close"
        assert 'put it in quotes: "red"' in explain(exc, {})
    try:
        eval("pritn", {})
    except NameError as exc:
        assert "Did you mean `print`?" in explain(exc, {})


def test_call_slips_get_their_own_words():
    def tone(frequency, seconds=0.5, volume=0.5):
        return frequency

    try:
        tone(440, second=2)
    except TypeError as exc:
        text = explain(exc, {"tone": tone})
        assert "no setting called `second`" in text and "Did you mean `seconds`?" in text

    class LED:
        def off(self):
            pass

    try:
        LED.off()
    except TypeError as exc:
        assert "`led = LED(17)`" in explain(exc, {})


def test_silence_is_not_mistaken_for_a_builtin():
    try:
        eval("silence", {})
    except NameError as exc:
        assert "slice" not in explain(exc, {})


def test_a_notebook_error_gets_an_explanation_and_keeps_its_traceback():
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("import artech\ncolour = 3"), nbformat.v4.new_code_cell("print(colur)")]
    NotebookClient(nb, allow_errors=True, kernel_name="python3").execute()
    outputs = nb.cells[1].outputs
    assert [o.output_type for o in outputs] == ["display_data", "error"]
    assert "Did you mean `colour`?" in outputs[0].data["text/plain"]
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
    assert messages.say("name_maybe_text", name=name) in text
    assert "Did you mean" not in text


def test_a_name_with_a_number_that_is_no_note_gets_no_quotes_hint():
    with pytest.raises(NameError) as caught:
        eval("H4", {})
    assert messages.say("name_maybe_text", name="H4") not in explain(caught.value, {})
    with pytest.raises(NameError) as caught:
        eval("line3", {})
    assert messages.say("name_maybe_text", name="line3") not in explain(caught.value, {"line1": []})
