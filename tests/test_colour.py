"""artech.colour: colours of light, their swatches, and the kind messages when a colour is not right."""

import html
import re
from xml.etree import ElementTree

import pytest
from conftest import is_message, message_pattern, said

from artech import colour, messages
from artech.checks import See, exercise, run_check
from artech.colour import ColourError


# --- what counts as a colour -------------------------------------------------------
@pytest.mark.parametrize(
    "value, rgb",
    [
        ((255, 0, 0), (255, 0, 0)),
        ([0, 128, 255], (0, 128, 255)),  # a list means the same colour
        ((128.0, 0, 0.0), (128, 0, 0)),  # whole floats, e.g. from 256 / 2
        ((0, 0, 0), (0, 0, 0)),
        ((255, 255, 255), (255, 255, 255)),
    ],
)
def test_a_colour_is_three_whole_numbers_from_0_to_255(value, rgb):
    assert colour.problem(value) == ""
    got = colour.to_rgb(value)
    assert got == rgb and type(got) is tuple and all(type(n) is int for n in got)


def test_numpy_values_are_colours_too():
    np = pytest.importorskip("numpy")
    assert colour.to_rgb(np.array([10, 20, 30])) == (10, 20, 30)
    assert colour.to_rgb((np.uint8(255), np.int64(0), np.float64(7.0))) == (255, 0, 7)


@pytest.mark.parametrize(
    "value, key, fields",
    [
        (..., "colour_blank", {}),
        ("red", "colour_text", {"value": "'red'"}),
        ("#ff0000", "colour_text", {"value": "'#ff0000'"}),
        (255, "colour_one_number", {"value": "255"}),
        (None, "colour_not_three", {"value": "None"}),
        ({"red": 255}, "colour_not_three", {"value": "{'red': 255}"}),
        ((255, 0), "colour_count", {"value": "(255, 0)", "count": 2}),
        ((255, 0, 0, 0), "colour_count", {"value": "(255, 0, 0, 0)", "count": 4}),
        ((300, 0, 0), "colour_too_big", {"part": "red", "value": 300}),
        ((0, 256, 0), "colour_256", {"part": "green"}),
        ((0, 0, -1), "colour_too_small", {"part": "blue", "value": -1}),
        ((127.5, 0, 0), "colour_part_decimal", {"part": "red", "value": 127.5, "suggestion": (127, 128)}),
        ((0, "255", 0), "colour_part_text", {"part": "green", "value": "'255'"}),
        ((0, 0, None), "colour_part_not_number", {"part": "blue", "value": "None"}),
        ((True, 0, 0), "colour_part_not_number", {"part": "red", "value": "True"}),
        ((float("nan"), 0, 0), "colour_part_not_number", {"part": "red", "value": "nan"}),
    ],
)
def test_what_is_not_a_colour_gets_its_own_kind_message(value, key, fields):
    fields = dict(fields)
    if "part" in fields:  # the light's name, in the language spoken
        fields["part"] = said(f"colour_{fields['part']}")
    if isinstance(fields.get("suggestion"), tuple):
        low, high = fields["suggestion"]
        fields["suggestion"] = said("colour_either", low=low, high=high)
    expected = said(key, **fields)
    assert colour.problem(value) == expected
    with pytest.raises(ColourError) as caught:
        colour.to_rgb(value)
    assert caught.value.message == expected == str(caught.value)
    assert isinstance(caught.value, ValueError)  # code that catches ValueError keeps working


def test_the_messages_say_what_happened_why_and_what_to_try():
    red, green = said("colour_red"), said("colour_green")
    assert colour.problem((300, 0, 0)) == said("colour_too_big", part=red, value=300)
    assert colour.problem((0, 256, 0)) == said("colour_256", part=green)
    assert colour.problem((127.5, 0, 0)) == said(
        "colour_part_decimal", part=red, value=127.5, suggestion=said("colour_either", low=127, high=128))
    assert colour.problem((0.3, 0, 0)) == said(
        "colour_part_decimal", part=red, value=0.3, suggestion=said("colour_either", low=0, high=1))
    # never suggests a number out of range: one number, not "255 or 256"
    assert colour.problem((255.5, 0, 0)) == said("colour_part_decimal", part=red, value=255.5, suggestion="255")
    assert colour.problem((-0.5, 0, 0)) == said("colour_part_decimal", part=red, value=-0.5, suggestion="0")
    # each colour message is kind and complete: it never blames and always ends with a sentence
    # (a style rule over the English source texts)
    for key, text in messages.TEXT.items():
        if key.startswith("colour_") and len(text) > 60:
            assert text.rstrip().endswith((".", "`", ")")), key
            assert "wrong" not in text.lower() and "!" not in text, key


