"""DHIS2 ``dataValueSets`` payloads from published tables and a coordinator's mapping file.

Mapping file (YAML or JSON; see docs/tables-and-reports.md)::

    orgUnit: ImspTQPwCqd              # org unit for tables with no place dimension
    attributeOptionCombo: HllvX50cXC0 # optional, written on every value
    orgUnits:                         # place value -> org unit
      north: DiszpKrYNg8
    indicators:
      safe_night_by_region:
        dataElement: fbfJHSPpUQD
        orgUnitBy: region             # dimension whose values are places (optional)
        disaggregations: []           # by-dimensions in the category combo (others are totalled)
        categoryOptionCombos:         # "answer|by..." -> category option combo; "total" sums a dimension
          "safe": pq2XI5kz2BY
          "total": HllvX50cXC0

For every mapped indicator, the cells sent are those whose key has the
period, the place dimension (if any), and for the answer and each listed
disaggregation either a value or, where the combination says ``total``, the
total over it. Every value is a published (perturbed) count; a value below
the threshold is left out — DHIS2 would read a 0 as a real zero — and so are
cells whose combination or place has no mapping (:class:`Dhis2Result` counts
both). Refused, with a code and nothing written: a mapping naming an
indicator no form has or a combination its table cannot have
(``TABLES_DHIS2_UNKNOWN``), two values under one data-value key
(``TABLES_DHIS2_DUPLICATE``), and one data element receiving two period types
(``TABLES_DHIS2_PERIOD_TYPES``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.yaml_reader import read_yaml
from napsurvey.privacy.published import PublishedSet, PublishedTable
from napsurvey.tables.labels import ANSWER, PERIOD
from napsurvey.tables.periods import dhis2_period, kind_of

Uid = Annotated[str, Field(pattern=r"^[A-Za-z][A-Za-z0-9]{10}$")]


class IndicatorMapping(BaseModel):
    """How one indicator's cells become DHIS2 data values."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    data_element: Uid | None = Field(None, alias="dataElement")
    org_unit_by: str | None = Field(None, alias="orgUnitBy")
    disaggregations: list[str] = Field(default_factory=list)
    category_option_combos: dict[str, Uid] = Field(alias="categoryOptionCombos")


class Dhis2Mapping(BaseModel):
    """The whole mapping file."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    org_unit: Uid | None = Field(None, alias="orgUnit")
    attribute_option_combo: Uid | None = Field(None, alias="attributeOptionCombo")
    org_units: dict[str, Uid] = Field(default_factory=dict, alias="orgUnits")
    indicators: dict[str, IndicatorMapping]


def read_mapping(data: bytes, path: str) -> Dhis2Mapping:
    """Parse a mapping file (YAML, of which JSON is a subset); ``TABLES_DHIS2_MAPPING`` if it is wrong."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise NapError(ErrorCode.TABLES_DHIS2_MAPPING, path=path, reason="not UTF-8 text") from None
    try:
        # The form reader's guards (depth, alias expansion, duplicate keys) and YAML 1.2 scalars.
        raw: Any = read_yaml(text)
    except NapError as exc:
        reason = str(exc.params.get("reason", "not valid YAML or JSON"))
        raise NapError(ErrorCode.TABLES_DHIS2_MAPPING, path=path, reason=reason) from None
    try:
        return Dhis2Mapping.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "file"
        raise NapError(ErrorCode.TABLES_DHIS2_MAPPING, path=path, reason=f"{where}: {first['msg']}") from None


