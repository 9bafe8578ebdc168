"""The printed regional report: cover, coverage per member and period, one section per indicator, method.

Built in memory (:func:`build_regional_report` returns the PDF bytes) from a
:class:`~napsurvey.reports.regional_model.RegionalReportInput`, with the same
page furniture as the coordinator's report (fonts, right-to-left
paragraphs, page numbers, mirrored tables in Arabic).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, SimpleDocTemplate, Spacer, Table, TableStyle

from napsurvey.errors import ErrorCode, NapError
from napsurvey.progress import ProgressCallback
from napsurvey.reports.document import _mirror, _styles
from napsurvey.reports.flowables import numbered_canvas, paragraph
from napsurvey.reports.fonts import REGULAR, register_fonts
from napsurvey.reports.regional_model import CoverageGrid, Figure, MemberRow, RegionalReportInput, RegionalSection
from napsurvey.reports.regional_texts import AT_LEAST, NOT_RELEASED, text

_GREY = colors.HexColor("#D9D9D9")
_HEAD = colors.HexColor("#EEF2F6")
_REGION = colors.HexColor("#F6F1E4")
_INK = colors.HexColor("#1F2A36")


def figure_text(figure: Figure) -> str:
    """A figure as printed: ``57``, ``≥ 57``, ``< 10`` or ``—``."""
    if figure.value is None:
        shown = f"< {figure.below}" if figure.below else NOT_RELEASED
    else:
        shown = f"{AT_LEAST} {figure.value}" if figure.at_least else str(figure.value)
    return f"{shown} {figure.note}" if figure.note else shown


class ReportPages:
    """Paragraphs and tables in one language and paper size (the regional and twinning reports share it)."""

    def __init__(self, language: str, paper: str) -> None:
        self.lang = language
        self.rtl = language == "ar"
        self.s = _styles()
        self.page = A4 if paper == "a4" else LETTER
        self.width = self.page[0] - 4 * cm

    def t(self, key: str, **values: object) -> str:
        return text(self.lang, key, **values)

    def p(self, value: str, style: str = "body") -> Flowable:
        return paragraph(value, self.s[style], rtl=self.rtl)

    def figures_table(self, corner: str, columns: Sequence[str], rows: Sequence[MemberRow], *,
                      first_is_region: bool = False) -> Table:
        """A table of figures: a label column, then one column per ``columns``."""
        data: list[list[Any]] = [[self.p(corner, "cellb"), *(self.p(c, "cellb") for c in columns)]]
        extra: list[tuple[Any, ...]] = []
        for r, row in enumerate(rows, start=1):
            bold = first_is_region and r == 1
            data.append([self.p(row.name, "cellb" if bold else "cell"), *(figure_text(f) for f in row.figures)])
            for c, f in enumerate(row.figures, start=1):
                if f.value is None:
                    extra.append(("BACKGROUND", (c, r), (c, r), _GREY))
            if bold:
                extra.append(("BACKGROUND", (0, r), (0, r), _REGION))
        n = len(columns)
        first = 0.3 if n > 2 else 0.5
        return self.table(data, [first] + [(1 - first) / max(n, 1)] * n, extra, header_rows=1)

    def table(self, rows: list[list[Any]], fractions: list[float], extra: list[tuple[Any, ...]],
              header_rows: int) -> Table:
        widths = [f * self.width for f in fractions]
        style: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), REGULAR, 7.5),
            ("TEXTCOLOR", (0, 0), (-1, -1), _INK),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), _HEAD),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.6, _INK),
            ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, colors.HexColor("#CCCCCC")),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            *extra,
        ]
        if self.rtl:  # mirror the grid: first column on the right
            n = len(widths)
            rows = [list(reversed(r)) for r in rows]
            widths = list(reversed(widths))
            style = [_mirror(s, n) for s in style]
        table = Table(rows, colWidths=widths, repeatRows=header_rows, hAlign="CENTER")
        table.setStyle(TableStyle(style))
        return table

    def build(self, story: list[Flowable], title: str) -> bytes:
        """The PDF bytes of ``story``; REPORT_FAILED on any layout failure."""
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(buffer, pagesize=self.page, leftMargin=2 * cm, rightMargin=2 * cm,
                                topMargin=1.8 * cm, bottomMargin=1.8 * cm, title=title, author="", subject="",
                                creator="", lang=self.lang)
        canvas = numbered_canvas(text(self.lang, "page", n="{n}", total="{total}"), REGULAR, rtl=self.rtl)
        try:
            doc.build(story, canvasmaker=canvas)
        except NapError:
            raise
        except Exception as exc:  # noqa: BLE001 - reportlab's LayoutError and friends: one coded line, no traceback
            raise NapError(ErrorCode.REPORT_FAILED, reason=type(exc).__name__) from None
        return buffer.getvalue()


class _Regional(ReportPages):
    def __init__(self, report: RegionalReportInput) -> None:
        super().__init__(report.language, report.paper)
        self.r = report

    def cover(self) -> list[Flowable]:
        r = self.r
        return [
            Spacer(1, 5 * cm),
            self.p(self.t("title"), "title"),
            self.p(self.t("subtitle"), "cover"),
            Spacer(1, 1.2 * cm),
            self.p(r.network, "cover"),
            self.p(self.t("period", period=r.period or self.t("all_periods")), "cover"),
            self.p(self.t("generated", day=r.generated), "cover"),
            Spacer(1, 1 * cm),
            self.p(self.t("members", members=", ".join(r.members)), "cover"),
            PageBreak(),
        ]

    def coverage(self, grids: Sequence[CoverageGrid], gaps: Sequence[str]) -> list[Flowable]:
        out: list[Flowable] = [self.p(self.t("coverage"), "h1"), self.p(self.t("coverage_intro"))]
        for grid in grids:
            out.append(self.p(grid.form_title, "h2"))
            out.append(self.figures_table(self.t("member"), grid.periods, grid.rows))
            out.append(Spacer(1, 6))
        out.append(self.p(self.t("gaps"), "h2"))
        if gaps:
            out.extend(self.p(line, "small") for line in gaps)
        else:
            out.append(self.p(self.t("no_gaps")))
        out.append(PageBreak())
        return out

    def section(self, sec: RegionalSection) -> list[Flowable]:
        head: list[Flowable] = [CondPageBreak(8 * cm), self.p(sec.title, "h2"),
                                self.p(self.t("form", form=sec.form_title), "small")]
        if sec.source:
            head.append(self.p(self.t("source", source=sec.source), "small"))
        if sec.codes:
            head.append(self.p(self.t("codes", codes=", ".join(sec.codes)), "small"))
        trend = [self.p(self.t("trend"), "h3"), self.figures_table(self.t("period_col"), sec.columns, sec.trend)]
        body: list[Flowable] = [self.p(self.t("by_member", period=sec.period), "h3"),
                                self.figures_table(self.t("member"), sec.columns, sec.members, first_is_region=True)]
        for breakdown in sec.breakdowns:
            body.append(self.p(self.t("breakdown", by=breakdown.title, period=sec.period), "h3"))
            body.append(self.figures_table(breakdown.title, sec.columns, breakdown.rows))
        notes = [self.p(self.t("legend"), "small")]
        if sec.pooled_members:
            notes.append(self.p(self.t("pooled", members=", ".join(sec.pooled_members), d=self.r.max_deviation,
                                       t=self.r.pooled_threshold), "small"))
        if sec.apart:
            notes.append(self.p(self.t("apart", members=", ".join(sec.apart)), "small"))
        return [KeepTogether(head + trend), *body, *notes, Spacer(1, 8)]

    def method(self) -> list[Flowable]:
        out: list[Flowable] = [PageBreak(), self.p(self.t("method"), "h1")]
        out.extend(self.p(part) for part in self.t("method_body", d=self.r.max_deviation).split("\n"))
        return out


def build_regional_report(report: RegionalReportInput, progress: ProgressCallback | None = None) -> bytes:
    """The regional report's PDF bytes (A4 or Letter), fonts embedded. ``REPORT_FAILED`` on any layout failure."""
    register_fonts()
    pages = _Regional(report)
    story: list[Flowable] = [*pages.cover(), *pages.coverage(report.coverage, report.gaps),
                             pages.p(pages.t("indicators"), "h1")]
    for i, section in enumerate(report.sections):
        story.extend(pages.section(section))
        if progress is not None:
            progress(i + 1, len(report.sections) + 1)
    story.extend(pages.method())
    data = pages.build(story, "Regional report")
    if progress is not None:
        progress(len(report.sections) + 1, len(report.sections) + 1)
    return data
