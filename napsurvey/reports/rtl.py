"""Arabic script in a PDF: shaping (joined letter forms) and right-to-left order.

reportlab draws glyphs left to right as given. ``arabic_reshaper`` turns
letters into their joined presentation forms and ``python-bidi`` reorders a
line into visual order. Reordering must happen per *line*, after wrapping,
or a wrapped paragraph would read its lines bottom-up: :func:`wrap_lines`
breaks the logical text first, then each line is made visual.
"""

from __future__ import annotations

import re
from functools import lru_cache

import arabic_reshaper
from bidi import get_display
from reportlab.pdfbase.pdfmetrics import stringWidth

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


def has_arabic(text: str) -> bool:
    """True if ``text`` contains Arabic-script letters."""
    return bool(_ARABIC.search(text))


@lru_cache(maxsize=4096)
def visual(line: str, base_rtl: bool = True) -> str:
    """One line of logical text -> shaped glyphs in visual (left-to-right drawing) order."""
    if not has_arabic(line):
        return line
    return str(get_display(arabic_reshaper.reshape(line), base_dir="R" if base_rtl else "L"))


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Break logical ``text`` into lines no wider than ``width`` (measured shaped)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if current and stringWidth(visual(candidate), font, size) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        lines.append(current)
    return lines
