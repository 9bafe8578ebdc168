"""The coordinator's devices and bundles pages, with their actions.

Devices: the table (name, fingerprint, bundles, last bundle, last seen, gaps,
late or on time), the missing bundles and late devices below it,
"Approve a device card…" and "Create enrollment kit…". Bundles: the imported
bundles, "Import bundles…" and "Write a receipt…". The rows come from
:mod:`napsurvey.services.coordinator_views`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from napsurvey.errors import ErrorCode, NapError
from napsurvey.gui import file_dialogs
from napsurvey.gui.background import Task, run_in_background
from napsurvey.gui.coordinator_tables import ViewTable
from napsurvey.gui.dialogs import OutcomeDialog, fingerprint_label, readable_groups, show_error, show_outcome
from napsurvey.gui.sync.files import read_document_file, today
from napsurvey.gui.sync.import_dialog import ImportDialog
from napsurvey.gui.sync.kit_dialog import KitDialog
from napsurvey.gui.sync.live_session import live_session
from napsurvey.gui.widgets import label, primary_button
from napsurvey.progress import ProgressCallback
from napsurvey.services import coordinator_views, enrollment, sync_import
from napsurvey.services.coordinator_views import DeviceView
from napsurvey.services.files import suggested_name
from napsurvey.services.session import Session


class _SyncPage(ViewTable):
    """The shell's read-only table with a row of actions above it and room below."""

    changed = Signal()

    def __init__(self, session: Session, fields: Sequence[str], loader: Callable[[], Sequence[Any]],
                 parent: QWidget | None = None) -> None:
        self._session: Session | None = session
        self.task: Task | None = None
        self.dialog: Any = None
        self._ready = False
        super().__init__(fields, loader, parent)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        self.action_row = QHBoxLayout()
        self.action_row.setSpacing(10)
        layout.insertLayout(2, self.action_row)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra)
        self._ready = True

    def live(self) -> Session:
        """The session while unlocked; VAULT_CLOSED once released or locked."""
        if self._session is None or self._session.locked:
            raise NapError(ErrorCode.VAULT_CLOSED)
        return self._session

    def release(self) -> None:
        self._session = None
        super().release()

    def refresh(self) -> None:
        """Reload the rows (and whatever the page shows beside them)."""
        super().refresh()
        if self._ready and self._session is not None:
            self.after_refresh()

    def after_refresh(self) -> None:
        """Subclasses redraw their extras here."""