def test_the_first_problem_is_the_one_reported_in_red_green_blue_order():
    assert colour.problem((300, -5, 0)) == said("colour_too_big", part=said("colour_red"), value=300)
    assert colour.problem((0, -5, 300)) == said("colour_too_small", part=said("colour_green"), value=-5)


# --- names and mixing ----------------------------------------------------------------
@pytest.mark.parametrize(
    "rgb, name",
    [
        ((255, 0, 0), "red"), ((0, 255, 0), "green"), ((0, 0, 255), "blue"),
        ((255, 255, 0), "yellow"), ((255, 0, 255), "magenta"), ((0, 255, 255), "cyan"),
        ((255, 255, 255), "white"), ((0, 0, 0), "black"), ((128, 128, 128), "grey"), ((7, 7, 7), "grey"),
        ((255, 128, 0), ""), ((254, 0, 0), ""),
    ],
)
def test_name_of_knows_the_pure_colours_and_the_greys(rgb, name):
    assert colour.name_of(rgb) == (said(f"colour_{name}") if name else "")


def test_mix_adds_light_and_stops_at_the_brightest():
    red, green, blue = (255, 0, 0), (0, 255, 0), (0, 0, 255)
    assert colour.mix(red, green) == (255, 255, 0)  # light, not paint: yellow, not brown
    assert colour.mix(red, blue) == (255, 0, 255)
    assert colour.mix(green, blue) == (0, 255, 255)
    assert colour.mix(red, green, blue) == (255, 255, 255)
    assert colour.mix((200, 10, 0), (100, 20, 0)) == (255, 30, 0)
    assert colour.mix([128, 0, 0], (0, 64, 0)) == (128, 64, 0)
    assert colour.mix() == (0, 0, 0)  # no light at all is black
    with pytest.raises(ColourError, match=message_pattern("colour_too_big", part=said("colour_green"), value=300)):
        colour.mix(red, (0, 300, 0))


# --- swatches --------------------------------------------------------------------------
def _swatch_text(label, r, g, b):
    """'orange: red 255, green 128, blue 0', in the language spoken."""
    return said("colour_swatch_text", label=label, numbers=said("colour_numbers", r=r, g=g, b=b))


def test_show_gives_a_swatch_with_its_label_and_numbers():
    swatch = colour.show((255, 128, 0), "orange")
    assert isinstance(swatch, colour.Swatch)
    assert swatch.rgb == (255, 128, 0)
    assert repr(swatch) == _swatch_text("orange", 255, 128, 0)
    page = swatch._repr_html_()
    assert "background-color:rgb(255, 128, 0)" in page
    assert f'aria-label="{html.escape(_swatch_text("orange", 255, 128, 0))}"' in page
    assert ">orange<" in page and "(255, 128, 0)" in page  # the label and numbers are visible text too


def test_show_names_the_colour_when_it_has_an_everyday_name():
    assert repr(colour.show((255, 255, 0))) == _swatch_text(said("colour_yellow"), 255, 255, 0)
    assert repr(colour.show([10, 20, 30])) == _swatch_text(said("colour_unnamed"), 10, 20, 30)
    assert colour.show((10, 20, 30)) == colour.show((10, 20, 30))
    assert colour.show((10, 20, 30), 12).label == "12"
    assert colour.show((255, 0, 0), ...).label == said("colour_red")  # a name still blank is left out, not shown as "Ellipsis"


def test_a_swatch_label_cannot_break_the_page():
    page = colour.show((0, 0, 0), '<b onclick="x">"sky"</b>')._repr_html_()
    assert "<b onclick" not in page and "&lt;b" in page
    ElementTree.fromstring(page)  # still well-formed


def test_swatch_output_is_the_same_every_time():
    assert colour.show((1, 2, 3), "a")._repr_html_() == colour.show((1, 2, 3), "a")._repr_html_()
    assert not re.search(r"0x[0-9a-f]{6,}", repr(colour.show((1, 2, 3))))  # no memory addresses


