"""The main window: header, page flow, and the window-level safeguards.

States: set-up wizard (no vault) -> unlock -> home (monitor or coordinator),
settings, and workspaces that other parts plug in (the interview runner,
coordinator screens). Quick-hide and locking drop every page that showed
decrypted data, clear their texts at once, delete them, and close the session.

Signals other parts of the GUI can follow:

* :attr:`MainWindow.start_interview_requested` (form_id) and
  :attr:`MainWindow.resume_draft_requested` (form_id, draft_id); the window
  opens the interview runner (:func:`napsurvey.gui.interview.create_runner`)
  with :meth:`MainWindow.show_workspace`.
* :attr:`MainWindow.dummy_requested`: F9 (or :meth:`request_dummy`); the runner
  switches to its dummy questions.
* :attr:`MainWindow.locked`: emitted after quick-hide, idle lock or Lock.
"""

from __future__ import annotations

import time
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from napsurvey.gui.busy_pump import BusyPump
from napsurvey.gui.coordinator_home import CoordinatorHome
from napsurvey.gui.dialog_guard import DialogGuard
from napsurvey.gui.header import Header
from napsurvey.gui.hub_home import HubHome
from napsurvey.gui.i18n import Translations, write_language
from napsurvey.gui.interview import InterviewRunner, create_runner
from napsurvey.gui.monitor_home import MonitorHome
from napsurvey.gui.neutral import NeutralScreen
from napsurvey.gui.passphrase_widgets import ChangePassphraseDialog
from napsurvey.gui.safeguards import IdleWatcher, QuickHideKeys
from napsurvey.gui.settings_page import AppSettings, SettingsPage
from napsurvey.gui.setup_wizard import SetupWizard
from napsurvey.gui.style import apply_font_size
from napsurvey.gui.unlock import RecoverPage, UnlockPage
from napsurvey.gui.widgets import CurrentPageStack, Page
from napsurvey.services.session import Session
from napsurvey.settings import DEFAULT_NEUTRAL_TITLE


def scrub(widget: QWidget) -> None:
    """Blank every text a widget tree shows and retire its pages (before it is deleted)."""
    if isinstance(widget, Page):
        widget.retire()
    for page in widget.findChildren(Page):
        page.retire()
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLineEdit):
            child.clear()
        elif isinstance(child, (QTextEdit, QPlainTextEdit)):
            child.clear()
        elif isinstance(child, QLabel):
            child.clear()
        elif isinstance(child, QAbstractButton):
            child.setText("")
        elif isinstance(child, QComboBox):
            child.clear()


