"""Long work off the GUI thread: one helper, a progress dialog, errors routed to one dialog.

Every screen that does long work (import, export, tables, report) uses this
one helper (DESIGN section 3). Work runs on a :class:`QThread`; its progress and outcome come back to the GUI
thread through queued signals. A refusal (:class:`NapError`) or any other
failure ends in :func:`show_error`, which shows the coded one-line message.
If the owner widget was dropped meanwhile (quick-hide, lock), the outcome is
discarded: nothing is drawn after the vault closed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from napsurvey.errors import ErrorCode, NapError
from napsurvey.gui.dialogs import show_error
from napsurvey.gui.widgets import Page
from napsurvey.progress import ProgressCallback

Work = Callable[[ProgressCallback], Any]


class _Worker(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(lambda done, total: self.progressed.emit(int(done), int(total)))
        except NapError as exc:
            self.failed.emit(exc)
        except Exception as exc:  # noqa: BLE001  (a crash must become one coded line, not a traceback)
            self.failed.emit(NapError(ErrorCode.INTERNAL, kind=type(exc).__name__))
        else:
            self.succeeded.emit(result)


class Task(QObject):
    """One piece of background work; signals arrive on the GUI thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.result: Any = None
        self.error: NapError | None = None
        self.done = False
        self._thread = QThread()
        self._worker = _Worker(work)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        queued = Qt.ConnectionType.QueuedConnection
        self._worker.progressed.connect(self._on_progress, queued)
        self._worker.succeeded.connect(self._on_success, queued)
        self._worker.failed.connect(self._on_failure, queued)

    def start(self) -> None:
        """Start the work on its own thread."""
        _RUNNING.add(self)
        self._thread.start()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    @Slot(object)
    def _on_success(self, result: Any) -> None:
        self.result = result
        self._end()
        self.succeeded.emit(result)
        self.finished.emit()

    @Slot(object)
    def _on_failure(self, error: NapError) -> None:
        self.error = error
        self._end()
        self.failed.emit(error)
        self.finished.emit()

    def _end(self) -> None:
        self.done = True
        self._thread.quit()
        self._thread.wait()
        _RUNNING.discard(self)


#: Tasks in flight (kept alive until they end, whatever happens to their owner).
_RUNNING: set[Task] = set()


def alive(widget: QWidget | None) -> bool:
    """True while ``widget`` exists and was not dropped by a lock or quick-hide."""
    if widget is None or not shiboken6.isValid(widget):
        return False
    node: QWidget | None = widget
    while node is not None:
        if isinstance(node, Page) and node.retired:
            return False
        node = node.parentWidget()
    return True


def run_in_background(
    owner: QWidget,
    text: str,
    work: Work,
    on_done: Callable[[Any], None],
    *,
    on_error: Callable[[NapError], None] | None = None,
    progress_dialog: bool = True,
) -> Task:
    """Run ``work(progress)`` off the GUI thread with a modal progress dialog.

    ``on_done(result)`` runs on the GUI thread; a failure goes to ``on_error``
    (default: the error dialog). Neither runs if ``owner`` was dropped.
    ``progress_dialog=False`` when the owner draws its own progress bar.
    """
    dialog = QProgressDialog(text, "", 0, 0, owner.window())
    dialog.setObjectName("SyncProgress")
    dialog.setCancelButton(None)  # every step is one transaction; stopping half-way is not offered
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setWindowTitle(owner.window().windowTitle())
    # A modal progress dialog processes events inside setValue(); re-entrant
    # progress updates are harmless for it but an owner with its own bar skips it.
    if not progress_dialog:
        dialog.deleteLater()
    task = Task(work)

    def progress(done: int, total: int) -> None:
        if progress_dialog and shiboken6.isValid(dialog) and not task.done:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(done)

    def close() -> None:
        if shiboken6.isValid(dialog):
            dialog.close()
            dialog.deleteLater()

    def succeeded(result: Any) -> None:
        close()
        if alive(owner):
            on_done(result)

    def failed(error: NapError) -> None:
        close()
        if not alive(owner):
            return
        if on_error is not None:
            on_error(error)
        else:
            show_error(owner, error)

    task.progressed.connect(progress)
    task.succeeded.connect(succeeded)
    task.failed.connect(failed)
    if progress_dialog:
        dialog.show()
    task.start()
    return task
