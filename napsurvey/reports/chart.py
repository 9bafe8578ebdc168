"""The bar chart of an indicator, drawn with reportlab.graphics from a :class:`ChartModel`."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from napsurvey.reports.chart_model import SUPPRESSED_SHARE, ChartModel
from napsurvey.reports.fonts import BOLD, REGULAR
from napsurvey.reports.rtl import visual
from napsurvey.reports.texts import SUPPRESSED_MARK

_AXIS = colors.HexColor("#444444")
_GRID = colors.HexColor("#DDDDDD")


def hatch_segments(x: float, y: float, w: float, h: float, step: float = 3.0) -> list[tuple[float, float, float, float]]:
    """45-degree hatching lines clipped to the rectangle (x, y, w, h)."""
    segments: list[tuple[float, float, float, float]] = []
    c = -w
    while c < h:
        # the line y' = x' + c in box coordinates, clipped to 0..w, 0..h
        x0, y0 = max(0.0, -c), max(0.0, c)
        x1 = min(w, h - c)
        y1 = x1 + c
        if x1 > x0:
            segments.append((x + x0, y + y0, x + x1, y + y1))
        c += step
    return segments


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def draw_chart(model: ChartModel, width: float, *, rtl: bool = False) -> Drawing:
    """A Drawing ``width`` points wide: axis, grid, grouped bars, hatched suppressed bars, legend."""
    n_series = max(1, len(model.series))
    legend_rows = (n_series + 1) // 2 + 1
    plot_h = 150.0
    left, bottom = 34.0, 34.0 + legend_rows * 12.0
    height = bottom + plot_h + 10.0
    d = Drawing(width, height)
    plot_w = width - left - 6.0
    scale = plot_h / max(model.axis_max, 1)
    for tick in model.ticks:
        ty = bottom + tick * scale
        d.add(Line(left, ty, left + plot_w, ty, strokeColor=_GRID, strokeWidth=0.5))
        d.add(String(left - 4, ty - 3, str(tick), fontName=REGULAR, fontSize=7, textAnchor="end", fillColor=_AXIS))
    d.add(Line(left, bottom, left + plot_w, bottom, strokeColor=_AXIS, strokeWidth=0.8))
    n_groups = max(1, len(model.groups))
    group_w = plot_w / n_groups
    bar_w = min(18.0, group_w * 0.8 / n_series)
    for g, name in enumerate(model.groups):
        cx = left + (g + 0.5) * group_w
        d.add(String(cx, bottom - 11, visual(_clip(name, max(6, int(group_w / 4.5)))), fontName=REGULAR,
                     fontSize=7, textAnchor="middle", fillColor=_AXIS))
    for bar in model.bars:
        x = left + bar.group * group_w + (group_w - bar_w * n_series) / 2 + bar.series * bar_w
        colour = colors.HexColor(model.colour(bar.series))
        if bar.count is None:
            h = plot_h * SUPPRESSED_SHARE
            d.add(Rect(x + 0.5, bottom, bar_w - 1, h, fillColor=colors.white, strokeColor=colour, strokeWidth=0.8))
            for x0, y0, x1, y1 in hatch_segments(x + 0.5, bottom, bar_w - 1, h):
                d.add(Line(x0, y0, x1, y1, strokeColor=colour, strokeWidth=0.4))
            d.add(String(x + bar_w / 2, bottom + h + 2, SUPPRESSED_MARK, fontName=BOLD, fontSize=7,
                         textAnchor="middle", fillColor=_AXIS))
        elif bar.count > 0:
            d.add(Rect(x + 0.5, bottom, bar_w - 1, bar.count * scale, fillColor=colour, strokeColor=None))
    # legend: two columns of series, then the suppression note
    col_w = (width - 10) / 2
    for s, name in enumerate(model.series):
        row, col = divmod(s, 2)
        lx = 6 + col * col_w
        ly = bottom - 24 - row * 12
        d.add(Rect(lx, ly, 8, 8, fillColor=colors.HexColor(model.colour(s)), strokeColor=None))
        d.add(String(lx + 12, ly + 1, visual(_clip(name, int(col_w / 4.3))), fontName=REGULAR, fontSize=7.5,
                     fillColor=_AXIS))
    return d
