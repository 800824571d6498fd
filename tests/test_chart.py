"""Charts from data (artech.chart): what a chart shows, what a check can read, and kind errors."""

import xml.etree.ElementTree as ET

import pytest

from artech import chart
from artech.chart import ChartError, bars, line, parts, stripes
from artech.errors import KitError
from conftest import is_message, message_pattern

SVG = "{http://www.w3.org/2000/svg}"


def tree(c):
    return ET.fromstring(c.svg)


def rects(c):
    return [r for r in tree(c).iter(SVG + "rect")][1:]  # the first is the white background


def texts(c):
    return ["".join(t.itertext()) for t in tree(c).iter(SVG + "text")]


# --- what a check can read ---------------------------------------------------------------------
def test_a_line_says_its_kind_title_points_and_y_range():
    c = line([2000, 2001, 2002], [5, 7, 6], title="Rain", x_label="year", y_label="mm")
    assert (c.kind, c.title, c.count, c.xs, c.ys) == ("line", "Rain", 3, [2000, 2001, 2002], [5, 7, 6])
    assert c.y_range == (5, 7)  # a line chart's axis goes from its lowest to its highest point
    assert (c.x_label, c.y_label, c.source) == ("year", "mm", "")


def test_bars_start_at_zero_and_say_their_labels():
    c = bars(["a", "b", "c"], [81.0, 80.5, 79.4], title="Life")
    assert (c.kind, c.count, c.labels, c.ys) == ("bars", 3, ["a", "b", "c"], [81.0, 80.5, 79.4])
    assert c.y_range == (0, 81.0)


def test_bars_with_y_from_start_higher_and_the_bars_start_there_too():
    honest = bars(["a", "b"], [81.0, 79.4])
    tall = bars(["a", "b"], [81.0, 79.4], y_from=79)
    assert tall.y_range == (79, 81.0)
    h_honest = [float(r.get("height")) for r in rects(honest)]
    h_tall = [float(r.get("height")) for r in rects(tall)]
    assert h_honest[0] / h_honest[1] == pytest.approx(81.0 / 79.4, rel=0.01)
    assert h_tall[0] / h_tall[1] == pytest.approx(2.0 / 0.4, rel=0.02)  # the same numbers look 5 times as different
    assert "79" in tall.description and "81" in tall.description  # a screen reader hears the axis too


def test_y_from_and_y_to_on_a_line():
    c = line([1, 2, 3], [5, 6, 7], y_from=0, y_to=10)
    assert c.y_range == (0, 10)
    assert is_message(c.description, "chart_axis_desc", low="0", high="10")


def test_stripes_and_parts_have_their_kind():
    s = stripes([1, 2, 3], [-0.1, 0.0, 0.3], title="Warm")
    assert (s.kind, s.count, s.y_range) == ("stripes", 3, None)
    p = parts(["0-19", "20-64", "65+"], [3.8, 10.4, 3.4], title="Ages")
    assert (p.kind, p.count, p.labels, p.y_range) == ("parts", 3, ["0-19", "20-64", "65+"], None)


def test_parts_are_as_wide_as_their_share_and_say_it_in_percent():
    p = parts(["a", "b"], [1, 3])
    widths = [float(r.get("width")) for r in rects(p)[:2]]
    assert widths[1] == pytest.approx(3 * widths[0])
    assert any("25%" in t for t in texts(p)) and any("75%" in t for t in texts(p))
    assert "75" in p.description


def test_a_source_line_goes_under_the_chart_in_extra_room():
    plain = bars(["a"], [1])
    with_source = bars(["a"], [1], source="Gapminder, CC BY 2.0")
    assert plain.source == "" and with_source.source == "Gapminder, CC BY 2.0"
    assert int(tree(with_source).get("height")) == int(tree(plain).get("height")) + chart.SOURCE_ROOM
    assert any(is_message(t, "chart_source", source="Gapminder, CC BY 2.0") for t in texts(with_source))
    assert not any("Gapminder" in t for t in texts(plain))
    for make in (lambda s: line([1, 2], [1, 2], source=s), lambda s: stripes([1, 2], [1, 2], source=s),
                 lambda s: parts(["a"], [1], source=s)):
        assert make("NOAA").source == "NOAA"


def test_a_chart_without_the_new_options_is_drawn_as_before():
    """Stored outputs of project steps compare the SVG text: the defaults must not move a pixel."""
    c = bars(["a", "b"], [2, 4], title="T")
    assert tree(c).get("height") == str(chart.HEIGHT)
    assert c.svg == bars(["a", "b"], [2, 4], title="T", y_from=None, source="").svg


def test_save_writes_the_svg(tmp_path):
    c = line([1, 2], [3, 4])
    c.save(tmp_path / "c.svg")
    assert (tmp_path / "c.svg").read_text(encoding="utf-8").startswith("<svg")


