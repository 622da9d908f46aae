"""eduscan: evidence-backed answers for education-app filing from APK and IPA packages."""

__version__ = "0.1.0"
