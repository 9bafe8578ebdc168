"""The coordinator's day in the desktop app: the audit trail names the front end; the Overview,
Devices and the import dialog show what came in, what is missing and which periods are still open."""

from __future__ import annotations

from gui_support import PASSPHRASE, unlock

from napsurvey.services import session as services


def _sessions(home) -> list[dict]:  # type: ignore[no-untyped-def]
    with services.unlock(home, PASSPHRASE) as session:
        return [e.data for e in session.audit() if e.event == "session"]


def test_each_unlock_in_the_app_is_counted_on_a_gui_session_line(qtbot, make_window, coordinator_vault):
    window = make_window(coordinator_vault)
    unlock(qtbot, window)
    assert window.session is not None
    window.lock()
    unlock(qtbot, window)  # nothing happened in between: the same line counts two unlocks
    window.lock()
    assert _sessions(coordinator_vault)[-2:] == [{"front_end": "GUI", "unlocks": 2}, {"front_end": "CLI", "unlocks": 1}]
