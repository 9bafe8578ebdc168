import string

from napsurvey.errors import ErrorCode, NapError


def test_every_code_is_distinct_even_when_two_share_a_template() -> None:
    # A plain Enum would make codes with equal templates aliases of each other.
    assert len(list(ErrorCode)) == len(ErrorCode.__members__)
    assert NapError(ErrorCode.INTERVIEW_UNKNOWN_QUESTION, name="q").code is ErrorCode.INTERVIEW_UNKNOWN_QUESTION


def test_messages_are_one_line_and_survive_missing_parameters() -> None:
    for code in ErrorCode:
        err = NapError(code)
        assert str(err).startswith(code.name + ": ") and "\n" not in str(err)
        fields = {f for _, f, _, _ in string.Formatter().parse(code.template) if f}
        full = NapError(code, **{f: "x\ny" for f in fields})
        assert "\n" not in str(full)
