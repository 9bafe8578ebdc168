"""Dialogs every screen shares: the one error dialog, an outcome dialog, a fingerprint to read aloud.

Dialogs open window-modal and return at once (``open()``, not ``exec()``), so
quick-hide can close them and tests can read and click them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from napsurvey.errors import NapError
from napsurvey.gui.messages import error_text
from napsurvey.gui.widgets import label


def readable_groups(value: str, per_line: int = 4) -> str:
    """``31415-92653-...`` as groups of digits with room between them, ``per_line`` groups a line."""
    groups = [g for g in value.replace(" ", "-").split("-") if g]
    lines = [groups[i : i + per_line] for i in range(0, len(groups), per_line)]
    return "\n".join("  ".join(line) for line in lines)


def fingerprint_label(fingerprint: str) -> QLabel:
    """A fingerprint (or an enrollment code) shown large, in groups, for reading aloud.

    The value as the app writes it (``31415-92653-…``) is kept in the label's
    ``value`` property; the text shows it as two lines of four groups.
    """
    widget = label("Fingerprint", wrap=False)
    widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
    size = max(18, round(QApplication.font().pointSize() * 2))
    # Own style: the shared stylesheet has no fingerprint box, and this one must read well from a metre away.
    widget.setStyleSheet(
        f'font-family: "DejaVu Sans Mono", "Consolas", monospace; font-size: {size}pt; font-weight: 600;'
        "background: #ffffff; border: 2px solid #2f5d62; border-radius: 10px; padding: 14px 18px; color: #1f2a2e;"
    )
    widget.setText(readable_groups(fingerprint))
    widget.setProperty("value", fingerprint)
    widget.setAccessibleName(" ".join(fingerprint.split("-")))
    return widget


class ErrorDialog(QDialog):
    """The one dialog every refusal ends in: the coded one-line message."""

    def __init__(self, parent: QWidget | None, error: NapError) -> None:
        super().__init__(parent)
        self.setObjectName("SyncError")
        self.code = error.code
        self.setWindowTitle(self.tr("Not done"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        self.message = label("Error")
        self.message.setText(error_text(error))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)


def show_error(parent: QWidget, error: NapError) -> ErrorDialog:
    """Show a refusal in the error dialog (window-modal, returns at once)."""
    dialog = ErrorDialog(parent.window(), error)
    dialog.open()
    return dialog


class OutcomeDialog(QDialog):
    """What a step did: a title, lines, optionally a fingerprint and a code to read aloud, and a reminder."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        lines: Sequence[str],
        *,
        fingerprint: str = "",
        fingerprint_caption: str = "",
        code: str = "",
        code_caption: str = "",
        reminder: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SyncOutcome")
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        heading = label("SectionTitle")
        heading.setText(title)
        layout.addWidget(heading)
        self.lines: list[QLabel] = []
        for text in lines:
            line = label()
            line.setText(text)
            layout.addWidget(line)
            self.lines.append(line)
        self.fingerprint: QLabel | None = None
        if fingerprint:
            if fingerprint_caption:
                caption = label("Muted")
                caption.setText(fingerprint_caption)
                layout.addWidget(caption)
            self.fingerprint = fingerprint_label(fingerprint)
            layout.addWidget(self.fingerprint)
        self.code: QLabel | None = None
        if code:
            if code_caption:
                caption = label()
                caption.setText(code_caption)
                layout.addWidget(caption)
            self.code = fingerprint_label(code)
            layout.addWidget(self.code)
        self.reminder: QLabel | None = None
        if reminder:
            self.reminder = label("Warning")
            self.reminder.setText(reminder)
            layout.addWidget(self.reminder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

    @property
    def text(self) -> str:
        """Every line shown, joined (for tests and screen readers)."""
        parts = [line.text() for line in self.lines]
        if self.fingerprint is not None:
            parts.append(str(self.fingerprint.property("value")))
        if self.code is not None:
            parts.append(str(self.code.property("value")))
        if self.reminder is not None:
            parts.append(self.reminder.text())
        return "\n".join(parts)


def show_outcome(parent: QWidget, title: str, lines: Sequence[str], **extra: str) -> OutcomeDialog:
    """Show what a step did (window-modal, returns at once)."""
    dialog = OutcomeDialog(parent.window(), title, lines, **extra)
    dialog.open()
    return dialog
