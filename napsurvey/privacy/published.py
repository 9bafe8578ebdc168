"""The one shape of a table that leaves the coordinator in the clear.

A :class:`PublishedTable` holds every cell a reader may see: the full-detail
cells (one value per dimension) and every margin (a cell whose key lacks a
dimension is the total over it). Every count is a *published value*: the true
count perturbed by the cell-key method (:mod:`napsurvey.privacy.cellkey`).
A value below the threshold is withheld: it carries no count at all —
``count`` is ``None`` — so no output can print or sum it as zero by mistake.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

#: A cell key in hashable form: the set of ``(dimension, value)`` pairs.
CellKey = frozenset[tuple[str, str]]


def freeze_key(key: dict[str, str]) -> CellKey:
    """Return the hashable form of a cell key (order of dimensions does not matter)."""
    return frozenset(key.items())


class PublishedCell(BaseModel):
    """One published cell: a (perturbed) count, or the mark that it is below the threshold."""

    model_config = ConfigDict(extra="forbid")

    #: dimension -> value; a dimension absent from the key means "total over it".
    key: dict[str, str]
    #: the published value; ``None`` when it is below the threshold, never 0 standing for it.
    count: int | None
    #: True when withheld (below the threshold)
    suppressed: bool

    @model_validator(mode="after")
    def _consistent(self) -> PublishedCell:
        if self.suppressed:
            if self.count is not None:
                raise ValueError("a withheld cell carries no count")
        else:
            if self.count is None:
                raise ValueError("a published cell needs a count")
            if self.count < 0:
                raise ValueError("a count cannot be negative")
        return self


class PublishedTable(BaseModel):
    """A disclosure-controlled table: detail cells and all their margins."""

    model_config = ConfigDict(extra="forbid")

    indicator: str
    form_id: str
    #: e.g. ``["answer", "district", "period"]``
    dimensions: list[str]
    threshold: int
    cells: list[PublishedCell]

    _index: dict[CellKey, PublishedCell] | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _keys_use_dimensions(self) -> PublishedTable:
        known = set(self.dimensions)
        for cell in self.cells:
            unknown = set(cell.key) - known
            if unknown:
                raise ValueError(f"cell key names unknown dimension(s): {sorted(unknown)}")
        return self

    def _lookup(self) -> dict[CellKey, PublishedCell]:
        if self._index is None:
            self._index = {freeze_key(c.key): c for c in self.cells}
        return self._index

    def cell(self, **key: str) -> PublishedCell | None:
        """The cell with exactly this key (omit a dimension for its total), or None."""
        return self._lookup().get(freeze_key(key))

    def percentage(self, key: dict[str, str], of_key: dict[str, str]) -> float | None:
        """``100 * count(key) / count(of_key)`` from published counts only.

        ``None`` when either cell is missing or suppressed, or when the
        denominator is zero. A published zero numerator gives ``0.0``: it is a
        true, published zero, not a hidden value.
        """
        index = self._lookup()
        part = index.get(freeze_key(key))
        whole = index.get(freeze_key(of_key))
        if part is None or whole is None or part.count is None or whole.count is None:
            return None
        if whole.count == 0:
            return None
        return 100.0 * part.count / whole.count

    @property
    def suppressed_count(self) -> int:
        """How many cells are withheld (for legends and methodology notes)."""
        return sum(1 for c in self.cells if c.suppressed)


class Protection(BaseModel):
    """How an output's figures were protected (what ``tables --format json`` states at its top)."""

    model_config = ConfigDict(extra="forbid")

    method: Literal["cell-key"] = "cell-key"
    #: no published value is further than this from its true count
    max_deviation: int
    #: the highest threshold of the output's tables (values below a table's own threshold are withheld)
    threshold: int


class ReleaseRef(BaseModel):
    """One edition of one form's release that an output shows."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    form_id: str
    period: str
    edition: int


class PublishedSet(BaseModel):
    """Every table of one output, how they were protected, and the releases they come from."""

    model_config = ConfigDict(extra="forbid")

    threshold: int
    tables: list[PublishedTable]
    protection: Protection | None = None
    releases: list[ReleaseRef] = Field(default_factory=list)
    #: interviews per form and released period (protected like any cell), one table per form
    coverage: list[PublishedTable] = Field(default_factory=list)
