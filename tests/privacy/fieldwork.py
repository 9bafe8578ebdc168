"""A year of fieldwork at the count level, and what a coordinator publishes from it.

:func:`fieldwork` makes the records (answers, record key, device, the day its
bundle reached the coordinator) of several monitors over a year, with a late
bundle, a lost bundle re-created, and a change of kit. :func:`publish` then
plays the coordinator with napsurvey's cell-key library: releases per closed
period (a revision when the late bundle arrives), and every output a
coordinator would make from them — each quarter, the two semesters, the year,
one output per form — as JSON documents of the shape
``napsurvey tables --format json`` writes. :func:`truth_of` answers, for the
attacker's unknowns, the true counts, so a test can check what the attacker
found against reality.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from napsurvey.privacy.cellkey import Tally, margin_tallies, published_value, shown, total
from napsurvey.privacy.ptable import KEY_SPACE, PerturbationTable
from tests.privacy.release_attacker import Atom, FormKnowledge, Population, months_of, period_of, read_form

DECLINED = "__declined__"
ABSENT = "__absent__"
FORMS_DIR = Path(__file__).resolve().parents[2] / "forms"


@dataclass
class Record:
    """One completed interview as the counting sees it."""

    form_id: str
    month: str
    answers: dict[str, str | list[str]]
    key: int
    device: str
    arrival: dt.date


@dataclass
class Kit:
    """Disclosure thresholds in force from a day on."""

    since: dt.date
    normal: int
    high: int


@dataclass
class Scenario:
    forms: dict[str, FormKnowledge]
    high: set[str]
    records: list[Record]
    kits: list[Kit]
    events: list[str] = field(default_factory=list)

    def thresholds(self, day: dt.date) -> Kit:
        return [k for k in self.kits if k.since <= day][-1]


def shipped_form_texts() -> dict[str, str]:
    """form_id -> YAML text of every shipped questionnaire."""
    out = {}
    for path in sorted(FORMS_DIR.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        out[read_form(text).form_id] = text
    return out


def _is_high(text: str) -> bool:
    import yaml

    return (yaml.safe_load(text)["settings"].get("sensitivity") or "normal") == "high"


def fieldwork(
    texts: Mapping[str, str],
    per_period: Mapping[str, int],
    *,
    monitors: int = 4,
    year: int = 2026,
    seed: int = 11,
    kits: Sequence[Kit] | None = None,
    decline_rate: float = 0.01,
) -> Scenario:
    """Records of ``monitors`` devices over ``year``: ``per_period[form]`` interviews per release period.

    Monitor ``m`` works mostly in the ``m``-th value of any region-like
    question; each device exports on the 3rd of every month the records of
    the month before. Device 1's September bundle reaches the coordinator
    late (15 November, after the third quarter's first release); device 2's
    May bundle was lost and re-created with the same records (it arrives on
    20 June, in time). The kit changes on 1 July.
    """
    rng = random.Random(seed)
    forms = {form_id: read_form(text) for form_id, text in texts.items()}
    records: list[Record] = []
    devices = [f"D{m + 1}" for m in range(monitors)]
    for form_id, form in sorted(forms.items()):
        weights = {name: [rng.gammavariate(2.0, 1.0) for _ in q.domain] for name, q in form.questions.items()}
        periods = sorted({period_of(f"{year}-{m:02d}", form.release_kind) for m in range(1, 13)})
        for period in periods:
            months = months_of(period)
            for i in range(per_period[form_id]):
                month = months[i % len(months)]
                device = devices[i % monitors]
                answers = _answers(form, weights, devices.index(device), rng, decline_rate)
                records.append(Record(form_id, month, answers, rng.randrange(KEY_SPACE), device,
                                      _arrival(device, month)))
    return Scenario(forms, {f for f, t in texts.items() if _is_high(t)}, records,
                    list(kits or [Kit(dt.date(year, 1, 1), 10, 20)]),
                    ["D1's September bundle arrives on 15 November", "D2's May bundle re-created, arrives 20 June"])


def _arrival(device: str, month: str) -> dt.date:
    year, mon = int(month[:4]), int(month[5:7])
    if device == "D1" and mon == 9:
        return dt.date(year, 11, 15)
    if device == "D2" and mon == 5:
        return dt.date(year, 6, 20)
    nxt = dt.date(year + (mon == 12), mon % 12 + 1, 3)
    return nxt


def _answers(form: FormKnowledge, weights: Mapping[str, list[float]], monitor: int, rng: random.Random,
             decline_rate: float) -> dict[str, str | list[str]]:
    out: dict[str, str | list[str]] = {}
    asked: dict[str, bool] = {}
    for name, q in form.questions.items():
        if not q.domain:
            continue
        if q.condition:
            # questions under the same conditions are asked of the same respondents
            if q.condition not in asked:
                asked[q.condition] = rng.random() < 0.7
            if not asked[q.condition]:
                continue
        if rng.random() < decline_rate:
            out[name] = DECLINED
            continue
        w = list(weights[name])
        if "region" in name and len(w) > monitor:
            w[monitor % len(w)] += 3 * sum(w)  # each monitor works mostly in one region
        if q.multiple:
            share = [x / sum(w) for x in w]
            picked = [c for c, p in zip(q.domain, share, strict=True) if rng.random() < min(0.9, 2.5 * p)]
            out[name] = picked or [rng.choices(q.domain, w)[0]]
        else:
            out[name] = rng.choices(q.domain, w)[0]
    return out


# --- the coordinator -------------------------------------------------------------------------


@dataclass(frozen=True)
class Release:
    form_id: str
    period: str
    edition: int
    day: dt.date


@dataclass
class Output:
    day: dt.date
    forms: list[str]
    periods: list[str]  # release periods shown (one, or a range)
    label: str


def schedule(scenario: Scenario, year: int = 2026, grace_days: int = 30,
             revision_day: dt.date | None = None) -> tuple[list[Release], list[Output]]:
    """Releases per closed period and the outputs a coordinator makes from them."""
    releases: list[Release] = []
    outputs: list[Output] = []
    quarter_forms = sorted(f for f, k in scenario.forms.items() if k.release_kind == "quarter")
    month_forms = sorted(f for f, k in scenario.forms.items() if k.release_kind == "month")
    year_forms = sorted(f for f, k in scenario.forms.items() if k.release_kind == "year")
    ends = {1: dt.date(year, 3, 31), 2: dt.date(year, 6, 30), 3: dt.date(year, 9, 30), 4: dt.date(year, 12, 31)}
    for q, end in ends.items():
        day = end + dt.timedelta(days=grace_days + 1)
        period = f"{year}-Q{q}"
        for f in quarter_forms:
            releases.append(Release(f, period, 1, day))
        for f in month_forms:
            for m in months_of(period):
                releases.append(Release(f, m, 1, day))
        outputs.append(Output(day, quarter_forms, [period], f"{period}"))
        for f in quarter_forms:
            outputs.append(Output(day, [f], [period], f"{period} {f}"))
        if month_forms:
            outputs.append(Output(day, month_forms, months_of(period), f"{period} months"))
        if q == 2:
            outputs.append(Output(day, quarter_forms, [f"{year}-Q1", f"{year}-Q2"], "first semester"))
        if q == 3:
            later = revision_day or dt.date(year, 11, 20)
            for f in quarter_forms:
                releases.append(Release(f, period, 2, later))
            for f in month_forms:
                releases.append(Release(f, f"{year}-09", 2, later))
            outputs.append(Output(later, quarter_forms, [period], f"{period} revised"))
            if month_forms:
                outputs.append(Output(later, month_forms, months_of(period), f"{period} months revised"))
            # the same quarter again under the new kit's thresholds
            outputs.append(Output(later, quarter_forms, [f"{year}-Q1"], f"{year}-Q1 under the new kit"))
        if q == 4:
            for f in year_forms:
                releases.append(Release(f, str(year), 1, day))
            outputs.append(Output(day, quarter_forms, [f"{year}-Q3", f"{year}-Q4"], "second semester"))
            outputs.append(Output(day, quarter_forms, [f"{year}-Q{i}" for i in range(1, 5)], "year"))
            if year_forms:
                outputs.append(Output(day, year_forms, [str(year)], "year (annual forms)"))
            if month_forms:
                outputs.append(Output(day, month_forms, [f"{year}-{m:02d}" for m in range(1, 13)], "year months"))
    return releases, outputs


def _edition_of(releases: Sequence[Release], form_id: str, period: str, day: dt.date) -> Release | None:
    mine = [r for r in releases if r.form_id == form_id and r.period == period and r.day <= day]
    return max(mine, key=lambda r: r.edition, default=None)


def batch_of(releases: Sequence[Release], record: Record, kind: str) -> tuple[str, int] | None:
    """(release period, edition that first counts the record), None if no edition counts it."""
    period = period_of(record.month, kind)
    eds = sorted((r for r in releases if r.form_id == record.form_id and r.period == period),
                 key=lambda r: r.edition)
    for r in eds:
        if record.arrival < r.day:
            return period, r.edition
    return None


def _values(record: Record, question: str) -> list[str]:
    value = record.answers.get(question)
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _by_value(record: Record, question: str) -> str:
    value = record.answers.get(question)
    if value is None:
        return ABSENT
    if isinstance(value, list):
        return " ".join(sorted(value))
    return value


def publish(scenario: Scenario, table: PerturbationTable, releases: Sequence[Release],
            outputs: Sequence[Output]) -> list[dict[str, Any]]:
    """The JSON document of every output."""
    docs = []
    for out in outputs:
        kit = scenario.thresholds(out.day)
        tables: list[dict[str, Any]] = []
        shown_releases: list[dict[str, Any]] = []
        for form_id in out.forms:
            form = scenario.forms[form_id]
            threshold = kit.high if form_id in scenario.high else kit.normal
            included: dict[str, int] = {}
            for period in out.periods:
                rel = _edition_of(releases, form_id, period, out.day)
                if rel is not None:
                    included[period] = rel.edition
                    shown_releases.append({"form_id": form_id, "period": period, "edition": rel.edition})
            chosen = [r for r in scenario.records if r.form_id == form_id and _counted(releases, r, form, included)]
            for name in form.indicators:
                tables.append(_indicator_table(form, name, chosen, included, table, threshold))
            tables.append(_coverage_table(form, chosen, included, table, threshold))
        docs.append({
            "protection": {"method": "cell-key", "max_deviation": table.max_deviation,
                           "threshold": min((t["threshold"] for t in tables), default=10)},
            "label": out.label,
            "releases": shown_releases,
            "tables": tables,
        })
    return docs


def _counted(releases: Sequence[Release], record: Record, form: FormKnowledge, included: Mapping[str, int]) -> bool:
    batch = batch_of(releases, record, form.release_kind)
    return batch is not None and batch[0] in included and batch[1] <= included[batch[0]]


def _indicator_table(form: FormKnowledge, name: str, records: Sequence[Record], included: Mapping[str, int],
                     ptable: PerturbationTable, threshold: int) -> dict[str, Any]:
    ind = form.indicators[name]
    dims = ["answer", *ind.by, "period"]
    groups = ind.groups

    def grouped(question: str, value: str) -> str:
        return groups.get(question, {}).get(value, value)

    def domain(question: str) -> list[str]:
        raw = form.questions[question].domain
        values = list(dict.fromkeys(grouped(question, v) for v in raw))
        return values

    periods = sorted({period_of(m, ind.period) for p in included for m in months_of(p)})
    detail: dict[tuple[str, ...], list[Tally]] = defaultdict(list)
    extra: list[set[str]] = [set() for _ in dims]
    for rec in records:
        by = [grouped(b, _by_value(rec, b)) for b in ind.by]
        for answer in _values(rec, ind.question):
            key = (grouped(ind.question, answer), *by, period_of(rec.month, ind.period))
            detail[key].append(Tally(1, rec.key))
            for axis, value in enumerate(key[:-1]):
                extra[axis].add(value)
    domains = [list(dict.fromkeys([*domain(ind.question), grouped(ind.question, DECLINED)]))]
    for axis, b in enumerate(ind.by, start=1):
        base = domain(b)
        domains.append(base + sorted(v for v in extra[axis] if v not in base))
    domains[0] += sorted(v for v in extra[0] if v not in domains[0])
    domains.append(periods)
    tallies = margin_tallies(dims, domains, {k: total(v) for k, v in detail.items()})
    cells = [{"key": dict(k), "count": shown(published_value(ptable, t), threshold)} for k, t in tallies.items()]
    return {"indicator": name, "form_id": form.form_id, "question": ind.question, "dimensions": dims,
            "threshold": threshold, "cells": cells}


def _coverage_table(form: FormKnowledge, records: Sequence[Record], included: Mapping[str, int],
                    ptable: PerturbationTable, threshold: int) -> dict[str, Any]:
    detail: dict[tuple[str, ...], list[Tally]] = defaultdict(list)
    for rec in records:
        detail[(period_of(rec.month, form.release_kind),)].append(Tally(1, rec.key))
    tallies = margin_tallies(["period"], [sorted(included)], {k: total(v) for k, v in detail.items()})
    cells = [{"key": dict(k), "count": shown(published_value(ptable, t), threshold)} for k, t in tallies.items()]
    return {"kind": "coverage", "indicator": "interviews", "form_id": form.form_id, "dimensions": ["period"],
            "threshold": threshold, "cells": cells}


def truth_of(scenario: Scenario, releases: Sequence[Release]) -> Any:
    """The true count of any unknown of the attacker."""
    atoms: dict[Atom | Population, int] = defaultdict(int)
    for rec in scenario.records:
        form = scenario.forms[rec.form_id]
        batch = batch_of(releases, rec, form.release_kind)
        if batch is None:
            continue
        release, edition = batch
        atoms[Population(rec.form_id, release, edition)] += 1
        for question in {i.question for i in form.indicators.values()}:
            by = sorted({b for i in form.indicators.values() if i.question == question for b in i.by})
            kinds = [i.period for i in form.indicators.values() if i.question == question]
            kind = min(kinds, key={"month": 0, "quarter": 1, "year": 2}.__getitem__)
            rest = tuple((b, _by_value(rec, b)) for b in by)
            for answer in _values(rec, question):
                atoms[Atom(rec.form_id, question, ((question, answer), *rest), period_of(rec.month, kind),
                           release, edition)] += 1
    return lambda unknown: atoms.get(unknown, 0)


def utility(docs: Sequence[Mapping[str, Any]]) -> dict[str, float]:
    """Shares of cells carrying a number: all cells, grand and period totals, coverage."""
    cells = numbers = totals = total_numbers = cov = cov_numbers = 0
    for doc in docs:
        coverage = [{**t, "kind": "coverage"} for t in doc.get("coverage", [])]
        for t in [*doc["tables"], *coverage]:
            for c in t["cells"]:
                if t.get("kind") == "coverage":
                    cov += 1
                    cov_numbers += c["count"] is not None
                    continue
                cells += 1
                numbers += c["count"] is not None
                if set(c["key"]) <= {"period"}:
                    totals += 1
                    total_numbers += c["count"] is not None
    return {"cells": numbers / max(cells, 1), "totals": total_numbers / max(totals, 1),
            "coverage": cov_numbers / max(cov, 1), "n_cells": float(cells)}


def publish_exact(scenario: Scenario, releases: Sequence[Release], outputs: Sequence[Output]) -> list[dict[str, Any]]:
    """The same outputs with exact counts, each value below the threshold withheld (no perturbation).

    What differencing does to unperturbed figures: the attacker must recover
    small counts from these, or it is not an attacker.
    """
    docs = publish(scenario, _EXACT, releases, outputs)
    for doc in docs:
        doc["protection"] = {"method": "none", "max_deviation": 0, "threshold": doc["protection"]["threshold"]}
    return docs


class _Exact:
    """A stand-in perturbation table that publishes every count as it is."""

    max_deviation = 0

    def published(self, count: int, key: int) -> int:
        return count


_EXACT: Any = _Exact()