def test_show_of_a_wrong_colour_shows_the_kind_message_instead_of_an_error():
    shown = colour.show((300, 0, 0))
    assert isinstance(shown, colour.Problem)
    assert repr(shown) == "🌱 " + colour.problem((300, 0, 0))
    page = shown._repr_html_()
    assert 'role="status"' in page
    assert html.escape(said("colour_too_big", part=said("colour_red"), value=300)) in page
    assert "Traceback" not in repr(shown)
    assert "<code>...</code>" in colour.show(...)._repr_html_()  # `code` in a message shows as code


def test_show_explains_three_loose_numbers():
    shown = colour.show(255, 0, 0)
    assert isinstance(shown, colour.Problem)
    assert shown.message == said("colour_loose_numbers", numbers="255, 0, 0")
    assert "`colour.show((255, 0, 0))`" in shown.message


# --- palettes ----------------------------------------------------------------------------
def test_palette_from_a_dictionary_keeps_names_and_order():
    shown = colour.palette({"sky": (135, 200, 250), "leaf": [60, 160, 60], "sun": (255, 255, 0)})
    assert isinstance(shown, colour.Palette) and len(shown) == 3
    assert [s.label for s in shown.swatches] == ["sky", "leaf", "sun"]
    assert [s.rgb for s in shown.swatches] == [(135, 200, 250), (60, 160, 60), (255, 255, 0)]
    assert repr(shown).splitlines() == [
        _swatch_text("sky", 135, 200, 250),
        _swatch_text("leaf", 60, 160, 60),
        _swatch_text("sun", 255, 255, 0),
    ]
    page = shown._repr_html_()
    assert page.count('class="artech-swatch"') == 3 and 'role="list"' in page
    ElementTree.fromstring(page)


def test_palette_from_a_list_names_what_it_can():
    shown = colour.palette([(255, 0, 0), (1, 2, 3)])
    assert [s.label for s in shown.swatches] == [said("colour_red"), ""]


@pytest.mark.parametrize(
    "value, expected",
    [  # the expected message is made in the test, in the language spoken then
        ({"sky": (135, 200, 250), "sea": (0, 300, 0)},
         lambda: said("colour_palette_entry", where="`sea`",
                      problem=said("colour_too_big", part=said("colour_green"), value=300))),
        ([(1, 2, 3), "blue"],
         lambda: said("colour_palette_entry", where=said("colour_palette_number", n=2),
                      problem=said("colour_text", value="'blue'"))),
        ((255, 0, 0), lambda: said("colour_palette_one", value="(255, 0, 0)")),
        ({}, lambda: said("colour_palette_empty")),
        ([], lambda: said("colour_palette_empty")),
        (..., lambda: said("colour_palette_blank")),
        ("sky", lambda: said("colour_palette_not_collection", value="'sky'")),
    ],
)
def test_palette_problems_name_the_colour_that_is_not_right(value, expected):
    expected = expected()
    assert colour.palette_problem(value) == expected
    shown = colour.palette(value)
    assert isinstance(shown, colour.Problem) and shown.message == expected


def test_a_good_palette_has_no_problem():
    assert colour.palette_problem({"a": (0, 0, 0), "b": [255, 255, 255]}) == ""
    assert colour.palette_problem([(0, 0, 0)]) == ""


# --- light circles -----------------------------------------------------------------------
def _svg(page):
    return ElementTree.fromstring(re.search(r"<svg.*</svg>", page, re.S).group(0))


def _mix_line(lights, rgb, name=""):
    """'red + green = yellow (255, 255, 0)', in the language spoken (``name``: a colour_* key)."""
    numbers = "({}, {}, {})".format(*rgb)
    result = f"{said(name)} {numbers}" if name else numbers
    return said("colour_mix_line", lights=" + ".join(said(f"colour_{light}") for light in lights), result=result)


