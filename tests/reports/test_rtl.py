"""Arabic in the PDF: letters joined, lines in right-to-left order, wrapping before reordering."""

from __future__ import annotations

import arabic_reshaper
from reportlab.pdfbase.pdfmetrics import stringWidth

from napsurvey.reports.fonts import REGULAR, register_fonts
from napsurvey.reports.rtl import has_arabic, visual, wrap_lines

SAFE = "الأمان في الشارع"  # "safety in the street"


def test_arabic_script_is_recognised_and_latin_is_not() -> None:
    assert has_arabic(SAFE) and has_arabic(f"Region: {SAFE}")
    assert not has_arabic("Sécurité perçue, 2026-Q4")


def test_latin_text_is_drawn_as_it_is() -> None:
    assert visual("North district 1") == "North district 1"


def test_arabic_is_shaped_and_reversed_into_drawing_order() -> None:
    shaped = arabic_reshaper.reshape(SAFE)
    drawn = visual(SAFE)
    assert drawn != SAFE and sorted(drawn) == sorted(shaped)  # the joined forms, in another order
    assert drawn == shaped[::-1]  # a single right-to-left run is drawn last letter first
    assert visual("2026 " + SAFE, base_rtl=False).startswith("2026")  # in a left-to-right line, the number leads


def test_wrapping_breaks_the_logical_text_then_each_line_fits() -> None:
    register_fonts()
    text = " ".join([SAFE] * 6) + "\nسطر ثان"
    width = stringWidth(visual(SAFE), REGULAR, 10) * 2.5
    lines = wrap_lines(text, REGULAR, 10, width)
    assert len(lines) > 2 and lines[-1] == "سطر ثان"  # the explicit line break is kept, in logical order
    assert " ".join(lines[:-1]) == " ".join([SAFE] * 6)  # nothing lost or reordered between lines
    assert all(stringWidth(visual(line), REGULAR, 10) <= width for line in lines)
