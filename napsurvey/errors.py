"""User-facing errors with stable codes.

Every refusal the user can see is a :class:`NapError` carrying an
:class:`ErrorCode`. The code's *name* is the stable identifier that tests
assert and scripts match (``FORM_DUPLICATE_NAME``); its ``template`` is an
English message with ``{placeholders}``. Front ends print
``CODE: message`` on one line and never a traceback.

Codes are grouped by layer with a prefix (``FORM_``, ``EXPR_``, ``INTERVIEW_``,
``VAULT_``, ``BUNDLE_``, ``SYNC_``, ``PRIVACY_``, ``TABLES_``, ``REPORT_``,
``PLAN_``, ``CLI_``). Never rename or reuse a code: add a new one.

Layers raise the code of the domain problem, in words a monitor or a
coordinator understands whichever front end shows it: no command names, no
option flags. Only the command line raises ``CLI_*`` codes (a usage mistake,
a file named on its command line), and it adds the option to use to a domain
refusal itself (``napsurvey.cli.main.HINTS``). The desktop app shows every
other code translated (``napsurvey.gui.error_catalog``, generated from this enum).
"""

from __future__ import annotations

from enum import Enum, unique
from typing import Any


@unique
class ErrorCode(Enum):
    """Stable error codes and their message templates.

    Each member's value is its own name, so two codes that happen to share a
    template stay two codes (a plain Enum would make the second an alias of
    the first); the template is in :attr:`template`.
    """

    template: str

    def __new__(cls, template: str) -> ErrorCode:
        member = object.__new__(cls)
        member._value_ = f"#{len(cls.__members__)}"  # unique; the stable identifier is the name
        member.template = template
        return member

    # --- generic -----------------------------------------------------------
    INTERNAL = "unexpected internal error ({kind}); nothing was changed"
    IO_ERROR = "cannot {action} {path}: {reason}"
    DISK_FULL = "not enough disk space to write {path}; nothing was written"
    FILE_EXISTS = "{path} already exists; choose another name"
    FILE_IS_FOLDER = "{path} is a folder; give a file name"
    FOLDER_MISSING = "{path}: the folder does not exist"
    FILE_TOO_LARGE = "{path}: the file is far too large"

    # --- forms: loading and lint ---------------------------------------------
    FORM_NOT_FOUND = "form file not found: {path}"
    FORM_YAML = "not valid YAML: {reason}"
    FORM_NOT_A_FORM = "not a form: {reason}"
    FORM_SCHEMA = "{field}: {reason}"
    FORM_DUPLICATE_NAME = "name '{name}' is used more than once"
    FORM_MISSING_CHOICE_LIST = "choice list '{list}' is not defined in choices"
    FORM_UNKNOWN_REFERENCE = "expression refers to unknown question '{name}'"
    FORM_FORWARD_REFERENCE = "{column} refers to '{name}', which comes later in the form"
    FORM_CALCULATION_CYCLE = "calculations form a cycle: {cycle}"
    FORM_BAD_EXPRESSION = "{column}: {reason}"
    FORM_UNCLOSED_BLOCK = "{kind} '{name}' is never closed"
    FORM_UNMATCHED_END = "{kind} has no matching begin"
    FORM_MISSING_TRANSLATION = "{column} has no text for language '{language}'"
    FORM_HIGH_FREE_TEXT = "free-text question not allowed in a sensitivity: high form"
    FORM_HIGH_IDENTIFIER = "identifier question not allowed in a sensitivity: high form"
    FORM_INDICATOR_NOT_CATEGORICAL = "indicator '{indicator}': '{name}' is not a select question"
    FORM_INDICATOR_TOO_MANY_BY = "indicator '{indicator}' has {count} disaggregations (at most 2)"
    FORM_INDICATOR_UNKNOWN_QUESTION = "indicator '{indicator}' names unknown question '{name}'"
    FORM_INDICATOR_GROUP = "indicator '{indicator}', groups of '{name}': {reason}"
    FORM_UNKNOWN_TYPE = "unknown question type '{type}'"
    FORM_UNSUPPORTED = "unsupported {what}: {detail}"
    FORM_CONSENT = "consent: {reason}"
    FORM_CHILD_PROTOCOL = "child_protocol: {reason}"
    FORM_PRIVACY = "privacy: {reason}"
    FORM_XLSFORM = "{sheet} row {row}: {reason}"
    FORM_XLSFORM_UNSUPPORTED_TYPE = "question type '{type}' is not supported; the row was not imported"
    FORM_XLSFORM_METADATA = "metadata type '{type}' is not collected by napsurvey; the row was not imported"
    FORM_XLSFORM_IDENTIFIER = "'{type}' is an identifier of the device or the monitor, never kept by napsurvey; the row was not imported"
    FORM_XLSFORM_LOCATION = "'{type}' is a GPS position, never collected by napsurvey; the row was not imported{alternative}"
    FORM_XLSFORM_PLACE = "'{type}' imported as a choice of place from list '{list}', never a position{level}"
    FORM_XLSFORM_MEDIA = (
        "'{type}' records a photo, a sound, a video, a file or a scan, never collected by napsurvey; the row was not imported"
    )
    FORM_XLSFORM_LOOP = "'{type}' is not supported; the loop and the {count} row(s) inside it were not imported"
    FORM_XLSFORM_OR_OTHER = "'or_other': a choice '{choice}' and a text question '{name}' for it were added"
    FORM_XLSFORM_MAPPED = "type '{type}' imported as {target}"
    FORM_XLSFORM_UNSUPPORTED_COLUMN = "column '{column}' is not supported; its values were not imported"
    FORM_XLSFORM_UNKNOWN_COLUMN = "unknown column '{column}'; its values were not imported"
    FORM_XLSFORM_DUPLICATE_COLUMN = "column '{column}' appears {count} times; only the first was imported{lost}"
    FORM_XLSFORM_PLAIN_AND_LANGUAGE = (
        "'{plain}' and '{explicit}' are one language and differ on {count} row(s) ({rows}); the second was kept"
    )
    FORM_XLSFORM_UNSUPPORTED_SETTING = "setting '{setting}' is not supported and was ignored"
    FORM_XLSFORM_UNUSED_SHEET = "sheet '{sheet}' is not used by napsurvey and was ignored"
    FORM_XLSFORM_DROPPED_REFERENCE = "{column} refers to '{name}', which was not imported ({type}); {effect}"
    FORM_XLSFORM_TODAY_REFERENCE = "{column} refers to '{name}' ({type}), which was not imported; it reads today()"
    FORM_XLSFORM_AMBIGUOUS_REFERENCE = "{column} refers to '{name}', which names more than one question"
    FORM_XLSFORM_PATH = "{column}: the path '{path}' does not lead to a question of the form"
    FORM_XLSFORM_LAST_SAVED = "{column} reads '{name}' of the last saved interview, never carried to the next respondent; {action}"
    FORM_XLSFORM_UNSUPPORTED_FUNCTION = "{column} uses {function}(), which napsurvey does not support"
    FORM_XLSFORM_REFUSED_FUNCTION = "{column} uses {function}(), which napsurvey refuses: {reason}"
    FORM_XLSFORM_QUOTES = "{column}: typographic quotes were replaced by straight quotes"
    FORM_XLSFORM_NO_NAME = "a {type} row needs a name"
    FORM_XLSFORM_NAMED = "the {type} row has no name; it was imported as '{name}'"
    FORM_XLSFORM_RENAMED = "name '{name}' is also used in {other}; this one was imported as '{new}'"
    FORM_XLSFORM_NO_TYPE = "the row has no type; it was not imported"
    FORM_XLSFORM_GROUP = "the group names '{indicator}', which is not an indicator of the indicators sheet; it was not imported"
    FORM_XLSFORM_NO_LIST = "the choice has no list_name; it was not imported"
    FORM_XLSFORM_NO_LABEL = "the {what} has no label; {shown} is shown instead"
    FORM_XLSFORM_DUPLICATE_CHOICE = "choice '{name}' is written twice in list '{list}'; the second was not imported"
    FORM_XLSFORM_PARTIAL_TRANSLATION = "{column} has no '{language}' text on {count} row(s) ({rows}); they show the '{fallback}' text"
    FORM_XLSFORM_DEFAULT = "default '{value}' was not imported: {reason}"
    FORM_XLSFORM_FILE = "list '{file}' {reason}"
    FORM_XLSFORM_FORM_ID = "form_id '{old}' became '{new}' (lower-case letters, digits and _ only)"
    FORM_XLSFORM_SEARCH = "appearance '{appearance}' looks up choices while the form runs; the choices of list '{list}' are offered instead"
    FORM_XLSFORM_SURVEY_SHEET = "the workbook has no sheet named survey; sheet '{sheet}' was read as the survey"
    FORM_XLSFORM_EMPTY = "no question a respondent answers was imported; the workbook is not a usable form"
    FORM_TOO_LARGE = "the file is larger than {limit}; a form is much smaller"
    FORM_REFERRAL = "referral: {reason}"
    FORM_NO_INDICATORS = "the form declares no indicators, so nothing it collects can be reported"
    FORM_BLOCK_MISMATCH = "{kind} closes {open_kind} '{name}'"
    FORM_REPEAT_COUNT = "repeat_count {count} is more than the {limit} instances a repeat may have"

    # --- expressions -------------------------------------------------------
    EXPR_SYNTAX = "syntax error at position {pos}: {reason}"
    EXPR_UNKNOWN_FUNCTION = "unknown function '{name}()'"
    EXPR_REFUSED_FUNCTION = "{name}() is refused: {reason}"
    EXPR_ARITY = "{name}() takes {expected} argument(s), got {got}"
    EXPR_TOO_COMPLEX = "expression is too long or too deeply nested"
    EXPR_TIME_BUDGET = "{where}the expression took longer than the {seconds} s allowed; nothing was changed"
    EXPR_STRING_TOO_LONG = "{where}the expression makes a text longer than {limit} characters; nothing was changed"
    EXPR_INTERRUPTED = "{where}the evaluation was interrupted; nothing was changed"

    # --- interview engine --------------------------------------------------
    INTERVIEW_CONSENT_REQUIRED = "consent must be recorded before any other question"
    INTERVIEW_NO_REFERRAL = "this form needs a referral directory for the area before it can start"
    INTERVIEW_NOT_TRAINED = "this form is locked until the monitor has a training sign-off"
    INTERVIEW_NO_PROTOCOL = "this form runs only under a study protocol from a coordinator's kit"
    INTERVIEW_UNKNOWN_QUESTION = "unknown question '{name}'"
    INTERVIEW_NOT_RELEVANT = "question '{name}' does not apply given earlier answers"
    INTERVIEW_BAD_VALUE = "question '{name}': {reason}"
    INTERVIEW_UNKNOWN_CHOICE = "question '{name}': the value given is not one of its choices"
    INTERVIEW_CONSTRAINT = "question '{name}': {message}"
    INTERVIEW_REQUIRED = "question '{name}': {message}"
    INTERVIEW_NOT_COMPLETE = "the interview is not complete: {reason}"
    INTERVIEW_ENDED = "the interview has ended"
    INTERVIEW_READ_ONLY = "question '{name}' is calculated and cannot be answered"
    INTERVIEW_NOT_REACHED = "section '{name}' cannot be opened before the questions that lead to it"
    INTERVIEW_REPEAT_COUNT = "{where}{what} would have {count} instances; at most {limit} are allowed; nothing was changed"
    INTERVIEW_DRAFT_UNREADABLE = "the draft cannot be resumed: {reason}"

    # --- vault -------------------------------------------------------------
    VAULT_NOT_FOUND = "no vault in this home folder"
    VAULT_EXISTS = "a vault already exists in this home folder"
    VAULT_WRONG_PASSPHRASE = "wrong passphrase{delay}"
    VAULT_WAIT = "too many failed attempts; try again in {seconds} s"
    VAULT_WRONG_RECOVERY_KEY = "wrong recovery key"
    VAULT_LOCKED_BY_OTHER = "the vault is open in another napsurvey window or command; close it first"
    VAULT_INSECURE = "the encrypted store is not configured safely ({setting}); refusing to run"
    VAULT_CORRUPT = "the vault is damaged: {reason}"
    VAULT_KEYFILE = "the key file is damaged or missing: {reason}"
    VAULT_TOO_NEW = "this vault was made by a newer napsurvey (schema {found} > {supported})"
    VAULT_WEAK_PASSPHRASE = "passphrase too weak: {reason}"
    VAULT_NO_PASSPHRASE = "no passphrase given (use --passphrase-file, NAPSURVEY_PASSPHRASE or a terminal)"
    VAULT_ROLE = "this command is for the {expected} role; this vault is a {actual}"
    VAULT_FORM_NOT_INSTALLED = "form '{form_id}' is not installed in this vault"
    VAULT_FORM_HIGH_NEEDS_KIT = "form '{form_id}' is sensitivity: high and can only arrive in a coordinator's kit"
    VAULT_FORM_DOWNGRADE = "form '{form_id}' version {new} is older than installed {old}"
    VAULT_DRAFT_NOT_FOUND = "no draft {draft_id}"
    VAULT_CLOSED = "the vault is locked; unlock it again"
    VAULT_FORM_CHANGED = (
        "form '{form_id}' version {version} is already installed with different content; give the changed form a new version"
    )
    VAULT_SETTING = "setting '{key}': {reason}"
    VAULT_BAD_ROLE = "role '{role}' is not monitor, coordinator or hub"
    TRAINING_SUPERVISOR_CODE = (
        "a supervisor code is 2 to 5 letters, a hyphen and 1 to 6 digits, as your supervisor gives it (for example SUP-07)"
    )
    TRAINING_DATE = "the training date must be today or a day before, written YYYY-MM-DD (not '{day}')"

    # --- back-entry --------------------------------------------------------
    BACKENTRY_JSON = "line {line}: not valid JSON: {reason}"
    BACKENTRY_NOT_OBJECT = "line {line}: each interview must be a JSON object"
    BACKENTRY_REFUSED = "line {line}: {question}: {reason_code}: {reason}"
    BACKENTRY_PAPER_ID = "line {line}: '@paper_id' {reason}"
    BACKENTRY_DUPLICATE = "line {line}: this paper questionnaire (its @paper_id) was already entered, {where}; it is not stored twice"
    BACKENTRY_WORKER = "back-entry stopped: an engine worker process ended unexpectedly ({reason}); {kept}"

    # --- bundles, kits, cards, receipts --------------------------------------
    BUNDLE_NOT_A_BUNDLE = "{path}: not a napsurvey bundle"
    BUNDLE_TRUNCATED = "{path}: the file is truncated or damaged"
    BUNDLE_TAMPERED = "{path}: the file was altered after it was made"
    BUNDLE_BAD_SIGNATURE = "{path}: the signature does not verify"
    BUNDLE_UNKNOWN_DEVICE = "{path}: made by a device that is not approved ({fingerprint})"
    BUNDLE_WRONG_VERSION = "{path}: bundle format version {found} is not supported (expected {expected})"
    BUNDLE_NOT_FOR_US = "{path}: this bundle was made for another coordinator or hub"
    BUNDLE_REPLAYED = "{path}: already imported on {when}"
    BUNDLE_SEQUENCE_CONFLICT = "{path}: device {device} already sent bundle {sequence} with different content"
    BUNDLE_FORKED = "{path}: device {device}: bundle {later} does not follow bundle {earlier}; the history was altered"
    BUNDLE_FORM_VERSION = "{path}: form '{form_id}' version {version} was not issued in any of this coordinator's kits"
    BUNDLE_SCHEMA = "{path}: content does not match the bundle format: {reason}"
    BUNDLE_NOTHING_TO_EXPORT = "no completed records waiting for export"
    BUNDLE_UNKNOWN_ID = "no bundle with id {bundle_id}"
    BUNDLE_VERIFY_FAILED = "{path}: the file read back differs from what was written; use another stick"
    KIT_BAD = "{path}: not a valid enrollment kit: {reason}"
    KIT_BAD_SIGNATURE = "{path}: the kit's signature does not verify"
    KIT_OTHER_COORDINATOR = "{path}: the kit is signed by a different coordinator than the installed one"
    KIT_REPIN_MISMATCH = "{path}: the fingerprint you confirmed is not the one of this kit's coordinator; nothing was changed"
    KIT_FINGERPRINT_MISMATCH = "{path}: the kit claims another key's fingerprint; it was made to pass for another coordinator's kit"
    KIT_OLDER = "{path}: the kit is older than the installed one"
    KIT_NOT_ENROLLED = "this device has no enrollment kit yet"
    CARD_BAD = "{path}: not a valid device card: {reason}"
    RECEIPT_BAD = "{path}: not a valid receipt: {reason}"
    RECEIPT_BAD_SIGNATURE = "{path}: the receipt is not signed by this device's coordinator"
    KIT_NEEDS_REFERRALS = "form '{form_id}' is sensitivity: high; the kit needs a referral directory"
    KIT_NEEDS_PROTOCOL = "form '{form_id}' is sensitivity: high; the kit needs a study protocol"
    KIT_REFERRALS_FILE = "{path}: not a referral directory: {reason}"
    KIT_PROTOCOL_FILE = "{path}: not a study protocol: {reason}"
    KIT_NO_FORMS = "a kit needs at least one form"
    CARD_NOT_CONFIRMED = "the device was not approved (fingerprint not confirmed)"
    DEVICE_UNKNOWN = "no approved device {device}"
    RECEIPT_NONE = "nothing imported{device} yet; no receipt to write"
    KIT_BAD_RECIPIENT = "the backup recipient must be an age public key (age1 followed by 58 characters)"
    KIT_CODE_FORMAT = "the enrollment code is three groups of five digits, as read out by the coordinator or hub that issued the kit"
    KIT_NEEDS_CODE = "{path}: this kit opens with the enrollment code read out by the coordinator or hub that issued it"
    KIT_WRONG_CODE = "{path}: this code does not open the kit (or the kit was altered); check it with the coordinator or hub that issued it"
    KIT_NOT_FOR_THIS_DEVICE = "{path}: this kit was sealed for another device"
    KIT_NOT_SEALED = "{path}: this kit is not sealed; ask the coordinator or hub that issued it for a new one (kits now travel encrypted)"
    CARD_NOT_FOR_US = "{path}: this card was sealed for another coordinator or hub"
    RECEIPT_NOT_FOR_US = "{path}: this receipt was sealed for another device"
    KIT_GRACE = "a grace of {value} days is not allowed (0 to {maximum})"
    KIT_BAD_INTERVAL = "the expected interval between bundles must be 1 to {maximum} days, not {value}"
    CARD_DEVICE_TAKEN = "{path}: device {device} is already approved with another key; card refused (forged, or a clashing fingerprint)"
    BUNDLE_NONE_FOUND = "no bundle files in {path}"

    # --- hub: a network or a region pooling its members' releases -------------
    HUB_NOT_JOINED = "this coordinator has not joined a hub yet"
    HUB_KIT_OTHER_HUB = "{path}: the kit is signed by a different hub than the one this coordinator joined"
    HUB_KIT_RAW_HIGH = "form '{form_id}' is sensitivity: high; its raw counts never leave a coordinator"
    HUB_INDICATORS_FILE = "{path}: not an indicator set: {reason}"
    HUB_NOT_SHARED = "member {member} has not chosen to be compared side by side with other members"
    HUB_TWINNING_MEMBERS = "a twinning report compares at least two different members"
    HUB_NOTHING_TO_EXPORT = "every release{what} was already sent to the hub"
    HUB_NOTHING_RELEASED = "no member has released anything here yet; import their bundles first"
    HUB_MEMBER_UNKNOWN = "no member named '{member}' (give a member's name or its fingerprint)"
    HUB_RELEASE_CONFLICT = (
        "{path}: member {member} already sent edition {edition} of '{form_id}' for {period} with other figures"
    )

    # --- outputs -----------------------------------------------------------
    PRIVACY_THRESHOLD = "disclosure threshold {value} is below the minimum of {minimum}"
    PRIVACY_THRESHOLD_MAX = "disclosure threshold {value} is above the maximum of {maximum}"
    TABLES_FORMAT = "unknown table format '{format}'"
    TABLES_PERIOD = "'{period}' is not a period (2026Q3, 2026-07, 2026) or a range of periods (2026Q1..2026Q2)"
    TABLES_DHIS2_MAPPING = "DHIS2 mapping {path}: {reason}"
    TABLES_DHIS2_NO_MAPPING = "the DHIS2 format needs a mapping file"
    TABLES_NO_DATA = "no imported data to publish"
    TABLES_DHIS2_DUPLICATE = "DHIS2 mapping {path}: two values for {element}, {period}, {org_unit}, {combo}"
    TABLES_DHIS2_PERIOD_TYPES = (
        "DHIS2 mapping {path}: data element {element} would receive {kinds} periods; one period type per data element"
    )
    TABLES_DHIS2_UNKNOWN = "DHIS2 mapping {path}: {what} '{name}' is not in the published tables"
    RELEASE_PERIOD_KIND = "'{period}' is not one {kind} of form '{form_id}' (for example {example})"
    RELEASE_NOT_CLOSED = "{period} of form '{form_id}' closes on {day}, {grace} days after its end; release it from then"
    RELEASE_UNCHANGED = "{period} of form '{form_id}' is released (edition {edition}) and nothing imported since changes it"
    RELEASE_NO_DATA = "no imported interview of form '{form_id}' falls in {period}"
    RELEASE_NOT_RELEASED = "not released{what}: {period}; publishable: {periods}"
    REPORT_FAILED = "the report could not be made: {reason}"
    REPORT_PAPER = "paper '{paper}' is neither a4 nor letter"

    # --- the NAP's own plan: commitments, assessments, money -----------------
    PLAN_NOT_A_PLAN = "not a plan file: {reason}"
    PLAN_FILE_NOT_FOUND = "{path}: no such file"
    PLAN_TOO_LARGE = "the file is larger than {limit}; a plan is much smaller"
    PLAN_YAML = "not valid YAML: {reason}"
    PLAN_SCHEMA = "{field}: {reason}"
    PLAN_SPREADSHEET = "sheet '{sheet}' row {row}: {reason}"
    PLAN_DUPLICATE_ID = "id '{id}' is used more than once"
    PLAN_UNKNOWN_REFERENCE = "{field} refers to unknown {kind} '{id}'"
    PLAN_UNKNOWN_FRAMEWORK = "'{scheme} {ref}' is not a framework code napsurvey knows"
    PLAN_TARGET_WITHOUT_BASELINE = "indicator '{id}' has a target but no baseline"
    PLAN_NO_RESPONSIBLE = "action '{id}' names no responsible institution"
    PLAN_PERSON_FIELD = "'{field}' could hold a person; a plan names institutions, never persons"
    PLAN_PERSONAL_DATA = "{field}: {what} in the text; a plan names institutions, never persons"
    PLAN_DATES = "{field}: {reason}"
    PLAN_VALUE = "{field}: {reason}"
    PLAN_CURRENCY = "{field}: currency {found} differs from the plan's currency {expected}"
    PLAN_SURVEY_EVIDENCE = "indicator '{id}': {reason}"
    PLAN_SURVEY_VALUE = "indicator '{id}' takes its value from the released survey tables; remove the value"
    PLAN_NO_SOURCE = "indicator '{id}': an observed value needs its source"
    PLAN_WRONG_PLAN = "these assessments are for plan '{found}', not for the imported plan '{expected}'"
    PLAN_NOT_IMPORTED = "no plan has been imported into this vault yet"
    PLAN_NO_ASSESSMENT = "no assessment has been entered for {what}"
    PLAN_ANOTHER_PLAN = "this vault holds plan '{found}' ({periods} assessed period(s)); replacing it by '{new}' must be asked for"
    PLAN_STORED_PERIODS = "the new version of the plan does not fit the stored period {period}: {reason}"

    # --- command line ------------------------------------------------------
    CLI_USAGE = "{reason}"
    CLI_FILE = "{path}: {reason}"
    CLI_INTERRUPTED = "interrupted; work not yet committed was discarded"


class NapError(Exception):
    """A refusal the user sees: a stable code and a formatted one-line message."""

    def __init__(self, code: ErrorCode, **params: Any) -> None:
        self.code = code
        self.params = params
        try:
            message = code.template.format(**params)
        except (KeyError, IndexError):  # a missing placeholder must not become a traceback
            message = code.template
        self.message = " ".join(message.split())  # always one line
        super().__init__(f"{code.name}: {self.message}")

    def __str__(self) -> str:
        return f"{self.code.name}: {self.message}"
