"""artech.pixels: pictures made of numbers, drawn with big square pixels, and the kind messages when a
grid is not a picture yet."""

import html
import io
from xml.etree import ElementTree

import pytest
from conftest import is_message, said

from artech import colour, messages, pixels
from artech.checks import exercise, run_check
from artech.errors import KitError
from artech.pixels import PixelError

SMILEY = [
    [0, 0, 1, 1, 1, 1, 0, 0],
    [0, 1, 1, 1, 1, 1, 1, 0],
    [1, 1, 0, 1, 1, 0, 1, 1],
    [1, 1, 1, 1, 1, 1, 1, 1],
    [1, 0, 1, 1, 1, 1, 0, 1],
    [1, 1, 0, 0, 0, 0, 1, 1],
    [0, 1, 1, 1, 1, 1, 1, 0],
    [0, 0, 1, 1, 1, 1, 0, 0],
]
RED, WHITE, BLUE = (200, 16, 46), (255, 255, 255), (33, 70, 139)


# --- what a picture is ------------------------------------------------------------------------
def test_zeros_and_ones_are_black_and_white():
    picture = pixels.to_picture(SMILEY)
    assert (picture.rows, picture.columns, picture.kind) == (8, 8, "black-and-white")
    assert picture.pixel(2, 2) == 0 and picture.pixel(0, 2) == 1  # row first, then column, from 0
    assert picture.rgb(0) == (0, 0, 0) and picture.rgb(1) == (255, 255, 255)
    assert picture.count(1) + picture.count(0) == 64 and picture.count(0) == 20
    assert picture.distinct == [0, 1]


def test_numbers_up_to_255_are_greys_and_three_numbers_are_colours():
    grey = pixels.to_picture([[0, 128], [200, 255]])
    assert grey.kind == "grey" and grey.rgb(128) == (128, 128, 128)
    flag = pixels.to_picture([[RED, RED], [WHITE, WHITE], [BLUE, BLUE]])
    assert flag.kind == "colour" and (flag.rows, flag.columns) == (3, 2)
    assert flag.colours[2][1] == BLUE and flag.count(RED) == 2 and flag.count(list(RED)) == 2
    # lists, whole floats and numpy arrays mean the same picture
    assert pixels.to_picture([[[200, 16, 46.0]]]).grid == [[RED]]
    assert pixels.to_picture(((0, 1.0), [1, 0])).grid == [[0, 1], [1, 0]]
    np = pytest.importorskip("numpy")
    assert pixels.to_picture(np.array(SMILEY)).grid == SMILEY
    assert pixels.to_picture(np.zeros((2, 3, 3), dtype=np.uint8)).kind == "colour"


def test_a_palette_gives_each_number_its_own_colour():
    picture = pixels.to_picture([[0, 1, 2]], palette={0: (0, 0, 0), 1: [255, 220, 0], 2.0: (0, 0, 255)})
    assert picture.kind == "palette"
    assert picture.colours == [[(0, 0, 0), (255, 220, 0), (0, 0, 255)]]
    assert picture.grid == [[0, 1, 2]]  # the numbers stay numbers: that is what the computer keeps


@pytest.mark.parametrize(
    "value, key, fields",
    [
        (..., "pixels_blank", {}),
        ("smiley", "pixels_text", {"value": "'smiley'"}),
        (7, "pixels_one_number", {"value": "7"}),
        ((255, 0, 0), "pixels_one_colour", {"value": "(255, 0, 0)"}),
        (None, "pixels_not_grid", {"value": "None"}),
        ({}, "pixels_not_grid", {"value": "{}"}),
        ([], "pixels_empty", {}),
        ([0, 1, 1, 0], "pixels_flat", {"value": "[0, 1, 1, 0]"}),
        ([(255, 0, 0), (0, 0, 255)], "pixels_flat", {"value": "[(255, 0, 0), (0, 0, 255)]"}),
        ([[0, 1], 0], "pixels_row_not_list", {"row": 1, "value": "0"}),
        ([[0, 1], []], "pixels_row_empty", {"row": 1}),
        ([[0, 1, 1], [1, 0], [0, 0, 0]], "pixels_row_length", {"row": 1, "count": 2, "usual": 3}),
        ([[0, "1"]], "pixels_pixel_text", {"row": 0, "column": 1, "value": "'1'"}),
        ([[0, None]], "pixels_pixel_not_number", {"row": 0, "column": 1, "value": "None"}),
        ([[True, 0]], "pixels_pixel_not_number", {"row": 0, "column": 0, "value": "True"}),
        ([[0, 1], [1.5, 0]], "pixels_decimal", {"row": 1, "column": 0, "value": 1.5}),
        ([[0, 300]], "pixels_too_big", {"row": 0, "column": 1, "value": 300}),
        ([[256, 0]], "pixels_256", {"row": 0, "column": 0}),
        ([[0, -1]], "pixels_too_small", {"row": 0, "column": 1, "value": -1}),
        ([[0, (1, 2, 3)]], "pixels_mixed", {"row": 0, "column": 1, "value": "(1, 2, 3)", "value0": "0"}),
        ([[RED, 0]], "pixels_mixed", {"row": 0, "column": 1, "value": "0"}),
    ],
)
def test_what_is_not_a_picture_gets_its_own_kind_message(value, key, fields):
    message = pixels.problem(value)
    assert is_message(message, key, **fields), message
    with pytest.raises(PixelError) as caught:
        pixels.to_picture(value)
    assert caught.value.message == message == str(caught.value)
    assert isinstance(caught.value, KitError) and isinstance(caught.value, ValueError)


