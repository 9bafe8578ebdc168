"""Settings: interface language, idle lock, neutral title, font size.

Only the interface language is kept outside the vault (see :mod:`i18n`);
the rest is stored with ``session.put_setting``. The page reads and writes
through :class:`AppSettings` so the window and the tests agree on the keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from napsurvey.gui.i18n import LANGUAGE_NAMES, available_languages
from napsurvey.gui.style import DEFAULT_FONT_PT, FONT_SIZES
from napsurvey.gui.widgets import FittingComboBox, Page, card, centered_column, label, link_button, primary_button
from napsurvey.settings import DEFAULT_NEUTRAL_TITLE

KEY_IDLE_MINUTES = "gui.idle_lock_minutes"
KEY_NEUTRAL_TITLE = "gui.neutral_title"
KEY_FONT_PT = "gui.font_pt"
DEFAULT_IDLE_MINUTES = 5
MAX_IDLE_MINUTES = 120
IDLE_CHOICES = (1, 2, 3, 5, 10, 15, 30, 60)
MAX_TITLE_LENGTH = 40


@dataclass(frozen=True)
class AppSettings:
    """The in-vault settings of the desktop app."""

    idle_minutes: int = DEFAULT_IDLE_MINUTES
    neutral_title: str = DEFAULT_NEUTRAL_TITLE
    font_pt: int = DEFAULT_FONT_PT

    @classmethod
    def load(cls, session: Any) -> AppSettings:
        """Read from the vault, repairing anything out of range."""
        idle = _as_int(session.get_setting(KEY_IDLE_MINUTES, DEFAULT_IDLE_MINUTES), DEFAULT_IDLE_MINUTES)
        title = session.get_setting(KEY_NEUTRAL_TITLE, DEFAULT_NEUTRAL_TITLE)
        font = _as_int(session.get_setting(KEY_FONT_PT, DEFAULT_FONT_PT), DEFAULT_FONT_PT)
        return cls(
            idle_minutes=min(max(idle, 1), MAX_IDLE_MINUTES),
            neutral_title=(str(title).strip()[:MAX_TITLE_LENGTH] or DEFAULT_NEUTRAL_TITLE) if title else DEFAULT_NEUTRAL_TITLE,
            font_pt=font if font in FONT_SIZES else DEFAULT_FONT_PT,
        )

    def save(self, session: Any) -> None:
        """Write to the vault."""
        session.put_setting(KEY_IDLE_MINUTES, self.idle_minutes)
        session.put_setting(KEY_NEUTRAL_TITLE, self.neutral_title)
        session.put_setting(KEY_FONT_PT, self.font_pt)


def _as_int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


class SettingsPage(Page):
    """Edits :class:`AppSettings` and the interface language. Emits :attr:`saved`."""

    saved = Signal(object, str)  # AppSettings, language code
    change_passphrase_requested = Signal()

    def __init__(self, current: AppSettings, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = centered_column(self, 640)
        self.title = label("PageTitle")
        panel, panel_layout = card(self)
        form = QFormLayout()
        form.setVerticalSpacing(14)
        form.setHorizontalSpacing(20)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.language = FittingComboBox(self)
        self.language.setObjectName("Language")
        for code in available_languages():
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.idle = FittingComboBox(self)
        self.idle.setObjectName("IdleMinutes")
        for minutes in sorted({*IDLE_CHOICES, current.idle_minutes}):
            self.idle.addItem(str(minutes), minutes)
        self.idle.setCurrentIndex(self.idle.findData(current.idle_minutes))
        self.neutral_title = QLineEdit(self)
        self.neutral_title.setObjectName("NeutralTitle")
        self.neutral_title.setMaxLength(MAX_TITLE_LENGTH)
        self.neutral_title.setText(current.neutral_title)
        self.font_size = FittingComboBox(self)
        self.font_size.setObjectName("FontSize")
        for size in FONT_SIZES:
            self.font_size.addItem(f"{size} pt", size)
        self.font_size.setCurrentIndex(max(0, self.font_size.findData(current.font_pt)))
        self.language_label = QLabel(self)
        self.idle_label = QLabel(self)
        self.title_label = QLabel(self)
        self.font_label = QLabel(self)
        form.addRow(self.language_label, self.language)
        form.addRow(self.idle_label, self.idle)
        form.addRow(self.title_label, self.neutral_title)
        form.addRow(self.font_label, self.font_size)
        panel_layout.addLayout(form)
        self.passphrase_button = link_button(self)
        self.passphrase_button.setObjectName("ChangePassphraseButton")
        self.passphrase_button.clicked.connect(self.change_passphrase_requested)
        panel_layout.addWidget(self.passphrase_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.note = label("Muted")
        self.confirmation = label("Muted")
        self.save_button = primary_button(self)
        self.save_button.clicked.connect(self.save)
        col.addWidget(self.title)
        col.addWidget(panel)
        col.addWidget(self.note)
        row = QHBoxLayout()
        row.addWidget(self.confirmation)
        row.addStretch(1)
        row.addWidget(self.save_button)
        col.addLayout(row)
        self.retranslate()

    def values(self) -> tuple[AppSettings, str]:
        """What the fields say now."""
        settings = AppSettings(
            idle_minutes=int(self.idle.currentData()),
            neutral_title=self.neutral_title.text().strip() or DEFAULT_NEUTRAL_TITLE,
            font_pt=int(self.font_size.currentData()),
        )
        return settings, str(self.language.currentData())

    def save(self) -> None:
        """Emit the new values; the window stores and applies them."""
        settings, language = self.values()
        self.saved.emit(settings, language)
        self.confirmation.setText(self.tr("Saved."))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.language_label.setText(self.tr("Interface language"))
        self.idle_label.setText(self.tr("Lock after idle (minutes)"))
        self.title_label.setText(self.tr("Window title"))
        self.font_label.setText(self.tr("Text size"))
        self.note.setText(
            self.tr(
                "The window title is what people around you see: keep it ordinary. "
                "These settings are stored inside the encrypted vault, except the interface language."
            )
        )
        self.save_button.setText(self.tr("Save"))
        self.passphrase_button.setText(self.tr("Change the passphrase…"))
        if self.confirmation.text():
            self.confirmation.setText(self.tr("Saved."))
