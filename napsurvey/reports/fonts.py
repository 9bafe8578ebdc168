"""The report's fonts: DejaVu Sans and DejaVu Sans Bold, shipped in resources/fonts.

They cover Latin with French accents and the Arabic script (including the
presentation forms that shaped Arabic text is drawn with). Embedded, as
subsets, in every PDF.
"""

from __future__ import annotations

from reportlab.graphics.shapes import STATE_DEFAULTS
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from napsurvey.errors import ErrorCode, NapError
from napsurvey.paths import resources_dir

REGULAR = "NapSans"
BOLD = "NapSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def register_fonts() -> None:
    """Register the fonts with reportlab once (``REPORT_FAILED`` if a file is missing)."""
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    folder = resources_dir() / "fonts"
    for name, file in _FILES.items():
        path = folder / file
        if not path.is_file():
            raise NapError(ErrorCode.REPORT_FAILED, reason=f"font {file} is missing from the installation")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    # Drawings start each render in this font: make it ours so no unembedded Helvetica is referenced.
    STATE_DEFAULTS["fontName"] = REGULAR
