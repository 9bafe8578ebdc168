"""Random tables in; nothing disclosive out, checked by an independent LP attacker.

The default run keeps tables small so the suite stays quick. Set
``NAPSURVEY_HYPOTHESIS=heavy`` for many more and larger tables.
"""

from __future__ import annotations

import itertools
import math
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_attacker_reference import reference_intervals

from napsurvey.privacy.suppression import protect

settings.register_profile(
    "privacy-default", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "privacy-heavy", max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
HEAVY = os.environ.get("NAPSURVEY_HYPOTHESIS") == "heavy"
PROFILE = settings.get_profile("privacy-heavy" if HEAVY else "privacy-default")
MAX_DETAIL_CELLS = 160 if HEAVY else 48

Counts = dict[tuple[str, ...], int]


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[str], Counts, dict[str, list[str]], int]:
    sizes = draw(
        st.lists(st.integers(1, 8), min_size=1, max_size=3).filter(lambda s: math.prod(s) <= MAX_DETAIL_CELLS)
    )
    dimensions = [f"dim{i}" for i in range(len(sizes))]
    domains = {d: [f"{d}_v{j}" for j in range(n)] for d, n in zip(dimensions, sizes)}
    # many zeros and small counts, some large ones
    count = st.one_of(st.just(0), st.integers(1, 9), st.integers(0, 30), st.integers(10, 200))
    counts: Counts = {}
    for key in itertools.product(*(domains[d] for d in dimensions)):
        value = draw(count)
        if value or draw(st.booleans()):  # sometimes leave zero combinations out entirely
            counts[key] = value
    threshold = draw(st.integers(5, 20))
    return dimensions, counts, domains, threshold


def _true_count(counts: Counts, dimensions: list[str], key: dict[str, str]) -> int:
    return sum(c for full, c in counts.items() if all(full[i] == key[d] for i, d in enumerate(dimensions) if d in key))


@PROFILE
@given(tables())
def test_random_tables_are_published_safely(case: tuple[list[str], Counts, dict[str, list[str]], int]) -> None:
    dimensions, counts, domains, threshold = case
    table = protect("ind", "form", dimensions, counts, threshold, domains=domains)

    expected_cells = math.prod(len(v) + 1 for v in domains.values())
    assert len(table.cells) == expected_cells  # every detail cell and every margin
    for cell in table.cells:
        # (c) a suppressed cell has no count, never a zero standing in for it
        assert cell.suppressed == (cell.count is None)
        if cell.suppressed:
            assert cell.reason in ("primary", "secondary")
            continue
        assert cell.count is not None
        # (a) nothing published under the threshold except true zeros
        assert cell.count == 0 or cell.count >= threshold
        # (d) a published count is the true count
        assert cell.count == _true_count(counts, dimensions, cell.key)

    # (b) the independent attacker never pins a suppressed cell too tightly
    for key, (low, high) in reference_intervals(table).items():
        assert high - low >= threshold - 1e-6, (dict(key), low, high, threshold)

    # (e) percentages only from published, non-zero operands
    for part, whole in itertools.product(table.cells, repeat=2):
        value = table.percentage(part.key, whole.key)
        if part.count is None or whole.count is None or whole.count == 0:
            assert value is None
        else:
            assert value == 100.0 * part.count / whole.count
