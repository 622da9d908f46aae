"""The code facts security rules read: argument provenance (dex_flow), one-level field and parameter resolution,
calls through subclass references, gates, and the condition-language additions (list index, flag bits).

Run on the committed vuln-lab sample (planted, known code) and, when present, on corpus apps for the cases the
sample does not have (Kotlin lambdas, calls through an Activity subclass, a hex key handed to a helper).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from scanner.facts.android import extract_android
from scanner.facts.android_code import CodeGate, CodeNeeds
from scanner.facts.model import CodeCall
from scanner.rules.conditions import get_path, matches
from scanner.unpack.package import open_package
from scanner.unpack.safezip import Limits

ROOT = Path(__file__).parents[2]
VULN_LAB = ROOT / "samples" / "android" / "vuln-lab.apk"
CORPUS = (ROOT / ".." / "shared" / "corpus").resolve()

CIPHER = "Ljavax/crypto/Cipher;->getInstance"
IV = "Ljavax/crypto/spec/IvParameterSpec;-><init>"
KEY = "Ljavax/crypto/spec/SecretKeySpec;-><init>"
RAW_QUERY = "Landroid/database/sqlite/SQLiteDatabase;->rawQuery"
LOG_D = "Landroid/util/Log;->d"
PUT_EXTRA = "Landroid/content/Intent;->putExtra"
OPEN_FILE = "Landroid/content/Context;->openFileOutput"


def _calls(apk: Path, needs: CodeNeeds) -> list[CodeCall]:
    if not apk.is_file():
        pytest.skip(f"{apk} not available")
    opened = open_package(apk, Limits())
    try:
        return extract_android(opened, needs).facts.calls
    finally:
        opened.close()


@cache
def _vuln_lab() -> tuple[CodeCall, ...]:
    needs = CodeNeeds(methods={CIPHER, IV, KEY, RAW_QUERY, LOG_D, PUT_EXTRA, OPEN_FILE})
    return tuple(_calls(VULN_LAB, needs))


def _one(calls: tuple[CodeCall, ...] | list[CodeCall], target: str, cls: str, method: str) -> CodeCall:
    found = [
        c
        for c in calls
        if c.target == target and c.caller_class.endswith(cls) and c.caller_method.startswith(method + "(")
    ]
    assert found, f"no {target} in {cls}.{method}: {[(c.target, c.caller_class, c.caller_method) for c in calls]}"
    return found[0]


def test_constant_iv_array_and_key_bytes() -> None:
    calls = _vuln_lab()
    iv = _one(calls, IV, "crypto.WeakCrypto", "encryptDesCbc")
    assert iv.arg_sources[1] == "array"  # new-array + fill-array-data
    key = _one(calls, KEY, "crypto.WeakCrypto", "encryptEcb")
    assert key.arg_sources[1] == "array"  # "eduscan-hardkey!".getBytes()
    assert _one(calls, CIPHER, "crypto.WeakCrypto", "encryptEcb").arg0 == "AES/ECB/PKCS5Padding"


def test_concatenation_and_its_constant_parts() -> None:
    calls = _vuln_lab()
    sql = _one(calls, RAW_QUERY, "data.UserDao", "findUserByName")
    assert sql.arg_sources[1] == "concat"
    assert "SELECT * FROM users WHERE name = '" in sql.arg_parts
    log = _one(calls, LOG_D, "auth.LoginActivity", "doLogin")
    assert log.arg_sources[1] == "concat"
    assert " password=" in log.arg_parts


def test_int_argument_and_object_provenance() -> None:
    calls = _vuln_lab()
    world = _one(calls, OPEN_FILE, "storage.InsecureStorage", "saveGradesWorldReadable")
    assert world.int_args[2] == 1  # MODE_WORLD_READABLE
    extra = _one(calls, PUT_EXTRA, "DeepLinkActivity", "handleDeepLink")
    assert extra.arg_sources[0] is not None and extra.arg_sources[0].startswith("new:Landroid/content/Intent;")
    assert any(s and "getQueryParameter" in s for s in extra.arg_sources)


def test_gate_keeps_only_methods_that_pass() -> None:
    quiet = CodeNeeds(gated={LOG_D: {CodeGate(strings=("no-such-literal-anywhere",))}})
    assert not [c for c in _calls(VULN_LAB, quiet) if c.target == LOG_D]
    gated = CodeNeeds(gated={LOG_D: {CodeGate(strings=("password",))}})
    kept = [c for c in _calls(VULN_LAB, gated) if c.target == LOG_D]
    assert any(c.caller_method.startswith("doLogin(") for c in kept)
    # A method needed without a gate (here by the same needs) is read everywhere.
    both = CodeNeeds(methods={LOG_D}, gated={LOG_D: {CodeGate(strings=("no-such-literal-anywhere",))}})
    assert [c for c in _calls(VULN_LAB, both) if c.target == LOG_D]


def test_call_through_subclass_reference() -> None:
    """AndroGoat calls getSharedPreferences on its activities (LInsecureStorageSharedPrefs;->…), not on Context."""
    calls = _calls(
        CORPUS / "apk" / "AndroGoat.apk", CodeNeeds(methods={"Landroid/content/Context;->getSharedPreferences"})
    )
    callers = {c.caller_class for c in calls}
    assert "owasp.sat.agoat.InsecureStorageSharedPrefs$onCreate$1" in callers


def test_field_and_parameter_resolution() -> None:
    """InsecureBankv2 keeps key and IV in fields set in <init>; the cipher helper receives them as parameters."""
    calls = _calls(CORPUS / "apk" / "InsecureBankv2.apk", CodeNeeds(methods={IV, KEY}))
    iv = _one(calls, IV, "insecurebankv2.CryptoClass", "aes256encrypt")
    key = _one(calls, KEY, "insecurebankv2.CryptoClass", "aes256encrypt")
    assert iv.arg_sources[1] == "array" and key.arg_sources[1] == "array"


def test_condition_list_index_and_bits() -> None:
    call = CodeCall(
        kind="method",
        target=IV,
        target_proto=None,
        caller_class="a.B",
        caller_method="m()V",
        owner="app",
        sdk=None,
        int_args=[None, 0, None, 0x08000000],
        arg_sources=["new:X", "array"],
    )
    assert get_path(call, "arg_sources.1") == "array"
    assert get_path(call, "arg_sources.7") is None
    assert matches(call, {"int_args.3": {"bits_none": 0x04000000}})
    assert not matches(call, {"int_args.3": {"bits_any": 0x04000000}})
    assert not matches(call, {"int_args.0": {"bits_none": 1}})  # unknown value: no match either way
