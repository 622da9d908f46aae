"""Command line: ``eduscan scan | diff | baseline | schema | rules``. The only place that does I/O."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from scanner import __version__
from scanner.errors import ConfigError, EduscanError, ExitCode, PackageError
from scanner.model import SEVERITIES, ScanResult, severity_rank
from scanner.render.base import FORMATS, Lang, renderers

EPILOG_SCAN = """\
examples / 示例:
  eduscan scan app.apk                          JSON result to standard output
  eduscan scan app.apk --format text --lang en  readable summary in English
  eduscan scan *.apk *.ipa -o out/ --format json,html
                                                one file per package and format in out/
  eduscan scan app.apk --fail-on high           CI gate: exit 1 on high or critical findings

exit codes / 退出码:
  0 analysed, nothing at or above --fail-on     已分析，无达到阈值的发现
  1 findings at or above --fail-on              存在达到阈值的发现
  2 usage or configuration error                用法或配置错误
  3 a package could not be analysed             安装包无法分析
"""

MAIN_EPILOG = """\
eduscan reads an Android (APK, APKS, XAPK) or iOS (IPA) installer package and answers the education-app
filing questions with evidence: permissions obtained (获取的权限), third-party SDKs, sensitive API call sites,
forum / payment / live streaming / K-12 tutoring, filing numbers, and security weaknesses.
eduscan 读取安卓或 iOS 安装包，为教育移动应用备案提供有证据的答案。

examples:
  eduscan scan app.apk --format text
  eduscan scan app.apk -o out/ --format json,html,sarif,md
  eduscan schema > result.schema.json
  eduscan --version
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(ExitCode.USAGE)


def _formats(value: str) -> list[str]:
    out: list[str] = []
    for part in value.split(","):
        part = part.strip().lower()
        if part == "markdown":
            part = "md"
        if part not in FORMATS:
            raise argparse.ArgumentTypeError(f"unknown format {part!r} (choose from {', '.join(FORMATS)})")
        if part not in out:
            out.append(part)
    return out


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="eduscan",
        description="Security and privacy scanner for education apps (APK/IPA) / 教育移动应用安全与隐私扫描工具",
        epilog=MAIN_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"eduscan {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    scan = sub.add_parser(
        "scan",
        help="scan packages / 扫描安装包",
        description="Scan one or more installer packages. / 扫描一个或多个安装包。",
        epilog=EPILOG_SCAN,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    scan.add_argument("packages", nargs="+", type=Path, metavar="PKG", help=".apk, .apks, .xapk or .ipa")
    scan.add_argument(
        "--format",
        "-f",
        type=_formats,
        default=None,
        help=f"output format(s), comma-separated: {', '.join(FORMATS)} (default json; text on a terminal)",
    )
    scan.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="DIR",
        help="write DIR/<package file name>.<format> instead of standard output",
    )
    scan.add_argument(
        "--fail-on",
        choices=[*SEVERITIES, "never"],
        default="never",
        help="exit 1 when a finding is at or above this severity (default: never)",
    )
    scan.add_argument(
        "--lang",
        choices=["zh", "en"],
        default=None,
        help="language of reports and messages (default zh; en when LANG is not Chinese… see README)",
    )
    scan.add_argument("--rules", type=Path, metavar="DIR", help="use another rules directory (default: bundled)")
    scan.add_argument("--disable", action="append", default=[], metavar="RULE_ID", help="turn a rule off (repeatable)")
    scan.add_argument("-q", "--quiet", action="store_true", help="no progress or summary on the terminal")
    scan.add_argument("--progress", action="store_true", help="show progress even when stderr is not a terminal")

    sub.add_parser(
        "schema",
        help="print the JSON Schema of the scan result / 输出结果的 JSON Schema",
        description="Print the JSON Schema of the scan result.",
    )
    return p


def _lang(arg: str | None) -> Lang:
    if arg in ("zh", "en"):
        return arg  # type: ignore[return-value]
    env = os.environ.get("EDUSCAN_LANG") or ""
    if env in ("zh", "en"):
        return env  # type: ignore[return-value]
    return "zh"


def _error_line(exc: EduscanError, lang: Lang) -> str:
    code = f" [{exc.code}]" if isinstance(exc, PackageError) else ""
    if lang == "zh" and exc.message_zh:
        return f"eduscan：错误{code}：{exc.message_zh}"
    return f"eduscan: error{code}: {exc.message}"


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def cmd_scan(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from scanner.scan import Scanner, ScanOptions

    lang = _lang(args.lang)
    formats: list[str] = args.format or (["text"] if out.isatty() and args.output is None else ["json"])
    if args.output is None and len(formats) > 1:
        raise ConfigError("several formats need -o DIR", "多种输出格式需要 -o 目录")
    show_progress = not args.quiet and (args.progress or err.isatty())
    total = len(args.packages)

    def progress(msg: str) -> None:
        if show_progress:
            err.write(f"  … {msg}\n")
            err.flush()

    scanner = Scanner(ScanOptions(rules_root=args.rules, disabled_rules=set(args.disable)), progress)
    if args.output is not None:
        if args.output.exists() and not args.output.is_dir():
            raise ConfigError(f"{args.output}: exists and is not a directory", f"{args.output}：已存在且不是目录")
        args.output.mkdir(parents=True, exist_ok=True)
    regs = renderers()
    worst = ExitCode.OK
    results: list[ScanResult] = []
    r: object
    threshold = None if args.fail_on == "never" else severity_rank(args.fail_on)
    for i, pkg in enumerate(args.packages, 1):
        started = time.monotonic()
        if show_progress or (total > 1 and not args.quiet):
            err.write(f"[{i}/{total}] {pkg}\n")
            err.flush()
        try:
            result = scanner.scan(pkg)
        except PackageError as exc:
            err.write(_error_line(exc, lang) + "\n")
            worst = max(worst, ExitCode.BAD_PACKAGE)
            continue
        assert isinstance(result, ScanResult)
        results.append(result)
        if threshold is not None and any(severity_rank(f.severity) >= threshold for f in result.findings):
            worst = max(worst, ExitCode.FINDINGS)
        if args.output is not None:
            for fmt in formats:
                r = regs[fmt]
                target = args.output / f"{pkg.name}.{r.extension}"
                _write(target, r.render(result, lang))
            if not args.quiet:
                out.write(regs["text"].render(result, lang))
                written = ", ".join(str(args.output / f"{pkg.name}.{regs[f].extension}") for f in formats)
                out.write(f"→ {written}\n\n")
        if show_progress:
            err.write(f"  done in {time.monotonic() - started:.1f}s\n")
    if args.output is None and results:
        fmt = formats[0]
        if fmt == "json" and len(results) > 1:
            out.write("[\n" + ",\n".join(r.model_dump_json(indent=2) for r in results) + "\n]\n")
        else:
            for r in results:
                out.write(regs[fmt].render(r, lang))
    return int(worst)


def cmd_schema(out: TextIO) -> int:
    schema = ScanResult.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "eduscan scan result"
    out.write(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    out, err = sys.stdout, sys.stderr
    lang = _lang(getattr(args, "lang", None))
    try:
        if args.command == "scan":
            return cmd_scan(args, out, err)
        if args.command == "schema":
            return cmd_schema(out)
        parser.print_help(out)
        return int(ExitCode.USAGE)
    except EduscanError as exc:
        err.write(_error_line(exc, lang) + "\n")
        return int(exc.exit_code)
    except KeyboardInterrupt:
        err.write("eduscan: interrupted\n")
        return 130
    except BrokenPipeError:
        return int(ExitCode.OK)


if __name__ == "__main__":
    raise SystemExit(main())
