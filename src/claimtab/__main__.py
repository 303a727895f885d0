"""``python -m claimtab``: see claimtab.cli."""

from .cli import main

raise SystemExit(main())
