"""The checks for *Pictures made of numbers* (tinkering-pictures-made-of-numbers).

They run in the kit, never in the student's notebook: `check("id")` loads this file fresh, and
`artech check` runs it after the student's code. Every sentence a student reads goes through `_`, so it
is translated with `checks.<lang>.po`; the student's names are read by their English name (the kit finds
the edition's own name, like `knipoog` for `wink` in Dutch). The checks look at what the grid is (its
size, which pixels differ from the lesson's pictures, whether every row is the same), never at how the
code was written. A grid that is not a picture gets the very message `pixels.show` gives."""

from artech.checks import exercise, _, _n
from artech import pixels as _pixels  # the checks' own name: a student's `pixels = ...` can't break them

# The lesson's pictures, as the notebook makes them (the checks never trust the student's copies).
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
EYES = [(2, 2), (2, 5)]
EMPTY = [[0] * 8 for _row in range(8)]
NEGATIVE = [[1 - v for v in row] for row in SMILEY]
RED, WHITE, BLUE = (200, 16, 46), (255, 255, 255), (33, 70, 139)
FLAG = [[RED] * 4, [WHITE] * 4, [BLUE] * 4]
TINY = 10  # a change of at most this much in each number of a colour: nobody sees it


def _tools(see):
    """A student who made a name `pixels` has hidden the pixel tools: say so, and how to get them back."""
    see.that(see.ns.get("pixels") is _pixels,
             _("You made a name called `pixels`, so Python forgot the pixel tools, and `pixels.show` stops "
               "working. Give your picture another name. Then run the \"Get ready\" cell again "
               "(it brings the tools back), run your cells again, and check again."))


def _places(places):
    return "; ".join(_("row {row}, column {column}", row=r, column=c) for r, c in places)


def _same_size(see, name, picture, rows, columns):
    see.that((picture.rows, picture.columns) == (rows, columns),
             _("Your `{name}` has {rows} rows and {columns} columns, but it should stay {want_rows} rows and "
               "{want_columns} columns, like the picture it is a copy of. Change one pixel only: "
               "`{name}[row][column] = ...`.",
               name=see.name(name), rows=picture.rows, columns=picture.columns,
               want_rows=rows, want_columns=columns))


@exercise("wink", hints=[
    _("The eyes are the two black pixels (0) in the face. Find them in the picture with the numbers."),
    _("Both eyes are in row 2: the third row from the top, because counting starts at 0. "
      "Which column is the eye on the right in?"),
    _("Write the row first, then the column: `wink[2][...] = 1`, with the column of one eye."),
], praise=_("One number changed, and the smiley winks. You found the pixel by its row and its column."))
def wink(see):
    _tools(see)
    picture = _pixels.see_picture(see, "wink")
    name = see.name("wink")
    _same_size(see, "wink", picture, 8, 8)
    changed = _pixels.differences(SMILEY, picture.grid)
    see.that(changed, _("Your `{name}` is still exactly the smiley: no pixel changed, because the pixel you "
                        "chose already had that number. An eye is a 0 (black): to close it, make it 1. "
                        "Count from 0: the top row is row 0, and the left column is column 0.", name=name))
    if len(changed) == 1:
        (r, c), = changed
        if (r - 1, c - 1) in EYES:
            see.that(False, _("You changed the pixel in row {row}, column {column}: one row down and one column "
                              "to the right of an eye. That happens when you count from 1. Counting starts at 0, "
                              "so take 1 away from the row and from the column.", row=r, column=c))
        see.that((r, c) in EYES, _("You changed the pixel in row {row}, column {column}, but that is not an eye. "
                                   "The eyes are the two black pixels inside the face. Use the row and column "
                                   "numbers around the picture to find one.", row=r, column=c))
        value = picture.pixel(r, c)
        see.that(value == 1, _("Your eye pixel is now {value}. The face around it is 1, so a closed eye is 1 "
                               "too.", value=value))
        return
    if sorted(changed) == EYES:
        see.that(False, _("You closed both eyes: that is sleeping, not winking. Close only one eye."))
    see.that(False, _n("You changed {n} pixel: {places}. A wink changes only one pixel: one eye. Keep one line "
                       "that changes one pixel, and run the cell again.",
                       "You changed {n} pixels: {places}. A wink changes only one pixel: one eye. Keep one line "
                       "that changes one pixel, and run the cell again.",
                       len(changed), n=len(changed), places=_places(changed[:6])))


