"""The scorecard's drawings: status marks, progress bars and the financing funnel.

All are reportlab Drawings, so the PDF and the desktop screen (which renders
the same PDF pages) show the same thing. Right-to-left pages mirror them:
the baseline sits on the right and the target on the left, labels read from
the right.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors

from napsurvey.plan.scorecard import FunnelYear, Progress
from napsurvey.reports.fonts import BOLD, REGULAR
from napsurvey.reports.rtl import visual

#: Colour and glyph of each status (Okabe and Ito's colour-blind-safe palette; the glyph repeats it in shape).
STATUS_STYLE: dict[str, tuple[str, str]] = {
    "completed": ("#009E73", "\u2714"),
    "on_track": ("#0072B2", "\u25cf"),
    "delayed": ("#E69F00", "\u25b2"),
    "not_started": ("#999999", "\u25cb"),
    "dropped": ("#D55E00", "\u2716"),
    "unassessed": ("#DDDDDD", "\u2013"),
}
_INK = colors.HexColor("#1F2A36")
_GREY = colors.HexColor("#555555")
_TRACK = colors.HexColor("#E6E9ED")
_REACHED = colors.HexColor("#009E73")
_MOVING = colors.HexColor("#0072B2")
_BACK = colors.HexColor("#D55E00")
FUNNEL_COLOURS = ("#7F8FA6", "#56B4E9", "#0072B2", "#009E73")


def status_mark(status: str, label: str, width: float, *, rtl: bool = False, size: float = 7.5) -> Drawing:
    """A coloured mark with the status glyph, and the status label beside it (centred alone when no label)."""
    colour, glyph = STATUS_STYLE.get(status, STATUS_STYLE["unassessed"])
    height = size + 5
    d = Drawing(width, height)
    r = height / 2 - 0.5
    cx = width - r - 1 if rtl else r + 1
    if not label:
        cx = width / 2
    d.add(Circle(cx, height / 2, r, fillColor=colors.HexColor(colour), strokeColor=None))
    glyph_colour = colors.white if status not in ("unassessed",) else _INK
    d.add(String(cx, height / 2 - size / 2 + 1, glyph, fontName=BOLD, fontSize=size, textAnchor="middle",
                 fillColor=glyph_colour))
    if not label:
        return d
    if rtl:
        d.add(String(cx - r - 4, height / 2 - size / 2 + 1, visual(label), fontName=REGULAR, fontSize=size,
                     textAnchor="end", fillColor=_INK))
    else:
        d.add(String(cx + r + 4, height / 2 - size / 2 + 1, label, fontName=REGULAR, fontSize=size, fillColor=_INK))
    return d


def progress_bar(width: float, progress: Progress | None, *, left_label: str, right_label: str,
                 value_label: str, rtl: bool = False, empty: bool = False) -> Drawing:
    """Baseline -> target as a track, filled up to the observed value, with the value marked above it.

    ``left_label`` is the baseline and ``right_label`` the target in reading
    order; on a right-to-left page they trade sides with the bar.
    """
    height = 36.0
    d = Drawing(width, height)
    x0, x1 = 4.0, width - 4.0
    track_y, track_h = 13.0, 7.0
    d.add(Rect(x0, track_y, x1 - x0, track_h, fillColor=_TRACK, strokeColor=None))
    start_label, end_label = (right_label, left_label) if rtl else (left_label, right_label)
    d.add(String(x0, 2, visual(start_label), fontName=REGULAR, fontSize=6.5, fillColor=_GREY))
    d.add(String(x1, 2, visual(end_label), fontName=REGULAR, fontSize=6.5, fillColor=_GREY, textAnchor="end"))
    if progress is None or progress.fraction is None or empty:
        d.add(String((x0 + x1) / 2, track_y + track_h + 4, visual(value_label), fontName=REGULAR, fontSize=7,
                     fillColor=_GREY, textAnchor="middle"))
        return d
    fraction = max(0.0, min(1.0, progress.fraction))
    colour = _REACHED if progress.reached else _BACK if progress.regressed else _MOVING
    span = (x1 - x0) * fraction
    fill_x = x1 - span if rtl else x0
    if span > 0:
        d.add(Rect(fill_x, track_y, span, track_h, fillColor=colour, strokeColor=None))
    mark_x = x1 - span if rtl else x0 + span
    d.add(Line(mark_x, track_y - 1.5, mark_x, track_y + track_h + 1.5, strokeColor=_INK, strokeWidth=1.2))
    d.add(Polygon([mark_x - 3, track_y + track_h + 4, mark_x + 3, track_y + track_h + 4, mark_x, track_y + track_h + 1],
                  fillColor=_INK, strokeColor=None))
    anchor = "middle"
    if mark_x < x0 + 40:
        anchor = "start"
    elif mark_x > x1 - 40:
        anchor = "end"
    d.add(String(mark_x, track_y + track_h + 6, visual(value_label), fontName=BOLD, fontSize=7.5, fillColor=_INK,
                 textAnchor=anchor))
    return d


def funnel_chart(year: FunnelYear, width: float, scale_max: float, labels: list[str], amounts: list[str],
                 *, rtl: bool = False) -> Drawing:
    """Four centred bars, costed -> allocated -> disbursed -> reached women's organisations."""
    values = [year.costed, year.allocated, year.disbursed, year.to_womens_organisations]
    row_h, gap = 15.0, 4.0
    height = len(values) * (row_h + gap) + 2
    d = Drawing(width, height)
    label_w, amount_w = 150.0, 110.0
    bar_area = width - label_w - amount_w
    for i, (value, label, amount) in enumerate(zip(values, labels, amounts)):
        y = height - (i + 1) * (row_h + gap)
        span = bar_area * (value / scale_max) if scale_max > 0 else 0.0
        if rtl:
            label_x, amount_x, centre = width, 0.0, amount_w + bar_area / 2
            d.add(String(label_x, y + 4, visual(label), fontName=REGULAR, fontSize=7.5, fillColor=_INK,
                         textAnchor="end"))
            d.add(String(amount_x, y + 4, visual(amount), fontName=BOLD, fontSize=7.5, fillColor=_INK))
        else:
            centre = label_w + bar_area / 2
            d.add(String(0, y + 4, label, fontName=REGULAR, fontSize=7.5, fillColor=_INK))
            d.add(String(width, y + 4, amount, fontName=BOLD, fontSize=7.5, fillColor=_INK, textAnchor="end"))
        d.add(Rect(centre - bar_area / 2, y + row_h / 2 - 0.25, bar_area, 0.5, fillColor=_TRACK, strokeColor=None))
        if span > 0:
            d.add(Rect(centre - span / 2, y, span, row_h, fillColor=colors.HexColor(FUNNEL_COLOURS[i]),
                       strokeColor=None))
    return d
