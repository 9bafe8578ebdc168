"""Everything a coordinator publishes in a year, attacked together.

The scenario (``fieldwork``): four monitors, the four shipped questionnaires at
field sizes (400 community interviews and 80 incidents a quarter, 30 key
informants and 12 institution audits a year), a bundle that arrives after its
quarter was released (a revision), a lost bundle re-created, and a new kit
that lowers the threshold of ordinary forms from 10 to 5 half way through.
The coordinator publishes each quarter, one output per form, the two
semesters, the year, and the first quarter again under the new kit. The
attacker (``release_attacker``, which imports nothing from napsurvey) gets
all of it, the questionnaires and D.
"""

from __future__ import annotations

import datetime as dt

import pytest

from napsurvey.privacy.ptable import PerturbationParameters, build_table
from tests.privacy.fieldwork import (
    Kit,
    fieldwork,
    publish,
    publish_exact,
    schedule,
    shipped_form_texts,
    truth_of,
    utility,
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


@pytest.fixture(scope="module")
def year() -> tuple:
    scenario = fieldwork(shipped_form_texts(), SIZES, kits=KITS)
    releases, outputs = schedule(scenario)
    return scenario, releases, outputs


@pytest.fixture(scope="module")
def attacked(year: tuple) -> tuple:
    scenario, releases, outputs = year
    docs = publish(scenario, TABLE, releases, outputs)
    attacker = ReleaseAttacker(scenario.forms.values(), docs, TABLE.max_deviation)
    return docs, attacker, attacker.attack(truth_of(scenario, releases))


def test_no_count_below_the_threshold_is_recovered_from_everything_published(attacked: tuple) -> None:
    docs, attacker, report = attacked
    assert len(docs) >= 15 and report.targets > 3000
    assert report.recovered_small == [], report.recovered_small[:5]
    assert report.inconsistent == []  # one set of records, one value, in every output


def test_no_published_value_is_further_than_d_from_its_count(attacked: tuple) -> None:
    _, _, report = attacked
    assert report.off_by_more_than_d == []


def test_the_late_bundle_and_the_new_kit_are_in_what_is_attacked(attacked: tuple) -> None:
    docs, attacker, _ = attacked
    labels = [t.label for t in attacker.targets.values()]
    added = [label for label in labels if label.startswith("added to")]
    assert len(added) > 50  # the late bundle's content, cell by cell, is a target
    assert any(r["edition"] == 2 for d in docs for r in d["releases"])
    assert {t["threshold"] for d in docs for t in d["tables"]} == {5, 10, 20}
    assert any("changed:" in row[3] for row in attacker.rows)  # "it changed, so it grew" is used


def test_the_outputs_say_something_at_field_sizes(attacked: tuple) -> None:
    docs, _, _ = attacked
    shares = utility(docs)
    assert shares["cells"] >= 0.60
    assert shares["totals"] >= 0.95
    assert shares["coverage"] == 1.0
    informants = [c for d in docs for t in d["tables"] if t["form_id"] == "nap_key_informant"
                  and t.get("kind") != "coverage" for c in t["cells"] if set(c["key"]) <= {"period"}]
    assert informants and all(c["count"] is not None for c in informants)  # totals at 30 informants


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