def test_a_row_is_named_as_the_picture_numbers_it_and_as_a_person_counts():
    message = pixels.problem([[0, 0], [0, 0], [0, 0], [0]])
    assert said("pixels_row_place", row=3, human=4) in message
    # the odd one out is the row that differs from most rows, even when it is the first
    assert said("pixels_row_place", row=0, human=1) in pixels.problem([[0], [0, 0], [0, 0]])


def test_a_colour_pixel_gets_the_colour_tools_own_message_with_its_place():
    wrong = colour.problem((0, 0, 300))
    assert pixels.problem([[RED, (0, 0, 300)]]) == said("pixels_where", row=0, column=1, problem=wrong)
    assert pixels.problem([[(1, 2)]]) == said("pixels_where", row=0, column=0, problem=colour.problem((1, 2)))


def test_palette_problems_say_which_number_and_what_to_try():
    assert is_message(pixels.problem([[0, 2]], palette={0: (0, 0, 0), 1: (9, 9, 9)}),
                      "pixels_palette_missing", row=0, column=1, value=2, keys="0, 1")
    assert pixels.problem([[0]], palette={0: "red"}) == said(
        "pixels_palette_entry", number=0, problem=colour.problem("red"))
    assert is_message(pixels.problem([[0]], palette=[(0, 0, 0)]), "pixels_palette_not_dict")
    assert is_message(pixels.problem([[0]], palette={}), "pixels_palette_empty")
    assert is_message(pixels.problem([[0]], palette=...), "pixels_palette_blank")
    assert is_message(pixels.problem([[0]], palette={"a": (0, 0, 0)}), "pixels_palette_key", number="'a'")
    assert is_message(pixels.problem([[RED]], palette={0: (0, 0, 0)}), "pixels_palette_with_colours")
    # with a palette, a number above 255 is fine: it is a name for a colour, not a brightness
    assert pixels.problem([[300]], palette={300: (1, 2, 3)}) == ""


def test_a_picture_too_big_to_show_says_so():
    assert is_message(pixels.problem([[0] * 600] * 600), "pixels_too_many", rows=600, columns=600)


def test_every_pixel_message_is_kind_and_complete():
    for key, text in messages.TEXT.items():
        if key.startswith("pixels_"):
            for form in ([text] if isinstance(text, str) else text):
                if len(form) > 60:
                    assert form.rstrip().endswith((".", "`", ")", "?")), key
                assert "wrong" not in form.lower() and "!" not in form, key


# --- showing a picture ---------------------------------------------------------------------------
def test_show_draws_big_square_pixels_with_a_grid_and_alt_text():
    picture = pixels.show(SMILEY)
    assert isinstance(picture, pixels.Picture)
    svg = picture.svg()
    tree = ElementTree.fromstring(svg)  # well-formed
    ns = "{http://www.w3.org/2000/svg}"
    squares = [r for r in tree.iter(ns + "rect")]
    assert len(squares) == 64
    assert {r.get("width") for r in squares} == {"40"}  # an 8x8 picture: 40 screen pixels a pixel
    assert len(list(tree.iter(ns + "line"))) == 18  # the grid: 9 lines down, 9 across
    assert tree.get("role") == "img"
    assert tree.find(ns + "title").text == picture.text == said(
        "pixels_summary", rows=8, columns=8, kind=said("pixels_kind_bw"))
    assert said("pixels_row_text", row=2, values="1 1 0 1 1 0 1 1") in tree.find(ns + "desc").text
    assert repr(picture).splitlines()[0] == picture.text
    page = picture._repr_html_()
    assert "<figcaption" in page and html.escape(picture.text) in page
    assert picture._repr_html_() == pixels.show(SMILEY)._repr_html_()  # the same every time


