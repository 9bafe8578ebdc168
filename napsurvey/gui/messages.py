"""How a coded refusal (:class:`NapError`) is shown: translated template, then the code.

Templates of the codes a desktop user meets are listed here so the
translation tools pick them up; any other code falls back to the English
message. The code stays visible so support can match it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from napsurvey.errors import ErrorCode, NapError

_CONTEXT = "ErrorCode"

#: Codes whose message the GUI translates (template text must equal the enum's value).
_MARKED: dict[ErrorCode, object] = {
    ErrorCode.VAULT_WRONG_PASSPHRASE: QT_TRANSLATE_NOOP("ErrorCode", "wrong passphrase{delay}"),
    ErrorCode.VAULT_WAIT: QT_TRANSLATE_NOOP("ErrorCode", "too many failed attempts; try again in {seconds} s"),
    ErrorCode.VAULT_WRONG_RECOVERY_KEY: QT_TRANSLATE_NOOP("ErrorCode", "wrong recovery key"),
    ErrorCode.VAULT_LOCKED_BY_OTHER: QT_TRANSLATE_NOOP(
        "ErrorCode", "the vault is open in another napsurvey window or command; close it first"
    ),
    ErrorCode.VAULT_WEAK_PASSPHRASE: QT_TRANSLATE_NOOP("ErrorCode", "passphrase too weak: {reason}"),
    ErrorCode.VAULT_EXISTS: QT_TRANSLATE_NOOP("ErrorCode", "a vault already exists in this home folder"),
    ErrorCode.KIT_NOT_ENROLLED: QT_TRANSLATE_NOOP(
        "ErrorCode", "this device has no enrollment kit yet; run 'napsurvey enroll KIT'"
    ),
    ErrorCode.BUNDLE_NOTHING_TO_EXPORT: QT_TRANSLATE_NOOP("ErrorCode", "no completed records waiting for export"),
    ErrorCode.INTERVIEW_NOT_TRAINED: QT_TRANSLATE_NOOP(
        "ErrorCode", "this form is locked until the monitor has a training sign-off"
    ),
    ErrorCode.INTERVIEW_NO_PROTOCOL: QT_TRANSLATE_NOOP(
        "ErrorCode", "this form runs only under a study protocol from a coordinator's kit"
    ),
    ErrorCode.INTERVIEW_NO_REFERRAL: QT_TRANSLATE_NOOP(
        "ErrorCode", "this form needs a referral directory for the area before it can start"
    ),
}
TRANSLATED: dict[ErrorCode, str] = {code: str(text) for code, text in _MARKED.items()}


#: Parameters the screens show in their own, translated way (the unlock screen counts the delay down).
_SHOWN_ELSEWHERE: dict[ErrorCode, dict[str, str]] = {ErrorCode.VAULT_WRONG_PASSPHRASE: {"delay": ""}}


def error_text(exc: NapError) -> str:
    """One line for the user: the message in the interface language, then the code."""
    template = TRANSLATED.get(exc.code)
    message = exc.message
    if template is not None and template == exc.code.template:
        translated = QCoreApplication.translate(_CONTEXT, template)
        params = {**exc.params, **_SHOWN_ELSEWHERE.get(exc.code, {})}
        try:
            message = " ".join(translated.format(**params).split())
        except (KeyError, IndexError, ValueError):
            message = exc.message
    if message:
        message = message[0].upper() + message[1:]
    return f"{message} ({exc.code.name})"
