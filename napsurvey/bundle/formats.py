"""Pydantic models of everything that travels between devices.

* :class:`BundleBody` — what a sealed bundle holds: a :class:`Manifest` and the
  aggregate :class:`Tables` (counts only, never rows, never free text).
* :class:`Kit` — the coordinator's enrollment kit.
* :class:`DeviceCard` — a monitor device's public keys.
* :class:`Receipt` — the coordinator's signed list of bundles it imported.

All models forbid unknown fields and hold integers only (canonical JSON).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from napsurvey.settings import DEFAULT_EXPECTED_INTERVAL_DAYS, DEFAULT_GRACE_DAYS, MAXIMUM_GRACE_DAYS, MAXIMUM_INTERVAL_DAYS
from napsurvey.vault.fingerprint import PATTERN as FINGERPRINT_PATTERN

#: Version of the bundle frame and manifest this code writes. Version 2 adds, beside
#: every count, the sum of its records' keys (the cell-key method, DESIGN section 6).
BUNDLE_FORMAT_VERSION = 2
#: Versions this code reads. A version-1 bundle carries no key sums; the coordinator
#: derives one per imported count (see napsurvey.services.releases).
READABLE_BUNDLE_VERSIONS = (1, 2)
#: Version of the kit / card / receipt documents.
DOCUMENT_FORMAT_VERSION = 1

def _real_day(value: str) -> str:
    # The pattern alone let 2026-13-45 through: a signed document must name a day that exists.
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise ValueError("not a calendar day") from None
    if not 2000 <= day.year <= 2200:
        raise ValueError("not a plausible year")
    return value


Day = Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$"), AfterValidator(_real_day)]
Hex64 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
BundleId = Annotated[str, Field(pattern=r"^[0-9a-f]{32}$")]
#: A device's fingerprint (eight groups of five digits), or the short id earlier versions wrote.
DeviceId = Annotated[str, Field(pattern=FINGERPRINT_PATTERN)]
MONTH_PATTERN = r"^\d{4}-(0[1-9]|1[0-2])$"
Period = Annotated[str, Field(pattern=r"^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$")]
Count = Annotated[int, Field(ge=0, le=10**12)]
#: The sum of records' keys modulo 2**32 (an aggregate like the count it stands beside).
KeySum = Annotated[int, Field(ge=0, lt=1 << 32)]
Label = Annotated[str, Field(max_length=200)]
B64Key = Annotated[str, Field(pattern=r"^[A-Za-z0-9+/]{43}=$")]


#: Highest disclosure threshold a kit may set (a typo must not withhold every cell).
MAXIMUM_THRESHOLD = 1000

#: An age X25519 recipient (bech32: ``age1`` and 58 characters).
AGE_RECIPIENT_PATTERN = r"^age1[02-9ac-hj-np-z]{58}$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


# --- bundles ---------------------------------------------------------------


class Manifest(_Strict):
    """Who made the bundle, for whom, and where it sits in the device's chain."""

    format_version: int
    bundle_id: BundleId
    device_id: DeviceId
    sequence: Annotated[int, Field(ge=1)]
    created_day: Day
    #: A monitor's bundle counts at least one month (see BundleBody); an upward bundle may carry
    #: a change of what its coordinator shares alone, and no period.
    periods: list[Period]
    prev_hash: Hex64 | Literal[""]
    recipients: Annotated[list[Annotated[str, Field(max_length=100)]], Field(min_length=1, max_length=4)]
    recipient_fingerprint: Hex64
    tables_hash: Hex64


class Cell(_Strict):
    """One cell: the key (option, disaggregation values..., period), its count and its records' key sum."""

    key: Annotated[list[Annotated[str, Field(max_length=200)]], Field(min_length=2, max_length=4)]
    count: Annotated[int, Field(ge=1, le=10**12)]
    #: absent only in version-1 bundles
    key_sum: KeySum | None = None


class AggregateTable(_Strict):
    """Counts of one indicator of one form: option × up to two disaggregations × period."""

    form_id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
    form_versions: list[Annotated[str, Field(min_length=1, max_length=40)]]
    indicator: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
    question: Annotated[str, Field(max_length=64)]
    dimensions: Annotated[list[Annotated[str, Field(max_length=64)]], Field(max_length=2)]
    period: Literal["month", "quarter", "year"]
    cells: list[Cell]

    @model_validator(mode="after")
    def _keys_fit(self) -> AggregateTable:
        width = len(self.dimensions) + 2
        for cell in self.cells:
            if len(cell.key) != width:
                raise ValueError(f"cell key has {len(cell.key)} parts, expected {width}")
        return self


class Denominators(_Strict):
    """Interviews per form and period, and the outcomes that store only a count."""

    form_id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
    form_versions: list[Annotated[str, Field(min_length=1, max_length=40)]]
    period: Period
    interviews: Count
    refused: Count = 0
    ended_child: Count = 0
    stopped: Count = 0
    #: the key sum of the interviews' records; absent only in version-1 bundles
    key_sum: KeySum | None = None


class Tables(_Strict):
    """The aggregate content of a bundle."""

    aggregates: list[AggregateTable]
    denominators: list[Denominators]


def period_of(month: str, kind: str) -> str:
    """``2026-11`` as a month, quarter (``2026-Q4``) or year (``2026``)."""
    if kind == "month":
        return month
    if kind == "quarter":
        return f"{month[:4]}-Q{(int(month[5:7]) + 2) // 3}"
    return month[:4]


