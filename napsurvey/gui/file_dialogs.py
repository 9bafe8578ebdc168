"""File dialogs that leave no trace in Qt's own settings file.

Qt's file dialog remembers the last folder and history in ``QtProject.conf``
(plaintext, outside the vault). We always use Qt's non-native dialog, built
fresh each time, and afterwards remove whatever Qt wrote into that file's
``FileDialog`` group. Every dialog in the app goes through these functions.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QToolButton, QWidget

_QT_ORG = "QtProject"
_GROUP = "FileDialog"


def _tool_tips() -> dict[str, str]:
    # Qt's own buttons in its file dialog, by object name (Qt's catalogues lack some of these).
    return {
        "backButton": QCoreApplication.translate("FileDialogs", "Back"),
        "forwardButton": QCoreApplication.translate("FileDialogs", "Forward"),
        "toParentButton": QCoreApplication.translate("FileDialogs", "Parent folder"),
        "newFolderButton": QCoreApplication.translate("FileDialogs", "New folder"),
    }


def _dialog(parent: QWidget | None, caption: str, name_filter: str) -> QFileDialog:
    dialog = QFileDialog(parent, caption)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    dialog.setHistory([])
    dialog.setSidebarUrls([])
    # A plain list of names: no file types or dates (half of them untranslated by Qt), no empty side pane.
    dialog.setViewMode(QFileDialog.ViewMode.List)
    for name in ("sidebar", "listModeButton", "detailModeButton"):
        child = dialog.findChild(QWidget, name)
        if child is not None:
            child.hide()
    for name, tip in _tool_tips().items():
        button = dialog.findChild(QToolButton, name)
        if button is not None:
            button.setToolTip(tip)
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, QCoreApplication.translate("FileDialogs", "Look in:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileType, QCoreApplication.translate("FileDialogs", "Files of type:"))
    dialog.setLabelText(QFileDialog.DialogLabel.Reject, QCoreApplication.translate("FileDialogs", "Cancel"))
    if name_filter:
        dialog.setNameFilter(name_filter)
    return dialog


def _name_labels(dialog: QFileDialog, folder: bool, accept: str) -> None:
    name = QCoreApplication.translate("FileDialogs", "Folder:") if folder else QCoreApplication.translate("FileDialogs", "File name:")
    dialog.setLabelText(QFileDialog.DialogLabel.FileName, name)
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, accept)


def wipe_qt_dialog_history() -> None:
    """Remove the folder history Qt's file dialog keeps in QtProject.conf."""
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, _QT_ORG)
    settings.remove(_GROUP)
    settings.sync()
    native = QSettings(QSettings.Scope.UserScope, _QT_ORG)
    native.remove(_GROUP)
    native.sync()


def _run(dialog: QFileDialog) -> str | None:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return None
        files = dialog.selectedFiles()
        return files[0] if files else None
    finally:
        # Qt saves its history when the dialog is destroyed: destroy it now,
        # then wipe, so nothing is left behind.
        dialog.setHistory([])
        shiboken6.delete(dialog)
        wipe_qt_dialog_history()


def open_file(parent: QWidget | None, caption: str, name_filter: str = "") -> str | None:
    """Ask for an existing file; None if cancelled."""
    dialog = _dialog(parent, caption, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    _name_labels(dialog, False, QCoreApplication.translate("FileDialogs", "Open"))
    return _run(dialog)


def open_files(parent: QWidget | None, caption: str, name_filter: str = "") -> list[str]:
    """Ask for one or more existing files; [] if cancelled."""
    dialog = _dialog(parent, caption, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    _name_labels(dialog, False, QCoreApplication.translate("FileDialogs", "Open"))
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return []
        return list(dialog.selectedFiles())
    finally:
        dialog.setHistory([])
        shiboken6.delete(dialog)
        wipe_qt_dialog_history()


def save_file(parent: QWidget | None, caption: str, name_filter: str = "", suggested: str = "") -> str | None:
    """Ask for a file to write; None if cancelled."""
    dialog = _dialog(parent, caption, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    _name_labels(dialog, False, QCoreApplication.translate("FileDialogs", "Save"))
    if suggested:
        dialog.selectFile(suggested)
    return _run(dialog)


def choose_folder(parent: QWidget | None, caption: str) -> str | None:
    """Ask for a folder (e.g. a USB stick); None if cancelled."""
    dialog = _dialog(parent, caption, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    _name_labels(dialog, True, QCoreApplication.translate("FileDialogs", "Choose"))
    return _run(dialog)