def test_numbers_and_values_write_the_rows_columns_and_pixel_numbers():
    plain = ElementTree.fromstring(pixels.show(SMILEY).svg())
    counted = ElementTree.fromstring(pixels.show(SMILEY, numbers=True).svg())
    ns = "{http://www.w3.org/2000/svg}"
    assert not list(plain.iter(ns + "text"))
    texts = [t.text for t in counted.iter(ns + "text")]
    assert texts == [str(n) for n in range(8)] * 2  # the columns along the top, the rows down the left
    valued = ElementTree.fromstring(pixels.show(SMILEY, values=True).svg())
    assert [t.text for t in valued.iter(ns + "text")] == [str(v) for row in SMILEY for v in row]


def test_show_uses_the_palette_colours():
    svg = pixels.show([[0, 1]], palette={0: (0, 0, 60), 1: (255, 220, 0)}).svg()
    assert 'fill="rgb(0, 0, 60)"' in svg and 'fill="rgb(255, 220, 0)"' in svg
    assert "255, 220, 0" in pixels.show([[0, 1]], palette={0: (0, 0, 60), 1: (255, 220, 0)}).text


def test_show_of_a_grid_that_is_not_a_picture_shows_the_kind_message_instead_of_an_error():
    shown = pixels.show([[0, 1], [1]])
    assert isinstance(shown, pixels.Problem) and shown.message == pixels.problem([[0, 1], [1]])
    assert "artech-colour-problem" in shown._repr_html_()  # the same kind box as the colour tools
    assert isinstance(pixels.show([[0]], palette={0: "red"}), pixels.Problem)


def test_png_has_big_pixels_in_the_right_colours():
    from PIL import Image

    picture = pixels.to_picture([[0, 1], [1, 0]], palette={0: (0, 0, 60), 1: (255, 220, 0)})
    img = Image.open(io.BytesIO(picture.png(size=10)))
    assert img.size == (21, 21)  # 2 pixels of 10, and the grid line around them
    assert img.getpixel((5, 5)) == (0, 0, 60) and img.getpixel((15, 5)) == (255, 220, 0)
    img = Image.open(io.BytesIO(picture.png(size=10, grid=False)))
    assert img.size == (20, 20) and img.getpixel((19, 19)) == (0, 0, 60)


