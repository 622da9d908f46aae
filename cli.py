"""Run eduscan from a source checkout: ``python cli.py scan app.apk`` (installed: ``eduscan``)."""

from scanner.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