class ApproveDialog(QDialog):
    """A verified device card: its fingerprint large, to compare aloud before approving."""

    def __init__(self, card: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        coordinator = getattr(card, "role", "monitor") == "coordinator"  # a hub approving a member
        self.setObjectName("ApproveDialog")
        self.setWindowTitle(self.tr("Approve a device card"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        heading = label("SectionTitle")
        heading.setText(self.tr("Compare the fingerprint aloud"))
        caption = label()
        caption.setText(
            self.tr(
                "Ask the national coordinator to read the fingerprint shown on their screen. Approve only if "
                "every character matches this one:"
            ) if coordinator else self.tr(
                "Ask the monitor to read the fingerprint shown on their screen. Approve only if every "
                "group of digits matches this one:"
            )
        )
        self.fingerprint = fingerprint_label(str(card.device_id))
        name_caption = label("Muted")
        name_caption.setText(self.tr("Name of this device:"))
        self.name = QLineEdit(self)
        self.name.setMaxLength(60)
        self.name.setText(str(card.label))
        self.name.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.approve_button = primary_button(self)
        self.approve_button.setText(self.tr("It matches: approve"))
        self.cancel_button = QPushButton(self.tr("It does not match"), self)
        self.approve_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.approve_button)
        for widget in (heading, caption, self.fingerprint, name_caption, self.name):
            layout.addWidget(widget)
        layout.addLayout(row)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)


@dataclass(frozen=True)
class DeviceRow:
    """A device as the table shows it: the service's view, and its state in words."""

    label: str
    device_id: str
    bundles: int
    last_bundle_day: str | None
    last_seen_day: str
    missing: list[int]
    state: str


class DevicesPage(_SyncPage):
    """Every approved device: last bundle, last seen, gaps, late or not; approve a card; create a kit."""

    FIELDS = ("label", "device_id", "bundles", "last_bundle_day", "last_seen_day", "missing", "state")

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        self.views: list[DeviceView] = []
        super().__init__(session, self.FIELDS, self._rows, parent)
        # Names, fingerprints and days read whole; the state, last, takes what is left.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(self.FIELDS) - 1, QHeaderView.ResizeMode.Stretch)
        # The state wraps in what is left (a French one is 360 px on one line); rows grow to show it.
        self.table.setWordWrap(True)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.approve_button = primary_button(self)
        self.kit_button = QPushButton(self)
        self.approve_button.clicked.connect(self.approve)
        self.kit_button.clicked.connect(self.create_kit)
        self.action_row.addWidget(self.approve_button)
        self.action_row.addWidget(self.kit_button)
        self.action_row.addStretch(1)
        self.gaps = label("Warning")
        self.extra.addWidget(self.gaps)
        self.refresh()
        self.retranslate()

    def _rows(self) -> list[DeviceRow]:
        self.views = coordinator_views.devices(self.live())
        return [
            DeviceRow(v.label, readable_groups(v.device_id), v.bundles, v.last_bundle_day, v.last_seen_day, v.missing,
                      self.state_text(v))
            for v in self.views
        ]

    def state_text(self, view: DeviceView) -> str:
        """``late: 120 days without a bundle`` or ``next bundle due by 2026-12-25``."""
        if view.late:
            return self.tr("late: %1 days without a bundle").replace("%1", str(view.days_silent))
        return self.tr("next bundle due by %1").replace("%1", view.due_day)

    def after_refresh(self) -> None:
        gaps = [
            self.tr("device %1: bundle %2 missing").replace("%1", v.device_id).replace("%2", str(n))
            for v in self.views
            for n in v.missing
        ]
        gaps += [
            self.tr("device %1: late, no bundle since %2 (%3 days)")
            .replace("%1", v.device_id).replace("%2", v.last_seen_day).replace("%3", str(v.days_silent))
            for v in self.views
            if v.late
        ]
        self.gaps.setText("\n".join(gaps))
        self.gaps.setVisible(bool(gaps))
        self.table.resizeRowsToContents()  # fingerprints take two lines, as read aloud

    def retranslate(self) -> None:
        self.set_texts(
            self.tr("Devices"),
            self.tr("Every monitor's computer you approved: its last bundle, the last day it was heard of, "
                    "any missing bundle, and whether it is late."),
            [self.tr("Name"), self.tr("Device"), self.tr("Bundles"), self.tr("Last bundle"), self.tr("Last seen"),
             self.tr("Missing bundles"), self.tr("State")],
            self.tr("No device approved yet. Approve a monitor's device card to see it here."),
        )
        self.refresh()  # the state column is in words
        self.approve_button.setText(self.tr("Approve a device card…"))
        self.kit_button.setText(self.tr("Create enrollment kit…"))

    # ---- approve --------------------------------------------------------------------
    def approve(self) -> None:
        """Choose a device card and compare its fingerprint aloud."""
        path = file_dialogs.open_file(self.window(), self.tr("Choose the device card"))
        if path:
            self.approve_from(Path(path))

    def approve_from(self, path: Path) -> ApproveDialog | None:
        """Verify the card at ``path`` and ask to confirm its fingerprint."""
        try:
            card = enrollment.open_card(self.live(), read_document_file(path), path.name)  # sealed to this coordinator
            needed = enrollment.approval_needed(self.live(), card)
        except NapError as exc:
            show_error(self, exc)
            return None
        if not needed:  # the same device, same key: nothing to compare aloud, nothing to change
            self._approve(card, None)
            return None
        dialog = ApproveDialog(card, self.window())
        dialog.accepted.connect(lambda: self._approve(card, dialog.name.text().strip()))
        dialog.rejected.connect(lambda: show_error(self, NapError(ErrorCode.CARD_NOT_CONFIRMED)))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _approve(self, card: Any, name: str | None) -> None:
        try:
            approval = enrollment.approve_device(self.live(), card, today=today(), label=name)
        except NapError as exc:
            show_error(self, exc)
            return
        device = approval.device
        shown = device.label or device.device_id
        if approval.outcome == "already_approved":
            self.dialog = show_outcome(
                self,
                self.tr("Already approved"),
                [self.tr("%1 is already approved; nothing changed.").replace("%1", shown)],
                fingerprint=device.device_id,
            )
            return
        self.refresh()
        self.changed.emit()
        if approval.outcome == "relabelled":
            title = self.tr("Device renamed")
            text = self.tr("This device was already approved; it is now called %1.").replace("%1", shown)
        else:
            title = self.tr("Device approved")
            text = self.tr("Bundles from %1 will now be accepted.").replace("%1", shown)
        self.dialog = show_outcome(self, title, [text], fingerprint=device.device_id)

    # ---- kit ------------------------------------------------------------------------
    def create_kit(self) -> KitDialog | None:
        """Open the kit dialog."""
        try:
            session = self.live()
            forms = list(session.installed_forms())
        except NapError as exc:
            show_error(self, exc)
            return None
        dialog = KitDialog(session, forms, self.window())
        dialog.open()
        self.dialog = dialog
        return dialog


class _ImportedBundlesPage(_SyncPage):
    """The bundles imported here, newest first, with the button that imports more (coordinator and hub)."""

    FIELDS = ("device_id", "sequence", "created_day", "imported_day")

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.FIELDS, lambda: _newest_first(coordinator_views.bundles(self.live())), parent)
        self.import_button = primary_button(self)
        self.import_button.clicked.connect(self.open_import)
        self.action_row.addWidget(self.import_button)

    def open_import(self) -> ImportDialog | None:
        """Open the import dialog."""
        session = live_session(self, self._session)
        if session is None:
            return None
        dialog = ImportDialog(session, self.window())
        dialog.imported.connect(self._imported)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _imported(self) -> None:
        self.refresh()
        self.changed.emit()