def test_light_circles_paint_each_overlap_with_the_mix_of_its_lights():
    circles = colour.light_circles()
    page = circles._repr_html_()
    svg = _svg(page)
    ns = "{http://www.w3.org/2000/svg}"
    fills = [c.get("fill") for c in svg.iter(ns + "circle") if c.get("fill")]
    assert fills == [
        "rgb(255, 0, 0)", "rgb(0, 255, 0)", "rgb(0, 0, 255)",  # the three lights
        "rgb(255, 255, 0)", "rgb(255, 0, 255)", "rgb(0, 255, 255)",  # where two overlap
        "rgb(255, 255, 255)",  # where all three overlap
    ]
    # the overlaps are clipped to the right circles
    clipped = [(c.get("fill"), c.get("clip-path")) for c in svg.iter(ns + "circle") if c.get("clip-path")]
    assert clipped == [
        ("rgb(255, 255, 0)", "url(#artech-light-red)"),
        ("rgb(255, 0, 255)", "url(#artech-light-red)"),
        ("rgb(0, 255, 255)", "url(#artech-light-green)"),
        ("rgb(255, 255, 255)", "url(#artech-light-green)"),
    ]
    assert svg.find(ns + "g").get("clip-path") == "url(#artech-light-red)"
    assert svg.get("role") == "img" and svg.find(ns + "title").text
    yellow = _mix_line(("red", "green"), (255, 255, 0), "colour_yellow")
    assert yellow in svg.find(ns + "desc").text
    assert repr(circles).splitlines()[1:] == [
        yellow,
        _mix_line(("red", "blue"), (255, 0, 255), "colour_magenta"),
        _mix_line(("green", "blue"), (0, 255, 255), "colour_cyan"),
        _mix_line(("red", "green", "blue"), (255, 255, 255), "colour_white"),
    ]
    assert f"<li>{html.escape(yellow)}</li>" in page  # the mixes are visible text as well


def test_a_dimmer_light_changes_its_overlaps():
    circles = colour.light_circles(red=(128, 0, 0))
    assert dict(circles.mixes)[("red", "green")] == (128, 255, 0)
    assert _mix_line(("red", "green", "blue"), (128, 255, 255)) in repr(circles).splitlines()
    # the label on a dim red light is white, on a bright green light black: readable on both
    texts = {t.text: t.get("fill") for t in _svg(circles._repr_html_()).iter("{http://www.w3.org/2000/svg}text")}
    assert texts == {said("colour_red"): "#ffffff", said("colour_green"): "#000000", said("colour_blue"): "#ffffff"}


def test_light_circles_with_a_wrong_light_explain_which():
    shown = colour.light_circles(green=(0, 999, 0))
    assert isinstance(shown, colour.Problem)
    assert shown.message == said("colour_palette_entry", where="`green=`",
                                 problem=said("colour_too_big", part=said("colour_green"), value=999))


# --- the mixer ----------------------------------------------------------------------------
def test_mixer_has_three_labelled_sliders_and_a_swatch_that_follows_them():
    pytest.importorskip("ipywidgets")
    m = colour.mixer()
    assert [s.description for s in m.sliders.values()] == [said("colour_red"), said("colour_green"), said("colour_blue")]
    assert all((s.min, s.max, s.step) == (0, 255, 1) for s in m.sliders.values())
    assert m.colour == (128, 128, 128)
    m.sliders["red"].value = 255
    m.sliders["blue"].value = 0
    assert m.colour == (255, 128, 0)
    assert "background-color:rgb(255, 128, 0)" in m.swatch.value
    assert repr(m) == _swatch_text(said("colour_mixer_label"), 255, 128, 0)
    m.set((1, 2, 3))
    assert m.colour == (1, 2, 3) and "(1, 2, 3)" in m.swatch.value
    bundle = m._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert bundle["text/plain"] == repr(m)


def test_mixer_starts_where_you_say_and_explains_a_wrong_start():
    pytest.importorskip("ipywidgets")
    assert colour.mixer((255, 0, 0)).colour == (255, 0, 0)
    assert isinstance(colour.mixer((0, 0, 256)), colour.Problem)
    with pytest.raises(ColourError):
        colour.mixer().set((0, 0, 256))


# --- a typo in a tool's name ----------------------------------------------------------------
@pytest.mark.parametrize("typo, tool", [("shwo", "show"), ("Show", "show"), ("pallete", "palette"),
                                        ("light_circle", "light_circles"), ("mixr", "mixer")])
def test_a_typo_in_a_tool_name_suggests_the_right_one(typo, tool):
    with pytest.raises(AttributeError) as caught:
        getattr(colour, typo)
    text = str(caught.value)
    assert text == said("colour_no_such_tool", name=typo, suggestion=said("did_you_mean", suggestion=tool) + " ",
                        tools="show, palette, light_circles, mixer, mix")
    assert len(re.findall(message_pattern("did_you_mean"), text)) == 1
    assert is_message(text, "did_you_mean", suggestion=tool)


