"""An independent attacker of everything a coordinator publishes, by linear and integer programming.

It imports nothing from napsurvey. What it reads is what any reader has:

* every published JSON table file (the shape of ``napsurvey tables --format
  json``: a ``protection`` block with ``max_deviation`` and ``threshold``,
  the ``releases`` (form, period, edition) the file shows, and per table its
  dimensions and cells, a cell's ``count`` being a number or ``null`` for
  "below the threshold"), and the coverage table of interviews per period;
* the questionnaires themselves (their YAML), which are not secret: which
  question feeds which indicator, its choices and their grouping, which
  questions every respondent is asked.

The unknowns ("atoms") are, per form and per counted question, the counts of
the finest cells any of its indicators could be summed from: the question's
answer x every disaggregation any of its indicators uses, ungrouped, per
finest period, and per *batch*: the records of a release period that first
appeared in its edition 1, 2, ... (a late bundle makes the second batch).
Every published number ``v`` of a cell says ``max(0, v - D) <= cell <= v + D``;
"below the threshold" says ``0 <= cell <= T - 1 + D``. Questions everyone is
asked count the same records: their margins over any disaggregations they
share are equal, and equal to the interviews of the coverage table; a
question asked of some respondents counts no more than the interviews. The
same cell shown with different values by two editions proves that the later
batches added at least one record to it.

For every target — every published cell of every edition, the content the
later batches added to it, and every atom — it looks for the least and the
greatest value consistent with all of that, over the reals (LP) and, where
the LP leaves less than two units, over the integers (ILP). A target is
*recovered* when both agree. Feasible points found along the way (the true
table, LP and ILP solutions for random objectives) prove most targets
undetermined without solving for them.
"""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import highspy
import numpy as np
import yaml
from scipy import sparse

PERIOD = "period"
ANSWER = "answer"
#: Every question can be declined; a declined answer is counted as this value.
DECLINED = "__declined__"
_KINDS = {"month": 0, "quarter": 1, "year": 2}


# --- what the questionnaire tells ---------------------------------------------------------


@dataclass
class Question:
    name: str
    multiple: bool
    domain: list[str]
    always_asked: bool
    #: the relevance conditions the question is asked under (its groups' and its own), "" if none
    condition: str = ""


@dataclass
class Indicator:
    name: str
    question: str
    by: list[str]
    period: str
    groups: dict[str, dict[str, str]]  # dimension question -> raw value -> group


@dataclass
class FormKnowledge:
    form_id: str
    questions: dict[str, Question]
    indicators: dict[str, Indicator]

    @property
    def release_kind(self) -> str:
        kinds = [i.period for i in self.indicators.values()]
        return max(kinds, key=_KINDS.__getitem__, default="month")


def read_form(text: str) -> FormKnowledge:
    """What a reader learns from a questionnaire file."""
    data = yaml.safe_load(text)
    choices = {name: [str(c["name"]) for c in items] for name, items in (data.get("choices") or {}).items()}
    questions: dict[str, Question] = {}
    stack: list[str] = []
    for row in data["survey"]:
        kind = " ".join(str(row.get("type", "")).split())
        if kind in ("begin group", "begin_group", "begin repeat", "begin_repeat"):
            stack.append(str(row.get("relevant") or ("repeat" if "repeat" in kind else "")))
            continue
        if kind in ("end group", "end_group", "end repeat", "end_repeat"):
            if stack:
                stack.pop()
            continue
        parts = kind.split()
        if len(parts) < 2 or parts[0] not in ("select_one", "select_multiple"):
            continue
        domain = choices.get(parts[1], [])
        level = row.get("admin_level")
        if row.get("privacy") == "quasi" and level:
            coarse = choices.get(level)
            items = (data.get("choices") or {}).get(parts[1], [])
            domain = coarse if coarse else list(dict.fromkeys(str(c[level]) for c in items if level in c))
        condition = " and ".join(c for c in [*stack, str(row.get("relevant") or "")] if c)
        questions[row["name"]] = Question(row["name"], parts[0] == "select_multiple", list(domain),
                                          parts[0] == "select_one" and not condition, condition)
    indicators: dict[str, Indicator] = {}
    for item in data.get("indicators") or []:
        groups: dict[str, dict[str, str]] = {}
        for dim, members in (item.get("groups") or {}).items():
            groups[dim] = {str(raw): str(g["name"]) for g in members for raw in g["choices"]}
        if item.get("declined_in"):
            groups.setdefault(item["question"], {})[DECLINED] = str(item["declined_in"])
        indicators[item["name"]] = Indicator(item["name"], item["question"], list(item.get("by") or []),
                                             item.get("period", "month"), groups)
    return FormKnowledge(data["settings"]["form_id"], questions, indicators)


