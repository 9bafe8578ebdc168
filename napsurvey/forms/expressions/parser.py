"""Recursive-descent parser: tokens -> syntax tree. Never uses eval/compile/ast.

Problems that do not stop the parse (an unknown or refused function, a wrong
number of arguments, a regular expression RE2 cannot run) are collected and
parsing goes on, so a form author sees every problem of an expression at
once; a syntax error stops it.
"""

from __future__ import annotations

import re

from napsurvey.errors import ErrorCode, NapError

from .functions import FUNCTIONS, REFUSED_FUNCTIONS, compile_pattern
from .nodes import (
    Call,
    Chain,
    ChoiceName,
    Column,
    Current,
    IndexedRepeat,
    Literal,
    Lookup,
    Negate,
    Node,
    Position,
    Ref,
)
from .tokens import Kind, Token, tokenize

MAX_SOURCE = 4000
MAX_DEPTH = 64

# Binary precedence levels, loosest first (XPath 1.0).
_LEVELS: tuple[frozenset[str], ...] = (
    frozenset({"or"}),
    frozenset({"and"}),
    frozenset({"=", "!="}),
    frozenset({"<", "<=", ">", ">="}),
    frozenset({"+", "-"}),
    frozenset({"*", "div", "mod"}),
)
_WORD_OPS = frozenset({"or", "and", "div", "mod"})
_QUOTED_REF = re.compile(r"^\s*\$\{\s*([A-Za-z_][A-Za-z0-9_.\-]*)\s*\}\s*$")
_PATHS = "paths such as '../name' are not supported; write ${name}"


