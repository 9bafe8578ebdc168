from napsurvey import __version__
from napsurvey.cli.main import main


def test_version_prints_and_exits_zero(capsys):
    try:
        main(["--version"])
    except SystemExit as exc:
        assert exc.code == 0
    assert __version__ in capsys.readouterr().out


def test_unknown_command_is_one_coded_line(capsys):
    assert main(["no-such-command"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error CLI_USAGE:")
