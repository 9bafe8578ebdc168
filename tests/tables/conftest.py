"""A small form and its imported counts, inline."""

from __future__ import annotations

import pytest
import yaml

from napsurvey.forms.model import Form
from napsurvey.tables.assemble import SourceCell

FORM = """
settings: {form_id: mini, form_title: {en: Mini survey, fr: Mini enquête}, version: "1", default_language: en}
survey:
  - {type: select_one yes_no, name: safe, label: {en: "Safe?", fr: "En sécurité ?"}}
  - {type: select_one region, name: region, label: {en: Region, fr: Région}}
  - {type: select_one district, name: district, label: {en: District, fr: District}, privacy: quasi,
     admin_level: region}
choices:
  yes_no: [{name: "yes", label: {en: "Yes", fr: Oui}}, {name: "no", label: {en: "No", fr: Non}}]
  region: [{name: north, label: {en: North, fr: Nord}}, {name: south, label: {en: South, fr: Sud}}]
  district:
    - {name: n1, region: north, label: {en: N1}}
    - {name: s1, region: south, label: {en: S1}}
indicators:
  - {name: safe_by_region, label: {en: Safe by region, fr: Sécurité par région}, question: safe, by: [region],
     period: month}
  - {name: safe_by_district, label: {en: Safe by district}, question: safe, by: [district], period: quarter}
"""


@pytest.fixture
def form() -> Form:
    return Form.model_validate(yaml.safe_load(FORM))


def cells(device_split: bool = True) -> list[SourceCell]:
    """North/yes is 3 (under 10), the rest large; counts split over two devices."""
    true = {("yes", "north", "2026-10"): 3, ("no", "north", "2026-10"): 40, ("yes", "south", "2026-10"): 50,
            ("no", "south", "2026-10"): 60, ("yes", "north", "2026-11"): 30, ("no", "south", "2026-11"): 25}
    out = []
    for key, n in true.items():
        parts = [n // 2, n - n // 2] if device_split else [n]
        out += [SourceCell("mini", "safe_by_region", "month", key, p) for p in parts if p]
    out.append(SourceCell("mini", "safe_by_district", "quarter", ("yes", "south", "2026-Q4"), 30))
    out.append(SourceCell("mini", "safe_by_district", "quarter", ("__declined__", "north", "2026-Q4"), 12))
    return out
