"""Generate a large multi-dex APK for the benchmark: tens of MB of real DEX assembled with smali.

The code is synthetic but shaped like an app with SDKs: ordinary classes full of calls and strings, SDK-named
packages, and a few sensitive call sites (IMEI, location, ECB cipher, URLs) spread thin — so the scan has
real work and real hits. Output is cached under bench/.cache/ (not committed).

Needs Java and Debian's libsmali-java (/usr/share/java/smali.jar).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "bench" / ".cache"
SMALI_JAR = Path("/usr/share/java/smali.jar")
MANIFEST_FROM = ROOT / "samples" / "android" / "demo-homework.apk"

PACKAGES = [
    "com/bench/app/ui",
    "com/bench/app/data",
    "com/bench/app/net",
    "com/bench/app/util",
    "com/umeng/analytics/pro",
    "com/qq/e/comm/plugin",
    "com/bytedance/sdk/openadsdk/core",
    "com/tencent/bugly/crashreport/inner",
    "cn/jpush/android/service",
    "okhttp3/internal/http",
    "androidx/recyclerview/widget",
    "com/alipay/sdk/app/inner",
    "io/agora/rtc2/internal",
]

SENSITIVE = [
    ("Landroid/telephony/TelephonyManager;", "getDeviceId", "()Ljava/lang/String;", "invoke-virtual"),
    (
        "Landroid/location/LocationManager;",
        "getLastKnownLocation",
        "(Ljava/lang/String;)Landroid/location/Location;",
        "invoke-virtual",
    ),
    ("Landroid/content/pm/PackageManager;", "getInstalledPackages", "(I)Ljava/util/List;", "invoke-virtual"),
]


def _method(rng: random.Random, cls: str, i: int, sensitive_every: int, counter: list[int]) -> str:
    lines = [f".method public m{i}(Ljava/lang/String;)Ljava/lang/String;", "    .registers 6"]
    lines.append("    new-instance v0, Ljava/lang/StringBuilder;")
    lines.append("    invoke-direct {v0}, Ljava/lang/StringBuilder;-><init>()V")
    for k in range(rng.randint(6, 14)):
        s = f"{cls.rsplit('/', 1)[-1]}_{i}_{k}_{rng.getrandbits(40):x}"
        if k == 0 and rng.random() < 0.05:
            s = f"https://api{rng.randint(1, 40)}.bench-example.cn/v{rng.randint(1, 3)}/{s}"
        lines.append(f'    const-string v1, "{s}"')
        lines.append(
            "    invoke-virtual {v0, v1}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)"
            "Ljava/lang/StringBuilder;"
        )
        lines.append(
            "    invoke-virtual {v0, p1}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)"
            "Ljava/lang/StringBuilder;"
        )
    counter[0] += 1
    if counter[0] % sensitive_every == 0:
        owner, name, proto, op = SENSITIVE[(counter[0] // sensitive_every) % len(SENSITIVE)]
        lines.append("    const/4 v2, 0x0")
        if "(I)" in proto:
            lines.append(f"    {op} {{v2, v2}}, {owner}->{name}{proto}")
        elif "(Ljava/lang/String;)" in proto:
            lines.append(f"    {op} {{v2, p1}}, {owner}->{name}{proto}")
        else:
            lines.append(f"    {op} {{v2}}, {owner}->{name}{proto}")
    if counter[0] % (sensitive_every * 3) == 0:
        lines.append('    const-string v3, "AES/ECB/PKCS5Padding"')
        lines.append(
            "    invoke-static {v3}, Ljavax/crypto/Cipher;->getInstance(Ljava/lang/String;)Ljavax/crypto/Cipher;"
        )
    lines.append("    invoke-virtual {v0}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;")
    lines.append("    move-result-object v0")
    lines.append("    return-object v0")
    lines.append(".end method")
    return "\n".join(lines)


def _class(rng: random.Random, cls: str, methods: int, sensitive_every: int, counter: list[int]) -> str:
    head = [
        f".class public L{cls};",
        ".super Ljava/lang/Object;",
        "",
        ".method public constructor <init>()V",
        "    .registers 1",
        "    invoke-direct {p0}, Ljava/lang/Object;-><init>()V",
        "    return-void",
        ".end method",
        "",
    ]
    body = [_method(rng, cls, i, sensitive_every, counter) for i in range(methods)]
    return "\n".join(head + body) + "\n"


def generate(out: Path, classes: int, methods: int, per_dex: int, assets_mb: int, seed: int = 7) -> Path:
    if not SMALI_JAR.exists() or shutil.which("java") is None:
        sys.exit("needs java and /usr/share/java/smali.jar (apt-get install default-jdk-headless libsmali-java)")
    rng = random.Random(seed)
    counter = [0]
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        groups: list[Path] = []
        for c in range(classes):
            g = c // per_dex
            if g == len(groups):
                groups.append(tmp / f"g{g}")
            pkg = PACKAGES[c % len(PACKAGES)]
            cls = f"{pkg}/C{c}"
            path = groups[g] / f"{cls}.smali"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(_class(rng, cls, methods, 997, counter), encoding="utf-8")
        dexes: list[Path] = []
        procs = []
        for g, src in enumerate(groups):
            dex = tmp / ("classes.dex" if g == 0 else f"classes{g + 1}.dex")
            procs.append(
                subprocess.Popen(["java", "-Xmx2g", "-jar", str(SMALI_JAR), "a", "-a", "21", "-o", str(dex), str(src)])
            )
            dexes.append(dex)
            if len(procs) >= (os.cpu_count() or 2):
                for p in procs:
                    if p.wait() != 0:
                        sys.exit("smali failed")
                procs = []
        for p in procs:
            if p.wait() != 0:
                sys.exit("smali failed")
        with zipfile.ZipFile(MANIFEST_FROM) as base:
            manifest = base.read("AndroidManifest.xml")
            arsc = base.read("resources.arsc")
        out.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("AndroidManifest.xml", manifest)
            z.writestr(zipfile.ZipInfo("resources.arsc"), arsc, compress_type=zipfile.ZIP_STORED)
            for dex in dexes:
                z.write(dex, dex.name)
            if assets_mb:
                # Incompressible media, stored as real apps store images and video.
                z.writestr(
                    zipfile.ZipInfo("assets/media.bin"),
                    rng.randbytes(assets_mb << 20),
                    compress_type=zipfile.ZIP_STORED,
                )
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--classes", type=int, default=36000)
    ap.add_argument("--methods", type=int, default=9)
    ap.add_argument("--per-dex", type=int, default=6000)
    ap.add_argument("--assets-mb", type=int, default=60)
    ap.add_argument("-o", "--out", type=Path, default=CACHE / "big.apk")
    args = ap.parse_args()
    path = generate(args.out, args.classes, args.methods, args.per_dex, args.assets_mb)
    with zipfile.ZipFile(path) as z:
        dex = sum(i.file_size for i in z.infolist() if i.filename.endswith(".dex"))
        n = sum(1 for i in z.infolist() if i.filename.endswith(".dex"))
    print(f"{path}: {path.stat().st_size / 1e6:.1f} MB package, {n} DEX files, {dex / 1e6:.1f} MB of DEX")


if __name__ == "__main__":
    main()
