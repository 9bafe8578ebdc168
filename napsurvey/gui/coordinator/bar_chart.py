"""The indicator's bar chart on screen, painted with QPainter from the report's chart model.

The geometry mirrors the PDF chart (napsurvey.reports.chart): grouped bars,
round ticks, and for a value below the threshold no bar at all, only the ⊘
mark on the axis (a bar of any height would read as a value).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from napsurvey.services.indicator_view import SUPPRESSED_MARK, Bar, ChartModel

_AXIS = QColor("#444444")
_GRID = QColor("#dddddd")
_PLOT_H = 190.0
_LEFT = 48.0
_TOP = 14.0
_LABEL_H = 22.0
_LEGEND_ROW = 20.0


class BarChart(QWidget):
    """Draws one :class:`ChartModel`; ``set_model(None)`` empties it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("IndicatorChart")
        self.model: ChartModel | None = None
        self.suppressed_text = "suppressed"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(360)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def set_model(self, model: ChartModel | None, suppressed_text: str = "suppressed") -> None:
        """Show ``model`` (None clears the chart); ``suppressed_text`` labels the ⊘ legend entry."""
        self.model = model
        self.suppressed_text = suppressed_text
        self.setFixedHeight(self._height())
        self.update()

    # -- geometry ------------------------------------------------------------------------

    def _legend_entries(self) -> list[str]:
        if self.model is None:
            return []
        entries = list(self.model.series)
        if any(b.suppressed for b in self.model.bars):
            entries.append(f"{SUPPRESSED_MARK} {self.suppressed_text}")
        return entries

    def _legend_columns(self) -> int:
        return 3 if self.width() >= 720 else 2

    def _height(self) -> int:
        if self.model is None:
            return 0
        rows = (len(self._legend_entries()) + self._legend_columns() - 1) // self._legend_columns()
        return int(_TOP + _PLOT_H + _LABEL_H + 10 + rows * _LEGEND_ROW + 6)

    def _plot(self) -> QRectF:
        return QRectF(_LEFT, _TOP, max(10.0, self.width() - _LEFT - 12.0), _PLOT_H)

    def bar_rects(self) -> list[tuple[Bar, QRectF]]:
        """Every bar with the rectangle it is drawn in (widget coordinates, y down)."""
        model = self.model
        if model is None:
            return []
        plot = self._plot()
        n_groups = max(1, len(model.groups))
        n_series = max(1, len(model.series))
        group_w = plot.width() / n_groups
        bar_w = min(26.0, group_w * 0.8 / n_series)
        scale = plot.height() / max(model.axis_max, 1)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        out: list[tuple[Bar, QRectF]] = []
        for bar in model.bars:
            group = n_groups - 1 - bar.group if rtl else bar.group
            series = n_series - 1 - bar.series if rtl else bar.series
            x = plot.left() + group * group_w + (group_w - bar_w * n_series) / 2 + series * bar_w
            h = 0.0 if bar.count is None else bar.count * scale
            out.append((bar, QRectF(x + 1, plot.bottom() - h, bar_w - 2, h)))
        return out

    def sizeHint(self) -> QSize:  # noqa: N802  (Qt name)
        return QSize(640, self._height())

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        # The legend's column count follows the width, and with it the height.
        height = self._height()
        if height != self.height():
            self.setFixedHeight(height)
        super().resizeEvent(event)

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802  (Qt name)
        model = self.model
        if model is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        plot = self._plot()
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.8))
        painter.setFont(small)
        metrics = QFontMetricsF(small)
        scale = plot.height() / max(model.axis_max, 1)
        for tick in model.ticks:
            y = plot.bottom() - tick * scale
            painter.setPen(QPen(_GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(_AXIS)
            painter.drawText(QRectF(0, y - 8, _LEFT - 6, 16),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(tick))
        painter.setPen(QPen(_AXIS, 1.2))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        self._paint_group_labels(painter, plot, metrics)
        for bar, rect in self.bar_rects():
            colour = QColor(model.colour(bar.series))
            if bar.count is None:
                self._paint_suppressed(painter, rect, colour)
            elif bar.count > 0:
                painter.fillRect(rect, colour)
        self._paint_legend(painter, plot, metrics)
        painter.end()

    def _paint_group_labels(self, painter: QPainter, plot: QRectF, metrics: QFontMetricsF) -> None:
        model = self.model
        assert model is not None
        n_groups = max(1, len(model.groups))
        group_w = plot.width() / n_groups
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        painter.setPen(_AXIS)
        for g, name in enumerate(model.groups):
            slot = n_groups - 1 - g if rtl else g
            box = QRectF(plot.left() + slot * group_w, plot.bottom() + 4, group_w, _LABEL_H)
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, group_w - 4)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), text)

    def _paint_suppressed(self, painter: QPainter, rect: QRectF, colour: QColor) -> None:
        # no bar: only the mark, standing on the axis in the series' colour
        painter.setPen(colour)
        mark = QRectF(rect.center().x() - 10, rect.bottom() - 16, 20, 14)
        painter.drawText(mark, int(Qt.AlignmentFlag.AlignCenter), SUPPRESSED_MARK)

    def _paint_legend(self, painter: QPainter, plot: QRectF, metrics: QFontMetricsF) -> None:
        model = self.model
        assert model is not None
        entries = self._legend_entries()
        columns = self._legend_columns()
        col_w = (self.width() - 24) / columns
        top = plot.bottom() + _LABEL_H + 10
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for index, text in enumerate(entries):
            row, col = divmod(index, columns)
            if rtl:
                col = columns - 1 - col
            x = 12 + col * col_w
            y = top + row * _LEGEND_ROW
            swatch = QRectF(x, y + 3, 12, 12)
            if index < len(model.series):
                painter.fillRect(swatch, QColor(model.colour(index)))
            painter.setPen(_AXIS)
            label = metrics.elidedText(text, Qt.TextElideMode.ElideRight, col_w - 24)
            painter.drawText(QRectF(x + 18, y, col_w - 22, 18),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), label)