# --- periods ----------------------------------------------------------------------------


def months_of(period: str) -> list[str]:
    if len(period) == 7 and period[4] == "-" and period[5] != "Q":
        return [period]
    year = period[:4]
    if "-Q" in period:
        q = int(period[-1])
        return [f"{year}-{m:02d}" for m in range(3 * q - 2, 3 * q + 1)]
    return [f"{year}-{m:02d}" for m in range(1, 13)]


def period_of(month: str, kind: str) -> str:
    if kind == "month":
        return month
    if kind == "quarter":
        return f"{month[:4]}-Q{(int(month[5:7]) + 2) // 3}"
    return month[:4]


# --- the system ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Atom:
    """A finest unknown: one question's answer x disaggregations, one finest period, one batch."""

    form_id: str
    question: str
    values: tuple[tuple[str, str], ...]  # (dimension question, raw value), answer first
    period: str  # finest period of the question's indicators
    release: str  # the release period containing it
    batch: int  # 1 = in the release's first edition, 2 = first appeared in edition 2, ...


@dataclass(frozen=True)
class Population:
    """Interviews of one form in one release period and batch."""

    form_id: str
    release: str
    batch: int


@dataclass
class Target:
    """A count the attacker tries to recover exactly."""

    label: str
    columns: tuple[int, ...]
    threshold: int


@dataclass
class Finding:
    label: str
    truth: int | None
    low: float
    high: float
    threshold: int

    @property
    def exact(self) -> bool:
        return self.high - self.low < 1e-6


@dataclass
class Report:
    targets: int
    recovered_small: list[Finding] = field(default_factory=list)
    recovered_zero: list[Finding] = field(default_factory=list)
    recovered_other: list[Finding] = field(default_factory=list)
    off_by_more_than_d: list[str] = field(default_factory=list)
    inconsistent: list[str] = field(default_factory=list)
    solved_lp: int = 0
    solved_ilp: int = 0
    narrowest_small: list[Finding] = field(default_factory=list)


TruthOf = Callable[[Atom | Population], int]


