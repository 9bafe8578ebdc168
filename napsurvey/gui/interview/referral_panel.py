"""The referral services for the respondent's area (WHO recommendation 3): one click away, and at the end."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from napsurvey.gui.widgets import label


class ReferralList(QWidget):
    """The services as cards: name, kind, contact, hours, languages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(10)
        self.intro: QLabel = label("ReferralIntro")
        self.empty: QLabel = label("Warning")
        self.no_local: QLabel = label("Warning")
        self.fallback_title: QLabel = label("ReferralHeading")
        for widget in (self.intro, self.empty, self.no_local, self.fallback_title):
            self.layout_.addWidget(widget)
        self.cards: list[QFrame] = []
        self._services: list[Mapping[str, Any]] = []
        self._intro_text = ""
        self._missing_area = ""
        self._fallback = ""
        self.retranslate()

    def set_services(
        self, intro: str, services: Sequence[Mapping[str, Any]], missing_area: str = "", fallback: str = ""
    ) -> None:
        """Show ``services`` under the form's ``intro`` text.

        ``missing_area`` names the respondent's area when it has no service of
        its own; the services shown are then others, under a heading that says
        so: ``fallback`` is ``"nearby"`` (same region) or ``"other"`` (the rest
        of the directory). The form's "near you" intro is not shown then.
        """
        self._intro_text = intro
        self._missing_area = missing_area
        self._fallback = fallback if missing_area else ""
        self._services = list(services)
        for old in self.cards:
            self.layout_.removeWidget(old)
            old.deleteLater()
        self.cards = []
        for service in self._services:
            frame = QFrame(self)
            frame.setObjectName("ReferralCard")
            box = QVBoxLayout(frame)
            box.setContentsMargins(14, 10, 14, 10)
            box.setSpacing(2)
            name = label("ReferralName")
            name.setText(str(service.get("name", "")))
            kind = label("ReferralKind")
            kind.setProperty("kind", str(service.get("kind", "other")))
            box.addWidget(name)
            box.addWidget(kind)
            for key in ("contact", "hours"):
                value = str(service.get(key, "") or "")
                if value:
                    line = label()
                    line.setText(value)
                    box.addWidget(line)
            languages = service.get("languages") or []
            if languages:
                line = label("Muted")
                line.setText(" · ".join(str(x) for x in languages))
                box.addWidget(line)
            self.layout_.addWidget(frame)
            self.cards.append(frame)
        self.retranslate()

    def retranslate(self) -> None:
        """Interface texts (service kinds, the no-directory message)."""
        kinds = {
            "medical": self.tr("Medical care"),
            "psychosocial": self.tr("Psychosocial support"),
            "legal": self.tr("Legal aid"),
            "safety": self.tr("Safety and protection"),
            "shelter": self.tr("Shelter"),
            "other": self.tr("Other support"),
        }
        for frame in self.cards:
            for kind in frame.findChildren(QLabel, "ReferralKind"):
                kind.setText(kinds.get(str(kind.property("kind")), kinds["other"]))
        self.intro.setText(self._intro_text)
        self.intro.setVisible(bool(self._intro_text) and bool(self._services) and not self._missing_area)
        self.no_local.setText(self.tr("No service is listed for %1.").replace("%1", self._missing_area))
        self.no_local.setVisible(bool(self._missing_area))
        headings = {"nearby": self.tr("Nearest listed services"), "other": self.tr("Other listed services")}
        self.fallback_title.setText(headings.get(self._fallback, ""))
        self.fallback_title.setVisible(bool(self._missing_area) and bool(self._services) and self._fallback in headings)
        self.empty.setText(
            self.tr(
                "No referral directory is installed for this area. Ask your coordinator for the list of services "
                "before asking about anything sensitive, and do not promise help you cannot arrange."
            )
        )
        self.empty.setVisible(not self._services)

    def wipe(self) -> None:
        """Blank every text (quick-hide)."""
        for widget in self.findChildren(QLabel):
            widget.clear()


class ReferralPanel(QFrame):
    """A side panel with the referral list and a close button."""

    close_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReferralPanel")
        self.setFixedWidth(340)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 16, 18, 16)
        outer.setSpacing(10)
        top = QHBoxLayout()
        self.title: QLabel = label("SectionTitle")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("PanelClose")
        self.close_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.close_button.clicked.connect(self.close_clicked)
        top.addWidget(self.title, 1)
        top.addWidget(self.close_button)
        outer.addLayout(top)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.list = ReferralList(scroll)
        holder = QWidget(scroll)
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.list)
        holder_layout.addStretch(1)
        scroll.setWidget(holder)
        outer.addWidget(scroll, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Interface texts."""
        self.title.setText(self.tr("Where to get help"))
        self.close_button.setText(self.tr("Close"))
        self.list.retranslate()
