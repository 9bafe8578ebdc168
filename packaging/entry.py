"""Entry point of the frozen desktop bundle: the same program as the ``napsurvey`` command."""

import multiprocessing

from napsurvey.launcher import main

if __name__ == "__main__":
    # Back-entry's engine workers start this executable again (spawn): let them run as workers.
    multiprocessing.freeze_support()
    raise SystemExit(main())
