"""Charts and grids read only published cells; a suppressed bar is never a zero-height bar."""

from __future__ import annotations

from reportlab.graphics.shapes import Rect, String

from napsurvey.privacy.suppression import protect
from napsurvey.reports.chart import draw_chart
from napsurvey.reports.chart_model import chart_model
from napsurvey.reports.crosstab import crosstab
from napsurvey.reports.fonts import register_fonts
from napsurvey.reports.texts import SUPPRESSED_MARK
from napsurvey.tables.labels import TableLabels

COUNTS = {("yes", "north", "2026-Q4"): 3, ("no", "north", "2026-Q4"): 40, ("yes", "south", "2026-Q4"): 50,
          ("no", "south", "2026-Q4"): 60}
DOMAINS = {"answer": ["yes", "no"], "region": ["north", "south"]}
LABELS = TableLabels(title="Safe", form_title="Mini", dimension_titles={"answer": "Answer", "region": "Region",
                     "period": "Period"}, value_labels={"answer": {"yes": "Yes", "no": "No"},
                     "region": {"north": "North", "south": "South"}, "period": {}})


def test_suppressed_cells_show_no_count_and_no_percentage() -> None:
    table = protect("safe", "mini", ["answer", "region", "period"], COUNTS, 10, domains=DOMAINS)
    grid = crosstab(table, LABELS, "answer", "region")
    assert grid.row_labels == ["Yes", "No", "Total"] and grid.col_labels == ["North", "South", "Total"]
    small = grid.cells[0][0]
    assert small.suppressed and small.count is None and small.percent is None
    assert grid.cells[2][2].count == 153  # the published grand total, from the true counts


def test_suppressed_bar_is_drawn_hatched_with_a_mark() -> None:
    register_fonts()
    table = protect("safe", "mini", ["answer", "region", "period"], COUNTS, 10, domains=DOMAINS)
    model = chart_model(table, LABELS)
    suppressed = [b for b in model.bars if b.suppressed]
    assert suppressed and all(b.count is None for b in suppressed)
    drawing = draw_chart(model, 400)
    marks = [s for s in drawing.contents if isinstance(s, String) and s.text == SUPPRESSED_MARK]
    outlines = [r for r in drawing.contents if isinstance(r, Rect) and r.fillColor is not None
                and r.fillColor.hexval() == "0xffffff" and r.height > 0]
    assert len(marks) == len(suppressed) == len(outlines)
