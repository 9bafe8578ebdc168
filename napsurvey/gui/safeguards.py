"""Window-level safeguards: the quick-hide keys and the idle lock (WHO recommendation 4).

Both are application-wide event filters, so they work whatever widget or
dialog has the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent

#: Esc pressed twice within this many milliseconds hides the window.
DOUBLE_ESC_MS = 600
#: F9 asks the interview runner to switch to dummy questions.
DUMMY_KEY = Qt.Key.Key_F9

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class QuickHideKeys(QObject):
    """Emits :attr:`triggered` on F12 or on Esc pressed twice quickly; :attr:`dummy` on F9."""

    triggered = Signal()
    dummy = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last_esc = QElapsedTimer()
        self.enabled = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt name)
        if not self.enabled or event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        # Count real input once: an ignored key event is passed on to each parent
        # again, and those deliveries are not spontaneous.
        if event.isAutoRepeat() or not event.spontaneous() or not watched.isWidgetType():
            return False
        key = event.key()
        if key == Qt.Key.Key_F12:
            self.triggered.emit()
            return True
        if key == DUMMY_KEY:
            self.dummy.emit()
            return True
        if key == Qt.Key.Key_Escape:
            if self._last_esc.isValid() and self._last_esc.elapsed() <= DOUBLE_ESC_MS:
                self._last_esc.invalidate()
                self.triggered.emit()
                return True
            self._last_esc.start()
        return False


class IdleWatcher(QObject):
    """Emits :attr:`idle` after ``timeout_ms`` without keyboard, mouse or touch input."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # Precise: a coarse timer may not move its deadline on a restart.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.idle)

    def set_timeout_ms(self, ms: int) -> None:
        """Change the idle time; restarts the count if running."""
        self._timer.setInterval(max(1, int(ms)))
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        """Start counting (after unlock)."""
        self._timer.start()

    def stop(self) -> None:
        """Stop counting (while locked)."""
        self._timer.stop()

    @property
    def active(self) -> bool:
        """True while counting."""
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt name)
        if self._timer.isActive() and event.type() in _INPUT_EVENTS:
            self._timer.start()
        return False
