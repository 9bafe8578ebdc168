"""The session behind a sync screen while it is unlocked, or the one error dialog saying why not."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from napsurvey.errors import ErrorCode, NapError
from napsurvey.gui.dialogs import show_error
from napsurvey.services.session import Session


def live_session(widget: QWidget, session: Session | None) -> Session | None:
    """``session`` while unlocked; else None, after showing VAULT_CLOSED (the screen was released or locked)."""
    if session is None or session.locked:
        show_error(widget, NapError(ErrorCode.VAULT_CLOSED))
        return None
    return session
