"""The app's look: one stylesheet from resources/style and an app-wide font size.

Sizes in the stylesheet are written ``@1.5@`` (1.5 x the base size) and
turned into points here, so changing the font size in the settings scales
titles and body text together.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from napsurvey.paths import resources_dir

DEFAULT_FONT_PT = 12
FONT_SIZES = (11, 12, 13, 14, 16, 18)
_SCALED = re.compile(r"@([0-9]+(?:\.[0-9]+)?)@")


def stylesheet(base_pt: int = DEFAULT_FONT_PT) -> str:
    """The stylesheet for a base font size ('' if the file is missing: the app still works)."""
    try:
        text = (resources_dir() / "style" / "app.qss").read_text(encoding="utf-8")
    except OSError:
        return ""
    icons = (resources_dir() / "icons").as_posix()
    text = text.replace("@ICONS@", icons)
    return _SCALED.sub(lambda m: f"{round(base_pt * float(m.group(1)))}pt", text)


def apply_style(app: QApplication, font_pt: int = DEFAULT_FONT_PT) -> None:
    """Apply the Fusion style, the stylesheet and the font size to the whole application."""
    app.setStyle("Fusion")  # the same look on every platform, not the OS grey
    apply_font_size(app, font_pt)


def apply_font_size(app: QApplication, font_pt: int) -> None:
    """Change the base font size everywhere (titles scale with it)."""
    size = max(9, min(int(font_pt), 24))
    font = QFont(app.font())
    font.setPointSize(size)
    app.setFont(font)
    app.setStyleSheet(stylesheet(size))
