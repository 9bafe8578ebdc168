"""DHIS2 ``dataValueSets`` payloads from published tables and a coordinator's mapping file.

Mapping file (YAML or JSON; see docs/tables-and-reports.md)::

    orgUnit: ImspTQPwCqd              # org unit for tables with no place dimension
    attributeOptionCombo: HllvX50cXC0 # optional, written on every value
    orgUnits:                         # place value -> org unit
      north: DiszpKrYNg8
    indicators:
      safe_night_by_region_sex:
        dataElement: fbfJHSPpUQD
        orgUnitBy: region             # dimension whose values are places (optional)
        disaggregations: [sex]        # by-dimensions in the category combo (others are totalled)
        categoryOptionCombos:         # "answer|sex" -> category option combo
          "very_safe|female": pq2XI5kz2BY

For every mapped indicator, the cells sent are those whose key has exactly
the answer, the listed disaggregations, the place dimension (if any) and the
period: published totals over every other dimension. Suppressed cells are
omitted — DHIS2 would read a 0 as a real zero — and so are cells whose
answer combination or place has no mapping; :class:`Dhis2Result` counts both.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.yaml_reader import read_yaml
from napsurvey.privacy.published import PublishedSet
from napsurvey.tables.labels import ANSWER, PERIOD
from napsurvey.tables.periods import dhis2_period

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


def to_dhis2(published: PublishedSet, mapping: Dhis2Mapping, *, default_elements: dict[str, str] | None = None,
             path: str = "mapping") -> Dhis2Result:
    """Build the ``dataValueSets`` payload; never sends a suppressed cell, never sends it as 0.

    ``default_elements`` gives an indicator's data element when the mapping
    names none (forms may declare ``dhis2:`` on an indicator).
    """
    values: list[dict[str, str]] = []
    suppressed = unmapped = 0
    for table in published.tables:
        spec = mapping.indicators.get(table.indicator)
        if spec is None:
            continue
        element = spec.data_element or (default_elements or {}).get(table.indicator)
        if element is None:
            raise NapError(ErrorCode.TABLES_DHIS2_MAPPING, path=path,
                           reason=f"indicator '{table.indicator}' has no dataElement")
        for dim in [*spec.disaggregations, *([spec.org_unit_by] if spec.org_unit_by else [])]:
            if dim not in table.dimensions or dim in (ANSWER, PERIOD):
                raise NapError(ErrorCode.TABLES_DHIS2_MAPPING, path=path,
                               reason=f"indicator '{table.indicator}' has no disaggregation '{dim}'")
        if spec.org_unit_by is None and mapping.org_unit is None:
            raise NapError(ErrorCode.TABLES_DHIS2_MAPPING, path=path,
                           reason=f"indicator '{table.indicator}' needs orgUnitBy or a top-level orgUnit")
        wanted = {ANSWER, PERIOD, *spec.disaggregations, *([spec.org_unit_by] if spec.org_unit_by else [])}
        for cell in table.cells:
            if set(cell.key) != wanted:
                continue
            combo_key = "|".join([cell.key[ANSWER], *(cell.key[d] for d in spec.disaggregations)])
            combo = spec.category_option_combos.get(combo_key)
            org = mapping.org_units.get(cell.key[spec.org_unit_by]) if spec.org_unit_by else mapping.org_unit
            if cell.suppressed or cell.count is None:
                suppressed += 1
                continue
            if combo is None or org is None:
                unmapped += 1
                continue
            value = {"dataElement": element, "period": dhis2_period(cell.key[PERIOD]), "orgUnit": org,
                     "categoryOptionCombo": combo}
            if mapping.attribute_option_combo:
                value["attributeOptionCombo"] = mapping.attribute_option_combo
            value["value"] = str(cell.count)
            values.append(value)
    return Dhis2Result({"dataValues": values}, len(values), suppressed, unmapped)
