"""Window-level safeguards: the quick-hide keys and the idle lock (WHO recommendation 4).

Both are application-wide event filters, so they work whatever widget or
dialog has the focus.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

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
    """Emits :attr:`idle` after ``timeout_ms`` without keyboard, mouse or touch input.

    Input only notes the time (``clock``, seconds); the timer wakes up at the
    deadline and :meth:`check` decides, so a mouse move costs nothing and a
    test can drive the clock instead of waiting.
    """

    idle = Signal()

    def __init__(self, parent: QObject | None = None, *, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._timeout_ms = 60_000
        self._last_input = clock()
        self._running = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.check)

    def set_timeout_ms(self, ms: int) -> None:
        """Change the idle time; the count goes on from the last input."""
        self._timeout_ms = max(1, int(ms))
        if self._running:
            self.check()

    def start(self) -> None:
        """Start counting (after unlock)."""
        self._running = True
        self._last_input = self._clock()
        self._timer.start(self._timeout_ms)

    def stop(self) -> None:
        """Stop counting (while locked)."""
        self._running = False
        self._timer.stop()

    @property
    def active(self) -> bool:
        """True while counting."""
        return self._running

    def idle_ms(self) -> float:
        """Milliseconds since the last input (or since :meth:`start`)."""
        return (self._clock() - self._last_input) * 1000

    def check(self) -> None:
        """Emit :attr:`idle` if the time is up, else sleep until it may be."""
        if not self._running:
            return
        left = self._timeout_ms - self.idle_ms()
        if left <= 0:
            self.stop()
            self.idle.emit()
        else:
            self._timer.start(max(1, math.ceil(left)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt name)
        if self._running and event.type() in _INPUT_EVENTS:
            self._last_input = self._clock()
        return False
