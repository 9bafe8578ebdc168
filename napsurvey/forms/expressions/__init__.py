"""The expression language of forms: XLSForm / XPath 1.0 subset, parsed by our own parser.

>>> parse("${age} >= 18 and selected(${q}, 'yes')").references == {"age", "q"}
True
"""

from __future__ import annotations

from .env import ColumnEnv, Env
from .expr import Expr, check, parse
from .functions import KNOWN_FUNCTIONS, REFUSED_FUNCTIONS, SYNTAX_FUNCTIONS
from .values import Value, as_list, to_boolean, to_number, to_string

__all__ = [
    "KNOWN_FUNCTIONS",
    "REFUSED_FUNCTIONS",
    "SYNTAX_FUNCTIONS",
    "check",
    "ColumnEnv",
    "Env",
    "Expr",
    "Value",
    "as_list",
    "parse",
    "to_boolean",
    "to_number",
    "to_string",
]
