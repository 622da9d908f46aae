"""Python checks for what rule data cannot express; rules name them as ``check: scanner.checks.<module>:<function>``."""