class ReleaseAttacker:
    """Every publication of one coordinator, attacked together."""

    def __init__(self, forms: Iterable[FormKnowledge], publications: Sequence[Mapping[str, Any]],
                 max_deviation: int, *, withheld_bounded: bool = True) -> None:
        """``withheld_bounded``: a withheld cell is "below the threshold" (perturbation); False
        for suppressed outputs, where a withheld cell may hide any count."""
        self.forms = {f.form_id: f for f in forms}
        self.publications = list(publications)
        self.d = max_deviation
        self.withheld_bounded = withheld_bounded
        self.columns: dict[Atom | Population, int] = {}
        self.rows: list[tuple[dict[int, float], float, float, str]] = []
        self.targets: dict[tuple[int, ...], Target] = {}
        self.published: list[tuple[str, tuple[int, ...], int | None, int]] = []
        self._domains: dict[tuple[str, str], list[str]] = {}
        self._editions: dict[tuple[str, str], int] = defaultdict(int)
        self.inconsistent_pairs: list[str] = []
        self._scan()
        self._build()

    # -- reading -------------------------------------------------------------------------------

    def _scan(self) -> None:
        """Editions per release period, and every value each dimension shows (declines, absences)."""
        for pub in self.publications:
            for rel in pub["releases"]:
                key = (rel["form_id"], rel["period"])
                self._editions[key] = max(self._editions[key], int(rel["edition"]))
        for form in self.forms.values():
            for q in form.questions.values():
                self._domains[(form.form_id, q.name)] = [*q.domain, DECLINED]
        for pub in self.publications:
            for table in _tables_of(pub):
                form = self.forms.get(table["form_id"])
                indicator = form.indicators.get(table["indicator"]) if form else None
                if indicator is None:
                    continue
                dims = self._dims_of(indicator)
                for cell in table["cells"]:
                    for dim, value in cell["key"].items():
                        if dim == PERIOD:
                            continue
                        question = dims[table["dimensions"].index(dim)]
                        grouped = set(indicator.groups.get(question, {}).values())
                        domain = self._domains.setdefault((form.form_id, question), [])
                        if value not in domain and value not in grouped:
                            domain.append(value)

    @staticmethod
    def _dims_of(indicator: Indicator) -> list[str]:
        """The question behind each table dimension (``answer`` is the counted question)."""
        return [indicator.question, *indicator.by, PERIOD]

    def _question_dims(self, form: FormKnowledge, question: str) -> list[str]:
        by: dict[str, None] = {}
        for ind in form.indicators.values():
            if ind.question == question:
                for b in ind.by:
                    by[b] = None
        return [question, *sorted(by)]

    def _finest_kind(self, form: FormKnowledge, question: str) -> str:
        kinds = [i.period for i in form.indicators.values() if i.question == question]
        return min(kinds, key=_KINDS.__getitem__)

    def _releases(self, form_id: str) -> list[str]:
        return sorted(p for (f, p) in self._editions if f == form_id)

    def _atoms(self, form: FormKnowledge, question: str) -> list[Atom]:
        dims = self._question_dims(form, question)
        domains = [self._domains[(form.form_id, d)] for d in dims]
        kind = self._finest_kind(form, question)
        out = []
        for release in self._releases(form.form_id):
            periods = sorted({period_of(m, kind) for m in months_of(release)})
            for batch in range(1, self._editions[(form.form_id, release)] + 1):
                for period in periods:
                    for combo in itertools.product(*domains):
                        out.append(Atom(form.form_id, question, tuple(zip(dims, combo, strict=True)), period,
                                        release, batch))
        return out

    def _column(self, unknown: Atom | Population) -> int:
        if unknown not in self.columns:
            self.columns[unknown] = len(self.columns)
        return self.columns[unknown]

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self._by_question: dict[tuple[str, str], list[Atom]] = {}
        for form in self.forms.values():
            counted = {i.question for i in form.indicators.values()}
            for question in sorted(counted):
                atoms = self._atoms(form, question)
                self._by_question[(form.form_id, question)] = atoms
                for atom in atoms:
                    self._column(atom)
            for release in self._releases(form.form_id):
                for batch in range(1, self._editions[(form.form_id, release)] + 1):
                    self._column(Population(form.form_id, release, batch))
            self._link(form)
        seen: dict[tuple[frozenset[Any], str], list[tuple[frozenset[tuple[str, int]], int | None, int, str]]] = \
            defaultdict(list)
        for number, pub in enumerate(self.publications):
            editions = {(r["form_id"], r["period"]): int(r["edition"]) for r in pub["releases"]}
            for table in _tables_of(pub):
                self._read_table(number, table, editions, seen)
        self._editions_differ(seen)
        for atom, column in list(self.columns.items()):
            if isinstance(atom, Atom):
                form = self.forms[atom.form_id]
                self._target(f"atom {atom}", (column,), self._strictest(form.form_id))

    def _strictest(self, form_id: str) -> int:
        thresholds = [int(t["threshold"]) for p in self.publications for t in _tables_of(p) if t["form_id"] == form_id]
        return max(thresholds, default=10)

    def _link(self, form: FormKnowledge) -> None:
        """Questions everyone is asked count the same records; others count no more of them."""
        counted = sorted({i.question for i in form.indicators.values()})
        for question in counted:
            q = form.questions.get(question)
            if q is None or q.multiple:
                continue
            for release in self._releases(form.form_id):
                for batch in range(1, self._editions[(form.form_id, release)] + 1):
                    cols = [self.columns[a] for a in self._by_question[(form.form_id, question)]
                            if a.release == release and a.batch == batch]
                    row = {c: 1.0 for c in cols}
                    row[self.columns[Population(form.form_id, release, batch)]] = -1.0
                    if not q.condition:
                        self.rows.append((row, 0.0, 0.0, f"{question} = interviews"))
                    else:
                        self.rows.append((row, -math.inf, 0.0, f"{question} <= interviews"))
        # select-one questions asked under the same conditions are answered by the same respondents
        # (everyone, or everyone the same relevance lets through)
        alike: dict[str, list[str]] = defaultdict(list)
        for q in counted:
            info = form.questions.get(q)
            if info is not None and not info.multiple:
                alike[info.condition].append(q)
        pairs = [pair for members in alike.values() for pair in itertools.combinations(members, 2)]
        for q1, q2 in pairs:
            shared = sorted(set(self._question_dims(form, q1)) & set(self._question_dims(form, q2)))
            if not shared:
                continue  # their totals are already tied through the interviews
            same_kind = self._finest_kind(form, q1) == self._finest_kind(form, q2)
            groups: dict[tuple[Any, ...], dict[int, float]] = defaultdict(dict)
            for q, sign in ((q1, 1.0), (q2, -1.0)):
                for atom in self._by_question[(form.form_id, q)]:
                    values = dict(atom.values)
                    when = atom.period if same_kind else atom.release
                    key = (tuple(values[d] for d in shared), when, atom.batch)
                    groups[key][self.columns[atom]] = sign
            for row in groups.values():
                self.rows.append((row, 0.0, 0.0, f"{q1} ~ {q2} on {shared}"))

    def _read_table(self, number: int, table: Mapping[str, Any], editions: Mapping[tuple[str, str], int],
                    seen: dict[Any, list[Any]]) -> None:
        form = self.forms[table["form_id"]]
        threshold = int(table["threshold"])
        if table.get("kind") == "coverage":
            for cell in table["cells"]:
                periods = [cell["key"][PERIOD]] if PERIOD in cell["key"] else \
                    sorted({p for (f, p) in editions if f == form.form_id})
                cols = tuple(sorted(self.columns[Population(form.form_id, p, b)]
                                    for p in periods for b in range(1, editions[(form.form_id, p)] + 1)))
                label = f"pub{number} coverage {form.form_id} {cell['key']}"
                self._publish(label, cols, cell["count"], threshold)
                ident = (frozenset({("coverage", form.form_id), *((PERIOD, p) for p in periods)}), "coverage")
                seen[ident].append((frozenset((p, editions[(form.form_id, p)]) for p in periods), cell["count"],
                                    threshold, label))
            return
        indicator = form.indicators[table["indicator"]]
        dims = self._dims_of(indicator)
        atoms = self._by_question[(form.form_id, indicator.question)]
        index: dict[tuple[str, str], list[Atom]] = defaultdict(list)
        for atom in atoms:
            index[(atom.release, atom.period)].append(atom)
        for cell in table["cells"]:
            key = cell["key"]
            wanted: dict[str, set[str]] = {}
            for dim, value in key.items():
                if dim == PERIOD:
                    continue
                question = dims[table["dimensions"].index(dim)]
                groups = indicator.groups.get(question, {})
                domain = self._domains[(form.form_id, question)]
                wanted[question] = {raw for raw in domain if groups.get(raw, raw) == value}
            releases = sorted({p for (f, p) in editions if f == form.form_id})
            if PERIOD in key:
                months = set(months_of(key[PERIOD]))
                releases = [r for r in releases if months & set(months_of(r))]
            else:
                months = None
            cols: list[int] = []
            plain: set[Any] = set()
            for release in releases:
                edition = editions[(form.form_id, release)]
                for (rel, period), group in index.items():
                    if rel != release or (months is not None and not set(months_of(period)) <= months):
                        continue
                    for atom in group:
                        if atom.batch > edition:
                            continue
                        values = dict(atom.values)
                        if all(values[q] in members for q, members in wanted.items()):
                            cols.append(self.columns[atom])
                            plain.add((atom.question, atom.values, atom.period))
            label = f"pub{number} {table['indicator']} {key}"
            self._publish(label, tuple(sorted(cols)), cell["count"], threshold)
            ident = (frozenset(plain), indicator.question)
            seen[ident].append((frozenset((r, editions[(form.form_id, r)]) for r in releases), cell["count"],
                                threshold, label))

    def _publish(self, label: str, cols: tuple[int, ...], count: int | None, threshold: int) -> None:
        row = {c: 1.0 for c in cols}
        if count is None:
            upper = float(threshold - 1 + self.d) if self.withheld_bounded else math.inf
            self.rows.append((row, 0.0, upper, label))
        else:
            self.rows.append((row, float(max(0, count - self.d)), float(count + self.d), label))
        self.published.append((label, cols, count, threshold))
        self._target(label, cols, threshold)

    def _target(self, label: str, cols: tuple[int, ...], threshold: int) -> None:
        if cols and cols not in self.targets:
            self.targets[cols] = Target(label, cols, threshold)
        elif cols:
            self.targets[cols].threshold = max(self.targets[cols].threshold, threshold)

    def _editions_differ(self, seen: Mapping[Any, list[Any]]) -> None:
        """Two editions showing one cell differently prove the later batches added a record to it."""
        inverse = {c: u for u, c in self.columns.items()}
        for occurrences in seen.values():
            for (ed1, v1, t1, l1), (ed2, v2, t2, l2) in itertools.combinations(occurrences, 2):
                if ed1 == ed2:
                    if not _agree(v1, t1, v2, t2):
                        self.inconsistent_pairs.append(f"{l1} vs {l2}: {v1} / {v2}")
                    continue
                if _covers(ed1, ed2):
                    (later, v_late, t_late, l_late), (earlier, v_early, t_early) = (ed1, v1, t1, l1), (ed2, v2, t2)
                elif _covers(ed2, ed1):
                    (later, v_late, t_late, l_late), (earlier, v_early, t_early) = (ed2, v2, t2, l2), (ed1, v1, t1)
                else:
                    continue
                new_batch = dict(later)
                old_batch = dict(earlier)
                added = tuple(c for c in self._columns_of_label(l_late)
                              if old_batch.get(inverse[c].release, 0) < inverse[c].batch
                              <= new_batch.get(inverse[c].release, 0))
                if not added:
                    continue
                self._target(f"added to {l_late}", added, max(t_late, t_early))
                if _surely_differ(v_late, t_late, v_early, t_early):
                    self.rows.append(({c: 1.0 for c in added}, 1.0, math.inf, f"changed: {l_late}"))

    def _columns_of_label(self, label: str) -> tuple[int, ...]:
        if not hasattr(self, "_label_cols"):
            self._label_cols = {lab: cols for lab, cols, _, _ in self.published}
        return self._label_cols[label]

    # -- solving ----------------------------------------------------------------------------

    def _matrix(self) -> tuple[sparse.csr_matrix, np.ndarray, np.ndarray]:
        data: list[float] = []
        ri: list[int] = []
        ci: list[int] = []
        lo: list[float] = []
        hi: list[float] = []
        for r, (row, low, high, _) in enumerate(self.rows):
            for c, v in row.items():
                ri.append(r)
                ci.append(c)
                data.append(v)
            lo.append(low)
            hi.append(high)
        a = sparse.csr_matrix((data, (ri, ci)), shape=(len(self.rows), len(self.columns)))
        return a, np.asarray(lo), np.asarray(hi)

    def attack(self, truth: TruthOf | None = None, *, rounds: int = 10, seed: int = 0,
               ilp_time: float = 20.0, everything: bool = False, enough: int | None = None) -> Report:
        """Bound every target; with ``truth``, also check every published value against it.

        Feasible points come first: the true table (when given) and LP
        solutions that push many undecided targets up or down at once. A
        target two such points hold two units apart is not recoverable. The
        others are maximised, and if that is not two units above the truth
        minimised, exactly over the reals (the solver keeps its basis
        between targets), then, when less than two units wide, over the
        integers. With ``truth``, only targets below their threshold (the
        secrets) are solved unless ``everything``. ``enough``: stop solving
        once that many small counts are recovered (to show an attack works).
        """
        a, lo, hi = self._matrix()
        n = len(self.columns)
        report = Report(targets=len(self.targets))
        report.inconsistent = list(self.inconsistent_pairs) if self.withheld_bounded else []
        x_true: np.ndarray | None = None
        if truth is not None:
            inverse = sorted(self.columns.items(), key=lambda kv: kv[1])
            x_true = np.asarray([float(truth(u)) for u, _ in inverse])
            self._check_truth(x_true, report)
        rng = np.random.default_rng(seed)
        lp = _Solver(a, lo, hi, integer=False)
        targets = list(self.targets.values())
        member = sparse.csr_matrix(
            (np.ones(sum(len(t.columns) for t in targets)),
             (np.repeat(np.arange(len(targets)), [len(t.columns) for t in targets]),
              np.concatenate([np.asarray(t.columns) for t in targets]))),
            shape=(len(targets), n))
        low = np.full(len(targets), np.inf)
        high = np.full(len(targets), -np.inf)
        if x_true is not None:
            low, high = (member @ x_true).copy(), (member @ x_true).copy()
        truth_values = None if x_true is None else member @ x_true
        open_ = np.ones(len(targets), dtype=bool)
        if truth_values is not None and not everything:
            # only counts below the threshold are secrets; the rest are checked against D above
            limits = np.asarray([t.threshold for t in targets])
            open_ &= truth_values < limits
        for _ in range(rounds):
            if not open_.any():
                break
            chosen: list[int] = []
            used: set[int] = set()
            for i in rng.permutation(np.flatnonzero(open_)):
                if used.isdisjoint(targets[int(i)].columns):
                    used.update(targets[int(i)].columns)
                    chosen.append(int(i))
            weights = np.zeros(len(targets))
            weights[chosen] = 1.0
            point = lp.point(-(member.T @ weights))
            if point is None:
                continue
            values = member @ point
            low = np.minimum(low, values)
            high = np.maximum(high, values)
            open_ &= (high - low) < 2
        ilp: _Solver | None = None
        solved = open_.copy()
        for i in np.flatnonzero(open_):
            cols = list(targets[int(i)].columns)
            t_high = -lp.extreme(cols, -1.0)
            report.solved_lp += 1
            t_low = float(low[i]) if math.isfinite(low[i]) else math.inf
            if t_high - t_low < 2:
                t_low = lp.extreme(cols, 1.0)
                report.solved_lp += 1
            if t_high - t_low < 2:
                ilp = ilp or _Solver(a, lo, hi, integer=True, time_limit=ilp_time)
                i_low, i_high = ilp.extreme(cols, 1.0), -ilp.extreme(cols, -1.0)
                report.solved_ilp += 2
                if math.isfinite(i_low) and math.isfinite(i_high):
                    t_low, t_high = math.ceil(i_low - 1e-6), math.floor(i_high + 1e-6)
            low[i], high[i] = min(low[i], t_low), max(high[i], t_high)
            if enough is not None and truth_values is not None and t_high - t_low < 1e-6 \
                    and 0 < truth_values[i] < targets[int(i)].threshold:
                enough -= 1
                if enough <= 0:
                    solved &= np.arange(len(targets)) <= i
                    break
        for i, target in enumerate(targets):
            true_value = None if x_true is None else int(round(float(x_true[list(target.columns)].sum())))
            finding = Finding(target.label, true_value, float(low[i]), float(high[i]), target.threshold)
            value = true_value if true_value is not None else int(round(finding.low))
            if finding.exact and (solved[i] or x_true is None):
                if value == 0:
                    report.recovered_zero.append(finding)
                elif value < target.threshold:
                    report.recovered_small.append(finding)
                else:
                    report.recovered_other.append(finding)
            elif 0 < value < target.threshold and solved[i]:
                report.narrowest_small.append(finding)
        report.narrowest_small.sort(key=lambda f: f.high - f.low)
        report.narrowest_small = report.narrowest_small[:10]
        return report

    def check(self, truth: TruthOf) -> Report:
        """Only compare every published value with the truth (no solving)."""
        inverse = sorted(self.columns.items(), key=lambda kv: kv[1])
        report = Report(targets=len(self.targets))
        self._check_truth(np.asarray([float(truth(u)) for u, _ in inverse]), report)
        return report

    def _check_truth(self, x_true: np.ndarray, report: Report) -> None:
        for label, cols, count, threshold in self.published:
            value = float(x_true[list(cols)].sum())
            if count is None:
                if self.withheld_bounded and value > threshold - 1 + self.d:
                    report.off_by_more_than_d.append(f"{label}: below {threshold} shown for {value:.0f}")
            elif abs(count - value) > self.d:
                report.off_by_more_than_d.append(f"{label}: {count} published for {value:.0f}")