def test_the_notebook_error_explainer_suggests_the_tool_once():
    from artech import errors

    with pytest.raises(AttributeError) as caught:
        colour.shwo  # noqa: B018
    explained = errors.explain(caught.value)
    assert explained.count(said("did_you_mean", suggestion="show")) == 1
    assert len(re.findall(message_pattern("did_you_mean"), explained)) == 1
    assert "…" not in explained  # the whole message fits, nothing cut off


def test_a_name_far_from_any_tool_gets_the_list_without_a_guess():
    with pytest.raises(AttributeError) as caught:
        colour.banana  # noqa: B018
    text = str(caught.value)
    assert text == said("colour_no_such_tool", name="banana", suggestion="",
                        tools="show, palette, light_circles, mixer, mix")
    assert not is_message(text, "did_you_mean")


def test_private_and_special_names_stay_ordinary():
    assert not hasattr(colour, "_repr_html_")
    assert not hasattr(colour, "__wrapped__")
    with pytest.raises(AttributeError, match="has no attribute"):
        colour._nothing  # noqa: B018


# --- the same message in a lesson's check ----------------------------------------------------
def _check_with(namespace, test):
    exercise("colour-test", hints=["a hint"])(test)
    return run_check("colour-test", namespace)


def test_see_colour_gives_a_check_the_same_message_as_show():
    def test(see):
        see.equal(colour.see_colour(see, "yellow"), (255, 255, 0), about="Your `yellow`")

    result = _check_with({"yellow": (255, 300, 0)}, test)
    assert result.status == "not yet"
    assert result.message == colour.problem((255, 300, 0)) == colour.show((255, 300, 0)).message
    assert _check_with({"yellow": [255, 255, 0]}, test).status == "done"  # a list is the same colour
    assert _check_with({"yellow": (255, 255, 0.0)}, test).status == "done"
    blank = _check_with({"yellow": ...}, test)
    assert blank.status == "not yet" and blank.message == said("still_blank", name="yellow")
    missing = _check_with({"yelow": (1, 2, 3)}, test)
    assert missing.status == "not yet" and is_message(missing.message, "missing_name", name="yellow")
    assert is_message(missing.message, "did_you_mean", suggestion="yelow")
    wrong = _check_with({"yellow": (255, 0, 255)}, test)
    assert wrong.status == "not yet" and wrong.expected == (255, 255, 0) and wrong.saw == (255, 0, 255)


def test_see_colour_returns_a_clean_tuple():
    assert colour.see_colour(See({"c": [1.0, 2, 3]}), "c") == (1, 2, 3)


# --- contrast (WCAG 2) -------------------------------------------------------------------------
@pytest.mark.parametrize("rgb, expected", [((0, 0, 0), 0.0), ((255, 255, 255), 1.0), ((255, 0, 0), 0.2126),
                                           ((0, 255, 0), 0.7152), ((0, 0, 255), 0.0722)])
def test_luminance_is_the_wcag_relative_luminance(rgb, expected):
    assert colour.luminance(rgb) == pytest.approx(expected, abs=1e-4)


def test_contrast_ratio_follows_the_wcag_formula_in_either_order():
    assert colour.contrast_ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert colour.contrast_ratio((255, 255, 255), (0, 0, 0)) == pytest.approx(21.0)
    assert colour.contrast_ratio((10, 20, 30), (10, 20, 30)) == pytest.approx(1.0)
    # #767676 on white is the well-known lightest grey that still reaches 4.5:1
    assert colour.contrast_ratio((118, 118, 118), (255, 255, 255)) == pytest.approx(4.54, abs=0.01)
    lum = colour.luminance((200, 100, 50))
    assert colour.contrast_ratio((200, 100, 50), (255, 255, 255)) == pytest.approx(1.05 / (lum + 0.05))


def test_contrast_shows_text_on_its_background_with_the_aa_verdicts():
    shown = colour.contrast((118, 118, 118), (255, 255, 255), "Hello")
    assert isinstance(shown, colour.Contrast)
    assert shown.normal_text_ok and shown.large_text_ok
    lines = repr(shown).splitlines()
    assert lines[0] == said("colour_contrast_ratio", ratio="4.54 : 1", text="(118, 118, 118)",
                            background="(255, 255, 255)")
    assert lines[1:] == [said("colour_contrast_normal_ok", need="4.5"), said("colour_contrast_large_ok", need="3")]
    page = shown._repr_html_()
    assert "color:rgb(118, 118, 118)" in page and "background-color:rgb(255, 255, 255)" in page
    assert 'role="img"' in page and "Hello" in page
    ElementTree.fromstring(page)
    grey = colour.contrast((150, 150, 150), (255, 255, 255))
    assert not grey.normal_text_ok and not grey.large_text_ok  # 2.95: too low even for large text
    assert not colour.contrast((140, 140, 140), (255, 255, 255)).normal_text_ok
    assert colour.contrast((140, 140, 140), (255, 255, 255)).large_text_ok  # 3.3: large text only
    assert said("colour_contrast_normal_low", need="4.5") in repr(grey)
    assert grey.words == said("colour_contrast_sample")


