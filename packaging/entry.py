"""Entry point of the frozen desktop bundle: the same program as the ``napsurvey`` command."""

from napsurvey.launcher import main

if __name__ == "__main__":
    raise SystemExit(main())
