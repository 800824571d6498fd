"""artech.photo: a photo from a lesson's data folder as a grid of numbers, and the words stored in it."""

import pytest
from conftest import is_message

from artech import photo, pixels
from artech.data import DataFileMissing
from artech.photo import PhotoError

PIL = pytest.importorskip("PIL.Image")


@pytest.fixture
def folder(tmp_path):
    from PIL import PngImagePlugin
    (tmp_path / "data").mkdir()
    image = PIL.new("RGB", (100, 50), (200, 16, 46))
    image.putpixel((3, 2), (0, 0, 255))
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Test maker")
    image.save(tmp_path / "data" / "red.png", pnginfo=info)
    PIL.new("RGB", (100, 50)).save(tmp_path / "data" / "plain.png")
    (tmp_path / "data" / "notes.png").write_text("not a picture")
    return tmp_path


def test_a_photo_is_a_grid_of_colours(folder):
    grid = photo.load("red.png", folder)
    assert len(grid) == 50 and len(grid[0]) == 100
    assert grid[2][3] == (0, 0, 255) and grid[0][0] == (200, 16, 46)   # row first, then column
    picture = pixels.to_picture(grid)
    assert picture.kind == "colour" and picture.count((0, 0, 255)) == 1


def test_the_words_stored_in_a_photo(folder):
    words = photo.info("red.png", folder)
    assert words["Author"] == "Test maker" and "Test maker" in repr(words) and "Test maker" in words._repr_html_()
    empty = photo.info("plain.png", folder)
    assert not empty and is_message(repr(empty), "photo_no_info")


def test_kind_errors(folder):
    with pytest.raises(DataFileMissing):
        photo.load("rd.png", folder)
    with pytest.raises(PhotoError) as caught:
        photo.load("notes.png", folder)
    assert is_message(str(caught.value), "photo_unreadable")
    PIL.new("RGB", (600, 500)).save(folder / "data" / "big.png")
    with pytest.raises(PhotoError) as caught:
        photo.load("big.png", folder)
    assert is_message(str(caught.value), "photo_too_big")
    with pytest.raises(AttributeError) as caught:
        photo.lod
    assert is_message(str(caught.value), "photo_no_such_tool")