class BundlesPage(_ImportedBundlesPage):
    """Imported bundles; import more; write a receipt."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.receipt_button = QPushButton(self)
        self.receipt_button.clicked.connect(self.receipt)
        self.action_row.addWidget(self.receipt_button)
        self.action_row.addStretch(1)
        self.refresh()
        self.retranslate()

    def retranslate(self) -> None:
        self.set_texts(
            self.tr("Bundles"),
            self.tr("The bundles you imported from USB sticks, newest first."),
            [self.tr("Device"), self.tr("Number"), self.tr("Made on"), self.tr("Imported on")],
            self.tr("No bundle imported yet."),
        )
        self.import_button.setText(self.tr("Import bundles…"))
        self.receipt_button.setText(self.tr("Write a receipt…"))

    def receipt(self) -> None:
        """Write a signed receipt of every imported bundle, for the monitors."""
        path = file_dialogs.save_file(self.window(), self.tr("Save the receipt"), "", suggested_name(today()))
        if path:
            self.write_receipt(Path(path))

    def write_receipt(self, path: Path) -> Task | None:
        """Write the receipt to ``path`` in the background."""
        session = live_session(self, self._session)
        if session is None:
            return None

        def work(_progress: ProgressCallback) -> Path:
            return sync_import.write_receipt_file(session, path, today=today()).path

        def written(done: Path) -> None:
            self.dialog = show_outcome(
                self,
                self.tr("Receipt written"),
                [self.tr("File: %1").replace("%1", done.name),
                 self.tr("Give it to the monitors: their devices may then remove the acknowledged records.")],
            )

        self.task = run_in_background(self, self.tr("Writing the receipt…"), work, written)
        return self.task


class CoveragePage(_SyncPage):
    """Interviews per questionnaire and month, over every imported bundle (read only)."""

    FIELDS = ("form_id", "period", "interviews", "refused", "ended_child", "stopped", "devices")

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.FIELDS, lambda: coordinator_views.coverage(self.live()), parent)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_texts(
            self.tr("Coverage"),
            self.tr("Interviews per questionnaire and month, and where data is missing."),
            [self.tr("Questionnaire"), self.tr("Month"), self.tr("Interviews"), self.tr("Refused"),
             self.tr("Ended (child)"), self.tr("Stopped"), self.tr("Devices")],
            self.tr("Nothing to show until bundles are imported."),
        )


def _newest_first(bundles: Sequence[Any]) -> list[Any]:
    return sorted(bundles, key=lambda b: (b.imported_day, b.device_id, b.sequence), reverse=True)


def wire(pages: Sequence[_SyncPage], also: Callable[[], None] | None = None) -> None:
    """When one page changes the vault, every page (and ``also``) reloads."""
    for page in pages:
        for other in pages:
            page.changed.connect(other.refresh)
        if also is not None:
            page.changed.connect(also)


__all__ = ["ApproveDialog", "BundlesPage", "CoveragePage", "DevicesPage", "OutcomeDialog", "wire"]
