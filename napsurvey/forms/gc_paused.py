"""Pausing Python's cyclic garbage collector while a large form is built.

Loading and compiling a form allocates hundreds of thousands of small objects
that all stay alive. Each collection then walks every object allocated since
the last full one, so a 50,000-question form spent most of its load and
compile time collecting nothing: both grew about twice as fast as the form.
With the collector paused for the duration (nothing is freed then that would
not be freed anyway: the objects are kept), they grow in step with the form.

A long pause leaves every object it made in the youngest generation, and the
collections that would have moved them up, one full walk each, then come
during the interview: a 50,000-question form had an answer refused by the
expression time limit (``EXPR_TIME_BUDGET``) for a second-long collection
it happened to run into. So a pause that kept many objects ends with one full
collection, once, while the form is still loading (linear in its size).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

#: Objects kept by one pause above which it ends with a full collection (a few thousand questions).
SETTLE_AFTER = 100_000


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Run the block with the cyclic collector paused (nested use is fine)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        if gc.get_count()[0] > SETTLE_AFTER:
            gc.collect()