@dataclass(frozen=True)
class Dhis2Result:
    """The payload and what was left out of it."""

    payload: dict[str, Any]
    values: int
    suppressed_omitted: int
    unmapped_omitted: int

    def to_bytes(self) -> bytes:
        """The payload as UTF-8 JSON."""
        return (json.dumps(self.payload, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


TOTAL = "total"


def to_dhis2(published: PublishedSet, mapping: Dhis2Mapping, *, default_elements: dict[str, str] | None = None,
             path: str = "mapping", known_indicators: set[str] | None = None) -> Dhis2Result:
    """Build the ``dataValueSets`` payload; never sends a withheld value, never sends it as 0.

    ``default_elements`` gives an indicator's data element when the mapping
    names none (forms may declare ``dhis2:`` on an indicator);
    ``known_indicators`` are the indicators of the coordinator's forms (a
    mapped name outside them is refused).
    """
    tables = {t.indicator: t for t in published.tables}
    for name in mapping.indicators:
        if name not in tables and (known_indicators is None or name not in known_indicators):
            raise NapError(ErrorCode.TABLES_DHIS2_UNKNOWN, path=path, what="indicator", name=name[:64])
    values: list[dict[str, str]] = []
    seen: set[tuple[str, ...]] = set()
    kinds: dict[str, set[str]] = {}
    suppressed = unmapped = 0
    for name, spec in mapping.indicators.items():
        table = tables.get(name)
        if table is None:
            continue  # a form not in this output
        element = spec.data_element or (default_elements or {}).get(name)
        if element is None:
            raise NapError(ErrorCode.TABLES_DHIS2_MAPPING, path=path, reason=f"indicator '{name}' has no dataElement")
        for dim in [*spec.disaggregations, *([spec.org_unit_by] if spec.org_unit_by else [])]:
            if dim not in table.dimensions or dim in (ANSWER, PERIOD):
                raise NapError(ErrorCode.TABLES_DHIS2_MAPPING, path=path,
                               reason=f"indicator '{name}' has no disaggregation '{dim}'")
        if spec.org_unit_by is None and mapping.org_unit is None:
            raise NapError(ErrorCode.TABLES_DHIS2_MAPPING, path=path,
                           reason=f"indicator '{name}' needs orgUnitBy or a top-level orgUnit")
        combo_dims = [ANSWER, *spec.disaggregations]
        _check_combinations(table, spec, combo_dims, path)
        allowed = {*combo_dims, PERIOD, *([spec.org_unit_by] if spec.org_unit_by else [])}
        for cell in table.cells:
            if PERIOD not in cell.key or not set(cell.key) <= allowed:
                continue
            if spec.org_unit_by and spec.org_unit_by not in cell.key:
                continue
            combo_key = "|".join(cell.key.get(d, TOTAL) for d in combo_dims)
            combo = spec.category_option_combos.get(combo_key)
            org = mapping.org_units.get(cell.key[spec.org_unit_by]) if spec.org_unit_by else mapping.org_unit
            if combo is None or org is None:
                unmapped += 1
                continue
            if cell.count is None:
                suppressed += 1
                continue
            period = dhis2_period(cell.key[PERIOD])
            ident = (element, period, org, combo, mapping.attribute_option_combo or "")
            if ident in seen:
                raise NapError(ErrorCode.TABLES_DHIS2_DUPLICATE, path=path, element=element, period=period,
                               org_unit=org, combo=combo)
            seen.add(ident)
            kinds.setdefault(element, set()).add(kind_of(cell.key[PERIOD]))
            if len(kinds[element]) > 1:
                raise NapError(ErrorCode.TABLES_DHIS2_PERIOD_TYPES, path=path, element=element,
                               kinds=" and ".join(sorted(kinds[element])))
            value = {"dataElement": element, "period": period, "orgUnit": org, "categoryOptionCombo": combo}
            if mapping.attribute_option_combo:
                value["attributeOptionCombo"] = mapping.attribute_option_combo
            value["value"] = str(cell.count)
            values.append(value)
    return Dhis2Result({"dataValues": values}, len(values), suppressed, unmapped)


def _check_combinations(table: PublishedTable, spec: IndicatorMapping, dims: list[str], path: str) -> None:
    """Every combination key names, per dimension, one of its values or ``total``."""
    domains = {d: {c.key[d] for c in table.cells if d in c.key} for d in dims}
    for combo_key in spec.category_option_combos:
        parts = combo_key.split("|")
        if len(parts) != len(dims) or any(p != TOTAL and p not in domains[d] for p, d in zip(parts, dims, strict=True)):
            raise NapError(ErrorCode.TABLES_DHIS2_UNKNOWN, path=path, what=f"combination of '{table.indicator}'",
                           name=combo_key[:80])
