"""A small form and one release of it (two months of a quarter), inline."""

from __future__ import annotations

import pytest
import yaml

from napsurvey.forms.model import Form
from napsurvey.privacy.cellkey import Tally
from napsurvey.tables.release_tables import ReleaseTallies, add_tally
from tests.published_tables import tallies

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


#: North/yes in October is 3 (under 10), the rest large.
TRUE = {("yes", "north", "2026-10"): 3, ("no", "north", "2026-10"): 40, ("yes", "south", "2026-10"): 50,
        ("no", "south", "2026-10"): 60, ("yes", "north", "2026-11"): 30, ("no", "south", "2026-11"): 25}
DISTRICT = {("yes", "south", "2026-Q4"): 30, ("__declined__", "north", "2026-Q4"): 12}


def release(threshold: int = 10, edition: int = 1) -> ReleaseTallies:
    """The release of 2026-Q4 made from these counts (the quarter's interviews: 208, by month)."""
    out = ReleaseTallies("mini", "2026-Q4", edition, threshold)
    out.cells["safe_by_region"] = tallies(TRUE, seed=1)
    out.cells["safe_by_district"] = tallies(DISTRICT, seed=2)
    months: dict[tuple[str, ...], Tally] = {}
    for (_, _, month), t in out.cells["safe_by_region"].items():
        add_tally(months, (month,), t)
    out.interviews = {k[0]: t for k, t in months.items()}
    return out
