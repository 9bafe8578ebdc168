"""The runner's top bar: form title, question language, "Where to get help", "Switch questions", "Stop interview".

It never pushes "Stop interview" off the screen: when the bar runs out of
room (a small screen, French or Arabic, large text), the "Questions in"
label goes first, then the language list and "Switch questions" fold into a
"More" menu; the title is shortened with "…". Stop and the help button always
stay on the bar.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QToolButton, QWidget

from napsurvey.gui.widgets import ElidedLabel, FittingComboBox, label


class BarMode(Enum):
    """What the bar offers: a real interview, the dummy questions, or the ending page."""

    INTERVIEW = "interview"
    DUMMY = "dummy"
    ENDED = "ended"


class RunnerBar(QFrame):
    """The bar above the interview; the runner connects to its widgets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RunnerBar")
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(24, 10, 24, 10)
        self.layout_.setSpacing(10)
        self.form_title: QLabel = ElidedLabel("RunnerTitle", self)
        self.language_label: QLabel = label("RunnerBarLabel", wrap=False)
        self.language = FittingComboBox(self)
        self.language.setObjectName("FormLanguage")
        self.language.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.referral_button = QPushButton(self)
        self.referral_button.setObjectName("ReferralButton")
        self.referral_button.setCheckable(True)
        self.dummy_button = QPushButton(self)
        self.dummy_button.setObjectName("RunnerBarButton")
        self.stop_button = QPushButton(self)
        self.stop_button.setObjectName("StopButton")
        self.more_menu = QMenu(self)
        self.more_menu.setObjectName("RunnerMenu")
        self.more_button = QToolButton(self)
        self.more_button.setObjectName("RunnerMoreButton")
        self.more_button.setMenu(self.more_menu)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for button in (self.referral_button, self.dummy_button, self.stop_button, self.more_button):
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # never steal focus from an answer
        self.layout_.addWidget(self.form_title, 1)
        self.layout_.addWidget(self.language_label)
        self.layout_.addWidget(self.language)
        self.layout_.addSpacing(8)
        self.layout_.addWidget(self.referral_button)
        self.layout_.addWidget(self.dummy_button)
        self.layout_.addWidget(self.more_button)
        self.layout_.addWidget(self.stop_button)
        self._mode = BarMode.INTERVIEW
        self._languages = QActionGroup(self)
        self._languages.setExclusive(True)
        self.more_menu.aboutToShow.connect(self._fill_menu)
        self.retranslate()

    def set_mode(self, mode: BarMode) -> None:
        """Interview, dummy questions (no Stop, no help: they would give the interview away) or ended."""
        self._mode = mode
        self._fit()

    # ---- the "More" menu ------------------------------------------------------------------
    def _fill_menu(self) -> None:
        self.more_menu.clear()
        for action in self._languages.actions():
            self._languages.removeAction(action)
        if self.language.isEnabled():
            heading = self.more_menu.addAction(self.language_label.text())
            heading.setEnabled(False)
            for index in range(self.language.count()):
                action = QAction(self.language.itemText(index), self.more_menu)
                action.setCheckable(True)
                action.setChecked(index == self.language.currentIndex())
                action.triggered.connect(lambda _on=False, i=index: self._choose_language(i))
                self._languages.addAction(action)
                self.more_menu.addAction(action)
            self.more_menu.addSeparator()
        switch = self.more_menu.addAction(self.dummy_button.text())
        switch.setToolTip(self.dummy_button.toolTip())
        switch.triggered.connect(self.dummy_button.click)

    def _choose_language(self, index: int) -> None:
        self.language.setCurrentIndex(index)
        self.language.activated.emit(index)

    # ---- fitting ---------------------------------------------------------------------------
    def _width_of(self, widgets: list[QWidget]) -> int:
        margins = self.layout_.contentsMargins()
        spacing = self.layout_.spacing() * (len(widgets) + 1) + 8
        title = min(self.form_title.sizeHint().width(), 12 * self.fontMetrics().horizontalAdvance("M"))
        return margins.left() + margins.right() + spacing + title + sum(w.sizeHint().width() for w in widgets)

    def _fit(self) -> None:
        interview = self._mode is BarMode.INTERVIEW
        ended = self._mode is BarMode.ENDED
        help_and_stop = [self.referral_button, self.stop_button] if interview else []
        full = [self.language_label, self.language, *help_and_stop, self.dummy_button]
        without_label = [self.language, *help_and_stop, self.dummy_button]
        if ended:
            level = 3
        elif self.width() >= self._width_of(full):
            level = 0
        elif self.width() >= self._width_of(without_label):
            level = 1
        else:
            level = 2
        self.language_label.setVisible(level == 0)
        self.language.setVisible(level <= 1)
        self.dummy_button.setVisible(level <= 1)
        self.more_button.setVisible(level == 2)
        self.referral_button.setVisible(interview)
        self.stop_button.setVisible(interview)

    def minimumSizeHint(self) -> QSize:  # noqa: N802  (Qt name)
        # The width of the most folded bar, whatever is shown now: the window may always shrink to it,
        # and the bar folds as it does (asking for the unfolded width would keep the window wide).
        hint = super().minimumSizeHint()
        margins = self.layout_.contentsMargins()
        kept = [self.more_button, self.referral_button, self.stop_button] if self._mode is BarMode.INTERVIEW else []
        if self._mode is BarMode.DUMMY:
            kept = [self.more_button]
        width = margins.left() + margins.right() + self.form_title.minimumSizeHint().width()
        width += sum(w.sizeHint().width() + self.layout_.spacing() for w in kept) + 8
        return QSize(width, hint.height())

    @property
    def folded(self) -> bool:
        """True while the language list and "Switch questions" are in the menu."""
        return self.more_button.isVisible()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802  (Qt name)
        super().resizeEvent(event)
        self._fit()

    def retranslate(self) -> None:
        """The menu button's own texts (the runner sets the others)."""
        self.more_button.setText(self.tr("More") + " ▾")
        self.more_button.setToolTip(self.tr("The question language and the harmless questions"))
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
