"""The side panel: sections that apply, how far each is answered, and the overall progress."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QProgressBar, QVBoxLayout, QWidget

from napsurvey.gui.widgets import label
from napsurvey.interview import AnswerProgress, Section

_NAME_ROLE = Qt.ItemDataRole.UserRole


class SectionPanel(QFrame):
    """Section list (click or Enter to jump) above the progress bar."""

    jump_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SidePanel")
        self.setFixedWidth(270)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 18, 16, 18)
        layout.setSpacing(10)
        self.title: QLabel = label("SideTitle")
        self.list = QListWidget(self)
        self.list.setObjectName("SectionList")
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.itemClicked.connect(self._activated)
        self.list.itemActivated.connect(self._activated)
        self.locked_note: QLabel = label("Muted")
        self.progress_title: QLabel = label("SideTitle")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("InterviewProgress")
        self.progress.setTextVisible(False)
        self.progress_text: QLabel = label("Muted")
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.locked_note)
        layout.addSpacing(6)
        layout.addWidget(self.progress_title)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_text)
        self._progress = AnswerProgress(0, 0)
        self._open = False
        self.retranslate()

    def show_sections(self, sections: Sequence[Section], current: str | None, open_: bool) -> None:
        """Redraw: only sections that apply; those not reached yet are greyed; closed until consent."""
        self._open = open_
        self.list.blockSignals(True)
        self.list.clear()
        for section in sections:
            if not section.relevant:
                continue
            mark = "✓ " if section.complete and section.total and section.answered == section.total else ""
            counts = f"  {section.answered}/{section.total}" if section.total else ""
            item = QListWidgetItem(f"{mark}{section.label}{counts}")
            item.setData(_NAME_ROLE, section.name)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if not (section.reachable and open_):
                flags = Qt.ItemFlag.NoItemFlags
            item.setFlags(flags)
            self.list.addItem(item)
            if section.name == current:
                item.setSelected(True)
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.list.setEnabled(open_)
        self.locked_note.setVisible(not open_)

    def show_progress(self, progress: AnswerProgress) -> None:
        """Answered (or declined) out of the questions that apply now."""
        self._progress = progress
        self.progress.setMaximum(max(progress.total, 1))
        self.progress.setValue(min(progress.answered, max(progress.total, 1)))
        self.retranslate()

    def _activated(self, item: QListWidgetItem) -> None:
        if self._open and item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.jump_requested.emit(str(item.data(_NAME_ROLE)))

    def retranslate(self) -> None:
        """Interface texts."""
        self.title.setText(self.tr("Sections"))
        self.locked_note.setText(self.tr("Sections open once consent is recorded."))
        self.progress_title.setText(self.tr("Progress"))
        self.progress_text.setText(
            self.tr("%n of %1 questions answered", "", self._progress.answered).replace("%1", str(self._progress.total))
        )

    def wipe(self) -> None:
        """Forget everything shown."""
        self.list.clear()
