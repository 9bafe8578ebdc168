"""The monitor's sync card: export for the coordinator, re-create a lost bundle,
enroll with a kit, the device card, and accepting a receipt.

Every file is chosen through :mod:`napsurvey.gui.file_dialogs` (no folder
history left behind); every step that touches the vault or a USB stick runs
through :func:`~napsurvey.gui.background.run_in_background`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from napsurvey.errors import NapError
from napsurvey.gui import file_dialogs
from napsurvey.gui.background import Task, run_in_background
from napsurvey.gui.dialogs import OutcomeDialog, show_error, show_outcome
from napsurvey.gui.messages import error_text
from napsurvey.gui.sync.enroll_dialogs import DeviceCardDialog, EnrollCodeDialog, EnrollConfirmDialog
from napsurvey.gui.sync.exports_dialog import ExportsDialog
from napsurvey.gui.sync.files import read_document_file, today
from napsurvey.gui.sync.live_session import live_session
from napsurvey.gui.widgets import Page, card, label, link_button, primary_button
from napsurvey.progress import ProgressCallback
from napsurvey.services import enrollment, sync_export
from napsurvey.services.files import suggested_name
from napsurvey.services.session import Session


class MonitorSyncPanel(Page):
    """A card on the monitor's home with the sync actions."""

    #: Something changed in the vault (records marked, kit installed): the home should redraw.
    changed = Signal()
    #: How the last export went, in one line (text, ok): the home's export card shows it.
    export_result = Signal(str, bool)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = session
        self.task: Task | None = None
        self.dialog: OutcomeDialog | None = None
        self.code_dialog: EnrollCodeDialog | None = None
        self.confirm: EnrollConfirmDialog | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.frame, layout = card(self)
        outer.addWidget(self.frame)
        self.title = label("SectionTitle")
        self.kit_line = label("Muted")
        self.export_button = primary_button(self)
        self.again_button = link_button(self)
        self.enroll_button = link_button(self)
        self.card_button = link_button(self)
        self.receipt_button = link_button(self)
        # Said in the window, before any folder is asked for: exporting needs a kit first.
        self.not_enrolled, notice = card(self)
        self.not_enrolled.setObjectName("NoticeCard")
        self.not_enrolled_text = label()
        self.not_enrolled_button = primary_button(self.not_enrolled)
        self.not_enrolled_button.clicked.connect(self.enroll)
        notice.addWidget(self.not_enrolled_text)
        notice.addWidget(self.not_enrolled_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.not_enrolled.hide()
        layout.addWidget(self.title)
        layout.addWidget(self.kit_line)
        layout.addWidget(self.not_enrolled)
        layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        for button in (self.again_button, self.enroll_button, self.card_button, self.receipt_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.export_button.clicked.connect(self.export)
        self.again_button.clicked.connect(self.recreate)
        self.enroll_button.clicked.connect(self.enroll)
        self.card_button.clicked.connect(self.device_card)
        self.receipt_button.clicked.connect(self.accept_receipt)
        self.retranslate()

    def release(self) -> None:
        self._session = None

    def _coordinator(self) -> str:
        if self._session is None:
            return ""
        value = self._session.get_setting("coordinator_fingerprint", "")
        return str(value or "")

    def retranslate(self) -> None:
        self.title.setText(self.tr("Coordinator and USB stick"))
        coordinator = self._coordinator()
        self.kit_line.setText(
            self.tr("Enrolled with coordinator %1.").replace("%1", coordinator)
            if coordinator
            else self.tr("Not enrolled yet: ask your coordinator for a kit.")
        )
        self.not_enrolled_text.setText(
            self.tr(
                "This laptop is not enrolled yet, so it has nobody to send the interviews to. Your coordinator "
                "gives you an enrollment kit, usually on a USB stick, and reads you their fingerprint: enroll "
                "with it, then export."
            )
        )
        self.not_enrolled_button.setText(self.tr("Enroll with a kit…"))
        self.export_button.setText(self.tr("Export for coordinator…"))
        self.again_button.setText(self.tr("Re-create a lost bundle…"))
        self.enroll_button.setText(self.tr("Enroll with a kit…"))
        self.card_button.setText(self.tr("Device card…"))
        self.receipt_button.setText(self.tr("Accept a receipt…"))

    def _fail(self, error: NapError) -> None:
        show_error(self, error)

    # ---- export ------------------------------------------------------------------
    def export(self) -> None:
        """Choose the USB stick (a folder) and write a bundle of the records not yet exported.

        Before enrollment nothing is asked: the card says what to do, with a button to enroll.
        """
        session = live_session(self, self._session)
        if session is None:
            return
        if not enrollment.is_enrolled(session):
            self.not_enrolled.show()
            return
        self.not_enrolled.hide()
        folder = file_dialogs.choose_folder(self.window(), self.tr("Choose the USB stick or folder for the bundle"))
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> Task | None:
        """Write the bundle into ``folder`` in the background; show how many records went out."""
        session = live_session(self, self._session)
        if session is None:
            return None

        def work(_progress: ProgressCallback) -> sync_export.ExportResult:
            return sync_export.export_bundle(session, folder, today=today())

        self.task = run_in_background(self, self.tr("Writing and checking the bundle…"), work, self._exported,
                                      on_error=self._export_failed)
        return self.task

    def _export_failed(self, error: NapError) -> None:
        self.export_result.emit(error_text(error), False)
        self._fail(error)

    def _exported(self, result: sync_export.ExportResult) -> None:
        lines = [
            self.tr("%n interview(s) went out in bundle %1.", "", result.records).replace("%1", str(result.sequence)),
            self.tr("File: %1").replace("%1", result.path.name),
            self.tr("The file was read back from the stick and matches what was written."),
        ]
        if result.reissued:
            lines.append(self.tr("This bundle was made before but never written (the export was interrupted). "
                                 "It is the same bundle; export again for the interviews completed since."))
        self.dialog = show_outcome(
            self,
            self.tr("Bundle written"),
            lines,
            reminder=self.tr("Remove the USB stick safely (eject it first) before you unplug it."),
        )
        self.export_result.emit(lines[0] + " " + lines[1], True)
        self.changed.emit()

    # ---- re-create -----------------------------------------------------------------
    def recreate(self) -> ExportsDialog | None:
        """List past bundles; write one again with the same id."""
        session = live_session(self, self._session)
        if session is None:
            return None
        try:
            exports = sync_export.list_exports(session)
        except NapError as exc:
            self._fail(exc)
            return None
        dialog = ExportsDialog(exports, self.window())
        dialog.chosen.connect(self._write_again)
        dialog.open()
        return dialog

    def _write_again(self, bundle_id: str) -> None:
        folder = file_dialogs.choose_folder(self.window(), self.tr("Choose the USB stick or folder for the bundle"))
        if folder:
            self.export_again_to(bundle_id, Path(folder))

    def export_again_to(self, bundle_id: str, folder: Path) -> Task | None:
        """Re-create bundle ``bundle_id`` in ``folder`` (same id, same content)."""
        session = live_session(self, self._session)
        if session is None:
            return None

        def work(_progress: ProgressCallback) -> sync_export.ExportResult:
            return sync_export.export_again(session, bundle_id, folder, today=today())

        self.task = run_in_background(self, self.tr("Writing and checking the bundle…"), work, self._exported)
        return self.task

    # ---- enroll --------------------------------------------------------------------
    def enroll(self) -> None:
        """Choose a kit file, check it, show the coordinator's fingerprint, then install it."""
        path = file_dialogs.open_file(self.window(), self.tr("Choose the enrollment kit"))
        if path:
            self.enroll_from(Path(path))

    def enroll_from(self, path: Path, code: str | None = None) -> QDialog | None:
        """Open the kit at ``path`` (asking for its enrollment code first), then ask to confirm its coordinator.

        Returns the code dialog when the code is still needed; the kit is
        opened and checked off the GUI thread (scrypt), after which
        :attr:`confirm` is the confirmation dialog.
        """
        try:
            data = read_document_file(path)
        except NapError as exc:
            self._fail(exc)
            return None
        if code is None and enrollment.kit_needs_code(data):
            ask = EnrollCodeDialog(self.window())
            ask.accepted.connect(lambda: self.enroll_from(path, ask.value()))
            ask.open()
            self.code_dialog = ask
            return ask
        session = live_session(self, self._session)
        if session is None:
            return None

        def work(_progress: ProgressCallback) -> tuple[enrollment.CheckedKit, str | None]:
            return enrollment.check_kit(session, data, path=path.name, code=code), enrollment.pinned_coordinator(session)

        def checked(done: tuple[enrollment.CheckedKit, str | None]) -> None:
            kit, pinned = done
            replacing = pinned if pinned is not None and pinned != kit.fingerprint else ""
            dialog = EnrollConfirmDialog(kit.kit, kit.fingerprint, [f for f, _ in kit.forms], self.window(),
                                         replacing=replacing)
            dialog.accepted.connect(lambda: self._install(data, path.name, code, dialog.confirmed_fingerprint()))
            dialog.open()
            self.confirm = dialog

        self.task = run_in_background(self, self.tr("Opening the kit…"), work, checked, on_error=self._fail)
        return None

    def _install(self, data: bytes, name: str, code: str | None, replace: str | None = None) -> None:
        session = live_session(self, self._session)
        if session is None:
            return

        def work(_progress: ProgressCallback) -> enrollment.Enrolled:
            return enrollment.enroll(session, data, path=name, today=today(), code=code, replace_coordinator=replace)

        self.task = run_in_background(self, self.tr("Installing the kit…"), work, self._enrolled)

    def _enrolled(self, done: enrollment.Enrolled) -> None:
        self.not_enrolled.hide()
        forms = ", ".join(f"{form_id} {version}" for form_id, version in done.forms)
        lines = [
            (self.tr("Kit %1 updated.") if done.replaced else self.tr("Kit %1 installed.")).replace(
                "%1", str(done.kit_serial)
            ),
            self.tr("Coordinator: %1").replace("%1", done.coordinator_fingerprint),
            self.tr("Questionnaires: %1").replace("%1", forms or "—"),
            self.tr("Next: make the device card and give it to your coordinator."),
        ]
        self.dialog = show_outcome(
            self,
            self.tr("Enrolled"),
            lines,
            fingerprint=done.fingerprint,
            fingerprint_caption=self.tr("This device's fingerprint. Read it aloud to your coordinator:"),
        )
        self.retranslate()
        self.changed.emit()

    # ---- device card -------------------------------------------------------------------
    def device_card(self) -> DeviceCardDialog | None:
        """Show this device's fingerprint and write its card file."""
        session = live_session(self, self._session)
        if session is None:
            return None
        dialog = DeviceCardDialog(session.fingerprint, self.window())
        dialog.save_requested.connect(lambda name: self._choose_card_file(dialog, name))
        dialog.open()
        return dialog

    def _choose_card_file(self, dialog: DeviceCardDialog, name: str) -> None:
        path = file_dialogs.save_file(self.window(), self.tr("Save the device card"), "", suggested_name(today()))
        if path:
            self.write_card(Path(path), name, dialog)

    def write_card(self, path: Path, name: str, dialog: DeviceCardDialog | None = None) -> Task | None:
        """Write the device card (public keys, fingerprint, the laptop's name) to ``path``."""
        session = live_session(self, self._session)
        if session is None:
            return None

        def work(_progress: ProgressCallback) -> Path:
            return enrollment.write_device_card(session, path, label=name, today=today())

        def written(done: Path) -> None:
            if dialog is not None:
                dialog.show_written(done.name)

        self.task = run_in_background(self, self.tr("Writing the device card…"), work, written)
        return self.task

    # ---- receipt ------------------------------------------------------------------------
    def accept_receipt(self) -> None:
        """Choose a receipt from the coordinator and acknowledge the bundles it lists."""
        path = file_dialogs.open_file(self.window(), self.tr("Choose the coordinator's receipt"))
        if path:
            self.accept_receipt_from(Path(path))

    def accept_receipt_from(self, path: Path) -> Task | None:
        """Verify and accept the receipt at ``path``."""
        session = live_session(self, self._session)
        if session is None:
            return None

        def work(_progress: ProgressCallback) -> sync_export.Accepted:
            data = read_document_file(path)
            return sync_export.accept_receipt(session, data, path=path.name, today=today())

        def accepted(done: sync_export.Accepted) -> None:
            self.dialog = show_outcome(
                self,
                self.tr("Receipt accepted"),
                [
                    self.tr("%n bundle(s) acknowledged by the coordinator.", "", done.bundles),
                    self.tr("%n record(s) may now be removed by the retention rule.", "", done.records),
                ],
            )
            self.changed.emit()

        self.task = run_in_background(self, self.tr("Checking the receipt…"), work, accepted)
        return self.task