# --- kind errors -------------------------------------------------------------------------------
def test_an_axis_start_that_is_not_a_number_is_explained():
    with pytest.raises(ChartError, match=message_pattern("chart_axis_not_a_number", what="y_from", found="'80'")):
        bars(["a"], [81], y_from="80")
    with pytest.raises(ChartError, match=message_pattern("chart_axis_not_a_number", what="y_to")):
        line([1, 2], [1, 2], y_to=True)


def test_an_axis_that_starts_above_every_value_is_explained():
    with pytest.raises(ChartError, match=message_pattern("chart_axis_above", start="90", high="81")):
        bars(["a", "b"], [81, 80], y_from=90)


def test_an_axis_that_ends_below_its_start_is_explained():
    with pytest.raises(ChartError, match=message_pattern("chart_axis_order", start="0", end="-5")):
        bars(["a"], [3], y_to=-5)


def test_parts_refuse_negative_empty_and_too_many_parts():
    with pytest.raises(ChartError, match=message_pattern("chart_parts_negative", label="b")):
        parts(["a", "b"], [1, -2])
    with pytest.raises(ChartError, match=message_pattern("chart_parts_negative", label="b")):
        parts(["a", "b"], [1, None])
    with pytest.raises(ChartError, match=message_pattern("chart_parts_zero")):
        parts(["a", "b"], [0, 0])
    with pytest.raises(ChartError, match=message_pattern("chart_parts_too_many", count="9")):
        parts(list("abcdefghi"), [1] * 9)
    with pytest.raises(ChartError, match=message_pattern("chart_lengths", x="2", y="1")):
        parts(["a", "b"], [1])


def test_chart_errors_are_kind_kit_errors():
    assert issubclass(ChartError, KitError) and issubclass(ChartError, ValueError)
    with pytest.raises(ChartError, match=message_pattern("chart_not_a_number", n="2")):
        bars(["a", "b"], [1, "two"])


def test_years_on_the_x_axis_get_whole_ticks_only():
    c = line(list(range(1998, 2013)), [0.5] * 15)
    ticks = [t for t in texts(c) if t.isdigit() or "." in t]
    assert "2000" in ticks and "2010" in ticks and not any("2002.5" in t for t in texts(c))
    assert any("2.5" in t for t in texts(line([0.0, 15.0], [1, 2])))  # numbers that are not whole keep them


def test_a_caption_goes_under_the_chart_wrapped_and_a_screen_reader_hears_it():
    words = "CO2 in the air rose every year but one. In 1964, 21 weeks have no measurement, so its average is less sure."
    c = line([1959, 1960, 1961], [316, 317, 318], caption=words, source="Scripps")
    assert c.caption == words
    lines = [t for t in texts(c) if t and t in words]
    assert len(lines) >= 2 and " ".join(lines) == words and all(len(t) <= chart.CAPTION_WIDTH for t in lines)
    assert int(tree(c).get("height")) > chart.HEIGHT + chart.SOURCE_ROOM
    desc = "".join(tree(c).find(SVG + "desc").itertext())
    assert words in desc and "Scripps" in desc
    for make in (bars, parts):
        assert make(["a", "b"], [1, 2], caption="Two.").caption == "Two."
    assert stripes([1, 2], [1, 2], caption="Hot.").caption == "Hot."
    assert line([1, 2], [1, 2]).caption == ""


def test_a_caption_that_is_too_long_is_explained():
    with pytest.raises(ChartError, match=message_pattern("chart_caption_long", most="4")):
        bars(["a"], [1], caption="word " * 80)


def test_long_bar_labels_go_on_two_lines_and_short_ones_stay_as_they_were():
    regions = ["South Asia", "Europe & Central Asia", "Middle East & North Africa", "Sub-Saharan Africa",
               "America", "East Asia & Pacific"]
    svg = bars(regions, [8, 52, 21, 50, 40, 32], title="Countries per region", wrap=True).svg
    assert "<tspan" not in bars(regions, [8, 52, 21, 50, 40, 32], title="Countries per region").svg  # off by default
    ET.fromstring(svg)  # still a well-formed picture
    assert '<tspan x="' in svg and ">Europe &amp;</tspan>" in svg and ">Central Asia</tspan>" in svg
    assert ">South Asia</text>" in svg  # fits: one line, exactly as before
    for size in __import__("re").findall(r'font-size="(\d+)"><tspan', svg):
        assert 8 <= int(size) <= 12
    short = bars(["a", "b"], [1, 2], wrap=True).svg
    assert "<tspan" not in short and '>a</text>' in short


def test_a_very_long_label_of_one_word_gets_smaller_but_stays_readable():
    svg = bars(["Supercalifragilisticexpialidocious"] * 6, [1, 2, 3, 4, 5, 6], wrap=True).svg
    ET.fromstring(svg)
    assert 'font-size="8"' in svg
