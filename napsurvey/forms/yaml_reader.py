"""Reading a form file's YAML safely and predictably.

PyYAML follows YAML 1.1, where ``Yes``, ``No``, ``on`` and ``off`` are
booleans, ``2026-01-01`` is a date and ``0777`` is octal. In a questionnaire
those are choice labels, names and codes, so :class:`FormYamlLoader` keeps the
YAML 1.2 core meanings only: ``true``/``false`` are booleans, plain decimal
numbers are numbers, everything else stays a string.

The reader also refuses what a form never needs and an attacker might send:
duplicate keys (YAML silently keeps the last one), alias bombs (a few lines
that expand to billions of nodes), recursive aliases and very deep nesting.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from napsurvey.errors import ErrorCode, NapError

#: Largest number of nodes a document may expand to (aliases counted each time they are used).
#: A value takes at least two bytes of text, so a form under the loader's 2 MB cap stays
#: below this unless aliases multiply it: the size cap is what a plain form meets first.
MAX_NODES = 1_100_000
#: Deepest nesting of lists and mappings accepted (a form needs about five).
MAX_DEPTH = 64

_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class FormYamlLoader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 core scalars: ``Yes``/``No``/``on``/``off`` and dates stay strings."""


FormYamlLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in (_BOOL, _INT, _FLOAT, _TIMESTAMP)]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
FormYamlLoader.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
# No leading zeros: PyYAML would read them as octal ("08" would even fail).
FormYamlLoader.add_implicit_resolver(_INT, re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$"), list("-+0123456789"))
FormYamlLoader.add_implicit_resolver(
    _FLOAT,
    re.compile(r"^[-+]?(?:(?:\.[0-9]+|[0-9]+\.[0-9]*)(?:[eE][-+]?[0-9]+)?|[0-9]+[eE][-+]?[0-9]+)$"),
    list("-+.0123456789"),
)


if getattr(yaml, "__with_libyaml__", False):
    from yaml._yaml import CParser

    class _FastFormLoader(CParser, yaml.constructor.SafeConstructor, yaml.resolver.Resolver):
        """libyaml's parser with the same constructor and resolvers (several times faster)."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            yaml.constructor.SafeConstructor.__init__(self)
            yaml.resolver.Resolver.__init__(self)

    _FastFormLoader.yaml_implicit_resolvers = FormYamlLoader.yaml_implicit_resolvers
    _LOADER: Any = _FastFormLoader
else:  # pragma: no cover - PyYAML built without libyaml
    _LOADER = FormYamlLoader


def _line(node: Node) -> int:
    return int(node.start_mark.line) + 1


def _children(node: Node) -> list[Node]:
    if isinstance(node, SequenceNode):
        return list(node.value)
    if isinstance(node, MappingNode):
        return [n for pair in node.value for n in pair]
    return []


def _check_duplicate_keys(node: MappingNode) -> None:
    seen: set[tuple[str, str]] = set()
    for key, _value in node.value:
        if not isinstance(key, ScalarNode) or key.tag == "tag:yaml.org,2002:merge":
            continue
        ident = (str(key.tag), str(key.value))
        if ident in seen:
            raise NapError(ErrorCode.FORM_YAML, reason=f"line {_line(key)}: key '{key.value}' appears twice in the same mapping")
        seen.add(ident)


def _too_many(node: Node, aliased: bool) -> NapError:
    if aliased:
        reason = (
            f"line {_line(node)}: aliases expand to more than {MAX_NODES:,} values"
            " (the limit that keeps a few lines of aliases from becoming millions)"
        )
    else:
        reason = f"the document holds more than {MAX_NODES:,} values, more than a form file may hold"
    return NapError(ErrorCode.FORM_YAML, reason=reason)


def check_nodes(root: Node) -> None:
    """Refuse duplicate keys, recursive aliases, nesting past :data:`MAX_DEPTH` and expansion past :data:`MAX_NODES`."""
    sizes: dict[int, int] = {}
    visiting: set[int] = set()
    aliased = False  # a node was reached a second time: the document uses aliases
    stack: list[tuple[Node, bool, int]] = [(root, False, 0)]
    while stack:
        node, finished, depth = stack.pop()
        ident = id(node)
        if depth > MAX_DEPTH:
            raise NapError(ErrorCode.FORM_YAML, reason=f"line {_line(node)}: nested too deeply")
        if finished:
            total = 1 + sum(sizes[id(child)] for child in _children(node))
            if total > MAX_NODES:
                raise _too_many(node, aliased)
            sizes[ident] = total
            visiting.discard(ident)
            continue
        if ident in sizes:
            aliased = True
            continue
        if ident in visiting:
            raise NapError(ErrorCode.FORM_YAML, reason=f"line {_line(node)}: an alias refers to itself")
        visiting.add(ident)
        stack.append((node, True, depth))
        if isinstance(node, MappingNode):
            _check_duplicate_keys(node)
        for child in _children(node):
            if id(child) in visiting:
                raise NapError(ErrorCode.FORM_YAML, reason=f"line {_line(child)}: an alias refers to itself")
            if id(child) in sizes:
                aliased = True
            else:
                stack.append((child, False, depth + 1))


def read_yaml(text: str) -> Any:
    """Parse one YAML document with :class:`FormYamlLoader`; ``None`` for an empty document.

    Raises NapError(FORM_YAML) with the line number for anything that is not
    one well-formed, reasonably sized document.
    """
    loader: Any = None
    try:
        loader = _LOADER(text)
        node = loader.get_single_node()
        if node is None:
            return None
        check_nodes(node)
        return loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}: " if mark is not None else ""
        reason = exc.problem or exc.context or "unreadable"
        raise NapError(ErrorCode.FORM_YAML, reason=f"{where}{reason}") from None
    except yaml.YAMLError as exc:
        raise NapError(ErrorCode.FORM_YAML, reason=str(exc).splitlines()[0] if str(exc) else "unreadable") from None
    except RecursionError:
        raise NapError(ErrorCode.FORM_YAML, reason="nested too deeply") from None
    except UnicodeError:
        raise NapError(ErrorCode.FORM_YAML, reason="the text is not valid Unicode") from None
    except ValueError:
        # e.g. an integer with thousands of digits
        raise NapError(ErrorCode.FORM_YAML, reason="a value cannot be read as a number") from None
    finally:
        if loader is not None:
            loader.dispose()
