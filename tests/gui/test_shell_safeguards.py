"""Quick-hide, idle lock, core dumps, clipboard, file-dialog history."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_support import open_dialog, unlock
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel, QLineEdit, QWidget

from napsurvey.gui import file_dialogs
from napsurvey.gui.monitor_home import MonitorHome
from napsurvey.gui.process import core_dumps_disabled, harden_process
from napsurvey.gui.safeguards import IdleWatcher
from napsurvey.gui.window import MainWindow


def _texts(root: QWidget) -> set[str]:
    found: set[str] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
            text = widget.text().strip()
            if text:
                found.add(text)
    return found


def _all_visible_texts() -> set[str]:
    found: set[str] = set()
    for top in QApplication.topLevelWidgets():
        found |= _texts(top)
    return found


def _session_closed(session) -> bool:
    try:
        session.status()
    except Exception:  # noqa: BLE001  (any refusal means the keys are gone)
        return True
    return False


@pytest.fixture
def unlocked(qtbot, make_window, monitor_vault) -> MainWindow:
    window = make_window(monitor_vault)
    unlock(qtbot, window)
    assert isinstance(window.content.currentWidget(), MonitorHome)
    return window


def _home_only_texts(window: MainWindow) -> set[str]:
    page = window.content.currentWidget()
    return {t for t in _texts(page) - _texts(window.header) if len(t) >= 6}


def _assert_hidden_and_clean(window: MainWindow, session, secret_texts: set[str]) -> None:
    assert window.is_hidden_screen
    assert window.session is None
    assert _session_closed(session)
    remaining = _all_visible_texts()
    leaked = {t for t in secret_texts if any(t in r for r in remaining)}
    assert not leaked
    assert window.last_hide_seconds is not None  # measured; the figure is checked in bench/gui.py


def test_f12_hides_locks_and_leaves_no_home_text(qtbot, unlocked):
    session = unlocked.session
    secrets = _home_only_texts(unlocked)
    assert secrets  # the home page did show something
    qtbot.keyClick(unlocked.content.currentWidget(), Qt.Key.Key_F12)
    _assert_hidden_and_clean(unlocked, session, secrets)


def test_escape_twice_hides(qtbot, unlocked):
    session = unlocked.session
    secrets = _home_only_texts(unlocked)
    target = unlocked.content.currentWidget()
    qtbot.keyClick(target, Qt.Key.Key_Escape)
    assert not unlocked.is_hidden_screen  # one Esc is not enough
    qtbot.keyClick(target, Qt.Key.Key_Escape)
    _assert_hidden_and_clean(unlocked, session, secrets)


def test_hide_button_is_always_there_and_hides(qtbot, unlocked):
    session = unlocked.session
    secrets = _home_only_texts(unlocked)
    assert unlocked.header.hide_button.isVisible()
    qtbot.mouseClick(unlocked.header.hide_button, Qt.MouseButton.LeftButton)
    _assert_hidden_and_clean(unlocked, session, secrets)


def test_hide_closes_an_open_dialog_too(qtbot, unlocked):
    session = unlocked.session
    home_page = unlocked.content.currentWidget()
    seen: list[bool] = []

    def press_f12_in_dialog() -> None:
        dialog = open_dialog()
        seen.append(dialog is not None)
        qtbot.keyClick(dialog.code, Qt.Key.Key_F12)

    QTimer.singleShot(0, press_f12_in_dialog)
    home_page.sign_off_training()
    assert seen == [True]
    assert unlocked.is_hidden_screen and _session_closed(session)
    assert open_dialog() is None


def test_coming_back_from_the_neutral_screen_needs_the_passphrase(qtbot, unlocked):
    qtbot.keyClick(unlocked.content.currentWidget(), Qt.Key.Key_F12)
    qtbot.mouseClick(unlocked.neutral.open_button, Qt.MouseButton.LeftButton)
    assert unlocked.unlock_page is not None
    assert unlocked.session is None
    unlock(qtbot, unlocked)
    assert isinstance(unlocked.content.currentWidget(), MonitorHome)


def test_idle_lock_with_a_tiny_timeout(qtbot, unlocked):
    session = unlocked.session
    unlocked.idle.set_timeout_ms(30)
    qtbot.waitUntil(lambda: unlocked.session is None, timeout=5000)
    assert _session_closed(session)
    assert unlocked.unlock_page is not None
    assert not unlocked.idle.active


def test_input_resets_the_idle_clock(qtbot, qapp):
    now = [1000.0]
    watcher = IdleWatcher(clock=lambda: now[0])
    fired = []
    watcher.idle.connect(lambda: fired.append(now[0]))
    target = QLineEdit()
    qtbot.addWidget(target)
    qapp.installEventFilter(watcher)
    try:
        watcher.set_timeout_ms(60_000)
        watcher.start()
        now[0] += 50  # 50 s idle, then a key
        qtbot.keyClick(target, Qt.Key.Key_A)
        now[0] += 20
        watcher.check()  # 20 s after the key: not idle, although 70 s passed since the start
        assert fired == [] and watcher.active
        assert watcher.idle_ms() == pytest.approx(20_000)
        now[0] += 41
        watcher.check()
        assert fired == [1111.0] and not watcher.active
    finally:
        qapp.removeEventFilter(watcher)


def test_dummy_key_reaches_the_runner_hook_only_when_unlocked(qtbot, unlocked):
    with qtbot.waitSignal(unlocked.dummy_requested, timeout=1000):
        qtbot.keyClick(unlocked.content.currentWidget(), Qt.Key.Key_F9)


def test_core_dumps_are_off_after_hardening():
    harden_process()
    assert core_dumps_disabled()


def _qt_project_conf(folder: Path) -> str:
    return "\n".join(p.read_text(errors="replace") for p in folder.rglob("QtProject.conf"))


def test_file_dialog_leaves_no_folder_history(qtbot, qt_settings_dir, tmp_path):
    secret_dir = tmp_path / "stick-folder-xyz"
    secret_dir.mkdir()
    (secret_dir / "bundle.bin").write_bytes(b"x")

    def accept_in(path: Path, tries: int = 100) -> None:
        # The file dialog, wherever Qt put the focus; a missing one ends the test, not the run.
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()]
        if not shown:
            if tries:
                QTimer.singleShot(50, lambda: accept_in(path, tries - 1))
            else:
                modal = QApplication.activeModalWidget()
                if modal is not None:
                    modal.close()
            return
        dialog = shown[-1]
        dialog.setDirectory(str(path))
        dialog.selectFile(str(path / "bundle.bin"))
        dialog.accept()

    # Control: a plain Qt dialog does write the folder into QtProject.conf ...
    plain = QFileDialog(None, "x")
    plain.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    QTimer.singleShot(0, lambda: accept_in(secret_dir))
    plain.exec()
    import shiboken6

    shiboken6.delete(plain)
    assert "stick-folder-xyz" in _qt_project_conf(qt_settings_dir)

    # ... ours wipes it.
    QTimer.singleShot(0, lambda: accept_in(secret_dir))
    chosen = file_dialogs.open_file(None, "Open")
    assert chosen == str(secret_dir / "bundle.bin")
    assert "stick-folder-xyz" not in _qt_project_conf(qt_settings_dir)
    assert str(tmp_path) not in _qt_project_conf(qt_settings_dir)


def test_hide_during_first_run_comes_back_to_set_up(qtbot, make_window, home):
    window = make_window(home)
    qtbot.mouseClick(window.header.hide_button, Qt.MouseButton.LeftButton)
    assert window.is_hidden_screen
    qtbot.mouseClick(window.neutral.open_button, Qt.MouseButton.LeftButton)
    from napsurvey.gui.setup_wizard import SetupWizard

    assert isinstance(window.content.currentWidget(), SetupWizard)
