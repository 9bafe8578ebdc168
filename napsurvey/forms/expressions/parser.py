"""Recursive-descent parser: tokens -> syntax tree. Never uses eval/compile/ast."""

from __future__ import annotations

from napsurvey.errors import ErrorCode, NapError

from .functions import FUNCTIONS, compile_pattern
from .nodes import Call, Chain, Column, Current, Literal, Negate, Node, Ref
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


class _Parser:
    def __init__(self, source: str) -> None:
        self.tokens = tokenize(source)
        self.i = 0
        self.depth = 0

    def peek(self) -> Token:
        return self.tokens[self.i]

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
            return Ref(token.text)
        if token.kind is Kind.CURRENT:
            return Current()
        if token.kind is Kind.LPAREN:
            node = self.expression()
            self.expect(Kind.RPAREN, "expected ')'")
            return node
        if token.kind is Kind.NAME:
            if self.peek().kind is Kind.LPAREN:
                return self.call(token)
            if token.text in _WORD_OPS:
                raise self.error(token, f"'{token.text}' needs a value before it")
            return Column(token.text)
        if token.kind is Kind.END:
            raise self.error(token, "expression ends too early")
        raise self.error(token, f"unexpected '{token.text}'")

    def call(self, name: Token) -> Node:
        spec = FUNCTIONS.get(name.text)
        if spec is None:
            raise NapError(ErrorCode.EXPR_UNKNOWN_FUNCTION, name=name.text)
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
        if not spec.accepts(len(args)):
            raise NapError(ErrorCode.EXPR_ARITY, name=name.text, expected=spec.arity_text(), got=len(args))
        if name.text == "regex" and len(args) == 2 and isinstance(args[1], Literal):
            try:
                compile_pattern(str(args[1].value))
            except ValueError as exc:
                raise self.error(name, f"bad regular expression ({exc}); patterns use RE2 syntax, without backreferences or look-around") from None
        return Call(name.text, tuple(args))

    def expect(self, kind: Kind, reason: str) -> None:
        token = self.take()
        if token.kind is not kind:
            raise self.error(token, reason)


def parse_tree(source: str) -> Node:
    """Parse ``source`` into a syntax tree, or raise a coded NapError."""
    if len(source) > MAX_SOURCE:
        raise NapError(ErrorCode.EXPR_TOO_COMPLEX)
    parser = _Parser(source)
    if parser.peek().kind is Kind.END:
        raise parser.error(parser.peek(), "empty expression")
    node = parser.expression()
    token = parser.peek()
    if token.kind is not Kind.END:
        raise parser.error(token, f"unexpected '{token.text}' after the end of the expression")
    return node
