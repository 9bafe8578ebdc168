"""No identifier survives in any decrypted page or WAL frame after completion (finding M1).

An attacker with the laptop and a coerced passphrase decrypts not just the
rows but every page image on disk. The write-ahead log keeps older images of
the pages a draft lived in; before the fix the names of 5 of 5 completed
interviews were recovered from ``vault.db-wal`` after a crash, and from the
open vault.

The interview runs in a child process as the app runs it (autosave after
every answer, then completion, and a second interview stopped and
discarded); the parent copies the files at each step and finally kills the
child with SIGKILL, then decrypts everything with the data key.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from napsurvey.services.forms import install_form_files
from napsurvey.services.session import create_vault, unlock
from napsurvey.vault.keyfile import KEY_NAME, KeyFile
from tests.vault import sqlcipher_pages

PASSPHRASE = "correct horse battery 42"
NAMES = [f"Zainab-IDCANARY-{i}" for i in range(5)]
ORDINARY = "well-ORDCANARY-91c2"

FORM: dict[str, Any] = {
    "settings": {"form_id": "canary_check", "form_title": {"en": "Check"}, "version": "1", "consent_question": "consent"},
    "survey": [
        {"type": "select_one yes_no", "name": "consent", "label": {"en": "Do you agree?"}},
        {"type": "text", "name": "respondent_name", "label": {"en": "Name (not stored)"}, "privacy": "identifier"},
        {"type": "text", "name": "water_source", "label": {"en": "Main water source"}},
        {"type": "select_one yes_no", "name": "safe", "label": {"en": "Safe?"}},
    ],
    "choices": {"yes_no": [{"name": "yes", "label": {"en": "Yes"}}, {"name": "no", "label": {"en": "No"}}]},
    "indicators": [{"name": "safe_total", "label": {"en": "Safe"}, "question": "safe"}],
}

_CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from napsurvey.services import interviews
    from napsurvey.services.session import unlock
    home, names, ordinary = Path(sys.argv[1]), sys.argv[2].split(","), sys.argv[3]

    def step(word):
        print(word, flush=True)
        sys.stdin.readline()  # the parent copies the files, then lets us go on

    session = unlock(home, sys.argv[4])
    for index, name in enumerate(names):
        running = interviews.start_interview(session, "canary_check")
        iv = running.interview
        for question, value in (("consent", "yes"), ("respondent_name", name), ("water_source", ordinary), ("safe", "yes")):
            iv.answer(question, value)
            interviews.save_progress(session, running)
            iv.next()
        if index == 0:
            step("drafted")
        interviews.complete_interview(session, running)
    step("completed")
    stopped = interviews.start_interview(session, "canary_check")
    stopped.interview.answer("consent", "yes")
    stopped.interview.next()
    stopped.interview.answer("respondent_name", names[0] + "-stopped")
    interviews.save_progress(session, stopped)
    interviews.stop_interview(session, stopped, keep_draft=False)
    step("discarded")
    step("waiting")
    """
)


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NAPSURVEY_TEST_FAST_KDF", "1")


def _snapshot(home: Path, into: Path) -> Path:
    into.mkdir()
    for name in ("vault.db", "vault.db-wal"):
        if (home / name).exists():
            shutil.copyfile(home / name, into / name)
    return into


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_no_identifier_in_any_decrypted_page_or_wal_frame_after_completion_and_a_crash(tmp_path: Path) -> None:
    home = tmp_path / "home"
    form_file = tmp_path / "canary_check.yaml"
    form_file.write_text(yaml.safe_dump(FORM, allow_unicode=True), encoding="utf-8")
    create_vault(home, "monitor", PASSPHRASE)
    with unlock(home, PASSPHRASE) as session:
        install_form_files(session, [form_file])
    key = KeyFile.read(home / KEY_NAME).unwrap_with_passphrase(PASSPHRASE)
    assert key is not None
    data_key = bytes(key)

    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(home), ",".join(NAMES), ORDINARY, PASSPHRASE],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdin is not None and child.stdout is not None
    snapshots: dict[str, Path] = {}
    try:
        for word in ("drafted", "completed", "discarded"):
            assert child.stdout.readline().strip() == word
            snapshots[word] = _snapshot(home, tmp_path / word)
            child.stdin.write("\n")
            child.stdin.flush()
        assert child.stdout.readline().strip() == "waiting"
    finally:
        os.kill(child.pid, signal.SIGKILL)  # a crash: no clean close, no final checkpoint
        child.wait(timeout=30)
        child.stdin.close()
        child.stdout.close()
    snapshots["crashed"] = home

    # The scan can see what is there: during the interview the name is on disk, and answers that are kept stay.
    assert sqlcipher_pages.holds(sqlcipher_pages.everything(snapshots["drafted"], data_key), NAMES[0])
    for label in ("completed", "discarded", "crashed"):
        images = sqlcipher_pages.everything(snapshots[label], data_key)
        assert sqlcipher_pages.holds(images, ORDINARY), label
        found = [name for name in NAMES + [NAMES[0] + "-stopped"] if sqlcipher_pages.holds(images, name)]
        assert found == [], f"{label}: identifiers recoverable from decrypted pages: {found}"
    # And the crashed vault still opens with every completed record.
    with unlock(home, PASSPHRASE) as session:
        count = session.vault.connection.execute("SELECT count(*) FROM records").fetchone()[0]
        assert count == len(NAMES)
        assert session.vault.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