class MainWindow(QMainWindow):
    """The one window of the app."""

    start_interview_requested = Signal(str)
    resume_draft_requested = Signal(str, str)
    export_requested = Signal()
    dummy_requested = Signal()
    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        home: Path,
        services: ModuleType,
        translations: Translations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.home = Path(home)
        self.services = services
        self.translations = translations
        self.session: Session | None = None
        self.app_settings = AppSettings()
        self.last_hide_seconds: float | None = None
        self._sensitive: list[QWidget] = []
        self.home_page: QWidget | None = None

        # Stacks sized by the page they show: a wide page (a coordinator's table) or a long one
        # never keeps the window larger than the screen once it is left.
        self.root = CurrentPageStack(self)
        self.setCentralWidget(self.root)
        self.shell = QWidget(self.root)
        self.shell.setObjectName("Shell")
        shell_layout = QVBoxLayout(self.shell)
        shell_layout.setContentsMargins(0, 0, 0, 0)
        shell_layout.setSpacing(0)
        self.header = Header(self.shell)
        self.content = CurrentPageStack(self.shell)
        self.content.setObjectName("Content")
        shell_layout.addWidget(self.header)
        shell_layout.addWidget(self.content, 1)
        self.root.addWidget(self.shell)
        self.neutral: NeutralScreen | None = None

        self.header.hide_clicked.connect(self.quick_hide)
        self.header.lock_clicked.connect(self.lock)
        self.header.home_clicked.connect(self.go_home)
        self.header.settings_clicked.connect(self.show_settings)

        app = QApplication.instance()
        # Dialogs leave the header's Hide and Lock usable (installed first: Qt asks the filters
        # installed last first, so the keys and the idle clock still see every input).
        self.dialog_guard = DialogGuard(self, [self.header.hide_button, self.header.lock_button])
        if app is not None:
            app.installEventFilter(self.dialog_guard)
        self.keys = QuickHideKeys(self)
        self.keys.triggered.connect(self.quick_hide)
        self.keys.dummy.connect(self.request_dummy)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        # Quick-hide stays live while an interview's expressions take long (finding M6).
        self.pump = BusyPump(
            allowed=lambda: [self.header.hide_button],
            can_interrupt=lambda: self.session is None or not self.session.writing,
            parent=self,
        )
        if app is not None:
            app.installEventFilter(self.keys)
            app.installEventFilter(self.idle)

        self._apply_title(DEFAULT_NEUTRAL_TITLE)
        if services.vault_exists(self.home):
            self.show_unlock()
        else:
            self.show_setup()

    # ---- pages ---------------------------------------------------------------
    def _show(self, page: QWidget, sensitive: bool) -> None:
        if self.content.indexOf(page) < 0:
            self.content.addWidget(page)
        if sensitive and page not in self._sensitive:
            self._sensitive.append(page)
        self.content.setCurrentWidget(page)
        self.root.setCurrentWidget(self.shell)

    def _replace_transient(self) -> None:
        # Wizard / unlock / recover pages are rebuilt each time: none keeps typed text.
        for index in reversed(range(self.content.count())):
            page = self.content.widget(index)
            if isinstance(page, (SetupWizard, UnlockPage, RecoverPage)):
                self.content.removeWidget(page)
                scrub(page)
                page.deleteLater()

    def show_setup(self) -> None:
        """First run: the set-up wizard."""
        self._replace_transient()
        wizard = SetupWizard(self.home, self.services, self.content)
        wizard.finished.connect(self.show_unlock)
        self.header.set_unlocked(False)
        self._show(wizard, sensitive=False)

    def show_unlock(self) -> None:
        """The unlock screen."""
        self._replace_transient()
        page = UnlockPage(self.home, self.services, self.content)
        page.unlocked.connect(self.open_session)
        page.recover_requested.connect(self.show_recover)
        self.header.set_unlocked(False)
        self.header.set_role("")
        self._show(page, sensitive=False)
        page.passphrase.setFocus()

    def show_recover(self) -> None:
        """The recovery-key screen."""
        self._replace_transient()
        page = RecoverPage(self.home, self.services, self.content)
        page.unlocked.connect(self.open_session)
        page.cancelled.connect(self.show_unlock)
        self._show(page, sensitive=False)

    @property
    def unlock_page(self) -> UnlockPage | None:
        """The unlock screen if it is showing."""
        page = self.content.currentWidget()
        return page if isinstance(page, UnlockPage) and self.root.currentWidget() is self.shell else None

    def open_session(self, session: Session) -> None:
        """A session was opened: load settings, show the home page, start the idle clock."""
        self._replace_transient()
        self.session = session
        self.app_settings = AppSettings.load(session)
        self._apply_title(self.app_settings.neutral_title)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_font_size(app, self.app_settings.font_pt)
        self.idle.set_timeout_ms(self.app_settings.idle_minutes * 60_000)
        self.idle.start()
        self.header.set_role(str(session.role))
        self.header.set_unlocked(True)
        self.go_home()
        self.unlocked.emit()

    def go_home(self) -> None:
        """Show the home page of the vault's role (rebuilt from the session)."""
        if self.session is None:
            return
        if self.home_page is not None:
            self._drop(self.home_page)
        if str(self.session.role) == "coordinator":
            page: QWidget = CoordinatorHome(self.session, self.content)
        elif str(self.session.role) == "hub":
            page = HubHome(self.session, self.content)
        else:
            monitor = MonitorHome(self.session, self.translations.language, self.content)
            monitor.start_requested.connect(self.start_interview_requested)
            monitor.start_requested.connect(self.start_interview)
            monitor.resume_requested.connect(self.resume_draft_requested)
            monitor.resume_requested.connect(self.resume_draft)
            monitor.export_requested.connect(self.export_requested)
            page = monitor
        self.home_page = page
        self._show(page, sensitive=True)

    def show_settings(self) -> None:
        """The settings page."""
        if self.session is None:
            return
        page = SettingsPage(self.app_settings, self.translations.language, self.content)
        page.saved.connect(self.apply_settings)
        page.change_passphrase_requested.connect(self.change_passphrase)
        self._show(page, sensitive=True)

    def change_passphrase(self) -> ChangePassphraseDialog | None:
        """The passphrase change dialog (the new passphrase judged while typing)."""
        if self.session is None:
            return None
        dialog = ChangePassphraseDialog(self.session, self.services, self)
        dialog.open()
        return dialog

    def show_workspace(self, widget: QWidget) -> None:
        """Show a page that holds decrypted data (dropped on hide/lock)."""
        widget.setParent(self.content)
        self._show(widget, sensitive=True)

    def close_workspace(self, widget: QWidget) -> None:
        """Drop a workspace and go home."""
        self._drop(widget)
        self.go_home()

    # ---- the interview runner ---------------------------------------------------------
    def start_interview(self, form_id: str) -> None:
        """Open the interview runner on a new interview of ``form_id`` (or the page saying why not)."""
        self._open_runner(form_id, None)

    def resume_draft(self, form_id: str, draft_id: str) -> None:
        """Open the interview runner on the draft ``draft_id``."""
        self._open_runner(form_id, draft_id or None)

    def _open_runner(self, form_id: str, draft_id: str | None) -> None:
        if self.session is None:
            return
        page = create_runner(self.session, form_id=form_id, draft_id=draft_id, language=self.translations.language,
                             close=self.close_workspace)
        if isinstance(page, InterviewRunner):
            self.dummy_requested.connect(page.toggle_dummy)
        self.show_workspace(page)

    def request_dummy(self) -> None:
        """Ask the interview runner to switch to dummy questions (F9)."""
        if self.session is not None:
            self.dummy_requested.emit()

    # ---- settings ---------------------------------------------------------------
    def apply_settings(self, settings: AppSettings, language: str) -> None:
        """Store settings in the vault (language in its own file) and apply them now."""
        if self.session is None:
            return
        settings.save(self.session)
        self.app_settings = settings
        self._apply_title(settings.neutral_title)
        self.idle.set_timeout_ms(settings.idle_minutes * 60_000)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_font_size(app, settings.font_pt)
        if language != self.translations.language:
            write_language(self.home, language)
            self.set_language(language)

    def set_language(self, language: str) -> None:
        """Switch the interface language now (every page retranslates itself)."""
        used = self.translations.apply(language)
        if isinstance(self.home_page, MonitorHome):
            self.home_page.set_language(used)

    def _apply_title(self, title: str) -> None:
        self.setWindowTitle(title)
        self.header.set_title(title)
        QApplication.setApplicationDisplayName(title)
        if self.neutral is not None:
            self.neutral.set_title(title)

    # ---- safeguards ---------------------------------------------------------------
    def _drop(self, page: QWidget) -> None:
        if page in self._sensitive:
            self._sensitive.remove(page)
        if page is self.home_page:
            self.home_page = None
        self.content.removeWidget(page)
        page.hide()
        scrub(page)
        self.pump.after_busy(page.deleteLater)  # not under a running engine call that may still use it

    def _drop_everything_sensitive(self) -> None:
        self.idle.stop()
        for widget in (QApplication.activePopupWidget(), QApplication.activeModalWidget()):
            if widget is not None:
                widget.close()
        self.dialog_guard.close_all()  # every dialog, its own loop returning as if cancelled
        for page in list(self._sensitive):
            self._drop(page)
        self._replace_transient()
        session, self.session = self.session, None
        if session is not None:
            session.lock()
        self.header.set_unlocked(False)
        self.header.set_role("")

    def quick_hide(self) -> None:
        """Neutral screen now; lock the vault and drop every decrypted page (and stop any busy work)."""
        started = time.perf_counter()
        self.pump.hidden()
        if self.neutral is None:
            self.neutral = NeutralScreen(self.windowTitle(), self.root)
            self.neutral.open_requested.connect(self._leave_neutral)
            self.root.addWidget(self.neutral)
        self.root.setCurrentWidget(self.neutral)
        self.neutral.setFocus()
        self._drop_everything_sensitive()
        self.last_hide_seconds = time.perf_counter() - started
        self.locked.emit()

    def _leave_neutral(self) -> None:
        # Back from the neutral screen: always through the passphrase (or set-up if none yet).
        if self.services.vault_exists(self.home):
            self.show_unlock()
        else:
            self.show_setup()

    def lock(self) -> None:
        """Lock (idle or the Lock button): drop decrypted pages, show the unlock screen."""
        was_open = self.session is not None
        self.pump.hidden()
        self._drop_everything_sensitive()
        if self.root.currentWidget() is self.shell:
            self.show_unlock()
        if was_open:
            self.locked.emit()

    @property
    def is_hidden_screen(self) -> bool:
        """True while the neutral screen is showing."""
        return self.neutral is not None and self.root.currentWidget() is self.neutral

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802  (Qt name)
        self._drop_everything_sensitive()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.keys)
            app.removeEventFilter(self.idle)
            app.removeEventFilter(self.dialog_guard)
        self.pump.close()
        super().closeEvent(event)

    def set_icon(self, icon: QIcon) -> None:
        """Use the neutral icon."""
        self.setWindowIcon(icon)