def test_save_writes_png_or_svg(tmp_path):
    picture = pixels.to_picture(SMILEY)
    picture.save(tmp_path / "smiley.png")
    picture.save(tmp_path / "smiley.svg")
    assert (tmp_path / "smiley.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    ElementTree.fromstring((tmp_path / "smiley.svg").read_text(encoding="utf-8"))


def test_a_photo_sized_picture_is_shown_as_one_sharp_image():
    page = pixels.show([[(x % 256, y % 256, 0) for x in range(100)] for y in range(80)])._repr_html_()
    assert "data:image/png;base64," in page and "image-rendering:pixelated" in page and "alt=" in page


def test_flat_is_the_list_a_sense_hat_takes():
    flat = pixels.to_picture(SMILEY).flat()
    assert len(flat) == 64 and flat[0] == [0, 0, 0] and flat[2] == [255, 255, 255]


# --- copy and compare --------------------------------------------------------------------------
def test_copy_is_a_new_grid_so_the_first_picture_stays_as_it_was():
    wink = pixels.copy(SMILEY)
    wink[2][2] = 1
    assert SMILEY[2][2] == 0 and wink != SMILEY
    colours = [[[1, 2, 3]]]
    again = pixels.copy(colours)
    again[0][0][0] = 9
    assert colours == [[[1, 2, 3]]]
    with pytest.raises(PixelError):
        pixels.copy(5)


def test_compare_counts_and_outlines_the_pixels_that_differ():
    wink = pixels.copy(SMILEY)
    wink[2][5] = 1
    result = pixels.compare(SMILEY, wink)
    assert (result.count, result.total, result.different, result.same) == (1, 64, [(2, 5)], False)
    assert pixels.differences(SMILEY, wink) == [(2, 5)]
    assert repr(result).splitlines() == [said("pixels_compare_count", count=1, total=64),
                                         said("pixels_compare_where", places=said("pixels_place", row=2, column=5))]
    page = result._repr_html_()
    assert page.count('stroke="#d6006f"') == 2  # the same pixel outlined in both pictures
    assert page.count(">7</text>") == 4  # the row and column numbers of both pictures, to find "row 2, column 5"
    assert ">7</text>" not in pixels.compare(SMILEY, wink, numbers=False)._repr_html_()
    assert pixels.compare(SMILEY, pixels.copy(SMILEY)).same
    assert repr(pixels.compare(SMILEY, SMILEY)) == said("pixels_compare_same", total=64)


def test_moving_a_picture_changes_many_numbers():
    moved = [[0] + row[:-1] for row in SMILEY]  # one column to the right: the same face to a person
    assert pixels.compare(SMILEY, moved).count > 10
    assert len(repr(pixels.compare(SMILEY, moved)).splitlines()) == 1  # too many places to list: the count only
    negative = [[1 - v for v in row] for row in SMILEY]
    assert repr(pixels.compare(SMILEY, negative)) == said("pixels_compare_all", total=64)


def test_compare_explains_pictures_that_cannot_be_compared():
    shown = pixels.compare(SMILEY, [[0, 1]])
    assert isinstance(shown, pixels.Problem)
    assert shown.message == said("pixels_size_differs", r1=8, c1=8, r2=1, c2=2)
    second = pixels.compare(SMILEY, [0, 1])
    assert second.message == said("pixels_which", which=said("pixels_second"), problem=pixels.problem([0, 1]))
    with pytest.raises(PixelError):
        pixels.differences(SMILEY, [[0, 1]])


# --- in a lesson's check ------------------------------------------------------------------------
def _check_with(namespace, test):
    exercise("pixels-test", hints=["a hint"])(test)
    return run_check("pixels-test", namespace)


def test_see_picture_gives_a_check_the_same_message_as_show():
    def test(see):
        picture = pixels.see_picture(see, "face")
        see.that(picture.rows == 8, "eight rows")

    broken = [row[:] for row in SMILEY]
    broken[3] = broken[3][:7]
    result = _check_with({"face": broken}, test)
    assert result.status == "not yet" and result.message == pixels.show(broken).message
    assert _check_with({"face": SMILEY}, test).status == "done"
    blank = _check_with({"face": ...}, test)
    assert blank.status == "not yet" and blank.message == said("still_blank", name="face")


@pytest.mark.parametrize("typo, tool", [("shwo", "show"), ("compair", "compare"), ("toon", "show")])
def test_a_typo_in_a_tool_name_suggests_the_right_one(typo, tool, monkeypatch):
    if typo == "toon":
        monkeypatch.setenv("ARTECH_LANG", "nl")
    with pytest.raises(AttributeError) as caught:
        getattr(pixels, typo)
    assert is_message(str(caught.value), "pixels_no_such_tool", name=typo)
    assert is_message(str(caught.value), "did_you_mean", suggestion=tool)


# --- photos: a grid of tens of thousands of pixels ---------------------------------------------------
def test_a_photo_sized_grid_is_checked_at_once_and_means_the_same():
    np = pytest.importorskip("numpy")
    array = np.zeros((60, 80, 3), dtype=np.uint8)
    array[5, 7] = (200, 16, 46)
    as_lists = [[tuple(v) for v in row] for row in array.tolist()]
    for value in (array, as_lists, 255 - array, array.astype(float)):
        picture = pixels.to_picture(value)
        assert picture.kind == "colour" and (picture.rows, picture.columns) == (60, 80)
    assert pixels.to_picture(array).pixel(5, 7) == (200, 16, 46)
    assert pixels.to_picture(array[:, :, 1] // 16).kind == "black-and-white"   # 0 and 1 only
    assert pixels.to_picture(array[:, :, 0]).kind == "grey"
    assert "<img" in pixels.show(array)._repr_html_()
    assert pixels.compare(array, 255 - array).count == 60 * 80


def test_a_photo_sized_grid_with_a_problem_still_names_the_pixel():
    np = pytest.importorskip("numpy")
    rows = [[(0, 0, 0)] * 80 for _ in range(60)]
    rows[5][7] = (300, 0, 0)
    assert "5" in pixels.problem(rows) and "7" in pixels.problem(rows)
    rows[5][7] = (0, 0, 0)
    rows[9] = rows[9][:-1]
    assert is_message(pixels.problem(rows), "pixels_row_length")
    assert is_message(pixels.problem(np.full((60, 80, 3), 256)), "pixels_where")
    assert pixels.problem(np.full((60, 80, 3), -1.5))
