"""Allow ``python -m napsurvey``."""

from napsurvey.cli.main import main

raise SystemExit(main())