class _Parser:
    def __init__(self, source: str) -> None:
        self.tokens = tokenize(source)
        self.i = 0
        self.depth = 0
        self.problems: list[NapError] = []

    def peek(self, ahead: int = 0) -> Token:
        return self.tokens[min(self.i + ahead, len(self.tokens) - 1)]

    def take(self) -> Token:
        token = self.tokens[self.i]
        if token.kind is not Kind.END:
            self.i += 1
        return token

    def error(self, token: Token, reason: str) -> NapError:
        return NapError(ErrorCode.EXPR_SYNTAX, pos=token.pos, reason=reason)

    def operator(self, level: int) -> str | None:
        token = self.peek()
        ops = _LEVELS[level]
        if token.kind is Kind.OP and token.text in ops:
            return token.text
        if token.kind is Kind.NAME and token.text in _WORD_OPS and token.text in ops:
            # "div(" would be a call of an unknown function, not an operator
            return token.text
        return None

    def enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise NapError(ErrorCode.EXPR_TOO_COMPLEX)

    def expression(self) -> Node:
        self.enter()
        node = self.level(0)
        self.depth -= 1
        return node

    def level(self, index: int) -> Node:
        if index == len(_LEVELS):
            return self.unary()
        first = self.level(index + 1)
        rest: list[tuple[str, Node]] = []
        while (op := self.operator(index)) is not None:
            self.take()
            rest.append((op, self.level(index + 1)))
        return Chain(first, tuple(rest)) if rest else first

    def unary(self) -> Node:
        token = self.peek()
        if token.kind is Kind.OP and token.text == "-":
            self.take()
            self.enter()
            operand = self.unary()
            self.depth -= 1
            if isinstance(operand, Literal) and isinstance(operand.value, float):
                return Literal(-operand.value)
            return Negate(operand)
        return self.primary()

    def primary(self) -> Node:
        token = self.take()
        if token.kind is Kind.NUMBER:
            return Literal(float(token.text))
        if token.kind is Kind.STRING:
            return Literal(token.text)
        if token.kind is Kind.REF:
            self.no_path()
            return Ref(token.text)
        if token.kind is Kind.CURRENT:
            self.no_path()
            return Current()
        if token.kind in (Kind.PARENT, Kind.SLASH):
            raise self.error(token, _PATHS)
        if token.kind is Kind.LPAREN:
            node = self.expression()
            self.expect(Kind.RPAREN, "expected ')'")
            return node
        if token.kind is Kind.NAME:
            if self.peek().kind is Kind.LPAREN:
                return self.call(token)
            if token.text in _WORD_OPS:
                raise self.error(token, f"'{token.text}' needs a value before it")
            self.no_path()
            return Column(token.text)
        if token.kind is Kind.END:
            raise self.error(token, "expression ends too early")
        raise self.error(token, f"unexpected '{token.text}'")

    def no_path(self) -> None:
        if self.peek().kind is Kind.SLASH:
            raise self.error(self.peek(), _PATHS)

    # --- calls ----------------------------------------------------------------------
    def arguments(self, name: Token) -> list[Node]:
        self.take()  # "("
        args: list[Node] = []
        if self.peek().kind is not Kind.RPAREN:
            while True:
                args.append(self.expression())
                if self.peek().kind is Kind.COMMA:
                    self.take()
                    continue
                break
        self.expect(Kind.RPAREN, f"expected ',' or ')' in {name.text}()")
        return args

    def call(self, name: Token) -> Node:
        special = {
            "position": self.position,
            "instance": self.lookup,
            "current": self.current,
        }.get(name.text)
        if special is not None:
            return special(name)
        args = self.arguments(name)
        if name.text == "jr:choice-name":
            return self.choice_name(name, args)
        if name.text == "indexed-repeat":
            return self.indexed_repeat(name, args)
        spec = FUNCTIONS.get(name.text)
        if spec is None:
            if name.text in REFUSED_FUNCTIONS:
                self.problems.append(NapError(ErrorCode.EXPR_REFUSED_FUNCTION, name=name.text, reason=REFUSED_FUNCTIONS[name.text]))
            else:
                self.problems.append(NapError(ErrorCode.EXPR_UNKNOWN_FUNCTION, name=name.text))
            return Call(name.text, tuple(args), name.pos)
        if not spec.accepts(len(args)):
            self.problems.append(NapError(ErrorCode.EXPR_ARITY, name=name.text, expected=spec.arity_text(), got=len(args)))
        elif name.text == "regex" and isinstance(args[1], Literal):
            try:
                compile_pattern(str(args[1].value))
            except ValueError as exc:
                reason = f"bad regular expression ({exc}); patterns use RE2 syntax, without backreferences or look-around"
                self.problems.append(self.error(name, reason))
        return Call(name.text, tuple(args), name.pos)

    def current(self, name: Token) -> Node:
        self.take()
        self.expect(Kind.RPAREN, "current() takes no argument")
        self.no_path()
        return Current()

    def position(self, name: Token) -> Node:
        self.take()  # "("
        levels = 0
        while self.peek().kind is Kind.PARENT:
            self.take()
            levels += 1
            if self.peek().kind is not Kind.SLASH:
                break
            self.take()
        if levels == 0:
            raise self.error(name, "position() needs '..' (position(..) is the number of the repeat instance)")
        self.expect(Kind.RPAREN, "position() takes '..', '../..' and so on")
        return Position(levels)

    def choice_name(self, name: Token, args: list[Node]) -> Node:
        if len(args) != 2:
            self.problems.append(NapError(ErrorCode.EXPR_ARITY, name=name.text, expected="2", got=len(args)))
            return Call(name.text, tuple(args), name.pos)
        question = args[1]
        match = _QUOTED_REF.match(question.value) if isinstance(question, Literal) and isinstance(question.value, str) else None
        if match is None:
            raise self.error(name, "the second argument of jr:choice-name() names the question in quotes: '${name}'")
        return ChoiceName(args[0], match.group(1))

    def indexed_repeat(self, name: Token, args: list[Node]) -> Node:
        if len(args) < 3 or len(args) % 2 == 0:
            self.problems.append(NapError(ErrorCode.EXPR_ARITY, name=name.text, expected="3, 5 or 7", got=len(args)))
            return Call(name.text, tuple(args), name.pos)
        target, rest = args[0], args[1:]
        repeats = rest[0::2]
        if not isinstance(target, Ref) or not all(isinstance(r, Ref) for r in repeats):
            raise self.error(name, "indexed-repeat() takes ${question}, then ${repeat} and a number for each repeat")
        picks = tuple((r.name, n) for r, n in zip(repeats, rest[1::2]) if isinstance(r, Ref))
        return IndexedRepeat(target.name, picks)

    def lookup(self, name: Token) -> Node:
        self.take()  # "("
        source = self.take()
        if source.kind is not Kind.STRING:
            raise self.error(source, "instance() takes the name of a list in quotes")
        self.expect(Kind.RPAREN, "instance() takes one argument")
        steps: list[str] = []
        while self.peek().kind is Kind.SLASH and self.peek(1).kind is Kind.NAME and len(steps) < 2:
            self.take()
            steps.append(self.take().text)
        if steps != ["root", "item"]:
            raise self.error(name, f"instance('{source.text}') lookups read /root/item of a list")
        predicate: Node | None = None
        if self.peek().kind is Kind.LBRACKET:
            self.take()
            predicate = self.expression()  # bare names are the item's columns, current() the question
            self.expect(Kind.RBRACKET, "expected ']'")
        column: str | None = None
        if self.peek().kind is Kind.SLASH:
            self.take()
            token = self.take()
            if token.kind is not Kind.NAME:
                raise self.error(token, "expected the name of a column after '/'")
            column = token.text
        self.no_path()
        return Lookup(source.text.removesuffix(".csv"), predicate, column)

    def expect(self, kind: Kind, reason: str) -> None:
        token = self.take()
        if token.kind is not kind:
            raise self.error(token, reason)


def parse_tree(source: str) -> tuple[Node, list[NapError]]:
    """Parse ``source`` into a syntax tree and the problems that did not stop the parse.

    Raises a coded NapError (EXPR_SYNTAX, EXPR_TOO_COMPLEX) when there is no tree.
    """
    if len(source) > MAX_SOURCE:
        raise NapError(ErrorCode.EXPR_TOO_COMPLEX)
    parser = _Parser(source)
    if parser.peek().kind is Kind.END:
        raise parser.error(parser.peek(), "empty expression")
    node = parser.expression()
    token = parser.peek()
    if token.kind is not Kind.END:
        raise parser.error(token, f"unexpected '{token.text}' after the end of the expression")
    return node, parser.problems
