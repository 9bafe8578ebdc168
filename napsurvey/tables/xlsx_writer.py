"""XLSX: a README sheet, then one sheet per indicator, labels in one language.

Built in memory (no write-only mode: that one spools rows to temp files).
openpyxl writes the workbook and the head of each sheet; the rows of the
tables go in as XML afterwards (:mod:`napsurvey.tables.xlsx_rows`): openpyxl
takes about 80 microseconds a cell, which put a 10,000-cell table over a second.
Counts are numbers (perturbed, totals too); a value below the threshold holds "< 10" on a grey
background, never 0, and no sheet contains a formula that could add one up.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from napsurvey.privacy.published import PublishedSet
from napsurvey.tables.labels import TableLabels, below_mark
from napsurvey.tables.long_format import DEFAULT_D, legend, long_rows
from napsurvey.tables.openpyxl_import import numpy_hidden
from napsurvey.tables.xlsx_rows import add_rows, rows_xml

with numpy_hidden():  # numpy is of no use to these tables (see napsurvey.tables.openpyxl_import)
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

_TEXT: dict[str, dict[str, str]] = {
    "en": {"readme": "README", "title": "Disclosure-controlled tables", "generated": "Generated",
           "threshold": "Threshold", "period": "Periods", "legend": "Legend", "sheet": "Sheet",
           "indicator": "Indicator", "questionnaire": "Questionnaire", "source": "Source", "count": "Count"},
    "fr": {"readme": "LISEZMOI", "title": "Tableaux sous contrôle de divulgation", "generated": "Produit le",
           "threshold": "Seuil", "period": "Périodes", "legend": "Légende", "sheet": "Feuille",
           "indicator": "Indicateur", "questionnaire": "Questionnaire", "source": "Source", "count": "Effectif"},
    "ar": {"readme": "اقرأني", "title": "جداول خاضعة لضبط الإفصاح", "generated": "تاريخ الإعداد",
           "threshold": "العتبة", "period": "الفترات", "legend": "مفتاح الرموز", "sheet": "الورقة",
           "indicator": "المؤشر", "questionnaire": "الاستبيان", "source": "المصدر", "count": "العدد"},
}
_GREY = PatternFill("solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
_BOLD = Font(bold=True)


def sheet_names(indicators: Sequence[str]) -> list[str]:
    """Unique Excel sheet names (at most 31 characters) for the indicators."""
    used: set[str] = set()
    names: list[str] = []
    for indicator in indicators:
        base = indicator[:31] or "table"
        name, n = base, 2
        while name.lower() in used:
            suffix = f"~{n}"
            name, n = base[: 31 - len(suffix)] + suffix, n + 1
        used.add(name.lower())
        names.append(name)
    return names


def to_xlsx(published: PublishedSet, labels: Sequence[TableLabels], language: str, *, generated: str,
            period: str = "") -> bytes:
    """The XLSX file's bytes; ``labels[i]`` labels ``published.tables[i]``."""
    text = _TEXT.get(language, _TEXT["en"])
    d = published.protection.max_deviation if published.protection else DEFAULT_D
    book = Workbook()
    readme = book.active
    readme.title = text["readme"]
    if language == "ar":
        readme.sheet_view.rightToLeft = True
    names = sheet_names([t.indicator for t in published.tables])
    readme.append([text["title"]])
    readme["A1"].font = Font(bold=True, size=14)
    readme.append([text["generated"], generated])
    readme.append([text["threshold"], ", ".join(str(t) for t in sorted({t.threshold for t in published.tables}))])
    if period:
        readme.append([text["period"], period])
    readme.append([text["legend"], legend(labels[0], published.threshold, d) if labels else ""])
    readme.append([])
    readme.append([text["sheet"], text["indicator"], text["questionnaire"], text["source"]])
    for cell in readme[readme.max_row]:  # once per file: a short sheet
        cell.font = _BOLD
    for name, lab in zip(names, labels, strict=True):
        readme.append([name, lab.title, lab.form_title, lab.source])
    readme.column_dimensions["A"].width = 32
    readme.column_dimensions["B"].width = 70
    readme.column_dimensions["C"].width = 40
    for row in readme.iter_rows(min_row=1, max_row=6):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")

    # The grey, right-aligned style of a value below the threshold, registered through a
    # scratch cell so that the rows written as XML can name its number.
    scratch = book.create_sheet("scratch")
    probe = scratch.cell(row=1, column=1)
    probe.fill = _GREY
    probe.alignment = Alignment(horizontal="right")
    below_style = probe.style_id
    book.remove(scratch)
    rows: dict[int, tuple[bytes, int, int]] = {}

    for name, table, lab in zip(names, published.tables, labels, strict=True):
        sheet = book.create_sheet(name)
        if language == "ar":
            sheet.sheet_view.rightToLeft = True
        sheet.append([lab.title])
        sheet["A1"].font = Font(bold=True, size=12)
        sheet.append([f"{lab.form_title} — {text['threshold']} {table.threshold}"])
        sheet.append([legend(lab, table.threshold, d)])
        marker = below_mark(table.threshold)
        sheet.append([])
        by_titles = [lab.dimension_titles[d] for d in table.dimensions[1:-1]]
        header = [lab.dimension_titles["answer"], *by_titles, lab.dimension_titles["period"], text["count"]]
        sheet.append(header)
        for cell in sheet[5]:
            cell.font = _BOLD
        cells = (
            [(row.answer, None), *((v, None) for _, v in row.by), (row.period, None),
             (marker, below_style) if row.count is None else (row.count, None)]
            for row in long_rows(table, lab)
        )  # fmt: skip
        rows[len(book.worksheets)] = rows_xml(6, cells)
        for column, width in zip("ABCDE", (34, 24, 24, 12, 12)):
            sheet.column_dimensions[column].width = width
        sheet.freeze_panes = "A6"
    buffer = io.BytesIO()
    book.save(buffer)
    return add_rows(buffer.getvalue(), rows)
