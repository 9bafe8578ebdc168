"""Every coded refusal the desktop app can show, marked for translation.

Generated from :class:`napsurvey.errors.ErrorCode` by
``python -m napsurvey.gui.error_catalog_source``: do not edit by hand. Each
entry is the code's English template as a literal, which the translation
tools extract (context ``ErrorCode``) and the catalogues translate; the
template is also the lookup key (:mod:`napsurvey.gui.messages`).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from napsurvey.errors import ErrorCode
from napsurvey.gui.error_catalog_source import EXCLUDED

__all__ = ["CATALOGUE", "EXCLUDED"]

#: English template of every code the app may show, as marked for the extractor.
_MARKED: dict[ErrorCode, object] = {
    ErrorCode.INTERNAL: QT_TRANSLATE_NOOP("ErrorCode", "unexpected internal error ({kind}); nothing was changed"),
    ErrorCode.IO_ERROR: QT_TRANSLATE_NOOP("ErrorCode", "cannot {action} {path}: {reason}"),
    ErrorCode.DISK_FULL: QT_TRANSLATE_NOOP("ErrorCode", "not enough disk space to write {path}; nothing was written"),
    ErrorCode.FILE_EXISTS: QT_TRANSLATE_NOOP("ErrorCode", "{path} already exists; choose another name"),
    ErrorCode.FILE_IS_FOLDER: QT_TRANSLATE_NOOP("ErrorCode", "{path} is a folder; give a file name"),
    ErrorCode.FOLDER_MISSING: QT_TRANSLATE_NOOP("ErrorCode", "{path}: the folder does not exist"),
    ErrorCode.FILE_TOO_LARGE: QT_TRANSLATE_NOOP("ErrorCode", "{path}: the file is far too large"),
    ErrorCode.FORM_NOT_FOUND: QT_TRANSLATE_NOOP("ErrorCode", "form file not found: {path}"),
    ErrorCode.FORM_YAML: QT_TRANSLATE_NOOP("ErrorCode", "not valid YAML: {reason}"),
    ErrorCode.FORM_NOT_A_FORM: QT_TRANSLATE_NOOP("ErrorCode", "not a form: {reason}"),
    ErrorCode.FORM_SCHEMA: QT_TRANSLATE_NOOP("ErrorCode", "{field}: {reason}"),
    ErrorCode.FORM_DUPLICATE_NAME: QT_TRANSLATE_NOOP("ErrorCode", "name '{name}' is used more than once"),
    ErrorCode.FORM_MISSING_CHOICE_LIST: QT_TRANSLATE_NOOP(
        "ErrorCode", "choice list '{list}' is not defined in choices"
    ),
    ErrorCode.FORM_UNKNOWN_REFERENCE: QT_TRANSLATE_NOOP("ErrorCode", "expression refers to unknown question '{name}'"),
    ErrorCode.FORM_FORWARD_REFERENCE: QT_TRANSLATE_NOOP(
        "ErrorCode", "{column} refers to '{name}', which comes later in the form"
    ),
    ErrorCode.FORM_CALCULATION_CYCLE: QT_TRANSLATE_NOOP("ErrorCode", "calculations form a cycle: {cycle}"),
    ErrorCode.FORM_BAD_EXPRESSION: QT_TRANSLATE_NOOP("ErrorCode", "{column}: {reason}"),
    ErrorCode.FORM_UNCLOSED_BLOCK: QT_TRANSLATE_NOOP("ErrorCode", "{kind} '{name}' is never closed"),
    ErrorCode.FORM_UNMATCHED_END: QT_TRANSLATE_NOOP("ErrorCode", "{kind} has no matching begin"),
    ErrorCode.FORM_MISSING_TRANSLATION: QT_TRANSLATE_NOOP(
        "ErrorCode", "{column} has no text for language '{language}'"
    ),
    ErrorCode.FORM_HIGH_FREE_TEXT: QT_TRANSLATE_NOOP(
        "ErrorCode", "free-text question not allowed in a sensitivity: high form"
    ),
    ErrorCode.FORM_HIGH_IDENTIFIER: QT_TRANSLATE_NOOP(
        "ErrorCode", "identifier question not allowed in a sensitivity: high form"
    ),
    ErrorCode.FORM_INDICATOR_NOT_CATEGORICAL: QT_TRANSLATE_NOOP(
        "ErrorCode", "indicator '{indicator}': '{name}' is not a select question"
    ),
    ErrorCode.FORM_INDICATOR_TOO_MANY_BY: QT_TRANSLATE_NOOP(
        "ErrorCode", "indicator '{indicator}' has {count} disaggregations (at most 2)"
    ),
    ErrorCode.FORM_INDICATOR_UNKNOWN_QUESTION: QT_TRANSLATE_NOOP(
        "ErrorCode", "indicator '{indicator}' names unknown question '{name}'"
    ),
    ErrorCode.FORM_INDICATOR_GROUP: QT_TRANSLATE_NOOP(
        "ErrorCode", "indicator '{indicator}', groups of '{name}': {reason}"
    ),
    ErrorCode.FORM_UNKNOWN_TYPE: QT_TRANSLATE_NOOP("ErrorCode", "unknown question type '{type}'"),
    ErrorCode.FORM_UNSUPPORTED: QT_TRANSLATE_NOOP("ErrorCode", "unsupported {what}: {detail}"),
    ErrorCode.FORM_CONSENT: QT_TRANSLATE_NOOP("ErrorCode", "consent: {reason}"),
    ErrorCode.FORM_CHILD_PROTOCOL: QT_TRANSLATE_NOOP("ErrorCode", "child_protocol: {reason}"),
    ErrorCode.FORM_PRIVACY: QT_TRANSLATE_NOOP("ErrorCode", "privacy: {reason}"),
    ErrorCode.FORM_XLSFORM: QT_TRANSLATE_NOOP("ErrorCode", "{sheet} row {row}: {reason}"),
    ErrorCode.FORM_XLSFORM_UNSUPPORTED_TYPE: QT_TRANSLATE_NOOP(
        "ErrorCode", "question type '{type}' is not supported; the row was not imported"
    ),
    ErrorCode.FORM_XLSFORM_METADATA: QT_TRANSLATE_NOOP(
        "ErrorCode", "metadata type '{type}' is not collected by napsurvey; the row was not imported"
    ),
    ErrorCode.FORM_XLSFORM_IDENTIFIER: QT_TRANSLATE_NOOP(
        "ErrorCode", "'{type}' is an identifier of the device or the monitor, never kept by napsurvey; the row was not imported"
    ),
    ErrorCode.FORM_XLSFORM_LOCATION: QT_TRANSLATE_NOOP(
        "ErrorCode", "'{type}' is a GPS position, never collected by napsurvey; the row was not imported{alternative}"
    ),
    ErrorCode.FORM_XLSFORM_PLACE: QT_TRANSLATE_NOOP(
        "ErrorCode", "'{type}' imported as a choice of place from list '{list}', never a position{level}"
    ),
    ErrorCode.FORM_XLSFORM_MEDIA: QT_TRANSLATE_NOOP(
        "ErrorCode", "'{type}' records a photo, a sound, a video, a file or a scan, never collected by napsurvey; the row was not imported"
    ),
    ErrorCode.FORM_XLSFORM_LOOP: QT_TRANSLATE_NOOP(
        "ErrorCode", "'{type}' is not supported; the loop and the {count} row(s) inside it were not imported"
    ),
    ErrorCode.FORM_XLSFORM_OR_OTHER: QT_TRANSLATE_NOOP(
        "ErrorCode", "'or_other': a choice '{choice}' and a text question '{name}' for it were added"
    ),
    ErrorCode.FORM_XLSFORM_MAPPED: QT_TRANSLATE_NOOP("ErrorCode", "type '{type}' imported as {target}"),
    ErrorCode.FORM_XLSFORM_UNSUPPORTED_COLUMN: QT_TRANSLATE_NOOP(
        "ErrorCode", "column '{column}' is not supported; its values were not imported"
    ),
    ErrorCode.FORM_XLSFORM_UNKNOWN_COLUMN: QT_TRANSLATE_NOOP(
        "ErrorCode", "unknown column '{column}'; its values were not imported"
    ),
    ErrorCode.FORM_XLSFORM_DUPLICATE_COLUMN: QT_TRANSLATE_NOOP(
        "ErrorCode", "column '{column}' appears {count} times; only the first was imported{lost}"
    ),
    ErrorCode.FORM_XLSFORM_PLAIN_AND_LANGUAGE: QT_TRANSLATE_NOOP(
        "ErrorCode", "'{plain}' and '{explicit}' are one language and differ on {count} row(s) ({rows}); the second was kept"
    ),
    ErrorCode.FORM_XLSFORM_UNSUPPORTED_SETTING: QT_TRANSLATE_NOOP(
        "ErrorCode", "setting '{setting}' is not supported and was ignored"
    ),
    ErrorCode.FORM_XLSFORM_UNUSED_SHEET: QT_TRANSLATE_NOOP(
        "ErrorCode", "sheet '{sheet}' is not used by napsurvey and was ignored"
    ),
    ErrorCode.FORM_XLSFORM_DROPPED_REFERENCE: QT_TRANSLATE_NOOP(
        "ErrorCode", "{column} refers to '{name}', which was not imported ({type}); {effect}"
    ),
    ErrorCode.FORM_XLSFORM_TODAY_REFERENCE: QT_TRANSLATE_NOOP(
        "ErrorCode", "{column} refers to '{name}' ({type}), which was not imported; it reads today()"
    ),
    ErrorCode.FORM_XLSFORM_AMBIGUOUS_REFERENCE: QT_TRANSLATE_NOOP(
        "ErrorCode", "{column} refers to '{name}', which names more than one question"
    ),
    ErrorCode.FORM_XLSFORM_PATH: QT_TRANSLATE_NOOP(
        "ErrorCode", "{column}: the path '{path}' does not lead to a question of the form"
    ),
    ErrorCode.FORM_XLSFORM_LAST_SAVED: QT_TRANSLATE_NOOP(
        "ErrorCode", "{column} reads '{name}' of the last saved interview, never carried to the next respondent; {action}"
    ),
    ErrorCode.FORM_XLSFORM_UNSUPPORTED_FUNCTION: QT_TRANSLATE_NOOP(
        "ErrorCode", "{column} uses {function}(), which napsurvey does not support"
    ),
    ErrorCode.FORM_XLSFORM_REFUSED_FUNCTION: QT_TRANSLATE_NOOP(
        "ErrorCode", "{column} uses {function}(), which napsurvey refuses: {reason}"
    ),
    ErrorCode.FORM_XLSFORM_QUOTES: QT_TRANSLATE_NOOP(
        "ErrorCode", "{column}: typographic quotes were replaced by straight quotes"
    ),
    ErrorCode.FORM_XLSFORM_NO_NAME: QT_TRANSLATE_NOOP("ErrorCode", "a {type} row needs a name"),
    ErrorCode.FORM_XLSFORM_NAMED: QT_TRANSLATE_NOOP(
        "ErrorCode", "the {type} row has no name; it was imported as '{name}'"
    ),
    ErrorCode.FORM_XLSFORM_RENAMED: QT_TRANSLATE_NOOP(
        "ErrorCode", "name '{name}' is also used in {other}; this one was imported as '{new}'"
    ),
    ErrorCode.FORM_XLSFORM_NO_TYPE: QT_TRANSLATE_NOOP("ErrorCode", "the row has no type; it was not imported"),
    ErrorCode.FORM_XLSFORM_GROUP: QT_TRANSLATE_NOOP(
        "ErrorCode", "the group names '{indicator}', which is not an indicator of the indicators sheet; it was not imported"
    ),
    ErrorCode.FORM_XLSFORM_NO_LIST: QT_TRANSLATE_NOOP("ErrorCode", "the choice has no list_name; it was not imported"),
    ErrorCode.FORM_XLSFORM_NO_LABEL: QT_TRANSLATE_NOOP(
        "ErrorCode", "the {what} has no label; {shown} is shown instead"
    ),
    ErrorCode.FORM_XLSFORM_DUPLICATE_CHOICE: QT_TRANSLATE_NOOP(
        "ErrorCode", "choice '{name}' is written twice in list '{list}'; the second was not imported"
    ),
    ErrorCode.FORM_XLSFORM_PARTIAL_TRANSLATION: QT_TRANSLATE_NOOP(
        "ErrorCode", "{column} has no '{language}' text on {count} row(s) ({rows}); they show the '{fallback}' text"
    ),
    ErrorCode.FORM_XLSFORM_DEFAULT: QT_TRANSLATE_NOOP("ErrorCode", "default '{value}' was not imported: {reason}"),
    ErrorCode.FORM_XLSFORM_FILE: QT_TRANSLATE_NOOP("ErrorCode", "list '{file}' {reason}"),
    ErrorCode.FORM_XLSFORM_FORM_ID: QT_TRANSLATE_NOOP(
        "ErrorCode", "form_id '{old}' became '{new}' (lower-case letters, digits and _ only)"
    ),
    ErrorCode.FORM_XLSFORM_SEARCH: QT_TRANSLATE_NOOP(
        "ErrorCode", "appearance '{appearance}' looks up choices while the form runs; the choices of list '{list}' are offered instead"
    ),
    ErrorCode.FORM_XLSFORM_SURVEY_SHEET: QT_TRANSLATE_NOOP(
        "ErrorCode", "the workbook has no sheet named survey; sheet '{sheet}' was read as the survey"
    ),
    ErrorCode.FORM_XLSFORM_EMPTY: QT_TRANSLATE_NOOP(
        "ErrorCode", "no question a respondent answers was imported; the workbook is not a usable form"
    ),
    ErrorCode.FORM_TOO_LARGE: QT_TRANSLATE_NOOP("ErrorCode", "the file is larger than {limit}; a form is much smaller"),
    ErrorCode.FORM_REFERRAL: QT_TRANSLATE_NOOP("ErrorCode", "referral: {reason}"),
    ErrorCode.FORM_NO_INDICATORS: QT_TRANSLATE_NOOP(
        "ErrorCode", "the form declares no indicators, so nothing it collects can be reported"
    ),
    ErrorCode.FORM_BLOCK_MISMATCH: QT_TRANSLATE_NOOP("ErrorCode", "{kind} closes {open_kind} '{name}'"),
    ErrorCode.FORM_REPEAT_COUNT: QT_TRANSLATE_NOOP(
        "ErrorCode", "repeat_count {count} is more than the {limit} instances a repeat may have"
    ),
    ErrorCode.EXPR_SYNTAX: QT_TRANSLATE_NOOP("ErrorCode", "syntax error at position {pos}: {reason}"),
    ErrorCode.EXPR_UNKNOWN_FUNCTION: QT_TRANSLATE_NOOP("ErrorCode", "unknown function '{name}()'"),
    ErrorCode.EXPR_REFUSED_FUNCTION: QT_TRANSLATE_NOOP("ErrorCode", "{name}() is refused: {reason}"),
    ErrorCode.EXPR_ARITY: QT_TRANSLATE_NOOP("ErrorCode", "{name}() takes {expected} argument(s), got {got}"),
    ErrorCode.EXPR_TOO_COMPLEX: QT_TRANSLATE_NOOP("ErrorCode", "expression is too long or too deeply nested"),
    ErrorCode.EXPR_TIME_BUDGET: QT_TRANSLATE_NOOP(
        "ErrorCode", "{where}the expression took longer than the {seconds} s allowed; nothing was changed"
    ),
    ErrorCode.EXPR_STRING_TOO_LONG: QT_TRANSLATE_NOOP(
        "ErrorCode", "{where}the expression makes a text longer than {limit} characters; nothing was changed"
    ),
    ErrorCode.EXPR_INTERRUPTED: QT_TRANSLATE_NOOP(
        "ErrorCode", "{where}the evaluation was interrupted; nothing was changed"
    ),
    ErrorCode.INTERVIEW_CONSENT_REQUIRED: QT_TRANSLATE_NOOP(
        "ErrorCode", "consent must be recorded before any other question"
    ),
    ErrorCode.INTERVIEW_NO_REFERRAL: QT_TRANSLATE_NOOP(
        "ErrorCode", "this form needs a referral directory for the area before it can start"
    ),
    ErrorCode.INTERVIEW_NOT_TRAINED: QT_TRANSLATE_NOOP(
        "ErrorCode", "this form is locked until the monitor has a training sign-off"
    ),
    ErrorCode.INTERVIEW_NO_PROTOCOL: QT_TRANSLATE_NOOP(
        "ErrorCode", "this form runs only under a study protocol from a coordinator's kit"
    ),
    ErrorCode.INTERVIEW_UNKNOWN_QUESTION: QT_TRANSLATE_NOOP("ErrorCode", "unknown question '{name}'"),
    ErrorCode.INTERVIEW_NOT_RELEVANT: QT_TRANSLATE_NOOP(
        "ErrorCode", "question '{name}' does not apply given earlier answers"
    ),
    ErrorCode.INTERVIEW_BAD_VALUE: QT_TRANSLATE_NOOP("ErrorCode", "question '{name}': {reason}"),
    ErrorCode.INTERVIEW_UNKNOWN_CHOICE: QT_TRANSLATE_NOOP(
        "ErrorCode", "question '{name}': the value given is not one of its choices"
    ),
    ErrorCode.INTERVIEW_CONSTRAINT: QT_TRANSLATE_NOOP("ErrorCode", "question '{name}': {message}"),
    ErrorCode.INTERVIEW_REQUIRED: QT_TRANSLATE_NOOP("ErrorCode", "question '{name}': {message}"),
    ErrorCode.INTERVIEW_NOT_COMPLETE: QT_TRANSLATE_NOOP("ErrorCode", "the interview is not complete: {reason}"),
    ErrorCode.INTERVIEW_ENDED: QT_TRANSLATE_NOOP("ErrorCode", "the interview has ended"),
    ErrorCode.INTERVIEW_READ_ONLY: QT_TRANSLATE_NOOP(
        "ErrorCode", "question '{name}' is calculated and cannot be answered"
    ),
    ErrorCode.INTERVIEW_NOT_REACHED: QT_TRANSLATE_NOOP(
        "ErrorCode", "section '{name}' cannot be opened before the questions that lead to it"
    ),
    ErrorCode.INTERVIEW_REPEAT_COUNT: QT_TRANSLATE_NOOP(
        "ErrorCode", "{where}{what} would have {count} instances; at most {limit} are allowed; nothing was changed"
    ),
    ErrorCode.INTERVIEW_DRAFT_UNREADABLE: QT_TRANSLATE_NOOP("ErrorCode", "the draft cannot be resumed: {reason}"),
    ErrorCode.VAULT_NOT_FOUND: QT_TRANSLATE_NOOP("ErrorCode", "no vault in this home folder"),
    ErrorCode.VAULT_EXISTS: QT_TRANSLATE_NOOP("ErrorCode", "a vault already exists in this home folder"),
    ErrorCode.VAULT_WRONG_PASSPHRASE: QT_TRANSLATE_NOOP("ErrorCode", "wrong passphrase{delay}"),
    ErrorCode.VAULT_WAIT: QT_TRANSLATE_NOOP("ErrorCode", "too many failed attempts; try again in {seconds} s"),
    ErrorCode.VAULT_WRONG_RECOVERY_KEY: QT_TRANSLATE_NOOP("ErrorCode", "wrong recovery key"),
    ErrorCode.VAULT_LOCKED_BY_OTHER: QT_TRANSLATE_NOOP(
        "ErrorCode", "the vault is open in another napsurvey window or command; close it first"
    ),
    ErrorCode.VAULT_INSECURE: QT_TRANSLATE_NOOP(
        "ErrorCode", "the encrypted store is not configured safely ({setting}); refusing to run"
    ),
    ErrorCode.VAULT_CORRUPT: QT_TRANSLATE_NOOP("ErrorCode", "the vault is damaged: {reason}"),
    ErrorCode.VAULT_KEYFILE: QT_TRANSLATE_NOOP("ErrorCode", "the key file is damaged or missing: {reason}"),
    ErrorCode.VAULT_TOO_NEW: QT_TRANSLATE_NOOP(
        "ErrorCode", "this vault was made by a newer napsurvey (schema {found} > {supported})"
    ),
    ErrorCode.VAULT_WEAK_PASSPHRASE: QT_TRANSLATE_NOOP("ErrorCode", "passphrase too weak: {reason}"),
    ErrorCode.VAULT_ROLE: QT_TRANSLATE_NOOP(
        "ErrorCode", "this command is for the {expected} role; this vault is a {actual}"
    ),
    ErrorCode.VAULT_FORM_NOT_INSTALLED: QT_TRANSLATE_NOOP(
        "ErrorCode", "form '{form_id}' is not installed in this vault"
    ),
    ErrorCode.VAULT_FORM_HIGH_NEEDS_KIT: QT_TRANSLATE_NOOP(
        "ErrorCode", "form '{form_id}' is sensitivity: high and can only arrive in a coordinator's kit"
    ),
    ErrorCode.VAULT_FORM_DOWNGRADE: QT_TRANSLATE_NOOP(
        "ErrorCode", "form '{form_id}' version {new} is older than installed {old}"
    ),
    ErrorCode.VAULT_DRAFT_NOT_FOUND: QT_TRANSLATE_NOOP("ErrorCode", "no draft {draft_id}"),
    ErrorCode.VAULT_CLOSED: QT_TRANSLATE_NOOP("ErrorCode", "the vault is locked; unlock it again"),
    ErrorCode.VAULT_FORM_CHANGED: QT_TRANSLATE_NOOP(
        "ErrorCode", "form '{form_id}' version {version} is already installed with different content; give the changed form a new version"
    ),
    ErrorCode.VAULT_SETTING: QT_TRANSLATE_NOOP("ErrorCode", "setting '{key}': {reason}"),
    ErrorCode.VAULT_BAD_ROLE: QT_TRANSLATE_NOOP("ErrorCode", "role '{role}' is not monitor, coordinator or hub"),
    ErrorCode.TRAINING_SUPERVISOR_CODE: QT_TRANSLATE_NOOP(
        "ErrorCode", "a supervisor code is 2 to 5 letters, a hyphen and 1 to 6 digits, as your supervisor gives it (for example SUP-07)"
    ),
    ErrorCode.TRAINING_DATE: QT_TRANSLATE_NOOP(
        "ErrorCode", "the training date must be today or a day before, written YYYY-MM-DD (not '{day}')"
    ),
    ErrorCode.BACKENTRY_JSON: QT_TRANSLATE_NOOP("ErrorCode", "line {line}: not valid JSON: {reason}"),
    ErrorCode.BACKENTRY_NOT_OBJECT: QT_TRANSLATE_NOOP("ErrorCode", "line {line}: each interview must be a JSON object"),
    ErrorCode.BACKENTRY_REFUSED: QT_TRANSLATE_NOOP("ErrorCode", "line {line}: {question}: {reason_code}: {reason}"),
    ErrorCode.BUNDLE_NOT_A_BUNDLE: QT_TRANSLATE_NOOP("ErrorCode", "{path}: not a napsurvey bundle"),
    ErrorCode.BUNDLE_TRUNCATED: QT_TRANSLATE_NOOP("ErrorCode", "{path}: the file is truncated or damaged"),
    ErrorCode.BUNDLE_TAMPERED: QT_TRANSLATE_NOOP("ErrorCode", "{path}: the file was altered after it was made"),
    ErrorCode.BUNDLE_BAD_SIGNATURE: QT_TRANSLATE_NOOP("ErrorCode", "{path}: the signature does not verify"),
    ErrorCode.BUNDLE_UNKNOWN_DEVICE: QT_TRANSLATE_NOOP(
        "ErrorCode", "{path}: made by a device that is not approved ({fingerprint})"
    ),
    ErrorCode.BUNDLE_WRONG_VERSION: QT_TRANSLATE_NOOP(
        "ErrorCode", "{path}: bundle format version {found} is not supported (expected {expected})"
    ),
    ErrorCode.BUNDLE_NOT_FOR_US: QT_TRANSLATE_NOOP(
        "ErrorCode", "{path}: this bundle was made for another coordinator or hub"
    ),
    ErrorCode.BUNDLE_REPLAYED: QT_TRANSLATE_NOOP("ErrorCode", "{path}: already imported on {when}"),
    ErrorCode.BUNDLE_SEQUENCE_CONFLICT: QT_TRANSLATE_NOOP(
        "ErrorCode", "{path}: device {device} already sent bundle {sequence} with different content"
    ),
    ErrorCode.BUNDLE_FORKED: QT_TRANSLATE_NOOP(
        "ErrorCode", "{path}: device {device}: bundle {later} does not follow bundle {earlier}; the history was altered"
    ),
    ErrorCode.BUNDLE_FORM_VERSION: QT_TRANSLATE_NOOP(
        "ErrorCode", "{path}: form '{form_id}' version {version} was not issued in any of this coordinator's kits"
    ),
    ErrorCode.BUNDLE_SCHEMA: QT_TRANSLATE_NOOP(
        "ErrorCode", "{path}: content does not match the bundle format: {reason}"
    ),
    ErrorCode.BUNDLE_NOTHING_TO_EXPORT: QT_TRANSLATE_NOOP("ErrorCode", "no completed records waiting for export"),
    ErrorCode.BUNDLE_UNKNOWN_ID: QT_TRANSLATE_NOOP("ErrorCode", "no bundle with id {bundle_id}"),
    ErrorCode.BUNDLE_VERIFY_FAILED: QT_TRANSLATE_NOOP(
        "ErrorCode", "{path}: the file read back differs from what was written; use another stick"
    ),
    ErrorCode.KIT_BAD: QT_TRANSLATE_NOOP("ErrorCode", "{path}: not a valid enrollment kit: {reason}"),
    ErrorCode.KIT_BAD_SIGNATURE: QT_TRANSLATE_NOOP("ErrorCode", "{path}: the kit's signature does not verify"),
    ErrorCode.KIT_OTHER_COORDINATOR: QT_TRANSLATE_NOOP(
        "ErrorCode", "{path}: the kit is signed by a different coordinator than the installed one"
    ),
    ErrorCode.KIT_REPIN_MISMATCH: QT_TRANSLATE_NOOP(
        "ErrorCode", "{path}: the fingerprint you confirmed is not the one of this kit's coordinator; nothing was changed"
    ),
    ErrorCode.KIT_FINGERPRINT_MISMATCH: QT_TRANSLATE_NOOP(
        "ErrorCode", "{path}: the kit claims another key's fingerprint; it was made to pass for another coordinator's kit"
    ),
    ErrorCode.KIT_OLDER: QT_TRANSLATE_NOOP("ErrorCode", "{path}: the kit is older than the installed one"),
    ErrorCode.KIT_NOT_ENROLLED: QT_TRANSLATE_NOOP("ErrorCode", "this device has no enrollment kit yet"),
    ErrorCode.CARD_BAD: QT_TRANSLATE_NOOP("ErrorCode", "{path}: not a valid device card: {reason}"),
    ErrorCode.RECEIPT_BAD: QT_TRANSLATE_NOOP("ErrorCode", "{path}: not a valid receipt: {reason}"),
    ErrorCode.RECEIPT_BAD_SIGNATURE: QT_TRANSLATE_NOOP(
        "ErrorCode", "{path}: the receipt is not signed by this device's coordinator"
    ),
    ErrorCode.KIT_NEEDS_REFERRALS: QT_TRANSLATE_NOOP(
        "ErrorCode", "form '{form_id}' is sensitivity: high; the kit needs a referral directory"
    ),
    ErrorCode.KIT_NEEDS_PROTOCOL: QT_TRANSLATE_NOOP(
        "ErrorCode", "form '{form_id}' is sensitivity: high; the kit needs a study protocol"
    ),
    ErrorCode.KIT_REFERRALS_FILE: QT_TRANSLATE_NOOP("ErrorCode", "{path}: not a referral directory: {reason}"),
    ErrorCode.KIT_PROTOCOL_FILE: QT_TRANSLATE_NOOP("ErrorCode", "{path}: not a study protocol: {reason}"),
    ErrorCode.KIT_NO_FORMS: QT_TRANSLATE_NOOP("ErrorCode", "a kit needs at least one form"),
    ErrorCode.CARD_NOT_CONFIRMED: QT_TRANSLATE_NOOP(
        "ErrorCode", "the device was not approved (fingerprint not confirmed)"
    ),
    ErrorCode.DEVICE_UNKNOWN: QT_TRANSLATE_NOOP("ErrorCode", "no approved device {device}"),
    ErrorCode.RECEIPT_NONE: QT_TRANSLATE_NOOP("ErrorCode", "nothing imported{device} yet; no receipt to write"),
    ErrorCode.KIT_BAD_RECIPIENT: QT_TRANSLATE_NOOP(
        "ErrorCode", "the backup recipient must be an age public key (age1 followed by 58 characters)"
    ),
    ErrorCode.KIT_CODE_FORMAT: QT_TRANSLATE_NOOP(
        "ErrorCode", "the enrollment code is three groups of five digits, as read out by the coordinator or hub that issued the kit"
    ),
    ErrorCode.KIT_NEEDS_CODE: QT_TRANSLATE_NOOP(
        "ErrorCode", "{path}: this kit opens with the enrollment code read out by the coordinator or hub that issued it"
    ),
    ErrorCode.KIT_WRONG_CODE: QT_TRANSLATE_NOOP(
        "ErrorCode", "{path}: this code does not open the kit (or the kit was altered); check it with the coordinator or hub that issued it"
    ),
    ErrorCode.KIT_NOT_FOR_THIS_DEVICE: QT_TRANSLATE_NOOP("ErrorCode", "{path}: this kit was sealed for another device"),
    ErrorCode.KIT_NOT_SEALED: QT_TRANSLATE_NOOP(
        "ErrorCode", "{path}: this kit is not sealed; ask the coordinator or hub that issued it for a new one (kits now travel encrypted)"
    ),
    ErrorCode.CARD_NOT_FOR_US: QT_TRANSLATE_NOOP(
        "ErrorCode", "{path}: this card was sealed for another coordinator or hub"
    ),
    ErrorCode.RECEIPT_NOT_FOR_US: QT_TRANSLATE_NOOP("ErrorCode", "{path}: this receipt was sealed for another device"),
    ErrorCode.KIT_GRACE: QT_TRANSLATE_NOOP("ErrorCode", "a grace of {value} days is not allowed (0 to {maximum})"),
    ErrorCode.KIT_BAD_INTERVAL: QT_TRANSLATE_NOOP(
        "ErrorCode", "the expected interval between bundles must be 1 to {maximum} days, not {value}"
    ),
    ErrorCode.CARD_DEVICE_TAKEN: QT_TRANSLATE_NOOP(
        "ErrorCode", "{path}: device {device} is already approved with another key; card refused (forged, or a clashing fingerprint)"
    ),
    ErrorCode.BUNDLE_NONE_FOUND: QT_TRANSLATE_NOOP("ErrorCode", "no bundle files in {path}"),
    ErrorCode.HUB_NOT_JOINED: QT_TRANSLATE_NOOP("ErrorCode", "this coordinator has not joined a hub yet"),
    ErrorCode.HUB_KIT_OTHER_HUB: QT_TRANSLATE_NOOP(
        "ErrorCode", "{path}: the kit is signed by a different hub than the one this coordinator joined"
    ),
    ErrorCode.HUB_KIT_RAW_HIGH: QT_TRANSLATE_NOOP(
        "ErrorCode", "form '{form_id}' is sensitivity: high; its raw counts never leave a coordinator"
    ),
    ErrorCode.HUB_INDICATORS_FILE: QT_TRANSLATE_NOOP("ErrorCode", "{path}: not an indicator set: {reason}"),
    ErrorCode.HUB_NOT_SHARED: QT_TRANSLATE_NOOP(
        "ErrorCode", "member {member} has not chosen to be compared side by side with other members"
    ),
    ErrorCode.HUB_TWINNING_MEMBERS: QT_TRANSLATE_NOOP(
        "ErrorCode", "a twinning report compares at least two different members"
    ),
    ErrorCode.HUB_NOTHING_TO_EXPORT: QT_TRANSLATE_NOOP("ErrorCode", "every release{what} was already sent to the hub"),
    ErrorCode.HUB_NOTHING_RELEASED: QT_TRANSLATE_NOOP(
        "ErrorCode", "no member has released anything here yet; import their bundles first"
    ),
    ErrorCode.HUB_MEMBER_UNKNOWN: QT_TRANSLATE_NOOP(
        "ErrorCode", "no member named '{member}' (give a member's name or its fingerprint)"
    ),
    ErrorCode.HUB_RELEASE_CONFLICT: QT_TRANSLATE_NOOP(
        "ErrorCode", "{path}: member {member} already sent edition {edition} of '{form_id}' for {period} with other figures"
    ),
    ErrorCode.PRIVACY_THRESHOLD: QT_TRANSLATE_NOOP(
        "ErrorCode", "disclosure threshold {value} is below the minimum of {minimum}"
    ),
    ErrorCode.PRIVACY_THRESHOLD_MAX: QT_TRANSLATE_NOOP(
        "ErrorCode", "disclosure threshold {value} is above the maximum of {maximum}"
    ),
    ErrorCode.TABLES_FORMAT: QT_TRANSLATE_NOOP("ErrorCode", "unknown table format '{format}'"),
    ErrorCode.TABLES_PERIOD: QT_TRANSLATE_NOOP(
        "ErrorCode", "'{period}' is not a period (2026Q3, 2026-07, 2026) or a range of periods (2026Q1..2026Q2)"
    ),
    ErrorCode.TABLES_DHIS2_MAPPING: QT_TRANSLATE_NOOP("ErrorCode", "DHIS2 mapping {path}: {reason}"),
    ErrorCode.TABLES_DHIS2_NO_MAPPING: QT_TRANSLATE_NOOP("ErrorCode", "the DHIS2 format needs a mapping file"),
    ErrorCode.TABLES_NO_DATA: QT_TRANSLATE_NOOP("ErrorCode", "no imported data to publish"),
    ErrorCode.TABLES_DHIS2_DUPLICATE: QT_TRANSLATE_NOOP(
        "ErrorCode", "DHIS2 mapping {path}: two values for {element}, {period}, {org_unit}, {combo}"
    ),
    ErrorCode.TABLES_DHIS2_PERIOD_TYPES: QT_TRANSLATE_NOOP(
        "ErrorCode", "DHIS2 mapping {path}: data element {element} would receive {kinds} periods; one period type per data element"
    ),
    ErrorCode.TABLES_DHIS2_UNKNOWN: QT_TRANSLATE_NOOP(
        "ErrorCode", "DHIS2 mapping {path}: {what} '{name}' is not in the published tables"
    ),
    ErrorCode.RELEASE_PERIOD_KIND: QT_TRANSLATE_NOOP(
        "ErrorCode", "'{period}' is not one {kind} of form '{form_id}' (for example {example})"
    ),
    ErrorCode.RELEASE_NOT_CLOSED: QT_TRANSLATE_NOOP(
        "ErrorCode", "{period} of form '{form_id}' closes on {day}, {grace} days after its end; release it from then"
    ),
    ErrorCode.RELEASE_UNCHANGED: QT_TRANSLATE_NOOP(
        "ErrorCode", "{period} of form '{form_id}' is released (edition {edition}) and nothing imported since changes it"
    ),
    ErrorCode.RELEASE_NO_DATA: QT_TRANSLATE_NOOP(
        "ErrorCode", "no imported interview of form '{form_id}' falls in {period}"
    ),
    ErrorCode.RELEASE_NOT_RELEASED: QT_TRANSLATE_NOOP(
        "ErrorCode", "not released{what}: {period}; publishable: {periods}"
    ),
    ErrorCode.REPORT_FAILED: QT_TRANSLATE_NOOP("ErrorCode", "the report could not be made: {reason}"),
    ErrorCode.REPORT_PAPER: QT_TRANSLATE_NOOP("ErrorCode", "paper '{paper}' is neither a4 nor letter"),
    ErrorCode.PLAN_NOT_A_PLAN: QT_TRANSLATE_NOOP("ErrorCode", "not a plan file: {reason}"),
    ErrorCode.PLAN_FILE_NOT_FOUND: QT_TRANSLATE_NOOP("ErrorCode", "{path}: no such file"),
    ErrorCode.PLAN_TOO_LARGE: QT_TRANSLATE_NOOP("ErrorCode", "the file is larger than {limit}; a plan is much smaller"),
    ErrorCode.PLAN_YAML: QT_TRANSLATE_NOOP("ErrorCode", "not valid YAML: {reason}"),
    ErrorCode.PLAN_SCHEMA: QT_TRANSLATE_NOOP("ErrorCode", "{field}: {reason}"),
    ErrorCode.PLAN_SPREADSHEET: QT_TRANSLATE_NOOP("ErrorCode", "sheet '{sheet}' row {row}: {reason}"),
    ErrorCode.PLAN_DUPLICATE_ID: QT_TRANSLATE_NOOP("ErrorCode", "id '{id}' is used more than once"),
    ErrorCode.PLAN_UNKNOWN_REFERENCE: QT_TRANSLATE_NOOP("ErrorCode", "{field} refers to unknown {kind} '{id}'"),
    ErrorCode.PLAN_UNKNOWN_FRAMEWORK: QT_TRANSLATE_NOOP(
        "ErrorCode", "'{scheme} {ref}' is not a framework code napsurvey knows"
    ),
    ErrorCode.PLAN_TARGET_WITHOUT_BASELINE: QT_TRANSLATE_NOOP(
        "ErrorCode", "indicator '{id}' has a target but no baseline"
    ),
    ErrorCode.PLAN_NO_RESPONSIBLE: QT_TRANSLATE_NOOP("ErrorCode", "action '{id}' names no responsible institution"),
    ErrorCode.PLAN_PERSON_FIELD: QT_TRANSLATE_NOOP(
        "ErrorCode", "'{field}' could hold a person; a plan names institutions, never persons"
    ),
    ErrorCode.PLAN_PERSONAL_DATA: QT_TRANSLATE_NOOP(
        "ErrorCode", "{field}: {what} in the text; a plan names institutions, never persons"
    ),
    ErrorCode.PLAN_DATES: QT_TRANSLATE_NOOP("ErrorCode", "{field}: {reason}"),
    ErrorCode.PLAN_VALUE: QT_TRANSLATE_NOOP("ErrorCode", "{field}: {reason}"),
    ErrorCode.PLAN_CURRENCY: QT_TRANSLATE_NOOP(
        "ErrorCode", "{field}: currency {found} differs from the plan's currency {expected}"
    ),
    ErrorCode.PLAN_SURVEY_EVIDENCE: QT_TRANSLATE_NOOP("ErrorCode", "indicator '{id}': {reason}"),
    ErrorCode.PLAN_SURVEY_VALUE: QT_TRANSLATE_NOOP(
        "ErrorCode", "indicator '{id}' takes its value from the released survey tables; remove the value"
    ),
    ErrorCode.PLAN_NO_SOURCE: QT_TRANSLATE_NOOP("ErrorCode", "indicator '{id}': an observed value needs its source"),
    ErrorCode.PLAN_WRONG_PLAN: QT_TRANSLATE_NOOP(
        "ErrorCode", "these assessments are for plan '{found}', not for the imported plan '{expected}'"
    ),
    ErrorCode.PLAN_NOT_IMPORTED: QT_TRANSLATE_NOOP("ErrorCode", "no plan has been imported into this vault yet"),
    ErrorCode.PLAN_NO_ASSESSMENT: QT_TRANSLATE_NOOP("ErrorCode", "no assessment has been entered for {what}"),
    ErrorCode.PLAN_ANOTHER_PLAN: QT_TRANSLATE_NOOP(
        "ErrorCode", "this vault holds plan '{found}' ({periods} assessed period(s)); replacing it by '{new}' must be asked for"
    ),
    ErrorCode.PLAN_STORED_PERIODS: QT_TRANSLATE_NOOP(
        "ErrorCode", "the new version of the plan does not fit the stored period {period}: {reason}"
    ),
}

#: English template of every code the app may show, keyed by code.
CATALOGUE: dict[ErrorCode, str] = {code: str(text) for code, text in _MARKED.items()}
