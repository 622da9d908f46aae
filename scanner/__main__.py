"""``python -m scanner`` is the same as ``eduscan``."""

from scanner.cli import main

raise SystemExit(main())
