"""The National Action Plan's own commitments: the plan file, its assessments, its money.

Plan records are facts about public institutions (commitments, indicators,
budgets, assessments backed by public documents); they are published as
values, and the linter keeps persons out of them. This package sits just
above :mod:`napsurvey.forms` and imports no Qt.
"""