def test_a_ratio_just_under_the_line_is_never_shown_as_passing():
    # WCAG: do not round up. A ratio of 4.499 must not read "4.50".
    assert colour._ratio_text(4.4999) == "4.49 : 1"
    assert colour._ratio_text(21.0) == "21.00 : 1"


def test_contrast_with_a_wrong_colour_says_which_one_kindly():
    shown = colour.contrast((0, 0, 0), (255, 256, 255))
    assert isinstance(shown, colour.Problem)
    assert shown.message == said("colour_palette_entry", where="`background`", problem=said("colour_256", part=said("colour_green")))
    with pytest.raises(ColourError) as caught:
        colour.contrast_ratio("black", (255, 255, 255))
    assert caught.value.message == said("colour_palette_entry", where="`text`", problem=said("colour_text", value="'black'"))


# --- colour blindness (Machado, Oliveira & Fernandes 2009) ---------------------------------------
def test_simulate_applies_the_machado_matrices():
    # grey stays grey (each matrix row adds up to 1), black and white stay themselves
    for kind in colour.CVD_KINDS:
        assert colour.simulate((0, 0, 0), kind) == (0, 0, 0)
        assert colour.simulate((255, 255, 255), kind) == (255, 255, 255)
        r, g, b = colour.simulate((128, 128, 128), kind)
        assert max(r, g, b) - min(r, g, b) <= 1
    # red and green come close together for protanopia and deuteranopia, not for tritanopia
    red, green = (230, 0, 0), (0, 160, 0)
    assert colour.difference(colour.simulate(red, "deuteranopia"), colour.simulate(green, "deuteranopia")) < 15
    assert colour.difference(colour.simulate(red, "tritanopia"), colour.simulate(green, "tritanopia")) > 100
    assert colour.simulate((255, 0, 0), "Protanopia ") == colour.simulate((255, 0, 0), "protanopia")


def test_an_unknown_kind_of_colour_blindness_gets_a_near_miss():
    with pytest.raises(ColourError) as caught:
        colour.simulate((1, 2, 3), "deuteranope")
    assert is_message(caught.value.message, "colour_cvd_unknown")
    assert is_message(caught.value.message, "did_you_mean", suggestion="deuteranopia")


def test_colour_blind_shows_each_kind_and_names_the_pairs_that_are_too_close():
    view = colour.colour_blind({"go": (0, 170, 0), "wait": (255, 190, 0), "stop": (220, 0, 0)})
    assert isinstance(view, colour.ColourBlindView)
    assert not view.safe
    assert ("deuteranopia", "go", "stop", 7.4) in view.too_close
    assert set(view.seen) == set(colour.CVD_KINDS) and all(len(v) == 3 for v in view.seen.values())
    page = view._repr_html_()
    ElementTree.fromstring(page)
    assert page.count('role="img"') == 12  # 3 colours x (your colours + 3 kinds), each with a label
    assert said("colour_cvd_source") in html.unescape(page)
    text = repr(view)
    assert said("colour_cvd_too_close", kind=said("colour_cvd_deuteranopia"), a="go", b="stop",
                difference="7", need="15") in text


def test_a_palette_with_light_and_dark_colours_is_safe():
    view = colour.colour_blind([(0, 114, 178), (230, 159, 0), (40, 40, 40)])  # Okabe & Ito's blue, orange, near black
    assert view.safe and view.too_close == []
    assert view.names == [said("colour_palette_number", n=n) for n in (1, 2, 3)]
    assert said("colour_cvd_safe", need="15") in repr(view)


def test_colour_blind_of_a_wrong_palette_is_the_palette_message():
    shown = colour.colour_blind({"a": (0, 0, 0), "b": "blue"})
    assert isinstance(shown, colour.Problem) and shown.message == colour.palette_problem({"a": (0, 0, 0), "b": "blue"})
