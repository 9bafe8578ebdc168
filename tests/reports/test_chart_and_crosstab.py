"""Charts and grids read only published cells; a withheld value has no bar, only a mark."""

from __future__ import annotations

from reportlab.graphics.shapes import Rect, String

from napsurvey.reports.chart import draw_chart
from napsurvey.reports.chart_model import chart_model
from napsurvey.reports.crosstab import crosstab
from napsurvey.reports.fonts import register_fonts
from napsurvey.reports.texts import SUPPRESSED_MARK
from napsurvey.tables.labels import TableLabels
from tests.published_tables import perturbed

COUNTS = {("yes", "north", "2026-Q4"): 3, ("no", "north", "2026-Q4"): 40, ("yes", "south", "2026-Q4"): 50,
          ("no", "south", "2026-Q4"): 60}
DOMAINS = {"answer": ["yes", "no"], "region": ["north", "south"]}
LABELS = TableLabels(title="Safe", form_title="Mini", dimension_titles={"answer": "Answer", "region": "Region",
                     "period": "Period"}, value_labels={"answer": {"yes": "Yes", "no": "No"},
                     "region": {"north": "North", "south": "South"}, "period": {}})


def test_suppressed_cells_show_no_count_and_no_percentage() -> None:
    table = perturbed("safe", "mini", ["answer", "region", "period"], COUNTS, 10, domains=DOMAINS)
    grid = crosstab(table, LABELS, "answer", "region")
    assert grid.row_labels == ["Yes", "No", "Total"] and grid.col_labels == ["North", "South", "Total"]
    small = grid.cells[0][0]
    assert small.suppressed and small.count is None and small.percent is None
    assert abs(grid.cells[2][2].count - 153) <= 5  # the grand total, perturbed from the true counts


def test_a_withheld_value_has_no_bar_only_a_mark() -> None:
    register_fonts()
    table = perturbed("safe", "mini", ["answer", "region", "period"], COUNTS, 10, domains=DOMAINS)
    model = chart_model(table, LABELS)
    suppressed = [b for b in model.bars if b.suppressed]
    assert suppressed and all(b.count is None for b in suppressed)
    drawing = draw_chart(model, 400)
    marks = [s for s in drawing.contents if isinstance(s, String) and s.text == SUPPRESSED_MARK]
    bars = [r for r in drawing.contents if isinstance(r, Rect) and r.height > 8 and r.width > 8 and r.y > 40]
    assert len(marks) == len(suppressed)
    assert len(bars) == len([b for b in model.bars if b.count]), "only published counts get a bar"


def test_an_arabic_chart_is_mirrored() -> None:
    register_fonts()
    table = perturbed("safe", "mini", ["answer", "region", "period"], COUNTS, 10, domains=DOMAINS)
    model = chart_model(table, LABELS)
    ltr, rtl = draw_chart(model, 400), draw_chart(model, 400, rtl=True)

    def group_x(drawing, name):
        return next(s.x for s in drawing.contents if isinstance(s, String) and s.text == name)

    assert group_x(ltr, "North") < group_x(ltr, "South")
    assert group_x(rtl, "North") > group_x(rtl, "South")  # the first group stands on the right
