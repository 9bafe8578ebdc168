"""How long work reports how far it got: ``report(done, total)``.

One name for every layer that takes such a callback (tables, reports, the
services and the GUI's background helper), so they do not each define it.
"""

from __future__ import annotations

from collections.abc import Callable

#: Called with the number of steps done and the total; the total may grow as work is discovered.
ProgressCallback = Callable[[int, int], None]
