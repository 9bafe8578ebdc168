"""Quick-hide honoured even while the interview engine is busy (WHO recommendation 4).

The engine runs on the GUI thread (an answer redraws the screen at once), so
while one expression takes long, Qt delivers no key press: F12 used to wait
behind a slow constraint for as long as it ran. Moving every engine call off
the GUI thread would make every screen asynchronous; instead, work that may
evaluate form expressions runs inside :meth:`BusyPump.busy`, and while it
runs a watchdog thread asks the GUI thread, every :data:`PUMP_EVERY_S` once
:data:`PUMP_AFTER_S` have passed, to look at its pending events.

The request arrives as a Python-level signal (``_thread.interrupt_main``), so
it is handled between two bytecodes of the evaluation, on the GUI thread,
without unwinding it. There, events are processed with a filter that lets
through only what quick-hide needs (the F12/Esc keys, the Hide button) and
drops every other input: no click can start a second action inside the first.
If quick-hide ran, :class:`QuickHidden` is raised into the evaluation, which
unwinds it; :meth:`BusyPump.busy` swallows it. The interview it belonged to
was dropped by quick-hide anyway, and its draft holds the last saved answer.

Expressions that are slow inside one C call (a regular expression) are
bounded by the expression engine's own limits; this covers everything
evaluated in Python, whatever the form asks.
"""

from __future__ import annotations

import _thread
import functools
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from types import FrameType
from typing import ParamSpec, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

#: Busy this long before the first look at pending events.
PUMP_AFTER_S = 0.1
#: Then this often.
PUMP_EVERY_S = 0.05
#: The signal number used to reach the GUI thread (never sent by the OS to this app).
PUMP_SIGNAL = getattr(signal, "SIGUSR1", None) or signal.SIGBREAK  # type: ignore[attr-defined]

_USER_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride, QEvent.Type.Shortcut,
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd, QEvent.Type.TabletPress, QEvent.Type.TabletRelease, QEvent.Type.InputMethod,
    QEvent.Type.ContextMenu, QEvent.Type.DragEnter, QEvent.Type.Drop,
})
_HIDE_KEYS = frozenset({Qt.Key.Key_F12, Qt.Key.Key_Escape})
P = ParamSpec("P")
R = TypeVar("R")


class QuickHidden(BaseException):
    """Raised into busy work once quick-hide ran (a BaseException: no ``except Exception`` keeps it)."""


class _OnlyQuickHide(QObject):
    """Drops every user input except the quick-hide keys and clicks on the allowed widgets."""

    def __init__(self, allowed: Callable[[], list[QWidget]]) -> None:
        super().__init__()
        self._allowed = allowed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt name)
        kind = event.type()
        if kind not in _USER_INPUT:
            return False
        if isinstance(event, QKeyEvent) and event.key() in _HIDE_KEYS:
            return False
        if isinstance(watched, QWidget) and any(w is watched or w.isAncestorOf(watched) for w in self._allowed()):
            return False
        return True


class BusyPump(QObject):
    """Keeps quick-hide working during long engine work (see the module docstring).

    One per window; the newest is the active one (:func:`busy`). ``allowed``
    names the widgets whose clicks pass (the Hide button); ``can_interrupt``
    says whether the GUI thread may be interrupted now (never in the middle
    of a vault transaction).
    """

    def __init__(
        self,
        allowed: Callable[[], list[QWidget]] = list,
        can_interrupt: Callable[[], bool] = lambda: True,
        parent: QObject | None = None,
    ) -> None:
        global _active
        super().__init__(parent)
        self._depth = 0
        self._since: float | None = None
        self._hidden = False
        self._pumping = False
        self._filter = _OnlyQuickHide(allowed)
        self._after: list[Callable[[], None]] = []
        self._can_interrupt = can_interrupt
        self.pumps = 0
        self._wake = threading.Event()
        self._stop = False
        _install_handler()
        _active = self
        self._watcher = threading.Thread(target=self._watch, name="quick-hide watch", daemon=True)
        self._watcher.start()

    # --- the GUI thread -------------------------------------------------------------
    @contextmanager
    def busy(self) -> Iterator[None]:
        """Work that may evaluate form expressions; returns early (quietly) if quick-hide ran meanwhile."""
        outermost = self._depth == 0
        if outermost:
            self._hidden = False
            self._since = time.monotonic()
            self._wake.set()
        self._depth += 1
        try:
            yield
        except QuickHidden:
            if not outermost:
                raise
        finally:
            self._depth -= 1
            if outermost:
                self._since = None
                after, self._after = self._after, []
                for step in after:
                    step()

    def after_busy(self, step: Callable[[], None]) -> None:
        """Run ``step`` once the busy work has unwound (now if none is running).

        A page quick-hide drops while the pump looks at events must not be
        deleted by that same look at events: the busy work, and the Qt call it
        runs in (a key press moving the focus out of a field of that page), are
        still on the stack. Its ``deleteLater`` is posted here instead, so Qt
        deletes it once control is back in the event loop.
        """
        if self._depth > 0:
            self._after.append(step)
        else:
            step()

    @property
    def is_busy(self) -> bool:
        """True inside :meth:`busy`."""
        return self._depth > 0

    def hidden(self) -> None:
        """Quick-hide (or a lock) ran: the busy work must stop (called by the window)."""
        if self._depth > 0:
            self._hidden = True

    def close(self) -> None:
        """Stop the watchdog; the pump is no longer the active one."""
        global _active
        self._stop = True
        self._wake.set()
        if _active is self:
            _active = None

    def pump(self) -> None:
        """Look at pending events now, letting only quick-hide through (the watchdog's request lands here)."""
        if self._depth == 0 or self._pumping or self._hidden or not self._can_interrupt():
            return
        app = QCoreApplication.instance()
        if app is None:
            return
        self._pumping = True
        self.pumps += 1
        app.installEventFilter(self._filter)  # installed last, so it sees each event first
        try:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        finally:
            app.removeEventFilter(self._filter)
            self._pumping = False
        if self._hidden:
            raise QuickHidden

    # --- the watchdog thread ---------------------------------------------------------
    def _watch(self) -> None:
        last = 0.0
        while not self._stop:
            since = self._since
            if since is None:
                self._wake.wait(1.0)
                self._wake.clear()
                continue
            now = time.monotonic()
            if now - since >= PUMP_AFTER_S and now - last >= PUMP_EVERY_S:
                last = now
                _thread.interrupt_main(PUMP_SIGNAL)
            time.sleep(PUMP_EVERY_S / 2)


_active: BusyPump | None = None
_installed = False


def _on_signal(signum: int, frame: FrameType | None) -> None:
    if _active is not None:
        _active.pump()


def _install_handler() -> None:
    global _installed
    if not _installed:
        signal.signal(PUMP_SIGNAL, _on_signal)
        _installed = True


def busy() -> AbstractContextManager[None]:
    """The active pump's :meth:`BusyPump.busy` (nothing to do without a window)."""
    return _active.busy() if _active is not None else nullcontext()


def pumped(method: Callable[P, R]) -> Callable[P, R | None]:
    """Run a GUI action inside :func:`busy` (an interview action: the engine may take long)."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R | None:
        result: R | None = None
        with busy():
            result = method(*args, **kwargs)
        return result

    return wrapper
