"""Arabic script in a PDF: shaping (joined letter forms) and right-to-left order.

reportlab draws glyphs left to right as given. ``arabic_reshaper`` turns
letters into their joined presentation forms and ``python-bidi`` reorders a
line into visual order, mirroring brackets inside right-to-left runs (its
pure-Python ``bidi.algorithm``: the faster ``bidi.get_display`` leaves
"(2028)" drawn as ")2028("). Reordering must happen per *line*, after wrapping,
or a wrapped paragraph would read its lines bottom-up: :func:`wrap_lines`
breaks the logical text first, then each line is made visual.
"""

from __future__ import annotations

import re
from functools import lru_cache

import arabic_reshaper
from bidi.algorithm import get_display  # the Rust-backed bidi.get_display does not mirror brackets
from reportlab.pdfbase.pdfmetrics import stringWidth

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


def has_arabic(text: str) -> bool:
    """True if ``text`` contains Arabic-script letters."""
    return bool(_ARABIC.search(text))


#: A bracketed phrase in Latin letters, e.g. "(MoD)": the bidi algorithm here has no paired-bracket rule, so
#: a left-to-right mark after it keeps its closing bracket with it instead of sending it to the line's end.
_LATIN_IN_BRACKETS = re.compile(r"\([^()\u0600-\u06ff\ufb50-\ufeff]*[A-Za-z][^()\u0600-\u06ff\ufb50-\ufeff]*\)")
_LRM = "\u200e"


@lru_cache(maxsize=4096)
def visual(line: str, base_rtl: bool = True) -> str:
    """One line of logical text -> shaped glyphs in visual (left-to-right drawing) order."""
    if not has_arabic(line):
        return line
    marked = _LATIN_IN_BRACKETS.sub(lambda m: m.group(0) + _LRM, line)
    drawn = get_display(arabic_reshaper.reshape(marked), base_dir="R" if base_rtl else "L")
    return str(drawn).replace(_LRM, "")


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
