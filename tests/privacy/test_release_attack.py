"""The attacker has teeth, and the cell-key library holds against it on a small form.

The year of fieldwork through the whole product, attacked with everything a
coordinator publishes, is tests/services/test_release_scenario.py. Here, at
the count level: the same outputs published without perturbation are broken
(small counts recovered by differencing), the cell-key method's are not, and
a published value further than the claimed D from its count is noticed.
"""

from __future__ import annotations

import datetime as dt

from napsurvey.privacy.ptable import PerturbationParameters, build_table
from tests.privacy.fieldwork import (
    Kit,
    fieldwork,
    publish,
    publish_exact,
    schedule,
    truth_of,
)
from tests.privacy.release_attacker import ReleaseAttacker

SIZES = {"community_safety": 400, "crsv_incident": 80, "nap_key_informant": 30, "security_sector_audit": 12}
KITS = [Kit(dt.date(2026, 1, 1), 10, 20), Kit(dt.date(2026, 7, 1), 5, 20)]
TABLE = build_table(PerturbationParameters(5, 2.0, 2))

MINI = """
settings: {form_id: mini, form_title: {en: Mini}, version: "1", default_language: en}
survey:
  - {type: select_one ok, name: safe, label: {en: Safe}}
  - {type: select_one region, name: region, label: {en: Region}}
choices:
  ok: [{name: "yes", label: {en: "Yes"}}, {name: "no", label: {en: "No"}}, {name: dk, label: {en: DK}}]
  region: [{name: north, label: {en: North}}, {name: south, label: {en: South}}]
indicators:
  - {name: safe_by_region, label: {en: Safe by region}, question: safe, by: [region], period: quarter}
  - {name: safe_by_month, label: {en: Safe by month}, question: safe, period: month}
"""


def test_unperturbed_outputs_are_what_the_attacker_breaks() -> None:
    # The same outputs with exact counts and small values withheld: year minus semester,
    # months against quarters, a quarter before and after a late bundle give them back.
    scenario = fieldwork({"mini": MINI}, {"mini": 45}, monitors=2, seed=3)
    releases, outputs = schedule(scenario)
    docs = publish_exact(scenario, releases, outputs)
    report = ReleaseAttacker(scenario.forms.values(), docs, 0).attack(truth_of(scenario, releases), enough=3)
    assert len(report.recovered_small) >= 3, "the attacker should recover small counts from unperturbed outputs"


def test_the_same_small_form_is_safe_with_the_cell_key_method() -> None:
    scenario = fieldwork({"mini": MINI}, {"mini": 45}, monitors=2, seed=3)
    releases, outputs = schedule(scenario)
    docs = publish(scenario, TABLE, releases, outputs)
    report = ReleaseAttacker(scenario.forms.values(), docs, TABLE.max_deviation).attack(truth_of(scenario, releases))
    assert report.recovered_small == [] and report.off_by_more_than_d == []


def test_the_attacker_notices_a_value_off_by_more_than_d() -> None:
    scenario = fieldwork({"mini": MINI}, {"mini": 45}, monitors=2, seed=3)
    releases, outputs = schedule(scenario)
    docs = publish(scenario, TABLE, releases, outputs)
    honest = ReleaseAttacker(scenario.forms.values(), docs, TABLE.max_deviation).check(truth_of(scenario, releases))
    claimed = ReleaseAttacker(scenario.forms.values(), docs, 1).check(truth_of(scenario, releases))
    assert honest.off_by_more_than_d == []
    assert claimed.off_by_more_than_d  # published with D = 5, claimed 1
