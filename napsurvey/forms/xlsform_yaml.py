"""Writing an imported form as readable YAML.

Settings come first, then one survey row per line (a flow mapping) or, when a
row is long, one block per row; choices are grouped by list. Unicode is kept
as written. Any string a YAML reader could take for something else (``yes``,
``no``, ``on``, ``off``, ``y``, ``null``, numbers, dates) is quoted, so a choice
named ``yes`` or ``01`` comes back as the same text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import yaml

#: Rows longer than this are written as blocks rather than one flow mapping.
FLOW_WIDTH = 160

_AMBIGUOUS_WORDS = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~", ""})
_NUMBER_LIKE = re.compile(r"^[-+]?[0-9.][0-9a-fA-FxXoObB_.:eE+-]*$|^[-+]?\.(?:inf|nan)$", re.IGNORECASE)
_TOP_ORDER = ("settings", "survey", "choices", "consent", "referral", "child_protocol", "indicators")


# libyaml's emitter writes the same text four times faster; PyYAML without it falls back to Python's.
_Base: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_Base):  # type: ignore[valid-type, misc]
    """SafeDumper that also quotes what YAML 1.1 *or* 1.2 readers would mistype."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if value.lower() in _AMBIGUOUS_WORDS or _NUMBER_LIKE.match(value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    return dumper.represent_str(value)


_Dumper.add_representer(str, _represent_str)


def _dump(value: Any, *, flow: bool) -> str:
    text = yaml.dump(
        value,
        Dumper=_Dumper,
        default_flow_style=flow,
        allow_unicode=True,
        sort_keys=False,
        width=10**9,  # never fold a label across lines
    )
    if text.endswith("\n...\n"):  # a bare scalar ends its document explicitly
        text = text[: -len("...\n")]
    return text.rstrip("\n")


def _indent(text: str, prefix: str, first: str | None = None) -> list[str]:
    lines = text.split("\n")
    out = [(first if first is not None else prefix) + lines[0]]
    out.extend(prefix + line if line else line for line in lines[1:])
    return out


def _item(value: Any, indent: str) -> list[str]:
    """One list item: a flow mapping on one line, or a block when that line would be long."""
    flow = _dump(value, flow=True)
    if len(flow) + len(indent) + 2 <= FLOW_WIDTH and "\n" not in flow:
        return [f"{indent}- {flow}"]
    return _indent(_dump(value, flow=False), indent + "  ", indent + "- ")


def _list_lines(head: str, items: Sequence[Any], indent: str) -> list[str]:
    """``head: []``, or ``head:`` followed by one block item per entry, one level deeper."""
    if not items:
        return [f"{indent}{head}: []"]
    lines = [f"{indent}{head}:"]
    for item in items:
        lines.extend(_item(item, indent + "  "))
    return lines


def form_yaml(form: Mapping[str, Any]) -> str:
    """The form as YAML text: settings first, one survey row per flow mapping or block."""
    keys = [k for k in _TOP_ORDER if k in form] + [k for k in form if k not in _TOP_ORDER]
    lines: list[str] = []
    for key in keys:
        value = form[key]
        head = _dump(key, flow=True)
        if isinstance(value, list):
            lines.extend(_list_lines(head, value, ""))
        elif isinstance(value, Mapping) and key == "choices":
            if not value:
                lines.append(f"{head}: {{}}")
                continue
            lines.append(f"{head}:")
            for list_name, options in value.items():
                lines.extend(_list_lines(_dump(list_name, flow=True), options, "  "))
        elif isinstance(value, Mapping):
            lines.append(f"{head}:")
            lines.extend(_indent(_dump(dict(value), flow=False), "  "))
        else:
            lines.append(f"{head}: {_dump(value, flow=True)}")
    return "\n".join(lines) + "\n"
