"""The hub's members, bundles and coverage pages.

Members: the coordinators the hub approved, with their bundles, missing
bundles and the periods they released. Bundles: the members' upward bundles
the hub imported, and "Import bundles…". Coverage: each member's newest
edition per questionnaire and period, and the gaps (missing bundles,
periods not released).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from napsurvey.errors import NapError
from napsurvey.gui.sync.import_dialog import ImportDialog
from napsurvey.gui.sync.live_session import live_session
from napsurvey.gui.sync.views import _SyncPage
from napsurvey.gui.widgets import label, primary_button
from napsurvey.services import coordinator_views, hub_views
from napsurvey.services.session import Session


class MembersPage(_SyncPage):
    """The member coordinators, their bundles and the periods they released."""

    FIELDS = ("label", "member_id", "approved_day", "bundles", "last_bundle_day", "missing", "periods")

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(session, self.FIELDS, lambda: hub_views.members(self.live()), parent)
        self.action_row.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_texts(
            self.tr("Members"),
            self.tr("The national coordinators you approved, with their bundles and the periods they released."),
            [self.tr("Name"), self.tr("Fingerprint"), self.tr("Approved"), self.tr("Bundles"),
             self.tr("Last bundle"), self.tr("Missing bundles"), self.tr("Periods released")],
            self.tr("No member approved yet. Approve a coordinator's device card to see it here."),
        )


class HubBundlesPage(_SyncPage):
    """The members' upward bundles the hub imported; import more."""

    FIELDS = ("device_id", "sequence", "created_day", "imported_day")

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(session, self.FIELDS, lambda: _newest_first(coordinator_views.bundles(self.live())), parent)
        self.import_button = primary_button(self)
        self.import_button.clicked.connect(self.open_import)
        self.action_row.addWidget(self.import_button)
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

    def open_import(self) -> ImportDialog | None:
        """Open the import dialog (it imports members' bundles at a hub)."""
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


def _newest_first(bundles: Sequence[Any]) -> list[Any]:
    return sorted(bundles, key=lambda b: (b.imported_day, b.device_id, b.sequence), reverse=True)
