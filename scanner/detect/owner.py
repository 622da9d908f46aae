"""Who owns a piece of code: the app itself, a catalogued SDK, a common library, or unknown third party."""

from __future__ import annotations

from scanner.detect.prefixes import PrefixMatcher
from scanner.detect.sdks import SdkMatcher
from scanner.facts.model import Owner

# Second segments too generic to mark "the vendor's own code" (com.android.*, com.google.* …).
_GENERIC = frozenset(
    {
        "android",
        "google",
        "example",
        "github",
        "app",
        "apps",
        "mobile",
        "tencent",
        "baidu",
        "alibaba",
        "huawei",
        "xiaomi",
        "qq",
        "sina",
        "facebook",
        "microsoft",
        "apple",
    }
)


class OwnerResolver:
    """Attributes code by class name: the app's own prefixes, catalogued SDKs and common libraries, longest prefix
    wins."""

    def __init__(self, sdks: SdkMatcher, library_prefixes: list[str], app_prefixes: list[str]) -> None:
        self.sdks = sdks
        items: list[tuple[str, tuple[Owner, str | None]]] = []
        items += [(p, ("app", None)) for p in app_prefixes if p]
        items += [(p, ("library", None)) for p in library_prefixes]
        self._fixed: PrefixMatcher[tuple[Owner, str | None]] = PrefixMatcher(items)

    @staticmethod
    def app_prefixes(app_id: str | None, *class_names: str | None) -> list[str]:
        """The app's own code: its id, the packages of its application class and launcher activity, and
        the vendor prefix (first two segments) when that is specific enough."""
        out: list[str] = []
        if app_id:
            out.append(app_id)
            parts = app_id.split(".")
            if len(parts) >= 3 and parts[1] not in _GENERIC and len(parts[1]) > 2:
                out.append(".".join(parts[:2]))
        for name in class_names:
            if name and "." in name:
                out.append(name.rpartition(".")[0])
        return out

    def owner(self, class_name: str | None) -> tuple[Owner, str | None]:
        """(owner, SDK id) of a dotted Java class name."""
        if not class_name:
            return "unknown", None
        sdk_hit = self.sdks.android_prefixes.match(class_name)
        fixed = self._fixed.match(class_name)
        # The longest matching prefix decides, so an app "com.squareup.cash" is not taken for a library.
        if sdk_hit and (fixed is None or len(sdk_hit[0]) >= len(fixed[0])):
            return "sdk", sdk_hit[1]
        if fixed:
            return fixed[1]
        sid = self.sdks.sdk_of_class(class_name)
        if sid:
            return "sdk", sid
        return "unknown", None

    def objc_owner(self, class_name: str | None, binary_kind: str) -> tuple[Owner, str | None]:
        """(owner, SDK id) of an Objective-C class, falling back to the kind of binary holding it."""
        if class_name:
            sid = self.sdks.sdk_of_objc_class(class_name)
            if sid:
                return "sdk", sid
        return ("app", None) if binary_kind in ("executable", "extension") else ("unknown", None)
