"""Start Kursverk: the desktop app by default, or a command-line job when one is named."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run the GUI with no command, else hand the command line to cli/."""
    args = list(sys.argv[1:] if argv is None else argv)
    from cli.main import wants_cli

    if wants_cli(args):
        from cli.main import main as cli_main

        return cli_main(args)
    from gui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
