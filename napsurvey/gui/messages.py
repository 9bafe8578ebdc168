"""How a coded refusal (:class:`NapError`) is shown: translated template, then the code.

The templates of every code the app may show are marked for the translation
tools in :mod:`napsurvey.gui.error_catalog`; a code outside it, or a template
the catalogue no longer matches, falls back to the English message. The code
stays visible so support can match it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from napsurvey.errors import ErrorCode, NapError
from napsurvey.gui.error_catalog import CATALOGUE

_CONTEXT = "ErrorCode"

#: Codes whose message the GUI translates (template text equals the enum's value).
TRANSLATED: dict[ErrorCode, str] = CATALOGUE


#: Parameters the screens show in their own, translated way (the unlock screen counts the delay down).
_SHOWN_ELSEWHERE: dict[ErrorCode, dict[str, str]] = {ErrorCode.VAULT_WRONG_PASSPHRASE: {"delay": ""}}


def error_text(exc: NapError) -> str:
    """One line for the user: the message in the interface language, then the code."""
    template = TRANSLATED.get(exc.code)
    message, shape = exc.message, exc.code.template
    if template is not None and template == exc.code.template:
        translated = QCoreApplication.translate(_CONTEXT, template)
        params = {**exc.params, **_SHOWN_ELSEWHERE.get(exc.code, {})}
        try:
            message, shape = " ".join(translated.format(**params).split()), translated
        except (KeyError, IndexError, ValueError):
            pass
    # A sentence starts with a capital; a file name or value it starts with is shown as it is.
    if message and not shape.startswith("{"):
        message = message[0].upper() + message[1:]
    return f"{message} ({exc.code.name})"
