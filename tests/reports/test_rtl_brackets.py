"""Brackets in right-to-left text are drawn facing the right way."""

from __future__ import annotations

from napsurvey.reports.rtl import visual


def test_brackets_around_a_year_in_arabic_open_on_the_right() -> None:
    # Drawn left to right, "الهدف (2028)" must read "(2028) <target>": the opening bracket,
    # logically before the year, is on the year's right, so in drawing order ")" is not first.
    drawn = visual("الهدف (2028)")
    assert drawn.startswith("(2028)")


def test_brackets_of_an_english_phrase_inside_arabic_keep_their_direction() -> None:
    drawn = visual("المصدر: Ministry of Defence (MoD)")
    assert "Ministry of Defence (MoD)" in drawn
