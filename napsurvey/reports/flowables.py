"""Small platypus pieces: right-to-left paragraphs and the "page n of N" canvas."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from napsurvey.reports.rtl import has_arabic, visual, wrap_lines


class RtlParagraph(Flowable):  # type: ignore[misc]
    """A paragraph of Arabic-script text: wrapped in logical order, each line shaped and drawn right-aligned."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self._lines: list[str] = []
        self._width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab API)
        self._width = availWidth
        self._lines = wrap_lines(self.text, self.style.fontName, self.style.fontSize, availWidth)
        return availWidth, len(self._lines) * self.style.leading

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        fit = int(availHeight // self.style.leading)
        if fit <= 0 or fit >= len(self._lines):
            return []
        return [RtlParagraph(" ".join(self._lines[:fit]), self.style),
                RtlParagraph(" ".join(self._lines[fit:]), self.style)]

    def getSpaceBefore(self) -> float:  # noqa: N802
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:  # noqa: N802
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(self.style.fontName, self.style.fontSize)
        canvas.setFillColor(self.style.textColor)
        y = len(self._lines) * self.style.leading - self.style.fontSize
        centred = self.style.alignment == TA_CENTER
        for line in self._lines:
            if centred:  # titles and cover lines: centred, as on the left-to-right pages
                canvas.drawCentredString(self._width / 2, y, visual(line))
            else:
                canvas.drawRightString(self._width, y, visual(line))
            y -= self.style.leading


def paragraph(text: str, style: ParagraphStyle, *, rtl: bool) -> Flowable:
    """A paragraph of plain text (not markup): right-to-left when ``rtl`` and the text is Arabic."""
    if rtl and has_arabic(text):
        return RtlParagraph(text, style)
    if has_arabic(text):  # an Arabic label inside a left-to-right report
        return Paragraph(escape(visual(text, base_rtl=False)), style)
    if rtl:
        style = ParagraphStyle(style.name + "-r", parent=style, alignment=TA_RIGHT)
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def numbered_canvas(template: str, font: str, *, rtl: bool, note: str = "") -> type[Canvas]:
    """A canvas class that writes ``template`` (``page {n} of {total}``), and ``note`` above it, on every page."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = kwargs.get("initialFontName") or font  # else an unembedded Helvetica
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab API)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                label = template.format(n=self._pageNumber, total=total)
                self.setFont(font, 8)
                self.setFillGray(0.35)
                width = self._pagesize[0]
                self.drawCentredString(width / 2, 22, visual(label) if rtl else label)
                if note:
                    self.setFont(font, 7)
                    self.drawCentredString(width / 2, 32, visual(note) if rtl else note)
                super().showPage()
            super().save()

    return NumberedCanvas
