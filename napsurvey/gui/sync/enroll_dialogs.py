"""Monitor dialogs around enrollment: the enrollment code, confirm a kit's coordinator, show and save the device card."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from napsurvey.gui.dialogs import fingerprint_label
from napsurvey.gui.widgets import label, primary_button


class EnrollCodeDialog(QDialog):
    """The enrollment code the coordinator (or, for a hub kit, the hub) reads out: the kit on the stick opens only with it."""

    def __init__(self, parent: QWidget | None = None, *, hub: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("EnrollCode")
        self.setWindowTitle(self.tr("Join a hub") if hub else self.tr("Enroll with a kit"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        heading = label("SectionTitle")
        heading.setText(self.tr("Enrollment code"))
        caption = label()
        caption.setText(self.tr("Type the code the hub reads out to you: three groups of five digits.") if hub else
                        self.tr("Type the code your coordinator reads out to you: three groups of five digits."))
        self.code = QLineEdit(self)
        self.code.setObjectName("EnrollmentCode")
        self.code.setPlaceholderText("00000-00000-00000")
        self.code.setMaxLength(40)
        self.code.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)  # no copy and paste of the code
        self.open_button = primary_button(self)
        self.open_button.setText(self.tr("Open the kit"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.open_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.code.returnPressed.connect(self.open_button.click)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.open_button)
        for widget in (heading, caption, self.code):
            layout.addWidget(widget)
        layout.addLayout(row)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

    def value(self) -> str:
        """The code as typed."""
        return self.code.text().strip()


class EnrollConfirmDialog(QDialog):
    """A verified kit: who signed it (the fingerprint of its key) and what it installs; Install or Cancel.

    ``replacing`` is the fingerprint of the coordinator this device trusts
    when the kit comes from another one: then the monitor must type the new
    fingerprint as it is read aloud before Install is possible (a coordinator
    whose key was lost; never a kit that merely appeared on a stick).
    """

    def __init__(
        self, kit: Any, fingerprint: str, forms: Sequence[Any], parent: QWidget | None = None, *, replacing: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("EnrollConfirm")
        self.setWindowTitle(self.tr("Enroll with a kit"))
        self.setMinimumWidth(540)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        heading = label("SectionTitle")
        heading.setText(self.tr("Check who made this kit"))
        caption = label()
        caption.setText(
            self.tr("Your coordinator reads their fingerprint aloud. Install the kit only if every group of digits matches:")
        )
        # Computed from the key that signed the kit, never what the kit says about itself.
        self.fingerprint = fingerprint_label(fingerprint)
        areas = len([a for a, services in kit.referrals.items() if services])
        self.contents = label("Muted")
        self.contents.setText(
            "\n".join(
                [
                    self.tr("%n questionnaire(s): ", "", len(forms)) + ", ".join(f"{f.form_id} {f.version}" for f in forms),
                    self.tr("Referral services for %n area(s).", "", areas),
                    (
                        self.tr("Study protocol: %1").replace("%1", str(kit.protocol.title))
                        if kit.protocol is not None
                        else self.tr("No study protocol.")
                    ),
                ]
            )
        )
        self.install_button = primary_button(self)
        self.install_button.setText(self.tr("It matches: install"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.install_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.install_button)
        widgets: list[QWidget] = [heading, caption, self.fingerprint, self.contents]
        self._expected = fingerprint
        self.replace_warning: QLabel | None = None
        self.typed: QLineEdit | None = None
        if replacing:
            self.replace_warning = label("Warning")
            self.replace_warning.setText(
                self.tr(
                    "This kit comes from another coordinator than the one this device trusts (%1). Install it only "
                    "if your coordinator's key was lost and the new coordinator reads their fingerprint to you in "
                    "person. Type it here as you hear it:"
                ).replace("%1", " ".join(replacing.split("-")))
            )
            self.typed = QLineEdit(self)
            self.typed.setObjectName("NewCoordinatorFingerprint")
            self.typed.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)  # typed, never pasted
            self.typed.textChanged.connect(self._check_typed)
            self.install_button.setText(self.tr("Replace the coordinator"))
            self.install_button.setEnabled(False)
            widgets += [self.replace_warning, self.typed]
        for widget in widgets:
            layout.addWidget(widget)
        layout.addLayout(row)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

    def _check_typed(self, text: str) -> None:
        self.install_button.setEnabled("-".join(text.replace("-", " ").split()) == self._expected)

    def confirmed_fingerprint(self) -> str | None:
        """What the monitor typed when replacing the coordinator (None otherwise)."""
        return None if self.typed is None else self.typed.text()


class DeviceCardDialog(QDialog):
    """This device's fingerprint, large, and a button to save the card for the coordinator."""

    save_requested = Signal(str)  # the laptop's name

    def __init__(self, fingerprint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DeviceCard")
        self.setWindowTitle(self.tr("Device card"))
        self.setMinimumWidth(540)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        heading = label("SectionTitle")
        heading.setText(self.tr("This device's fingerprint"))
        caption = label()
        caption.setText(
            self.tr("Give the card file to your coordinator, then read this fingerprint aloud to them:")
        )
        self.fingerprint = fingerprint_label(fingerprint)
        name_caption = label("Muted")
        name_caption.setText(self.tr("A name for this laptop the coordinator will see (not a person's name):"))
        self.name = QLineEdit(self)
        self.name.setMaxLength(60)
        self.name.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.written_line = label("Muted")
        self.written_line.hide()
        self.save_button = primary_button(self)
        self.save_button.setText(self.tr("Save the card…"))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.name.text().strip()))
        self.close_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        row.addWidget(self.save_button)
        for widget in (heading, caption, self.fingerprint, name_caption, self.name, self.written_line):
            layout.addWidget(widget)
        layout.addLayout(row)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

    def show_written(self, file_name: str) -> None:
        """Say where the card went."""
        self.written_line.setText(self.tr("Card written: %1").replace("%1", file_name))
        self.written_line.show()
