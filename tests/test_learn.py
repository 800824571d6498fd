"""A tiny learner's pictures (artech.learn): the scatter plot, the confusion table, and kind errors."""

import xml.etree.ElementTree as ET

import pytest

from artech.errors import KitError
from artech.learn import LearnError, confusion, scatter
from conftest import is_message, message_pattern

SVG = "{http://www.w3.org/2000/svg}"
PTS = [(0, 0), (10, 0), (0, 10), (9, 1)]
LABS = ["A", "B", "C", "B"]


def test_a_scatter_is_an_svg_picture_with_a_title_and_words():
    p = scatter(PTS, LABS, title="Known", x_label="flipper", y_label="bill")
    root = ET.fromstring(p.svg)
    assert root.get("role") == "img" and root.get("aria-label") == "Known"
    assert root.find(SVG + "title").text == "Known"
    assert root.find(SVG + "desc").text == p.description == repr(p)
    assert p.groups == {"A": 1, "B": 2, "C": 1}
    assert p._repr_svg_() == p.svg


def test_each_label_has_its_own_shape_not_only_a_colour():
    root = ET.fromstring(scatter(PTS, LABS).svg)
    assert root.findall(f".//{SVG}circle") and root.findall(f".//{SVG}rect")[1:] and root.findall(f".//{SVG}polygon")


def test_the_same_data_give_the_same_picture():
    assert scatter(PTS, LABS, new=(5, 5)).svg == scatter(PTS, LABS, new=(5, 5)).svg


def test_the_new_point_and_its_nearest_are_drawn_and_said():
    p = scatter(PTS, LABS, new=(8, 1), nearest=2)
    assert p.new == (8.0, 1.0)
    assert p.nearest == [3, 1]  # (9, 1) then (10, 0): nearest first
    assert "(8, 1)" in p.description
    dashed = [ln for ln in ET.fromstring(p.svg).iter(SVG + "line") if ln.get("stroke-dasharray")]
    assert len(dashed) == 2


def test_a_tie_goes_to_the_first_point():
    assert scatter(PTS[:3], LABS[:3], new=(5, 0), nearest=1).nearest == [0]  # 5 from A and from B


def test_both_axes_have_the_same_scale():
    root = ET.fromstring(scatter([(0, 0), (100, 50)], ["a", "b"]).svg)
    frame = [r for r in root.iter(SVG + "rect") if r.get("fill") == "none"][0]
    w, h = float(frame.get("width")), float(frame.get("height"))
    assert abs(w / h - (100 * 1.08) / (50 * 1.12)) < 0.05  # the padding is 4% across and 6% up


@pytest.mark.parametrize("points, labels, key", [
    ("points", ["a"], "learn_points_not_a_list"),
    ([(1, 2)], "a", "learn_labels_not_a_list"),
    ([(1, 2), (3, "4")], ["a", "b"], "learn_not_a_point"),
    ([(1, 2), (3, 4)], ["a"], "learn_lengths"),
    ([], [], "learn_empty"),
    (..., [], "learn_blank"),
])
def test_points_the_picture_cannot_use_are_said_kindly(points, labels, key):
    with pytest.raises(LearnError) as err:
        scatter(points, labels)
    assert isinstance(err.value, KitError)
    assert is_message(str(err.value), key)


def test_a_new_point_that_is_not_a_point():
    with pytest.raises(LearnError, match=message_pattern("learn_new_not_a_point", found="(45,)")):
        scatter(PTS, LABS, new=(45,))
    with pytest.raises(LearnError, match=message_pattern("learn_blank")):
        scatter(PTS, LABS, new=...)
    with pytest.raises(LearnError, match=message_pattern("learn_nearest_without_new")):
        scatter(PTS, LABS, nearest=3)
    with pytest.raises(LearnError, match=message_pattern("learn_bad_nearest", found="'3'")):
        scatter(PTS, LABS, new=(1, 1), nearest="3")


def test_a_confusion_table_counts_every_pair():
    t = confusion(["A", "B", "B", "C"], ["A", "B", "C", "C"])
    assert (t.right, t.total) == (3, 4)
    assert t.counts[("B", "C")] == 1 and t.labels == ["A", "B", "C"]
    assert t.mistakes() == {("B", "C"): 1}
    assert is_message(repr(t), "learn_right_of", right=3, total=4)
    assert "<table" in t._repr_html_() and "font-weight:bold" in t._repr_html_()


def test_a_guess_outside_the_true_labels_gets_its_own_column():
    t = confusion(["A", "A"], ["A", "Z"])
    assert t.labels == ["A", "Z"]


@pytest.mark.parametrize("true, guessed, key", [
    (["A"], ["A", "B"], "learn_confusion_lengths"),
    ([], [], "learn_confusion_empty"),
    (["A"], [None], "learn_guess_missing"),
    (["A"], ..., "learn_blank"),
    ("A", ["A"], "learn_true_not_a_list"),
    (["A"], 3, "learn_guessed_not_a_list"),
])
def test_a_table_it_cannot_make_is_said_kindly(true, guessed, key):
    with pytest.raises(LearnError) as err:
        confusion(true, guessed)
    assert is_message(str(err.value), key)
