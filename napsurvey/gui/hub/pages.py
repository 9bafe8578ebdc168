"""The hub's members, bundles and coverage pages.

Members: the coordinators the hub approved, with their bundles, missing
bundles and the periods they released. Bundles: the members' upward bundles
the hub imported, and "Import bundles…". Coverage: each member's newest
edition per questionnaire and period, and the gaps (missing bundles,
periods not released).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QPushButton

from napsurvey.errors import ErrorCode, NapError
from napsurvey.gui import file_dialogs
from napsurvey.gui.background import Task, run_in_background
from napsurvey.gui.dialogs import show_error, show_outcome
from napsurvey.gui.sync.files import read_document_file, today
from napsurvey.gui.sync.views import ApproveDialog, _ImportedBundlesPage, _SyncPage
from napsurvey.gui.widgets import label, primary_button
from napsurvey.progress import ProgressCallback
from napsurvey.services import enrollment, hub_enrollment, hub_views
from napsurvey.services.session import Session


class MembersPage(_SyncPage):
    """The member coordinators, their bundles and the periods they released; the hub kit; approving a card."""

    FIELDS = ("label", "member_id", "approved_day", "bundles", "last_bundle_day", "missing", "periods")

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(session, self.FIELDS, lambda: hub_views.members(self.live()), parent)
        self.task: Task | None = None
        self.approve_button = primary_button(self)
        self.kit_button = QPushButton(self)
        self.approve_button.clicked.connect(self.approve)
        self.kit_button.clicked.connect(self.write_kit)
        self.action_row.addWidget(self.approve_button)
        self.action_row.addWidget(self.kit_button)
        self.action_row.addStretch(1)
        self.retranslate()

    def write_kit(self) -> None:
        """Ask where to save the hub kit, then write it."""
        path = file_dialogs.save_file(self.window(), self.tr("Save the hub kit"), "", f"hub-kit-{today()}.json")
        if path:
            self.write_kit_to(Path(path))

    def write_kit_to(self, path: Path) -> Task | None:
        """Write the hub kit (this hub's questionnaires, no raw counts asked) to ``path``, off the GUI
        thread (sealing it to its enrollment code is scrypt, about a third of a second)."""
        try:
            session = self.live()
        except NapError as exc:
            show_error(self, exc)
            return None

        def work(_progress: ProgressCallback) -> hub_enrollment.HubKitWritten:
            return hub_enrollment.write_hub_kit(session, path, today=today())

        self.task = run_in_background(self, self.tr("Sealing and writing the hub kit…"), work, self._kit_written)
        return self.task

    def _kit_written(self, written: hub_enrollment.HubKitWritten) -> None:
        self.dialog = show_outcome(self, self.tr("Hub kit written"), [
            self.tr("Give this file to each national coordinator; they open it with 'Join a hub…'."),
            self.tr("File: %1 (sealed: it opens only with the enrollment code below)").replace("%1", written.path.name)],
            fingerprint=written.fingerprint, code=written.code or "",
            code_caption=self.tr("Then read them this enrollment code. Say it, do not write it on the stick:"))

    def approve(self) -> None:
        """Choose a coordinator's device card and compare its fingerprint aloud."""
        path = file_dialogs.open_file(self.window(), self.tr("Choose the coordinator's device card"))
        if path:
            self.approve_from(Path(path))

    def approve_from(self, path: Path) -> ApproveDialog | None:
        """Verify the card at ``path`` and ask to confirm its fingerprint."""
        try:
            card = enrollment.open_card(self.live(), read_document_file(path), path.name)  # sealed to this hub
            needed = enrollment.approval_needed(self.live(), card)
        except NapError as exc:
            show_error(self, exc)
            return None
        if not needed:
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
        shown = approval.device.label or approval.device.device_id
        self.refresh()
        self.changed.emit()
        self.dialog = show_outcome(self, self.tr("Member approved"), [
            self.tr("Bundles from %1 will now be accepted.").replace("%1", shown)], fingerprint=approval.device.device_id)

    def retranslate(self) -> None:
        self.set_texts(
            self.tr("Members"),
            self.tr("The national coordinators you approved, with their bundles and the periods they released."),
            [self.tr("Name"), self.tr("Fingerprint"), self.tr("Approved"), self.tr("Bundles"),
             self.tr("Last bundle"), self.tr("Missing bundles"), self.tr("Periods released")],
            self.tr("No member approved yet. Approve a coordinator's device card to see it here."),
        )
        self.approve_button.setText(self.tr("Approve a coordinator's card…"))
        self.kit_button.setText(self.tr("Write the hub kit…"))


class HubBundlesPage(_ImportedBundlesPage):
    """The members' upward bundles the hub imported; import more (the same import dialog serves a hub)."""

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(session, parent)
        self.action_row.addStretch(1)
        self.refresh()
        self.retranslate()

    def retranslate(self) -> None:
        self.set_texts(
            self.tr("Bundles"),
            self.tr("The bundles of releases your members sent, newest first."),
            [self.tr("Member"), self.tr("Number"), self.tr("Made on"), self.tr("Imported on")],
            self.tr("No bundle imported yet."),
        )
        self.import_button.setText(self.tr("Import bundles…"))


class HubCoveragePage(_SyncPage):
    """Each member's newest edition per questionnaire and period, and what is missing."""

    FIELDS = ("label", "form_id", "period", "edition", "released_day", "interviews")

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(session, self.FIELDS, lambda: hub_views.coverage(self.live()), parent)
        self.gaps = label("Warning")
        self.extra.addWidget(self.gaps)
        self.refresh()
        self.retranslate()

    def after_refresh(self) -> None:
        try:
            lines = hub_views.gaps(self.live())
        except NapError:
            lines = []
        self.gaps.setText("\n".join(lines))
        self.gaps.setVisible(bool(lines))

    def retranslate(self) -> None:
        self.set_texts(
            self.tr("Coverage"),
            self.tr("What each member released, per questionnaire and period, and what is missing. "
                    "Interviews are as the member published them."),
            [self.tr("Member"), self.tr("Questionnaire"), self.tr("Period"), self.tr("Edition"),
             self.tr("Released on"), self.tr("Interviews")],
            self.tr("Nothing to show until members' bundles are imported."),
        )
