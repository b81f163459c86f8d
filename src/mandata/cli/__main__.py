"""``python -m mandata.cli``: the ``mandata`` command."""

from mandata.cli import main

main()
