"""The checks for *Photo filters* (tinkering-photo-filters).

They run in the kit, never in the student's notebook. The checks load the photo themselves from the
lesson's data folder (they never trust the student's `cat`), and look at properties of what was made:
its size, whether every number became 255 minus itself, whether a grey has three equal numbers, how
many brightness levels a poster keeps. Never at how the code was written. A grid that is not a picture
gets the very message `pixels.show` gives."""

from pathlib import Path

from artech.checks import exercise, _
from artech import photo as _photo
from artech import pixels as _pixels

_HERE = Path(__file__).resolve().parent
ROWS, COLUMNS = 120, 180


def _cat():
    return _photo.load("chelsea.png", _HERE)


def _tools(see):
    see.that(see.ns.get("pixels") is _pixels,
             _("You made a name called `pixels`, so Python forgot the pixel tools, and `pixels.show` stops "
               "working. Give your picture another name. Then run the \"Get ready\" cell again, run your "
               "cells again, and check again."))


def _photo_of(see, name):
    """The student's picture `name`: a picture of the photo's size, or a kind not yet."""
    picture = _pixels.see_picture(see, name)
    shown = see.name(name)
    see.that((picture.rows, picture.columns) == (ROWS, COLUMNS),
             _("Your `{name}` has {rows} rows and {columns} columns, but the photo has {want_rows} rows and "
               "{want_columns} columns. Look at where your `append` lines are: a pixel goes into the new row "
               "inside the inner loop, and the new row goes into the picture after the inner loop.",
               name=shown, rows=picture.rows, columns=picture.columns, want_rows=ROWS, want_columns=COLUMNS))
    see.that(picture.kind == "colour",
             _("The pixels of your `{name}` are single numbers, not colours. Append three numbers in round "
               "brackets for every pixel: `(..., ..., ...)`.", name=shown))
    return picture


@exercise("negative", hints=[
    _("A negative turns dark into light. A number 0 becomes 255, and 255 becomes 0."),
    _("Each of the three numbers becomes 255 minus itself: `255 - r`, and the same for `g` and `b`."),
    _("Inside the inner loop, write `new_row.append((255 - r, 255 - g, 255 - b))`."),
], praise=_("Every one of the 21600 pixels changed, with one line inside a loop. That is what a filter is."))
def negative(see):
    _tools(see)
    picture = _photo_of(see, "negative")
    name = see.name("negative")
    cat = _cat()
    see.that(picture.grid != cat, _("Your `{name}` is still exactly the photo: the loop copied every pixel "
                                    "as it was. Change the three numbers before you append them.", name=name))
    for r in range(ROWS):
        for c in range(COLUMNS):
            old, new = cat[r][c], picture.grid[r][c]
            want = tuple(255 - v for v in old)
            if new != want:
                wrong = [word for word, a, b in zip((_("red"), _("green"), _("blue")), new, want) if a != b]
                see.that(False, _("Row {row}, column {column} was {old}. In a negative it becomes {want}, but "
                                  "yours is {new}: the numbers for {wrong} are not 255 minus the old number. "
                                  "Do the same to all three numbers.",
                                  row=r, column=c, old=old, want=want, new=new, wrong=", ".join(wrong)))


