"""Allow ``python -m napsurvey``."""

from napsurvey.launcher import main

raise SystemExit(main())