class _Solver:
    """One HiGHS model of the attacker's system; only the objective changes between solves."""

    def __init__(self, a: sparse.csr_matrix, lo: np.ndarray, hi: np.ndarray, *, integer: bool,
                 time_limit: float = 20.0) -> None:
        inf = highspy.kHighsInf
        csc = a.tocsc()
        model = highspy.HighsLp()
        model.num_col_ = a.shape[1]
        model.num_row_ = a.shape[0]
        model.col_cost_ = np.zeros(a.shape[1])
        model.col_lower_ = np.zeros(a.shape[1])
        model.col_upper_ = np.full(a.shape[1], inf)
        model.row_lower_ = np.where(np.isfinite(lo), lo, -inf)
        model.row_upper_ = np.where(np.isfinite(hi), hi, inf)
        model.a_matrix_.format_ = highspy.MatrixFormat.kColwise
        model.a_matrix_.start_ = csc.indptr
        model.a_matrix_.index_ = csc.indices
        model.a_matrix_.value_ = csc.data
        if integer:
            model.integrality_ = [highspy.HighsVarType.kInteger] * a.shape[1]
        self.highs = highspy.Highs()
        self.highs.setOptionValue("output_flag", False)
        if not integer:
            # successive solves differ only in the objective: start each from the last basis
            self.highs.setOptionValue("presolve", "off")
            self.highs.setOptionValue("simplex_strategy", 4)
        if integer:
            self.highs.setOptionValue("time_limit", time_limit)
        self.highs.passModel(model)
        self.n = a.shape[1]
        self._costly: np.ndarray = np.zeros(0, dtype=np.int64)

    def _objective(self, cost: np.ndarray) -> None:
        self.highs.changeColsCost(self.n, np.arange(self.n, dtype=np.int32), np.asarray(cost, dtype=np.float64))

    def point(self, cost: np.ndarray) -> np.ndarray | None:
        """A solution minimising ``cost`` (None if the solver found none)."""
        self._objective(cost)
        self.highs.run()
        if self.highs.getModelStatus() != highspy.HighsModelStatus.kOptimal:
            return None
        return np.asarray(self.highs.getSolution().col_value)

    def extreme(self, cols: list[int], sign: float) -> float:
        """The least value of ``sign * sum(x[cols])`` (inf if none was found in time)."""
        cost = np.zeros(self.n)
        cost[cols] = sign
        self._objective(cost)
        self.highs.run()
        if self.highs.getModelStatus() != highspy.HighsModelStatus.kOptimal:
            return math.inf
        return float(self.highs.getInfo().objective_function_value)


