"""artech.cocreate: question cards and session timelines, shown in words as well as colour."""

import pytest
from conftest import is_message

from artech import cocreate
from artech.cocreate import CocreateError
from artech.errors import KitError


def test_a_list_of_questions_becomes_one_card_each():
    shown = cocreate.cards(["What do you do after school?", "Do you like football?"])
    assert len(shown) == 2
    page = shown._repr_html_()
    assert page.count('class="artech-card"') == 2
    assert "What do you do after school?" in page and "What do you do after school?" in repr(shown)


def test_cards_are_sorted_into_the_students_groups_and_the_rest_is_named():
    qs = {"A": "Do you walk?", "B": "What is hard?", "C": "How do you feel?"}
    shown = cocreate.cards(qs, groups={"open": ["B"], "closed": ["A"]})
    headings = [h for h, _ in shown.columns]
    assert headings[:2] == ["open", "closed"]
    assert is_message(headings[2], "cards_not_sorted")
    assert shown.columns[0][1] == [("B", "What is hard?")]
    assert shown.columns[2][1] == [("C", "How do you feel?")]


def test_an_unknown_or_doubled_letter_is_said_kindly_not_raised():
    qs = {"A": "Do you walk?", "B": "What is hard?"}
    shown = cocreate.cards(qs, groups={"open": ["b", "G"], "closed": ["A", "A"]})
    assert any(is_message(n, "cards_unknown", label="b") for n in shown.notes)
    assert any(is_message(n, "cards_twice", label="A") for n in shown.notes)
    assert "🌱" in shown._repr_html_()


def test_a_blank_group_is_an_empty_group():
    shown = cocreate.cards({"A": "Do you walk?"}, groups={"open": ..., "closed": None})
    assert [len(c) for _, c in shown.columns] == [0, 0, 1]


def test_cards_escape_html():
    assert "<b>" not in cocreate.cards(["<b>bold?</b>"])._repr_html_()


@pytest.mark.parametrize("bad, key", [("What do you do?", "cards_one_text"), (42, "cards_not_a_list")])
def test_not_cards_says_what_to_try(bad, key):
    with pytest.raises(CocreateError) as err:
        cocreate.cards(bad)
    assert isinstance(err.value, KitError) and is_message(str(err.value), key)


def test_an_empty_list_says_so():
    assert is_message(cocreate.cards([]).notes[0], "cards_empty")


def test_a_timeline_adds_up_the_minutes_and_says_if_they_fit():
    plan = {"welcome": 5, "card sorting": 15, "sketching": 20, "thank you": 5}
    assert is_message(cocreate.timeline(plan, minutes=45).summary(), "timeline_fits", total="45")
    assert is_message(cocreate.timeline(plan, minutes=50).summary(), "timeline_short", left="5")
    assert is_message(cocreate.timeline(plan, minutes=40).summary(), "timeline_long", over="5")
    assert is_message(cocreate.timeline(plan).summary(), "timeline_total", total="45")
    text = repr(cocreate.timeline(plan, minutes=45))
    assert "5-20" in text and "card sorting" in text


def test_a_timeline_is_the_same_html_every_time_and_in_words():
    plan = [("welcome", 5), ("sorting", 10.5)]
    one, two = cocreate.timeline(plan, minutes=20)._repr_html_(), cocreate.timeline(plan, minutes=20)._repr_html_()
    assert one == two and "sorting" in one and "10.5" in one and "<ol" in one


@pytest.mark.parametrize("plan, key", [
    ({"welcome": "5"}, "timeline_not_minutes"),
    ({"welcome": -1}, "timeline_not_minutes"),
    ({"goal": "A goal", "activities": {"welcome": "5"}, "roles": {"host": "leads"}}, "timeline_not_minutes"),
    (7, "timeline_not_a_plan"),
])
def test_a_plan_that_is_not_a_plan_says_what_to_try(plan, key):
    with pytest.raises(CocreateError) as err:
        cocreate.timeline(plan)
    assert is_message(str(err.value), key)


def test_blanks_show_as_blank_cards_not_errors():
    assert is_message(cocreate.cards(..., title=...).notes[0], "cards_empty")
    shown = cocreate.cards([..., "What do you do?"])
    assert shown.columns[0][1][0] == ("", "...") and shown.title == ""


def test_a_list_on_a_card_reads_as_words_and_a_long_label_sits_above():
    shown = cocreate.cards({"evidence": ["D", "E"], "A": "Do you walk?"})
    assert shown.columns[0][1][0] == ("evidence", "D, E")
    page = shown._repr_html_()
    assert "display:block\">evidence" in page and "min-width:1.6em\">A" in page


def test_a_whole_plan_is_read_by_its_shape_in_any_language():
    plan = {"doel": "Samen ontdekken", "minuten": 20, "activiteiten": {"welkom": 5, "schetsen": 15},
            "rollen": {"gespreksleider": "leidt"}}
    shown = cocreate.timeline(plan)
    assert shown.steps == [("welkom", 5), ("schetsen", 15)] and shown.minutes == 20 and shown.title == "Samen ontdekken"
    assert is_message(shown.summary(), "timeline_fits", total="20")


@pytest.mark.parametrize("plan, key", [({}, "timeline_empty"), (..., "timeline_empty"),
                                       ({"goal": "A goal", "minutes": 30, "roles": {"host": "leads"}}, "timeline_no_activities")])
def test_a_plan_with_nothing_to_draw_yet_says_so_instead_of_stopping(plan, key):
    shown = cocreate.timeline(plan)
    assert is_message(shown.note, key) and "🌱" in shown._repr_html_() and "🌱" in repr(shown)


def test_blank_groups_show_the_cards_unsorted():
    shown = cocreate.cards({"A": "Do you walk?"}, groups=...)
    assert shown.columns == [("", [("A", "Do you walk?")])] and not shown.notes
