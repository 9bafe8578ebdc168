"""Product-wide constants that several layers agree on."""

from __future__ import annotations

#: Neutral name shown in window titles and file names by default.
DEFAULT_NEUTRAL_TITLE = "Field Notes"

#: The cell-key method (DESIGN section 6): record keys, key sums and cell keys are integers
#: modulo 2**RECORD_KEY_BITS, on the monitor's device, in bundles and at the coordinator alike.
RECORD_KEY_BITS = 32
RECORD_KEY_SPACE = 1 << RECORD_KEY_BITS

#: Disclosure control: default and minimum cell thresholds (DESIGN section 6).
DEFAULT_THRESHOLD = 10
MINIMUM_THRESHOLD = 5
DEFAULT_THRESHOLD_HIGH = 20

#: Age below which the child protocol applies (WHO recommendation 8).
ADULT_AGE = 18

#: Sync: how often a device is expected to send a bundle unless the kit says otherwise (days).
DEFAULT_EXPECTED_INTERVAL_DAYS = 35
MAXIMUM_INTERVAL_DAYS = 366

#: Releases: days after a period's end before it may be released (late bundles still arrive),
#: unless the kit says otherwise, and the longest grace a kit may set.
DEFAULT_GRACE_DAYS = 30
MAXIMUM_GRACE_DAYS = 366
