"""A big form is built with the garbage collector paused; the pause must not leave its debt to the interview.

While the collector is off, every object kept sits in the youngest
generation. Left there, the next collections walk all of them once per
generation, at some answer of the interview: on a 50,000-question form that
was a second-long pause inside one answer, refused by the expression time
limit (EXPR_TIME_BUDGET).
"""

from __future__ import annotations

import gc

from napsurvey.forms.gc_paused import SETTLE_AFTER, gc_paused


def test_a_long_pause_leaves_no_young_objects_for_a_later_collection() -> None:
    with gc_paused():
        kept = [[i] for i in range(2 * SETTLE_AFTER)]
    assert gc.isenabled()
    young = len(gc.get_objects(generation=0)) + len(gc.get_objects(generation=1))
    assert young < SETTLE_AFTER // 10, "the objects kept wait in the young generations"
    assert len(kept) == 2 * SETTLE_AFTER


def test_a_nested_pause_leaves_the_collector_off_until_the_outer_one_ends() -> None:
    with gc_paused():
        with gc_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
