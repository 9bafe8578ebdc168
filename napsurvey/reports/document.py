"""The printed summary report: cover, coverage, one section per indicator, methodology.

Built entirely in memory (``build_report`` returns the PDF bytes); the
caller writes them atomically where the coordinator chose. Only published
counts are printed; a suppressed cell shows the ⊘ mark on grey, never 0.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, SimpleDocTemplate, Spacer, Table, TableStyle

from napsurvey.errors import ErrorCode, NapError
from napsurvey.privacy.published import PublishedTable
from napsurvey.progress import ProgressCallback
from napsurvey.reports.chart import draw_chart
from napsurvey.reports.chart_model import chart_model
from napsurvey.reports.crosstab import CrossCell, Crosstab, crosstab, views
from napsurvey.reports.flowables import numbered_canvas, paragraph
from napsurvey.reports.fonts import BOLD, REGULAR, register_fonts
from napsurvey.reports.model import CoverageSummary, ReportInput, ReportSection
from napsurvey.reports.texts import BELOW, template, text

_GREY = colors.HexColor("#D9D9D9")
_HEAD = colors.HexColor("#EEF2F6")
_INK = colors.HexColor("#1F2A36")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13, textColor=_INK, spaceAfter=5)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=colors.HexColor("#555555")),
        "cell": ParagraphStyle("cell", parent=base, fontSize=7.5, leading=9, spaceAfter=0),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=BOLD, fontSize=7.5, leading=9, spaceAfter=0),
        "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=16, leading=20, spaceBefore=4, spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=12, leading=15, spaceBefore=10, spaceAfter=4),
        "h3": ParagraphStyle("h3", parent=base, fontName=BOLD, fontSize=9.5, leading=12, spaceBefore=6, spaceAfter=3),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=24, leading=30, alignment=TA_CENTER,
                                spaceAfter=16),
        "cover": ParagraphStyle("cover", parent=base, fontSize=12, leading=17, alignment=TA_CENTER, spaceAfter=8),
    }


class _Builder:
    def __init__(self, report: ReportInput) -> None:
        self.r = report
        self.lang = report.language
        self.rtl = report.language == "ar"
        self.s = _styles()
        self.page = A4 if report.paper == "a4" else LETTER
        self.width = self.page[0] - 4 * cm

    def t(self, key: str, **values: object) -> str:
        return text(self.lang, key, **values)

    def p(self, value: str, style: str = "body") -> Flowable:
        return paragraph(value, self.s[style], rtl=self.rtl)

    # -- cover and coverage ------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        r = self.r
        period = r.period or self.t("all_periods")
        return [
            Spacer(1, 5 * cm),
            self.p(self.t("title"), "title"),
            self.p(self.t("subtitle"), "cover"),
            Spacer(1, 1.5 * cm),
            self.p(self.t("period", period=period), "cover"),
            self.p(self.t("generated", day=r.generated), "cover"),
            Spacer(1, 3 * cm),
            self.p(r.organisation or self.t("organisation"), "cover"),
            PageBreak(),
        ]

    def coverage(self, cov: CoverageSummary) -> list[Flowable]:
        out: list[Flowable] = [self.p(self.t("coverage"), "h1")]
        if cov.bundles == 0:
            out.append(self.p(self.t("coverage_none")))
        else:
            out.append(self.p(self.t("coverage_intro", bundles=cov.bundles, reporting=cov.devices_reporting,
                                     devices=cov.devices, first=cov.first_day or "?", last=cov.last_day or "?")))
            if cov.missing_bundles:
                out.append(self.p(self.t("gaps", missing=cov.missing_bundles, devices=cov.devices_with_gaps)))
            else:
                out.append(self.p(self.t("no_gaps")))
        if cov.forms:
            out.append(self.p(self.t("interviews"), "h2"))
            rows: list[list[Any]] = []
            styles: list[tuple[Any, ...]] = []
            for form in cov.forms:
                name = form.form_title
                if form.high:
                    name = f"{name} — {self.t('high', threshold=form.interviews.threshold)}"
                periods = [c for c in form.interviews.cells if "period" in c.key]
                total = form.interviews.cell()
                for i, cell in enumerate([*periods, *([total] if total else [])]):
                    code = cell.key.get("period")
                    label = form.period_labels.get(code, code) if code else self.t("total")
                    rows.append([self.p(name, "cell") if i == 0 else "", self.p(label, "cell"),
                                 self._count(cell.count, threshold=form.interviews.threshold)])
                    if cell.suppressed:
                        styles.append(("BACKGROUND", (2, len(rows) - 1), (2, len(rows) - 1), _GREY))
            out.append(self._table([[self.p(self.t("questionnaire"), "cellb"), "", ""], *rows],
                                   [0.55, 0.25, 0.2], styles, header_rows=1))
            out.append(self.p(self.legend(max(f.interviews.threshold for f in cov.forms)), "small"))
        out.append(PageBreak())
        return out

    # -- indicator sections ------------------------------------------------------------

    def section(self, sec: ReportSection) -> list[Flowable]:
        lab = sec.labels
        table = sec.table
        head: list[Flowable] = [CondPageBreak(9 * cm), self.p(lab.title, "h2"),
                                self.p(self.t("form", form=lab.form_title), "small")]
        if lab.source:
            head.append(self.p(self.t("source", source=lab.source), "small"))
        body: list[Flowable] = []
        for row_dim, col_dim in views(table):
            grid = crosstab(table, lab, row_dim, col_dim)
            if col_dim:
                caption = self.t("table_by", answer=lab.dimension_titles[row_dim], by=lab.dimension_titles[col_dim])
                body.append(self.p(caption, "h3"))
            body.append(self._crosstab(grid, table.threshold))
            body.append(Spacer(1, 4))
        model = chart_model(table, lab)
        chart = [self.p(self.t("chart"), "h3"), draw_chart(model, self.width, rtl=self.rtl)]
        notes = [self.p(self.legend(table.threshold), "small")]
        if table.suppressed_count:
            notes.append(self.p(self.t("chart_legend") + " " +
                                self.t("suppressed_cells", n=table.suppressed_count, total=len(table.cells)), "small"))
        return [KeepTogether(head + body[:2]), *body[2:], KeepTogether(chart + notes)]

    def legend(self, threshold: int) -> str:
        """The legend under a table: counts perturbed, totals too, and what "< threshold" means."""
        return self.t("legend", d=self.r.max_deviation, threshold=threshold)

    def _count(self, count: int | None, percent: float | None = None, *, threshold: int) -> str:
        if count is None:
            return BELOW.format(threshold=threshold)
        return f"{count} ({percent:.0f}%)" if percent is not None else str(count)

    def _crosstab(self, grid: Crosstab, threshold: int) -> Table:
        header = [self.p(grid.corner, "cellb"), *(self.p(c, "cellb") for c in grid.col_labels)]
        rows: list[list[Any]] = [header]
        styles: list[tuple[Any, ...]] = []
        for r, (label, line) in enumerate(zip(grid.row_labels, grid.cells)):
            bold = grid.row_codes[r] is None
            rows.append([self.p(label, "cellb" if bold else "cell"), *(self._cell(c, threshold) for c in line)])
            for c, cell in enumerate(line):
                if cell.suppressed:
                    styles.append(("BACKGROUND", (c + 1, r + 1), (c + 1, r + 1), _GREY))
        n = len(grid.col_labels)
        first = 0.34 if n > 1 else 0.6
        widths = [first] + [(1 - first) / n] * n
        styles.append(("LINEABOVE", (0, len(rows) - 1), (-1, len(rows) - 1), 0.6, _INK))
        styles.append(("LINEBEFORE", (n, 0), (n, -1), 0.6, _INK))
        return self._table(rows, widths, styles, header_rows=1)

    def _cell(self, cell: CrossCell, threshold: int) -> str:
        return self._count(cell.count, cell.percent, threshold=threshold)

    def _table(self, rows: list[list[Any]], fractions: list[float], extra: list[tuple[Any, ...]],
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

    # -- methodology -------------------------------------------------------------------

    def methodology(self, tables: list[PublishedTable]) -> list[Flowable]:
        cells = sum(len(t.cells) for t in tables)
        suppressed = sum(t.suppressed_count for t in tables)
        threshold = min(self.r.thresholds) if self.r.thresholds else 10
        out: list[Flowable] = [PageBreak(), self.p(self.t("method"), "h1")]
        body = self.t("method_body", threshold=threshold, suppressed=suppressed, cells=cells, d=self.r.max_deviation)
        for part in body.split("\n"):
            out.append(self.p(part))
        out.append(self.p(self.t("thresholds", values=", ".join(map(str, self.r.thresholds)))))
        out.append(self.p(self.t("who")))
        out.append(self.p(self.t("limits")))
        return out


def _mirror(command: tuple[Any, ...], n: int) -> tuple[Any, ...]:
    name, (c0, r0), (c1, r1), *rest = command

    def flip(c: int) -> int:
        c = c if c >= 0 else n + c
        return n - 1 - c

    a, b = flip(c0), flip(c1)
    if name == "ALIGN":
        rest = ["LEFT" if rest[0] == "RIGHT" else rest[0]]
    if name == "LINEBEFORE":
        name = "LINEAFTER"
    return (name, (min(a, b), r0), (max(a, b), r1), *rest)


def build_report(report: ReportInput, progress: ProgressCallback | None = None) -> bytes:
    """The report's PDF bytes (A4 or Letter), fonts embedded. ``REPORT_FAILED`` on any layout failure."""
    register_fonts()
    builder = _Builder(report)
    story: list[Flowable] = [*builder.cover(), *builder.coverage(report.coverage),
                             builder.p(builder.t("indicators"), "h1")]
    for i, section in enumerate(report.sections):
        story.extend(builder.section(section))
        if progress is not None:
            progress(i + 1, len(report.sections) + 1)
    story.extend(builder.methodology([s.table for s in report.sections]))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=builder.page, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=1.8 * cm, bottomMargin=1.8 * cm, title="Summary report", author="",
                            subject="", creator="", lang=report.language)
    note = text(report.language, "footer_note", d=report.max_deviation)
    canvas = numbered_canvas(template(report.language, "page"), REGULAR, rtl=builder.rtl, note=note)
    try:
        doc.build(story, canvasmaker=canvas)
    except NapError:
        raise
    except Exception as exc:  # noqa: BLE001 - reportlab's LayoutError and friends: one coded line, no traceback
        raise NapError(ErrorCode.REPORT_FAILED, reason=type(exc).__name__) from None
    if progress is not None:
        progress(len(report.sections) + 1, len(report.sections) + 1)
    return buffer.getvalue()
