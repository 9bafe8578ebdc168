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

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator

from napsurvey.bundle.canonical import canonical_hash
from napsurvey.bundle.envelope import BundleKind
from napsurvey.bundle.formats import Day, Manifest, Period, SealedBody
from napsurvey.bundle.keys import recipients_fingerprint
from napsurvey.bundle.upward_plan import SharedPlan
from napsurvey.settings import RECORD_KEY_SPACE

#: Version of the upward frame and its body that this code writes and reads.
UPWARD_FORMAT_VERSION = 1
#: Cell keys are integers modulo 2**32 (the cell-key method's key space).
KEY_SPACE = RECORD_KEY_SPACE
#: Validation context of a release read back from the hub's vault (checked whole when it was imported).
STORED = "stored"

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


KeyPart = Annotated[str, Field(max_length=200)]
KeySum = Annotated[int, Field(ge=0, lt=KEY_SPACE)]


class ReleasedTable(_Strict):
    """One indicator of a release: every published cell, and the raw tallies if they were agreed.

    Cells are columns (a member's quarter holds thousands of them): ``keys[i]``
    is a cell's key, one part per dimension (``None`` where the cell is the
    total over that dimension), and ``values[i]`` its published value
    (``None`` where the coordinator shows it only as "below the threshold").
    Raw tallies, when present, are detail cells: ``raw_keys[i]`` (no total),
    its true count ``raw_counts[i]`` and the sum of its records' keys
    ``raw_key_sums[i]`` modulo ``2**32``.
    """

    indicator: FormId
    dimensions: Annotated[list[Annotated[str, Field(max_length=64)]], Field(min_length=1, max_length=4)]
    keys: list[Annotated[list[KeyPart | None], Field(min_length=1, max_length=4)]]
    values: list[Value | None]
    raw_keys: list[Annotated[list[KeyPart], Field(min_length=1, max_length=4)]] | None = None
    raw_counts: list[Value] | None = None
    raw_key_sums: list[KeySum] | None = None

    @property
    def has_raw(self) -> bool:
        """True when the table carries raw tallies."""
        return self.raw_keys is not None

    def cells(self) -> list[tuple[tuple[str | None, ...], int | None]]:
        """(key, published value) of every cell."""
        return [(tuple(k), v) for k, v in zip(self.keys, self.values, strict=True)]

    def raw(self) -> list[tuple[tuple[str, ...], int, int]]:
        """(detail key, count, key sum) of every raw tally (empty without them)."""
        if self.raw_keys is None or self.raw_counts is None or self.raw_key_sums is None:
            return []
        return [(tuple(k), n, s) for k, n, s in zip(self.raw_keys, self.raw_counts, self.raw_key_sums, strict=True)]

    @model_validator(mode="after")
    def _columns_fit(self, info: ValidationInfo) -> ReleasedTable:
        width = len(self.dimensions)
        if len(self.keys) != len(self.values):
            raise ValueError(f"table {self.indicator}: as many values as keys")
        if any(len(k) != width for k in self.keys) or any(len(k) != width for k in self.raw_keys or []):
            raise ValueError(f"table {self.indicator}: a cell key does not have {width} parts")
        stored = isinstance(info.context, dict) and info.context.get(STORED)  # checked whole when it was imported
        if not stored and len({tuple(k) for k in self.keys}) != len(self.keys):
            raise ValueError(f"table {self.indicator}: a cell is there twice")
        raw = (self.raw_keys, self.raw_counts, self.raw_key_sums)
        if any(r is None for r in raw) and not all(r is None for r in raw):
            raise ValueError(f"table {self.indicator}: raw keys, counts and key sums go together")
        if self.raw_keys is not None and not (len(self.raw_keys) == len(self.raw_counts or []) == len(self.raw_key_sums or [])):
            raise ValueError(f"table {self.indicator}: as many raw counts and key sums as raw keys")
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
    interviews: Value | None = None
    tables: list[ReleasedTable]

    @model_validator(mode="after")
    def _no_raw_for_high(self) -> Release:
        if self.sensitivity == "high" and any(t.has_raw for t in self.tables):
            raise ValueError(f"form {self.form_id} is sensitivity: high; its raw tallies never leave the coordinator")
        return self


class Sharing(_Strict):
    """What the coordinator chose to share beyond its releases (the hub keeps the newest bundle's choice)."""

    #: The member may be shown side by side with others in twinning comparisons.
    twinning: bool = False
    #: Its plan's scorecards and financing funnels per assessed period, sent only with twinning.
    plan: SharedPlan | None = None

    @model_validator(mode="after")
    def _plan_only_with_twinning(self) -> Sharing:
        if self.plan is not None and not self.twinning:
            raise ValueError("a plan is shared only for twinning comparisons")
        return self


class UpwardBody(SealedBody):
    """Everything signed and encrypted in an upward bundle.

    ``forms`` are the questionnaires (their text) the releases were made with
    that this coordinator has not sent the hub before: the hub labels the
    members' tables with them. Questionnaires are not secret; they travel in
    every kit.
    """

    #: Empty only in a bundle that says nothing but a change of what the coordinator shares.
    releases: list[Release]
    forms: Annotated[list[Annotated[str, Field(max_length=2_000_000)]], Field(max_length=50)] = Field(
        default_factory=list)
    sharing: Sharing = Field(default_factory=Sharing)
    #: The coordinator's perturbation table (its JSON), with the first raw tallies it sends: a pool is
    #: perturbed with the members' own table, so that a pool of one member gives that member's figures.
    perturbation_tables: Annotated[list[Annotated[str, Field(max_length=200_000)]], Field(max_length=4)] = Field(
        default_factory=list)

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
    "upward bundle", b"NAPSU1", b"napsurvey/upward-bundle/v1\x00", UPWARD_FORMAT_VERSION, UpwardBody,
    canonical_body=True,
)

def make_upward_body(
    releases: list[Release],
    *,
    forms: list[str] | None = None,
    perturbation_tables: list[str] | None = None,
    sharing: Sharing | None = None,
    bundle_id: str,
    device_id: str,
    sequence: int,
    created_day: str,
    prev_hash: str,
    recipients: list[str],
) -> UpwardBody:
    """The manifest and releases of an upward bundle, with hashes and fingerprints filled in."""
    ordered = sorted(releases, key=lambda r: (r.form_id, r.period, r.edition))
    # As the body is written: without nulls (see napsurvey.bundle.envelope.body_bytes).
    shared = sharing or Sharing()
    payload = {"forms": list(forms or []), "perturbation_tables": list(perturbation_tables or []),
               "releases": [r.model_dump(mode="json", exclude_none=True) for r in ordered],
               "sharing": shared.model_dump(mode="json", exclude_none=True)}
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
    return UpwardBody(manifest=manifest, releases=ordered, forms=list(forms or []),
                      perturbation_tables=list(perturbation_tables or []), sharing=shared)
