"""The French catalogue is complete and compiled; Arabic can be added by dropping a file in."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from napsurvey.errors import ErrorCode, NapError
from napsurvey.gui import i18n
from napsurvey.gui.messages import TRANSLATED, error_text

GUI_DIR = Path(i18n.__file__).resolve().parent


def _sources(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name") or "", msg.findtext("source") or "") for ctx in root.iter("context") for msg in ctx.iter("message")}


def test_french_catalogue_has_every_message_translated():
    ts = i18n.translations_dir() / "napsurvey_fr.ts"
    root = ET.parse(ts).getroot()
    unfinished = [m.findtext("source") for m in root.iter("message") if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []
    assert (i18n.translations_dir() / "napsurvey_fr.qm").stat().st_size > 1000
    assert "fr" in i18n.available_languages()


def _lupdate() -> str | None:
    return shutil.which("pyside6-lupdate") or shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))


def test_catalogue_is_up_to_date_with_the_code(tmp_path):
    assert _lupdate() is not None, "pyside6-lupdate comes with PySide6"
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in GUI_DIR.glob("*.py"))
    subprocess.run([_lupdate(), *files, "-ts", str(fresh)], check=True, capture_output=True)
    committed = _sources(i18n.translations_dir() / "napsurvey_fr.ts")
    missing = _sources(fresh) - committed
    assert not missing, f"run lupdate and translate: {sorted(missing)[:5]}"


def test_error_messages_are_translated_and_keep_their_code(qapp):
    for code, template in TRANSLATED.items():
        assert template == code.template  # the catalogue key must be the enum's text
    translator = QTranslator()
    assert translator.load(str(i18n.translations_dir() / "napsurvey_fr.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        text = error_text(NapError(ErrorCode.VAULT_WRONG_RECOVERY_KEY))
    finally:
        QCoreApplication.removeTranslator(translator)
    assert text == "Clé de récupération incorrecte (VAULT_WRONG_RECOVERY_KEY)"


def test_language_preference_file_holds_only_the_code(tmp_path):
    i18n.write_language(tmp_path, "fr")
    assert i18n.read_language(tmp_path) == "fr"
    assert [p.name for p in tmp_path.iterdir()] == ["interface-language"]
    (tmp_path / "interface-language").write_text("../../etc")
    assert i18n.read_language(tmp_path) is None


def _language_under(locale: str) -> str:
    """What the app would start in (and the browser write in) on a system set to ``locale``."""
    code = ("from napsurvey.gui.i18n import default_language\n"
            "from napsurvey.gui.coordinator.browser import interface_language\n"
            "print(default_language(), interface_language())")
    env = {"PATH": "/usr/bin:/bin", "LC_ALL": locale, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120, check=True)
    return done.stdout.strip()


def test_a_first_start_follows_the_system_language_when_there_is_a_catalogue_else_english():
    assert _language_under("fr_FR.UTF-8") == "fr fr"
    assert _language_under("de_DE.UTF-8") == "en en"
    assert _language_under("C.UTF-8") == "en en"  # Qt names that locale "C": never a language code