@exercise("stripes-down", hints=[
    _("Look at the Dutch flag: each row is one colour, so the stripes go across."),
    _("For stripes that go down, every row must be exactly the same."),
    _("Make 3 rows, and write `[blue, white, red]` for each row, with a comma after each row."),
], praise=_("Every row is the same, so every column is one colour: stripes that go down."))
def stripes_down(see):
    _tools(see)
    picture = _pixels.see_picture(see, "france")
    name = see.name("france")
    see.that(picture.kind == "colour",
             _("The pixels of your `{name}` are single numbers, not colours. Use the colour names from the "
               "flag, like `{blue}`: each one holds three numbers.", name=name, blue=see.name("blue")))
    see.that(picture.rows >= 2, _("Your `{name}` is only 1 row high: a thin line, not a flag. Add more rows, "
                                  "and make every row the same.", name=name))
    see.that(picture.columns >= 2, _("Your `{name}` is only 1 column wide, so it has only one stripe. Put "
                                     "a few colours next to each other in each row.", name=name))
    rows = picture.grid
    if all(len(set(row)) == 1 for row in rows) and len(set(row[0] for row in rows)) > 1:
        see.that(False, _("The stripes of your `{name}` go across: every row is one colour, like the Dutch "
                          "flag. For stripes that go down, every row must be the same, with different "
                          "colours next to each other.", name=name))
    for r, row in enumerate(rows):
        see.that(row == rows[0], _("Row {row} of your `{name}` is not the same as row 0. For stripes that go "
                                   "down, every row must be exactly the same.", row=r, name=name))
    for c in range(picture.columns - 1):
        see.that(rows[0][c] != rows[0][c + 1],
                 _("Columns {column} and {next} of your `{name}` have the same colour, so there is no stripe "
                   "between them. Put a different colour next to it.", column=c, next=c + 1, name=name))


@exercise("secret-change", hints=[
    _("Change one pixel: `twin[row][column] = (..., ..., ...)`, with three numbers for its new colour."),
    _("Start from the colour that is there now, for example the red (200, 16, 46), and change one of its "
      "numbers a tiny bit."),
    _("Try `twin[0][1] = (199, 16, 46)`: red 199 instead of 200."),
], praise=_("Nobody can see it, but the computer counts it. For the numbers, this is a different picture."))
def secret_change(see):
    _tools(see)
    picture = _pixels.see_picture(see, "twin")
    name = see.name("twin")
    see.that(picture.kind == "colour",
             _("The pixels of your `{name}` are single numbers now, but the flag's pixels are colours of three "
               "numbers. Give the pixel three numbers in round brackets, like `(200, 16, 46)`.", name=name))
    _same_size(see, "twin", picture, 3, 4)
    changed = _pixels.differences(FLAG, picture.grid)
    see.that(changed, _("Your `{name}` is still exactly the flag: no pixel is different. Give one pixel a new "
                        "colour: `{name}[row][column] = (..., ..., ...)`.", name=name))
    for r, c in changed:
        old, new = FLAG[r][c], picture.pixel(r, c)
        see.that(max(abs(a - b) for a, b in zip(old, new)) <= TINY,
                 _("You changed row {row}, column {column} from {old} to {new}. Everyone can see that. "
                   "For a secret change, make each number only a tiny bit different: 1 or 2 more or less.",
                   row=r, column=c, old=old, new=new))


@exercise("my-picture", hints=[
    _("Copy the rows of `empty`, then change some 0s into 1s. Run the cell to see your picture."),
    _("Big, simple shapes work best in a small grid: a heart, a letter, an arrow, a house."),
    _("Every row needs the same number of pixels, with a comma between the numbers and after each row."),
], praise=_("A picture of your own, made of numbers. Show it to your neighbour: can they guess what it is?"))
def my_picture(see):
    _tools(see)
    # the cell shows the picture with the palette above it: check it the same way, so the two never disagree
    palette = see.ns.get("my_palette")
    picture = _pixels.see_picture(see, "my_picture", None if palette is None else palette)
    name = see.name("my_picture")
    grid = picture.grid
    see.that(grid != EMPTY, _("Your `{name}` is still the empty grid: every pixel is 0, so it is all black. "
                              "Change some 0s into 1s to draw.", name=name))
    values = picture.distinct
    see.that(len(values) > 1, _("Every pixel of your `{name}` is {value}, so the whole picture is one colour. "
                                "Change some pixels to draw a shape.", name=name, value=values[0]))
    see.that(grid not in (SMILEY, NEGATIVE), _("Your `{name}` is the smiley from the lesson. This picture is "
                                               "yours: draw something of your own.", name=name))
    if picture.kind == "grey" and max(values) < 10:
        see.that(False, _("Your `{name}` has numbers like {value}, but no palette. Without a palette, a number "
                          "above 1 is a grey from 0 (black) to 255 (white), so {value} is almost black. Put "
                          "`palette={palette}` back in the last line of the cell, or use only 0 and 1.",
                          name=name, value=max(values), palette=see.name("my_palette")))