@exercise("grey", hints=[
    _("In a grey pixel, red, green and blue are equal. So you need one number that says how bright the pixel is."),
    _("Take the average of the three: add them up and divide by 3. Use `//` so you get a whole number."),
    _("Write `level = (r + g + b) // 3` and then `return (level, level, level)`."),
], praise=_("Three equal numbers make a grey, and the average keeps how bright each pixel was."))
def grey(see):
    _tools(see)
    fn = see.function("grey")
    name = see.name("grey")
    for colour in [(255, 255, 255), (200, 16, 46), (0, 0, 255), (0, 255, 0), (0, 0, 0), (10, 200, 90)]:
        made = see.run(fn, *colour)
        see.that(made is not None, _("Your `{name}` gives nothing back (None): Python needs `return` to hand "
                                     "back the grey. End the function with `return (level, level, level)`.",
                                     name=name))
        see.that(isinstance(made, (tuple, list)) and len(made) == 3,
                 _("For the colour {colour}, your `{name}` gives {made}. A pixel needs three numbers in round "
                   "brackets: `return (level, level, level)`.", colour=colour, name=name, made=made))
        made = tuple(made)
        see.that(all(isinstance(v, int) and not isinstance(v, bool) for v in made),
                 _("For the colour {colour}, your `{name}` gives {made}. A pixel's numbers are whole numbers. "
                   "Divide with `//` instead of `/`, or use `round(...)`.", colour=colour, name=name, made=made))
        see.that(made[0] == made[1] == made[2],
                 _("For the colour {colour}, your `{name}` gives {made}. In a grey, the three numbers are the "
                   "same.", colour=colour, name=name, made=made))
        level = made[0]
        see.that(0 <= level <= 255,
                 _("For the colour {colour}, your `{name}` gives {made}: {level} is not between 0 and 255. "
                   "Did you divide the sum of all three by 3? Put brackets around the sum: `(r + g + b) // 3`.",
                   colour=colour, name=name, made=made, level=level))
        see.that(min(colour) <= level <= max(colour),
                 _("For the colour {colour}, your `{name}` gives the grey {level}. A fair grey is somewhere "
                   "between the smallest and the biggest of the three numbers. Use all three numbers.",
                   colour=colour, name=name, level=level))
        if colour in [(0, 0, 255), (0, 255, 0)] and level == 0:
            see.that(False, _("Your `{name}` makes the colour {colour} black. That colour is bright, so its grey "
                              "should not be 0. Use all three numbers, not only one.", name=name, colour=colour))
    picture = _photo_of(see, "grey_cat")
    see.that(all(len(set(v)) == 1 for row in picture.grid for v in row),
             _("Your `{name}` is not grey everywhere: some pixels have three different numbers. Run the "
               "cell again, so the loop uses your new function.", name=see.name("grey_cat")))


@exercise("poster", hints=[
    _("Dividing with `//` keeps only the whole part. Multiplying by the same number makes it big again, but now in steps."),
    _("Do it to the whole array at once: `cat_array // 64 * 64`. Every number becomes 0, 64, 128 or 192."),
    _("Write `poster = cat_array // 64 * 64`, or try a bigger step like 85 or 128 for fewer colours."),
], praise=_("A few levels of each colour, and the photo looks like a poster. numpy did every number at once."))
def poster(see):
    _tools(see)
    name = see.name("poster")
    value = see.value("poster")
    picture = _photo_of(see, "poster")
    cat = _cat()
    see.that(picture.grid != cat, _("Your `{name}` is still exactly the photo. Divide with `//` and multiply "
                                    "again, so only a few levels are left.", name=name))
    levels = sorted({v for row in picture.grid for pixel in row for v in pixel})
    if hasattr(value, "dtype") and value.dtype.kind == "f":
        see.that(False, _("Your `{name}` holds numbers with a decimal point. `/` keeps the part after the point, "
                          "so nothing is thrown away. Use `//` to divide.", name=name))
    see.that(len(levels) <= 8,
             _("Your `{name}` still has {count} different levels of brightness, so it looks like a photo, not "
               "a poster. Divide with `//` by a bigger number, then multiply by the same number.",
               name=name, count=len(levels)))
    see.that(len(levels) >= 2, _("Every number of your `{name}` is {value}: one flat colour. Use a smaller "
                                 "step, like 64.", name=name, value=levels[0]))
    see.that(max(levels) >= 100,
             _("The brightest number in your `{name}` is {value}, so the poster is almost black. After `//`, "
               "multiply by the same number again: `// 64 * 64`.", name=name, value=max(levels)))


@exercise("my-filter", hints=[
    _("Change the numbers in the `return` line of `my_filter`: swap them, add to one, or take from another."),
    _("Keep every number between 0 and 255: `min(r + 60, 255)` never goes above 255."),
    _("An idea: `return (b, g, r)` swaps red and blue. Or `return (min(r + 50, 255), g, b // 2)` for warm light."),
], praise=_("A filter of your own. Give it a name, and show your neighbour what it does to the cat."))
def my_filter(see):
    _tools(see)
    picture = _photo_of(see, "my_photo")
    name = see.name("my_photo")
    cat = _cat()
    see.that(picture.grid != cat, _("Your `{name}` is still exactly the photo: your filter gives every pixel "
                                    "back as it was. Change the numbers in its `return` line.", name=name))
    negative = [[tuple(255 - v for v in pixel) for pixel in row] for row in cat]
    see.that(picture.grid != negative, _("Your `{name}` is the negative from exercise 1. Make a filter of your "
                                         "own: change the numbers another way.", name=name))
