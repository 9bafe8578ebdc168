"""After quick-hide, the desktop app's process holds neither the data key nor the passphrase (finding M2).

The audit found the data key in hex (the PRAGMA string) and copies of the
passphrase in the GUI process after Lock. A child runs the real window
offscreen: the passphrase is typed into the unlock field one key at a time
(it never exists whole in the child except where the app puts it), the
vault opens, F12 hides and locks, and the parent then reads the child's whole
memory through ``/proc/PID/mem``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from napsurvey.services.session import create_vault
from napsurvey.vault.keyfile import KEY_NAME, KeyFile
from tests.vault import process_memory

PASSPHRASE = "lantern meadow copper 7491"
MASK = 0x5A

_CHILD = textwrap.dedent(
    f"""
    import gc, os, sys, time
    from pathlib import Path
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from napsurvey.gui.app import build_window
    from napsurvey.services import session as services

    app = QApplication([])
    window = build_window(app, Path(sys.argv[1]), services)
    window.show()
    field = window.unlock_page.passphrase
    for byte in sys.stdin.buffer.readline().strip():
        QTest.keyClick(field, chr(byte ^ {MASK}))
    QTest.keyClick(field, Qt.Key.Key_Return)
    deadline = time.monotonic() + 30
    while window.session is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    assert window.session is not None, "did not unlock"
    window.session.status()
    QTest.keyClick(window, Qt.Key.Key_F12)
    assert window.session is None and window.is_hidden_screen
    for _ in range(5):
        app.processEvents()
    gc.collect()
    print("locked", flush=True)
    sys.stdin.readline()
    """
)


@pytest.mark.skipif(not process_memory.available(), reason="needs /proc/PID/mem (Linux)")
def test_after_quick_hide_the_app_holds_no_data_key_and_no_passphrase(tmp_path: Path) -> None:
    home = tmp_path / "home"
    create_vault(home, "monitor", PASSPHRASE)
    key = KeyFile.read(home / KEY_NAME).unwrap_with_passphrase(PASSPHRASE)
    assert key is not None
    needles = process_memory.needles_for(PASSPHRASE, bytes(key))
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(home)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             env=env)
    assert child.stdin is not None and child.stdout is not None
    try:
        child.stdin.write(bytes(b ^ MASK for b in PASSPHRASE.encode()) + b"\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == b"locked"
        hits = process_memory.find(child.pid, needles)
    finally:
        child.stdin.close()
        child.wait(timeout=60)
        child.stdout.close()
    assert hits == {}, f"secrets still in the app's memory after quick-hide: {hits}"
