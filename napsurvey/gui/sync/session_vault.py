"""The open vault behind a sync screen, or the one error dialog saying why not."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from napsurvey.errors import ErrorCode, NapError
from napsurvey.gui.dialogs import show_error
from napsurvey.services.session import Session
from napsurvey.vault.store import Vault


def vault_of(session: Session | None) -> Vault:
    """The session's open vault; VAULT_CLOSED once the screen was released or the vault locked."""
    if session is None:
        raise NapError(ErrorCode.VAULT_CLOSED)
    return session.vault


def vault_or_show(widget: QWidget, session: Session | None) -> Vault | None:
    """The open vault, or None after showing the refusal in the one error dialog."""
    try:
        return vault_of(session)
    except NapError as exc:
        show_error(widget, exc)
        return None