def _tables_of(publication: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The indicator tables of a published file, and its coverage tables (interviews per period)."""
    coverage = [{**t, "kind": "coverage", "indicator": "interviews"} for t in publication.get("coverage", [])]
    return [*publication["tables"], *coverage]


def _agree(v1: int | None, t1: int, v2: int | None, t2: int) -> bool:
    """Could one published value be shown as v1 at threshold t1 and v2 at t2?"""
    if v1 is not None and v2 is not None:
        return v1 == v2
    if v1 is None and v2 is None:
        return True
    shown, limit = (v1, t2) if v1 is not None else (v2, t1)
    assert shown is not None
    return shown < limit


def _surely_differ(v1: int | None, t1: int, v2: int | None, t2: int) -> bool:
    """Are the published values behind two shown values certainly different?"""
    if v1 is not None and v2 is not None:
        return v1 != v2
    if v1 is None and v2 is None:
        return False
    shown, limit = (v1, t2) if v1 is not None else (v2, t1)
    assert shown is not None
    return shown >= limit


def _covers(later: frozenset[tuple[str, int]], earlier: frozenset[tuple[str, int]]) -> bool:
    a = dict(later)
    b = dict(earlier)
    return set(a) == set(b) and all(a[k] >= b[k] for k in a) and a != b
