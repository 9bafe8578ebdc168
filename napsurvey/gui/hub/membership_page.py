"""The coordinator's Hub section: the network or regional hub it joined, and its releases going up.

Shows the hub (name, fingerprint), which questionnaires' raw counts the hub
asked for and which of them this coordinator agreed to send, the releases
not sent yet and the bundles already made; "Send releases to the hub…"
writes one upward bundle to a USB stick in the background.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from napsurvey.errors import ErrorCode, NapError
from napsurvey.gui import file_dialogs
from napsurvey.gui.background import Task, run_in_background
from napsurvey.gui.dialogs import show_error, show_outcome
from napsurvey.gui.sync.enroll_dialogs import EnrollCodeDialog
from napsurvey.gui.sync.files import read_document_file, today
from napsurvey.gui.widgets import Page, card, label, primary_button
from napsurvey.progress import ProgressCallback
from napsurvey.services import enrollment, hub_enrollment
from napsurvey.services.session import Session

if TYPE_CHECKING:  # the export loads the disclosure-control libraries: only when the page is used
    from napsurvey.services import hub_export


class MembershipPage(Page):
    """The hub this coordinator belongs to, and "Send releases to the hub…"."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = session
        self.task: Task | None = None
        self.dialog: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.title = label("PageTitle")
        self.intro = label("Muted")
        self.panel, panel_layout = card(self)
        self.hub_line = label()
        self.raw_line = label()
        self.waiting = label()
        self.bundles = label("Muted")
        for widget in (self.hub_line, self.raw_line, self.waiting, self.bundles):
            panel_layout.addWidget(widget)
        # What goes up beyond the releases: the coordinator's own choice, per questionnaire and for twinning.
        self.raw_boxes: dict[str, QCheckBox] = {}
        self.raw_area = QVBoxLayout()
        panel_layout.addLayout(self.raw_area)
        self.twinning_box = QCheckBox(self)
        self.twinning_box.toggled.connect(self._sharing_changed)
        panel_layout.addWidget(self.twinning_box)
        self.plan_line = label("Muted")  # the plan periods that go up with twinning
        panel_layout.addWidget(self.plan_line)
        self.send_button = primary_button(self)
        self.send_button.clicked.connect(self.send)
        self.join_button = QPushButton(self)
        self.join_button.clicked.connect(self.join)
        self.card_button = QPushButton(self)
        self.card_button.clicked.connect(self.write_card)
        row = QHBoxLayout()
        for button in (self.send_button, self.join_button, self.card_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.panel)
        layout.addLayout(row)
        layout.addStretch(1)
        self.view: hub_export.MembershipView | None = None
        self.refresh()

    def release(self) -> None:
        self._session = None
        self.view = None

    def _live(self) -> Session:
        if self._session is None or self._session.locked:
            raise NapError(ErrorCode.VAULT_CLOSED)
        return self._session

    def refresh(self) -> None:
        """Reload what the page shows."""
        from napsurvey.services import hub_export  # noqa: PLC0415  (keeps scipy out of the app's start)

        try:
            self.view = hub_export.membership_view(self._live())
        except NapError:
            self.view = None
        self._rebuild_choices()
        self.retranslate()

    def _rebuild_choices(self) -> None:
        for box in self.raw_boxes.values():
            self.raw_area.removeWidget(box)
            box.deleteLater()
        self.raw_boxes = {}
        view = self.view
        self.twinning_box.blockSignals(True)
        self.twinning_box.setChecked(bool(view and view.twinning))
        self.twinning_box.setVisible(view is not None)
        self.twinning_box.blockSignals(False)
        for form_id in view.raw_requested if view else []:
            box = QCheckBox(self)
            box.setChecked(form_id in view.raw_agreed if view else False)
            box.toggled.connect(self._sharing_changed)
            self.raw_area.addWidget(box)
            self.raw_boxes[form_id] = box

    def _sharing_changed(self) -> None:
        from napsurvey.services import hub_export  # noqa: PLC0415

        try:
            self.view = hub_export.set_sharing(self._live(), raw_agreed=[f for f, b in self.raw_boxes.items() if b.isChecked()],
                                               twinning=self.twinning_box.isChecked())
        except NapError as exc:
            show_error(self, exc)
            self.refresh()
            return
        self.retranslate()

    def join(self) -> None:
        """Choose the hub's kit and join the hub."""
        path = file_dialogs.open_file(self.window(), self.tr("Choose the hub kit"))
        if path:
            self.join_from(Path(path))

    def join_from(self, path: Path, code: str | None = None) -> QDialog | None:
        """Join the hub whose kit is at ``path`` (or take its newer kit), asking for its enrollment code first.

        Returns the code dialog while the code is still needed. The kit is opened off the GUI
        thread (its seal is scrypt, about a third of a second), in :attr:`task`.
        """
        try:
            data = read_document_file(path)
            if code is None and enrollment.kit_needs_code(data):
                ask = EnrollCodeDialog(self.window(), hub=True)
                ask.accepted.connect(lambda: self.join_from(path, ask.value()))
                ask.open()
                self.dialog = ask
                return ask
            session = self._live()
        except NapError as exc:
            show_error(self, exc)
            return None

        def work(_progress: ProgressCallback) -> hub_enrollment.JoinedHub:
            return hub_enrollment.join_hub(session, data, path=path.name, today=today(), code=code)

        self.task = run_in_background(self, self.tr("Opening the hub kit…"), work, self._joined)
        return None

    def _joined(self, done: hub_enrollment.JoinedHub) -> None:
        self.refresh()
        self.dialog = show_outcome(self, self.tr("Hub joined"), [
            self.tr("You joined %1. Compare its fingerprint with the one the hub reads to you.").replace("%1", done.hub_name),
            self.tr("Next: write this computer's card for the hub and give it to the hub.")],
            fingerprint=done.hub_fingerprint)
        return None

    def write_card(self) -> None:
        """Ask where to save this computer's card for the hub, then write it."""
        path = file_dialogs.save_file(self.window(), self.tr("Save this computer's card for the hub"), "",
                                      f"coordinator-card-{today()}.json")
        if path:
            self.write_card_to(Path(path))

    def write_card_to(self, path: Path) -> None:
        """Write this coordinator's device card to ``path``."""
        try:
            session = self._live()
            written = enrollment.write_device_card(session, path, today=today())
        except NapError as exc:
            show_error(self, exc)
            return
        self.dialog = show_outcome(self, self.tr("Card written"), [
            self.tr("Give the card to the hub and read it this fingerprint aloud."),
            self.tr("File: %1").replace("%1", written.name)], fingerprint=session.fingerprint)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Hub"))
        self.intro.setText(self.tr(
            "A network or regional hub brings together what several national coordinators publish. It receives "
            "your releases only, never answers or records."))
        self.send_button.setText(self.tr("Send releases to the hub…"))
        self.join_button.setText(self.tr("Join a hub…"))
        self.card_button.setText(self.tr("Card for the hub…"))
        self.twinning_box.setText(self.tr("The hub may show us side by side with other members (twinning)"))
        for form_id, box in self.raw_boxes.items():
            box.setText(self.tr("Send raw counts of %1 (never answers; the hub protects what it pools)")
                        .replace("%1", form_id))
        view = self.view
        if view is None:
            self.hub_line.setText(self.tr("This coordinator has not joined a hub."))
            for widget in (self.raw_line, self.waiting, self.bundles, self.plan_line):
                widget.setText("")
            self.send_button.setEnabled(False)
            return
        self.hub_line.setText(self.tr("Member of %1 (fingerprint %2) since %3.")
                              .replace("%1", view.hub_name).replace("%2", view.hub_fingerprint)
                              .replace("%3", view.joined_day))
        if view.raw_requested:
            self.raw_line.setText(self.tr("The hub asks for raw counts of: %1. You agreed for: %2.")
                                  .replace("%1", ", ".join(view.raw_requested))
                                  .replace("%2", ", ".join(view.raw_agreed) or self.tr("none")))
        else:
            self.raw_line.setText(self.tr("Only your published figures go to the hub."))
        waiting = [f"{f} {p}" + (f" (e{e})" if e > 1 else "") for f, p, e in view.unsent]
        self.waiting.setText(self.tr("%n release(s) not sent yet", "", len(waiting))
                             + (": " + ", ".join(waiting) if waiting else "."))
        self.bundles.setText(self.tr("%n hub bundle(s) made.", "", len(view.bundles)))
        self.plan_line.setText(self.tr("With twinning, the hub also gets your plan's scorecard and financing for: %1.")
                               .replace("%1", ", ".join(view.plan_periods)) if view.plan_periods else "")
        # A change of what is shared goes up on its own too (a withdrawal should not wait for a release).
        self.send_button.setEnabled(bool(waiting) or view.sharing_unsent or view.unwritten)

    def send(self) -> None:
        """Choose the USB stick and write the releases not sent yet."""
        folder = file_dialogs.choose_folder(self.window(), self.tr("Choose the USB stick or folder for the hub bundle"))
        if folder:
            self.send_to(Path(folder))

    def send_to(self, folder: Path) -> Task | None:
        """Write the upward bundle into ``folder`` in the background."""
        try:
            session = self._live()
        except NapError as exc:
            show_error(self, exc)
            return None

        from napsurvey.services import hub_export  # noqa: PLC0415

        def work(_progress: ProgressCallback) -> hub_export.UpwardExport:
            return hub_export.export_to_hub(session, folder, today=today())

        self.task = run_in_background(self, self.tr("Writing and checking the hub bundle…"), work, self._sent)
        return self.task

    def _sent(self, result: hub_export.UpwardExport) -> None:
        lines = [
            self.tr("%n release(s) went out in hub bundle %1.", "", len(result.releases))
            .replace("%1", str(result.sequence)),
            self.tr("File: %1").replace("%1", result.path.name),
            self.tr("The file was read back from the stick and matches what was written."),
        ]
        if result.raw_forms:
            lines.append(self.tr("Raw counts included for: %1.").replace("%1", ", ".join(result.raw_forms)))
        if result.reissued:
            lines.append(self.tr("This hub bundle was made before but never written (the sending was interrupted). "
                                 "It is the same bundle; send again for what was released since."))
        self.dialog = show_outcome(self, self.tr("Hub bundle written"), lines)
        self.refresh()
