"""The upward bundle: what a coordinator sends its hub (a network or a region).

It is the monitor's bundle one level up — the same container (age to the hub,
Ed25519 inside, integrity trailer), the same manifest (the coordinator is the
sending device: its own sequence numbers and previous-bundle chain, the hub's
recipient fingerprint) — with its own frame magic and signature domain, so a
monitor's bundle can never be taken for an upward one or the other way round
(:data:`UPWARD_BUNDLE`).

What it carries are the coordinator's *releases*, never records and never the
counts its monitors sent: per form and released period, the protected values
exactly as the coordinator publishes them (``None`` where a value is shown
only as "below the threshold"). Raw tallies (a cell's true count and the sum
of its records' keys) travel only where the hub's kit asks for them and the
coordinator agreed for that form, and never for a ``sensitivity: high`` form.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from napsurvey.bundle.canonical import canonical_hash
from napsurvey.bundle.envelope import BundleKind
from napsurvey.bundle.formats import Day, Manifest, Period, SealedBody
from napsurvey.bundle.keys import recipients_fingerprint

#: Version of the upward frame and its body that this code writes and reads.
UPWARD_FORMAT_VERSION = 1
#: Cell keys are integers modulo 2**32 (the cell-key method's key space).
KEY_SPACE = 1 << 32

FormId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
Name = Annotated[str, Field(max_length=200)]
Value = Annotated[int, Field(ge=0, le=10**12)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class Protection(_Strict):
    """How the coordinator protected a release: the parameters its readers may know."""

    method: Literal["cell-key"]
    max_deviation: Annotated[int, Field(ge=1, le=100)]
    threshold: Annotated[int, Field(ge=5, le=1000)]
    #: Identifies the perturbation table itself (its hash): equal tables give equal values to equal tallies.
    table_id: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class ReleasedCell(_Strict):
    """One published cell: its key (``None`` where the cell is a total over that dimension) and its value.

    ``value`` is ``None`` when the coordinator shows it only as "below the threshold".
    """

    key: Annotated[list[Name | None], Field(min_length=1, max_length=4)]
    value: Value | None


class RawTally(_Strict):
    """A detail cell's true count and the sum of its records' keys (only where agreed, see the module)."""

    key: Annotated[list[Name], Field(min_length=1, max_length=4)]
    count: Value
    key_sum: Annotated[int, Field(ge=0, lt=KEY_SPACE)]


class ReleasedTable(_Strict):
    """One indicator of a release: every published cell, and the raw tallies if they were agreed."""

    indicator: FormId
    dimensions: Annotated[list[Annotated[str, Field(max_length=64)]], Field(min_length=1, max_length=4)]
    cells: list[ReleasedCell]
    raw: list[RawTally] | None = None

    @model_validator(mode="after")
    def _keys_fit(self) -> ReleasedTable:
        width = len(self.dimensions)
        if any(len(c.key) != width for c in self.cells) or any(len(r.key) != width for r in self.raw or []):
            raise ValueError(f"table {self.indicator}: a cell key does not have {width} parts")
        return self


class Release(_Strict):
    """One edition of one form's release for one period, as the coordinator published it."""

    form_id: FormId
    form_versions: Annotated[list[Annotated[str, Field(min_length=1, max_length=40)]], Field(min_length=1)]
    sensitivity: Literal["normal", "high"]
    period: Period
    edition: Annotated[int, Field(ge=1)]
    released_day: Day
    protection: Protection
    #: Interviews in the period, published like any cell (None: below the threshold).
    interviews: Value | None
    tables: list[ReleasedTable]

    @model_validator(mode="after")
    def _no_raw_for_high(self) -> Release:
        if self.sensitivity == "high" and any(t.raw is not None for t in self.tables):
            raise ValueError(f"form {self.form_id} is sensitivity: high; its raw tallies never leave the coordinator")
        return self


class UpwardBody(SealedBody):
    """Everything signed and encrypted in an upward bundle."""

    releases: Annotated[list[Release], Field(min_length=1)]

    @model_validator(mode="after")
    def _periods_match(self) -> UpwardBody:
        if self.manifest.periods != sorted({r.period for r in self.releases}):
            raise ValueError("the manifest's periods are not the periods of the releases")
        editions = [(r.form_id, r.period, r.edition) for r in self.releases]
        if len(set(editions)) != len(editions):
            raise ValueError("a release edition is there twice")
        return self


#: The coordinator's releases to its hub.
UPWARD_BUNDLE: BundleKind[UpwardBody] = BundleKind(
    "upward bundle", b"NAPSU1", b"napsurvey/upward-bundle/v1\x00", UPWARD_FORMAT_VERSION, UpwardBody
)

def make_upward_body(
    releases: list[Release],
    *,
    bundle_id: str,
    device_id: str,
    sequence: int,
    created_day: str,
    prev_hash: str,
    recipients: list[str],
) -> UpwardBody:
    """The manifest and releases of an upward bundle, with hashes and fingerprints filled in."""
    ordered = sorted(releases, key=lambda r: (r.form_id, r.period, r.edition))
    payload = {"releases": [r.model_dump(mode="json") for r in ordered]}
    manifest = Manifest(
        format_version=UPWARD_FORMAT_VERSION,
        bundle_id=bundle_id,
        device_id=device_id,
        sequence=sequence,
        created_day=created_day,
        periods=sorted({r.period for r in ordered}),
        prev_hash=prev_hash,
        recipients=sorted(recipients),
        recipient_fingerprint=recipients_fingerprint(recipients),
        tables_hash=canonical_hash(payload),
    )
    return UpwardBody(manifest=manifest, releases=ordered)
