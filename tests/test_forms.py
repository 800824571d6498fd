"""artech.forms: a form described as data, shown as a look-alike, with properties a check can read."""

import html
import re
from xml.etree import ElementTree

import pytest
from conftest import is_message, said

from artech import colour, forms
from artech.forms import FormError

GOOD = [
    {"label": "First name", "kind": "text", "required": True, "purpose": "to greet you",
     "error": "Type your first name, for example Sam."},
    {"label": "Email address", "kind": "email", "help": "We only use it to answer you.",
     "purpose": "to send the answer"},
    {"label": "Which branch?", "kind": "choice", "options": ["North", "South"]},
    {"label": "Send me news", "kind": "checkbox"},
]


def test_a_form_has_fields_a_check_can_read():
    shown = forms.form(GOOD, title="Ask the library")
    assert isinstance(shown, forms.Form) and len(shown) == 4
    assert shown.labels == ["First name", "Email address", "Which branch?", "Send me news"]
    assert [f.kind for f in shown.fields] == ["text", "email", "choice", "checkbox"]
    assert shown.required == ["First name"]
    assert shown.unlabelled == []
    assert shown.without_purpose == ["Which branch?", "Send me news"]
    assert shown.without_error == ["Email address", "Which branch?"]  # a tick box needs none
    assert shown.fields[2].options == ["North", "South"] and shown.fields[3].checked is False
    assert shown.contrast == pytest.approx(colour.contrast_ratio((33, 33, 33), (255, 255, 255)))


def test_the_look_alike_is_labelled_self_contained_and_sends_nothing():
    page = forms.form(GOOD, title="Ask the library")._repr_html_()
    ElementTree.fromstring(page)  # well-formed
    assert html.escape(said("form_banner")) in page  # always says it is a look-alike
    assert "<form" not in page and "<script" not in page and "http" not in page and "src=" not in page
    assert "<style" not in page and "class=\"artech-form\"" in page  # inline styles only
    ids = re.findall(r'<(?:input|select) [^>]*id="([^"]+)"', page)
    assert len(ids) == 4
    for fid in ids:  # every control has its own label
        assert f'<label for="{fid}"' in page
    assert "aria-describedby" in page and "Type your first name" in page
    assert page == forms.form(GOOD, title="Ask the library")._repr_html_()  # stable output


def test_a_field_without_a_label_shows_no_label_and_is_counted():
    shown = forms.form([{"kind": "text", "placeholder": "BSN"}, {"label": "Age", "kind": "number"}])
    assert shown.unlabelled == [1] and shown.fields[0].name == said("form_field_number", n=1)
    assert "<label" in shown._repr_html_() and shown._repr_html_().count("<label") == 1
    spoken = shown.read_aloud()
    assert repr(spoken).splitlines()[1] == said("form_no_label") + ", " + said("form_kind_text")
    assert repr(spoken).splitlines()[-1] == said("form_button_word", button=said("form_default_button"))


def test_read_aloud_says_label_kind_required_and_help():
    lines = repr(forms.form(GOOD, title="T").read_aloud()).splitlines()
    assert lines[0] == said("form_read_aloud_title", title="T")
    assert lines[1] == ", ".join(["First name", said("form_kind_text"), said("form_required_word")])
    assert lines[2] == "Email address, " + said("form_kind_email") + ". We only use it to answer you."
    assert lines[4] == ", ".join(["Send me news", said("form_kind_checkbox"), said("form_not_checked")])


def test_the_form_colours_set_its_contrast():
    shown = forms.form(GOOD, text=(150, 150, 150))
    assert shown.contrast == pytest.approx(colour.contrast_ratio((150, 150, 150), (255, 255, 255)))
    assert said("form_contrast_note", ratio=colour._ratio_text(shown.contrast)) in html.unescape(shown._repr_html_())
    wrong = forms.form(GOOD, background=(0, 0, 300))
    assert isinstance(wrong, colour.Problem)
    assert wrong.message == said("colour_palette_entry", where="`background`",
                                 problem=said("colour_too_big", part=said("colour_blue"), value=300))


@pytest.mark.parametrize("value, key, fields", [
    (..., "form_blank", {}),
    ([], "form_empty", {}),
    ("name", "form_not_list", {"value": "'name'"}),
    ({"label": "x"}, "form_one_field", {}),
    (["First name"], "form_field_not_dict", {"where": "@1", "value": "'First name'"}),
    ([{"lable": "x"}], "form_unknown_key", {"where": "@1", "field_key": "'lable'"}),
    ([{"label": "x", "kind": "emial"}], "form_unknown_kind", {"where": "@1", "value": "'emial'"}),
    ([{"label": 3}], "form_key_text", {"where": "@1", "field_key": "label", "value": "3"}),
    ([{"label": "x"}, {"label": "y", "required": "yes"}], "form_key_bool", {"where": "@2", "field_key": "required", "value": "'yes'"}),
    ([{"label": "x", "kind": "choice"}], "form_choice_options", {"where": "@1"}),
    ([{"label": "x", "options": ["a"]}], "form_options_not_choice", {"where": "@1", "kind": "text"}),
])
def test_what_is_not_a_form_gets_its_own_kind_message(value, key, fields):
    fields = {k: (said("form_field_number", n=int(v[1:])) if isinstance(v, str) and v.startswith("@") else v)
              for k, v in fields.items()}
    message = forms.problem(value)
    assert is_message(message, key, **fields)
    shown = forms.form(value)
    assert isinstance(shown, colour.Problem) and shown.message == message
    assert shown.read_aloud() is shown and shown.data_table() is shown  # reading a form that is not one yet says the same, never an error
    with pytest.raises(FormError) as caught:
        forms.to_form(value)
    assert caught.value.message == message and isinstance(caught.value, ValueError)


def test_near_misses_are_suggested():
    assert is_message(forms.problem([{"lable": "x"}]), "did_you_mean", suggestion="label")
    assert is_message(forms.problem([{"label": "x", "kind": "emial"}]), "did_you_mean", suggestion="email")
    with pytest.raises(AttributeError) as caught:
        forms.fomr  # noqa: B018
    assert is_message(str(caught.value), "did_you_mean", suggestion="form")


def test_a_label_cannot_break_the_page():
    page = forms.form([{"label": '<b onclick="x">Name</b>'}], title="<i>t</i>")._repr_html_()
    assert "<b onclick" not in page and "<i>" not in page
    ElementTree.fromstring(page)


def test_a_purpose_is_shown_as_why_we_ask_and_the_data_table_lists_every_field():
    shown = forms.form(GOOD, title="Ask the library")
    page = shown._repr_html_()
    assert html.escape(said("form_why_we_ask")) in page and "to greet you" in page
    assert shown.purposes == {"First name": "to greet you", "Email address": "to send the answer",
                              "Which branch?": "", "Send me news": ""}
    table = shown.data_table()
    rows = table.rows()
    assert rows[0] == ("First name", said("form_kind_text"), said("form_yes"), "to greet you")
    assert rows[2][3] == said("form_no_purpose")
    page = table._repr_html_()
    ElementTree.fromstring(page)
    assert html.escape(said("form_table_title", title="Ask the library", n=4, missing=2)) in page
    assert page.count("<tr") == 5 and page.count("background:#fde8e8") == 2  # the fields without a purpose stand out
    assert repr(table).splitlines()[0] == " | ".join(said(k) for k in ("form_col_field", "form_col_kind",
                                                                          "form_col_required", "form_col_purpose"))
