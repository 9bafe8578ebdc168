"""The bar chart of an indicator, drawn with reportlab.graphics from a :class:`ChartModel`."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from napsurvey.reports.chart_model import ChartModel
from napsurvey.reports.fonts import BOLD, REGULAR
from napsurvey.reports.rtl import visual
from napsurvey.reports.texts import SUPPRESSED_MARK

_AXIS = colors.HexColor("#444444")
_GRID = colors.HexColor("#DDDDDD")


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def draw_chart(model: ChartModel, width: float, *, rtl: bool = False) -> Drawing:
    """A Drawing ``width`` points wide: axis, grid, grouped bars, a mark where a value is withheld, legend.

    With ``rtl`` (Arabic) the chart is mirrored: groups and series run from
    right to left, the axis labels and the legend stand on the right.
    """
    n_series = max(1, len(model.series))
    legend_rows = (n_series + 1) // 2 + 1
    plot_h = 150.0
    side, bottom = 34.0, 34.0 + legend_rows * 12.0
    height = bottom + plot_h + 10.0
    d = Drawing(width, height)
    plot_w = width - side - 6.0
    left = 6.0 if rtl else side

    def x_of(x: float, w: float = 0.0) -> float:
        # mirror a box [x, x + w] inside the plot for right-to-left charts
        return 2 * left + plot_w - x - w if rtl else x

    scale = plot_h / max(model.axis_max, 1)
    for tick in model.ticks:
        ty = bottom + tick * scale
        d.add(Line(left, ty, left + plot_w, ty, strokeColor=_GRID, strokeWidth=0.5))
        tx, anchor = (left + plot_w + 4, "start") if rtl else (left - 4, "end")
        d.add(String(tx, ty - 3, str(tick), fontName=REGULAR, fontSize=7, textAnchor=anchor, fillColor=_AXIS))
    d.add(Line(left, bottom, left + plot_w, bottom, strokeColor=_AXIS, strokeWidth=0.8))
    n_groups = max(1, len(model.groups))
    group_w = plot_w / n_groups
    bar_w = min(18.0, group_w * 0.8 / n_series)
    for g, name in enumerate(model.groups):
        cx = x_of(left + (g + 0.5) * group_w)
        d.add(String(cx, bottom - 11, visual(_clip(name, max(6, int(group_w / 4.5)))), fontName=REGULAR,
                     fontSize=7, textAnchor="middle", fillColor=_AXIS))
    for bar in model.bars:
        x = x_of(left + bar.group * group_w + (group_w - bar_w * n_series) / 2 + bar.series * bar_w, bar_w)
        colour = colors.HexColor(model.colour(bar.series))
        if bar.count is None:
            # no bar: a height would read as a value; the mark says "below the threshold"
            d.add(String(x + bar_w / 2, bottom + 2, SUPPRESSED_MARK, fontName=BOLD, fontSize=7,
                         textAnchor="middle", fillColor=colour))
        elif bar.count > 0:
            d.add(Rect(x + 0.5, bottom, bar_w - 1, bar.count * scale, fillColor=colour, strokeColor=None))
    # legend: two columns of series
    col_w = (width - 10) / 2
    for s, name in enumerate(model.series):
        row, col = divmod(s, 2)
        ly = bottom - 24 - row * 12
        if rtl:
            lx = width - 6 - col * col_w - 8
            d.add(Rect(lx, ly, 8, 8, fillColor=colors.HexColor(model.colour(s)), strokeColor=None))
            d.add(String(lx - 4, ly + 1, visual(_clip(name, int(col_w / 4.3))), fontName=REGULAR, fontSize=7.5,
                         textAnchor="end", fillColor=_AXIS))
        else:
            lx = 6 + col * col_w
            d.add(Rect(lx, ly, 8, 8, fillColor=colors.HexColor(model.colour(s)), strokeColor=None))
            d.add(String(lx + 12, ly + 1, visual(_clip(name, int(col_w / 4.3))), fontName=REGULAR, fontSize=7.5,
                         fillColor=_AXIS))
    return d