_PERIOD_OF_KIND = {"month": MONTH_PATTERN, "quarter": r"^\d{4}-Q[1-4]$", "year": r"^\d{4}$"}


def tables_document(tables: Tables) -> dict[str, object]:
    """The tables as the JSON the manifest's hash covers (a version-1 body has no key sums at all)."""
    return tables.model_dump(mode="json", exclude_none=True)


class SealedBody(_Strict):
    """What any kind of sealed bundle holds: a manifest, and a payload whose hash it names."""

    manifest: Manifest

    def payload(self) -> Any:
        """The JSON of the part the manifest's ``tables_hash`` covers: everything but the manifest (no nulls)."""
        return self.model_dump(mode="json", exclude={"manifest"}, exclude_none=True)


class BundleBody(SealedBody):
    """Everything signed and encrypted in a monitor's bundle.

    The manifest's periods are exactly the months the denominators count, and
    every cell falls in one of them, in its table's kind of period: a device
    cannot make the coordinator store counts for a period it reported no
    interviews in, or for a month 13.
    """

    tables: Tables

    @model_validator(mode="after")
    def _periods_match_the_tables(self) -> BundleBody:
        months = sorted({d.period for d in self.tables.denominators})
        if not months:
            raise ValueError("a bundle counts the interviews of at least one month")
        if any(not re.match(MONTH_PATTERN, m) for m in months):
            raise ValueError("denominators are counted by month")
        if self.manifest.periods != months:
            raise ValueError("the manifest's periods are not the months the tables count")
        for table in self.tables.aggregates:
            covered = {period_of(m, table.period) for m in months}
            for cell in table.cells:
                period = cell.key[-1]
                if not re.match(_PERIOD_OF_KIND[table.period], period) or period not in covered:
                    raise ValueError(f"table {table.indicator}: a cell's period is outside the bundle's periods")
        return self

    @model_validator(mode="after")
    def _key_sums_match_the_version(self) -> BundleBody:
        cells = [c.key_sum for t in self.tables.aggregates for c in t.cells]
        cells += [d.key_sum for d in self.tables.denominators]
        if self.manifest.format_version >= 2 and any(k is None for k in cells):
            raise ValueError("every count of a version-2 bundle has a key sum")
        if self.manifest.format_version < 2 and any(k is not None for k in cells):
            raise ValueError("a version-1 bundle has no key sums")
        return self

    def payload(self) -> Any:
        """The tables alone, as JSON (the manifest has named their hash since the first version)."""
        return tables_document(self.tables)


# --- enrollment --------------------------------------------------------------


class ReferralService(_Strict):
    """One service in the referral directory (WHO recommendation 3)."""

    name: Annotated[str, Field(min_length=1, max_length=200)]
    kind: Literal["medical", "psychosocial", "legal", "safety", "shelter", "other"]
    contact: Annotated[str, Field(max_length=300)] = ""
    hours: Annotated[str, Field(max_length=200)] = ""
    languages: list[Annotated[str, Field(max_length=40)]] = Field(default_factory=list)


class StudyProtocol(_Strict):
    """The approved study protocol high-sensitivity forms run under (WHO recommendation 1)."""

    title: Annotated[str, Field(min_length=1, max_length=300)]
    reference: Annotated[str, Field(min_length=1, max_length=100)]
    approved_by: Annotated[str, Field(min_length=1, max_length=200)]
    approved_day: Day


class Disclosure(_Strict):
    """Cell thresholds for anything published in the clear, and when a period may be released."""

    threshold: Annotated[int, Field(ge=5, le=MAXIMUM_THRESHOLD)]
    threshold_high: Annotated[int, Field(ge=5, le=MAXIMUM_THRESHOLD)]
    grace_days: Annotated[int, Field(ge=0, le=MAXIMUM_GRACE_DAYS)] = DEFAULT_GRACE_DAYS


class Kit(_Strict):
    """The coordinator's signed enrollment kit (not encrypted: verified before any shared secret)."""

    format_version: int
    kit_serial: Annotated[int, Field(ge=1)]
    created_day: Day
    coordinator_signing_key: B64Key
    coordinator_box_key: B64Key
    coordinator_fingerprint: DeviceId
    backup_recipient: Annotated[str, Field(pattern=AGE_RECIPIENT_PATTERN)] | None = None
    forms: list[Annotated[str, Field(max_length=2_000_000)]]
    referrals: dict[str, list[ReferralService]] = Field(default_factory=dict)
    protocol: StudyProtocol | None = None
    disclosure: Disclosure
    # How often each device should send a bundle; a device silent for longer is shown as late.
    expected_interval_days: Annotated[int, Field(ge=1, le=MAXIMUM_INTERVAL_DAYS)] = DEFAULT_EXPECTED_INTERVAL_DAYS


class DeviceCard(_Strict):
    """A device's public keys, self-signed, for the coordinator to approve."""

    format_version: int
    device_id: DeviceId
    signing_key: B64Key
    box_key: B64Key
    role: Literal["monitor", "coordinator"]
    label: Annotated[str, Field(max_length=80)] = ""
    created_day: Day


class ReceiptEntry(_Strict):
    """One imported bundle acknowledged by the coordinator."""

    device_id: DeviceId
    sequence: Annotated[int, Field(ge=1)]
    bundle_id: BundleId
    bundle_hash: Hex64


class Receipt(_Strict):
    """The coordinator's signed acknowledgement of imported bundles."""

    format_version: int
    coordinator_fingerprint: DeviceId
    created_day: Day
    entries: list[ReceiptEntry]
