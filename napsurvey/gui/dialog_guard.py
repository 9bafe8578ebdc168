"""Dialogs that leave the header's Hide and Lock working (WHO recommendation 4).

A modal Qt dialog blocks every click on the rest of the window, the header's
Hide and Lock buttons included: a monitor who saw someone coming while a
dialog was open clicked Hide and nothing happened. Qt cannot exempt a button
from a modal dialog, so the guard turns each modal dialog into a non-modal
one as it is shown and keeps the modality itself: while a guarded dialog is
open, every click, wheel turn, key and shortcut aimed at the main window is
dropped (the dialog is brought forward instead), except on the buttons it is
told to let through. Dialogs run in their own loop (``exec()``) as before.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QWidget

_BLOCKED = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ContextMenu,
        QEvent.Type.Shortcut,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


#: Keys the window-level safeguards listen to; never held back.
_SAFETY_KEYS = frozenset({Qt.Key.Key_F12, Qt.Key.Key_Escape, Qt.Key.Key_F9})


class DialogGuard(QObject):
    """Application-wide event filter: modal dialogs become non-modal; the window behind waits for them.

    ``window`` is the main window; ``through`` are the widgets that stay usable
    while a dialog is open (the header's Hide and Lock buttons).
    """

    def __init__(self, window: QWidget, through: list[QWidget]) -> None:
        super().__init__(window)
        self._window = window
        self._through = list(through)
        self.dialogs: list[QDialog] = []

    @property
    def top(self) -> QDialog | None:
        """The dialog opened last and still shown."""
        self.dialogs = [d for d in self.dialogs if _alive(d) and d.isVisible()]
        return self.dialogs[-1] if self.dialogs else None

    def close_all(self) -> None:
        """Close every guarded dialog (quick-hide, lock): their loops return as if cancelled."""
        for dialog in reversed(list(self.dialogs)):
            if _alive(dialog) and dialog.isVisible():
                dialog.reject()
                dialog.close()
        self.dialogs = []

    def _let_through(self, widget: QWidget) -> bool:
        return any(widget is w or w.isAncestorOf(widget) for w in self._through if _alive(w))

    def _guard(self, dialog: QDialog) -> None:
        modal = dialog.isModal() or dialog.testAttribute(Qt.WidgetAttribute.WA_ShowModal)
        if dialog in self.dialogs or not (modal or dialog.windowModality() != Qt.WindowModality.NonModal):
            return
        # Shown non-modal (Qt reads the modality as it shows the window, after this event); modal by us.
        dialog.setAttribute(Qt.WidgetAttribute.WA_ShowModal, False)
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        self.dialogs.append(dialog)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt name)
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(watched, QDialog) and watched.isWindow():
            self._guard(watched)
            return False
        if kind not in _BLOCKED or not self.dialogs:
            return False
        if isinstance(event, QKeyEvent) and event.key() in _SAFETY_KEYS:
            return False  # quick-hide (F12, Esc Esc) and the dummy questions (F9) work everywhere
        top = self.top
        if top is None:
            return False
        target: QObject | None = watched
        if isinstance(watched, QShortcut):
            target = watched.parent()
        if not isinstance(target, QWidget) or target.window() is not self._window:
            return False
        if self._let_through(target) and kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if kind == QEvent.Type.MouseButtonPress:
            top.raise_()
            top.activateWindow()
        event.accept()
        return True


def _alive(widget: QObject) -> bool:
    return bool(shiboken6.isValid(widget))


def open_dialogs() -> list[QDialog]:
    """Every dialog shown now (guarded or not), last shown last."""
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
