"""napsurvey: offline, encrypted field questionnaires for NAP / WPS monitoring."""

__version__ = "0.1.0"
