"""Command line: ``eduscan scan | diff | baseline | rules | schema``. The only place that does I/O."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from scanner import __version__
from scanner.errors import ConfigError, EduscanError, ExitCode, PackageError
from scanner.model import SEVERITIES, ScanResult, severity_rank
from scanner.render.base import FORMATS, Lang, renderers

if TYPE_CHECKING:
    from scanner.baseline import Baseline
    from scanner.filing.declared import DeclaredFiling
    from scanner.policy import Policy
    from scanner.scan import Scanner

EXIT_CODES = """\
exit codes / 退出码:
  0 analysed, nothing at or above --fail-on     已分析，无达到阈值的发现
  1 findings at or above --fail-on              存在达到阈值的发现
  2 usage or configuration error                用法或配置错误
  3 a package could not be analysed             安装包无法分析
"""

EPILOG_SCAN = (
    """\
examples / 示例:
  eduscan scan app.apk                          JSON result to standard output
  eduscan scan app.apk --format text --lang en  readable summary in English
  eduscan scan app.apk -o out/ --format html,sarif,md
                                                one file per package and format in out/ (HTML in Chinese)
  eduscan scan app.apk --declared filing.yaml   compare the filed answers with the package
  eduscan scan app.apk --fail-on high           CI gate: exit 1 on high or critical findings
  eduscan scan app.apk --policy eduscan-policy.yaml --baseline .eduscan-baseline.json --format sarif -o out/
                                                CI with a policy and accepted findings suppressed

"""
    + EXIT_CODES
)

EPILOG_DIFF = """\
examples / 示例:
  eduscan diff app-2.3.0.apk app-2.4.0.apk                  what changed, and whether to update the filing
  eduscan diff old.json new.apk --format md -o diff.md      a saved result against a new build, for an MR comment
  eduscan diff old.apk new.apk --fail-on-update             CI: exit 1 when the filing must be updated

The filing must be updated (备案信息变更须在10个工作日内更新) when permissions, third-party SDKs, the four feature
answers, or the app's name or identity change. API, flag and finding changes are listed for review only.
exit codes: 0 compared (1 with --fail-on-update when the filing must be updated), 2 usage error, 3 bad package.
"""

EPILOG_BASELINE = """\
examples / 示例:
  eduscan baseline create app.apk -o .eduscan-baseline.json --reason "accepted at adoption, ticket SEC-12"
  eduscan baseline create app.apk --expires 2027-06-30        suppressions end on that day
  eduscan scan app.apk --baseline .eduscan-baseline.json --fail-on medium

Entries are keyed by the finding fingerprint and keep their reason and expiry when the baseline is recreated.
Edit a reason or an expiry date by hand; an expired entry stops suppressing and is reported.
"""

EPILOG_RULES = """\
examples / 示例:
  eduscan rules list                     every rule id, severity and title
  eduscan rules list --category filing   the filing flags only
  eduscan rules list --format json       for scripts and policy files
"""

EPILOG_SCHEMA = """\
examples / 示例:
  eduscan schema > result.schema.json          the scan result (JSON output of eduscan scan)
  eduscan schema declared                      the --declared filing file
  eduscan schema policy                        the --policy file
  eduscan schema baseline                      the baseline file
  eduscan schema diff                          the JSON output of eduscan diff
"""

MAIN_EPILOG = """\
eduscan reads an Android (APK, APKS, XAPK) or iOS (IPA) installer package and answers the education-app
filing questions with evidence: permissions obtained (获取的权限), third-party SDKs, sensitive API call sites,
forum / payment / live streaming / K-12 tutoring, filing numbers, risk flags by policy clause, and security
weaknesses.
eduscan 读取安卓或 iOS 安装包，为教育移动应用备案提供有证据的答案。

examples:
  eduscan scan app.apk --format text
  eduscan scan app.apk -o out/ --format json,html,sarif,md
  eduscan scan app.apk --declared filing.yaml --policy eduscan-policy.yaml --fail-on high
  eduscan diff old.apk new.apk
  eduscan baseline create app.apk -o .eduscan-baseline.json --reason "accepted at adoption"
  eduscan rules list --category filing
  eduscan schema > result.schema.json
  eduscan --version

Run eduscan COMMAND --help for each command's options and examples.
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
        if part == "txt":
            part = "text"
        if part not in FORMATS:
            raise argparse.ArgumentTypeError(f"unknown format {part!r} (choose from {', '.join(FORMATS)})")
        if part not in out:
            out.append(part)
    return out


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from exc


def _common(p: argparse.ArgumentParser, *, rules: bool = True) -> None:
    p.add_argument(
        "--lang",
        choices=["zh", "en"],
        default=None,
        help="language of reports and messages (default zh, or EDUSCAN_LANG)",
    )
    if rules:
        p.add_argument("--rules", type=Path, metavar="DIR", help="use another rules directory (default: bundled)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress or summary on the terminal")
    p.add_argument("--progress", action="store_true", help="show progress even when stderr is not a terminal")


def _gate_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--policy",
        type=Path,
        metavar="FILE",
        help="policy file: rules on/off, severity overrides, default --fail-on (eduscan schema policy)",
    )
    p.add_argument(
        "--declared",
        type=Path,
        metavar="FILE",
        help="the provider's filed answers (YAML); every difference from the package is a finding",
    )
    p.add_argument("--disable", action="append", default=[], metavar="RULE_ID", help="turn a rule off (repeatable)")


def build_parser() -> argparse.ArgumentParser:
    """Every command, flag and help text; the flags are the CLI contract (README, tests/cli)."""
    p = _Parser(
        prog="eduscan",
        description="Security and privacy scanner for education apps (APK/IPA) / 教育移动应用安全与隐私扫描工具",
        epilog=MAIN_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"eduscan {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    raw = argparse.RawDescriptionHelpFormatter

    scan = sub.add_parser(
        "scan",
        help="scan packages / 扫描安装包",
        description="Scan one or more installer packages. / 扫描一个或多个安装包。",
        epilog=EPILOG_SCAN,
        formatter_class=raw,
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
        default=None,
        help="exit 1 when a finding is at or above this severity (default: the policy's, else never)",
    )
    scan.add_argument(
        "--baseline",
        type=Path,
        metavar="FILE",
        help="suppress the findings accepted in this baseline (eduscan baseline create)",
    )
    _gate_options(scan)
    _common(scan)

    diff = sub.add_parser(
        "diff",
        help="compare two versions / 比较两个版本",
        description="Compare two builds (packages or saved JSON results): permissions, SDKs, APIs, features and "
        "flags added or removed, and whether the filing must be updated. / 比较两个版本并判断是否需要更新备案。",
        epilog=EPILOG_DIFF,
        formatter_class=raw,
    )
    diff.add_argument("old", type=Path, metavar="OLD", help="package or eduscan JSON result of the filed version")
    diff.add_argument("new", type=Path, metavar="NEW", help="package or eduscan JSON result of the new version")
    diff.add_argument(
        "--format", "-f", choices=["json", "text", "md"], default=None, help="default text on a terminal, else json"
    )
    diff.add_argument("-o", "--output", type=Path, metavar="FILE", help="write to FILE instead of standard output")
    diff.add_argument("--fail-on-update", action="store_true", help="exit 1 when the filing must be updated (for CI)")
    _common(diff)

    base = sub.add_parser(
        "baseline",
        help="create a baseline of accepted findings / 创建基线",
        description="Baselines of accepted findings, in the style of detect-secrets. / 已接受发现的基线。",
        epilog=EPILOG_BASELINE,
        formatter_class=raw,
    )
    bsub = base.add_subparsers(dest="baseline_command", metavar="ACTION", parser_class=_Parser)
    create = bsub.add_parser(
        "create",
        help="accept every current finding / 接受当前所有发现",
        description="Scan packages and write every finding into a baseline file.",
        epilog=EPILOG_BASELINE,
        formatter_class=raw,
    )
    create.add_argument("packages", nargs="+", type=Path, metavar="PKG")
    create.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path(".eduscan-baseline.json"),
        metavar="FILE",
        help="baseline file (default .eduscan-baseline.json; existing reasons and expiries are kept)",
    )
    create.add_argument("--reason", default=None, help="why these findings are accepted (recorded per entry)")
    create.add_argument(
        "--expires", type=_date, default=None, metavar="YYYY-MM-DD", help="suppressions end on this day"
    )
    _gate_options(create)
    _common(create)

    rules = sub.add_parser(
        "rules",
        help="list the rules / 列出规则",
        description="The rules eduscan applies (ids for --disable and policy files).",
        epilog=EPILOG_RULES,
        formatter_class=raw,
    )
    rsub = rules.add_subparsers(dest="rules_command", metavar="ACTION", parser_class=_Parser)
    rlist = rsub.add_parser("list", help="list rules", epilog=EPILOG_RULES, formatter_class=raw)
    rlist.add_argument("--category", choices=["security", "privacy", "filing"], default=None)
    rlist.add_argument("--format", "-f", choices=["text", "json"], default="text")
    rlist.add_argument("--rules", type=Path, metavar="DIR", help="use another rules directory (default: bundled)")
    rlist.add_argument("--lang", choices=["zh", "en"], default=None)

    schema = sub.add_parser(
        "schema",
        help="print a JSON Schema / 输出 JSON Schema",
        description="Print the JSON Schema of the scan result or of eduscan's input and output files.",
        epilog=EPILOG_SCHEMA,
        formatter_class=raw,
    )
    schema.add_argument(
        "what", nargs="?", default="result", choices=["result", "declared", "policy", "baseline", "diff"]
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


def _progress(args: argparse.Namespace, err: TextIO) -> tuple[bool, Callable[[str], None]]:
    show = not args.quiet and (args.progress or err.isatty())

    def progress(msg: str) -> None:
        if show:
            err.write(f"  … {msg}\n")
            err.flush()

    return show, progress


class _Gate:
    """The CI inputs of one command (policy, declared filing, baseline), loaded and checked once; the policy comes
    from :func:`_scanner`, which has already read it to switch rules on and off."""

    def __init__(
        self,
        args: argparse.Namespace,
        scanner: Scanner,
        rule_ids: frozenset[str],
        policy: Policy | None,
        baseline_path: Path | None,
    ) -> None:
        from scanner.baseline import load_baseline
        from scanner.filing.declared import RULES as DECLARED_RULES
        from scanner.filing.declared import load_declared
        from scanner.policy import check_rule_ids, disabled_ids

        self.policy: tuple[Policy, str] | None = None
        self.declared: tuple[DeclaredFiling, str] | None = None
        self.baseline: tuple[Baseline, str] | None = None
        self.clauses = scanner.clauses
        known = set(rule_ids) | set(DECLARED_RULES)
        unknown = sorted(set(args.disable) - known)
        if unknown:
            raise ConfigError(f"--disable: unknown rule id(s): {', '.join(unknown)}", "--disable：未知的规则 ID")
        self.disabled: set[str] = set(args.disable)
        if policy is not None:
            check_rule_ids(policy, known, args.policy)
            self.policy = (policy, args.policy.name)
            self.disabled |= disabled_ids(policy, known)
        if args.declared is not None:
            self.declared = (load_declared(args.declared), args.declared.name)
        if baseline_path is not None:
            self.baseline = (load_baseline(baseline_path), baseline_path.name)

    def fail_on(self, cli_value: str | None) -> str:
        if cli_value is not None:
            return cli_value
        if self.policy is not None and self.policy[0].fail_on is not None:
            return self.policy[0].fail_on
        return "never"

    def finish(self, result: ScanResult, fail_on: str) -> ScanResult:
        from scanner.policy import finish

        return finish(
            result,
            self.clauses,
            declared=self.declared,
            policy=self.policy,
            baseline=self.baseline,
            disabled=self.disabled,
            fail_on=fail_on,
        )


def _scanner(
    args: argparse.Namespace, progress: Callable[[str], None]
) -> tuple[Scanner, frozenset[str], Policy | None]:
    """A Scanner with the policy's rule switches applied before any package is read, every rule id, and the
    policy (read and validated here, once; :class:`_Gate` checks its rule ids)."""
    from scanner.policy import disabled_ids, load_policy
    from scanner.scan import Scanner, ScanOptions

    scanner = Scanner(ScanOptions(rules_root=args.rules), progress)
    known = frozenset(r.id for r in scanner.rules)
    policy_path = getattr(args, "policy", None)
    disable = set(getattr(args, "disable", []) or [])
    enable: list[str] = []
    policy = None
    if policy_path is not None:
        policy = load_policy(policy_path)
        disable |= disabled_ids(policy, [r.id for r in scanner.rules])
        enable = policy.enable
    rules = []
    for r in scanner.rules:
        if r.id in disable:
            continue
        if not r.enabled and r.id in enable:
            r = r.model_copy(update={"enabled": True})
        rules.append(r)
    scanner.rules = rules
    return scanner, known, policy


def _scan_one(scanner: Scanner, pkg: Path, lang: Lang, err: TextIO) -> ScanResult | None:
    """One package's result, or None after the one-line error for a package that cannot be analysed."""
    try:
        return scanner.scan(pkg)
    except PackageError as exc:
        err.write(_error_line(exc, lang) + "\n")
        return None


def cmd_scan(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``eduscan scan``: each package scanned and gated; the exit code is the worst outcome over all of them."""
    lang = _lang(args.lang)
    formats: list[str] = args.format or (["text"] if out.isatty() and args.output is None else ["json"])
    if args.output is None and len(formats) > 1:
        raise ConfigError("several formats need -o DIR", "多种输出格式需要 -o 目录")
    show_progress, progress = _progress(args, err)
    total = len(args.packages)
    scanner, known, policy = _scanner(args, progress)
    gate = _Gate(args, scanner, known, policy, args.baseline)
    fail_on = gate.fail_on(args.fail_on)
    if args.output is not None:
        if args.output.exists() and not args.output.is_dir():
            raise ConfigError(f"{args.output}: exists and is not a directory", f"{args.output}：已存在且不是目录")
        args.output.mkdir(parents=True, exist_ok=True)
    regs = renderers()
    worst = ExitCode.OK
    results: list[ScanResult] = []
    threshold = None if fail_on == "never" else severity_rank(fail_on)
    for i, pkg in enumerate(args.packages, 1):
        started = time.monotonic()
        if show_progress or (total > 1 and not args.quiet):
            err.write(f"[{i}/{total}] {pkg}\n")
            err.flush()
        raw = _scan_one(scanner, pkg, lang, err)
        if raw is None:
            worst = max(worst, ExitCode.BAD_PACKAGE)
            continue
        result = gate.finish(raw, fail_on)
        results.append(result)
        if threshold is not None and any(severity_rank(f.severity) >= threshold for f in result.findings):
            worst = max(worst, ExitCode.FINDINGS)
        if not args.quiet and result.gating is not None and result.gating.baseline:
            g = result.gating
            note = (
                f"  基线：已接受 {len(g.suppressed)} 项，过期 {len(g.expired)} 项，未匹配 {g.unmatched_baseline} 项\n"
                if lang == "zh"
                else f"  baseline: {len(g.suppressed)} suppressed, {len(g.expired)} expired, "
                f"{g.unmatched_baseline} unmatched\n"
            )
            err.write(note)
        if args.output is not None:
            for fmt in formats:
                r = regs[fmt]
                _write(args.output / f"{pkg.name}.{r.extension}", r.render(result, lang))
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
            for res in results:
                out.write(regs[fmt].render(res, lang))
    return int(worst)


def _first_byte(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read(1)


def _load_side(path: Path, scanner: Scanner | None, make: Callable[[], Scanner]) -> tuple[ScanResult, Scanner | None]:
    """A saved JSON result as it is, or a package scanned now."""
    if path.is_file() and (path.suffix.lower() == ".json" or _first_byte(path) == b"{"):
        try:
            return ScanResult.model_validate_json(path.read_text(encoding="utf-8")), scanner
        except (ValueError, OSError) as exc:
            first = str(exc).splitlines()[0]
            raise ConfigError(
                f"{path}: not an eduscan scan result ({first})", f"{path}：不是 eduscan 扫描结果 JSON"
            ) from exc
    scanner = scanner or make()
    return scanner.scan(path), scanner


def cmd_diff(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``eduscan diff OLD NEW``: two packages or saved results compared, and whether the filing must be updated."""
    from scanner.filing.diff import diff_results
    from scanner.render.diff import render_diff

    lang = _lang(args.lang)
    _, progress = _progress(args, err)
    fmt = args.format or ("text" if out.isatty() and args.output is None else "json")

    def make() -> Scanner:  # built only when a side is a package, not a saved result
        return _scanner(args, progress)[0]

    old, scanner = _load_side(args.old, None, make)
    new, _ = _load_side(args.new, scanner, make)
    d = diff_results(old, new)
    text = render_diff(d, fmt, lang)
    if args.output is not None:
        _write(args.output, text)
        if not args.quiet:
            out.write(render_diff(d, "text", lang))
            out.write(f"→ {args.output}\n")
    else:
        out.write(text)
    return int(ExitCode.FINDINGS) if args.fail_on_update and d.must_update else int(ExitCode.OK)


def cmd_baseline(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``eduscan baseline create``: accept every current finding, keeping reasons and expiries already written."""
    from scanner.baseline import create_baseline, load_baseline

    if args.baseline_command != "create":
        raise ConfigError("baseline: give an action (create)", "baseline：请指定操作（create）")
    lang = _lang(args.lang)
    _, progress = _progress(args, err)
    scanner, known, policy = _scanner(args, progress)
    gate = _Gate(args, scanner, known, policy, None)
    previous = load_baseline(args.output) if args.output.exists() else None
    results: list[ScanResult] = []
    worst = ExitCode.OK
    for pkg in args.packages:
        raw = _scan_one(scanner, pkg, lang, err)
        if raw is None:
            worst = max(worst, ExitCode.BAD_PACKAGE)
            continue
        results.append(gate.finish(raw, "never"))
    if worst != ExitCode.OK and not results:
        return int(worst)
    baseline = create_baseline(results, args.reason, args.expires, previous)
    _write(args.output, baseline.dumps())
    if not args.quiet:
        kept = sum(1 for fp in baseline.entries if previous and fp in previous.entries)
        msg = (
            f"基线已写入 {args.output}：{len(baseline.entries)} 项（保留原有理由 {kept} 项）\n"
            if lang == "zh"
            else f"baseline written to {args.output}: {len(baseline.entries)} entries ({kept} kept from before)\n"
        )
        err.write(msg)
    return int(worst)


def cmd_rules(args: argparse.Namespace, out: TextIO) -> int:
    """``eduscan rules list``: the rule ids a policy or --disable can name, the --declared comparisons included."""
    from scanner.filing.declared import RULES as DECLARED_RULES
    from scanner.paths import rules_dir
    from scanner.rules.loader import load_rules

    if args.rules_command != "list":
        raise ConfigError("rules: give an action (list)", "rules：请指定操作（list）")
    lang = _lang(args.lang)
    rows: list[dict[str, Any]] = []
    for rule in load_rules(args.rules or rules_dir()):
        rows.append(
            {
                "id": rule.id,
                "category": rule.category,
                "severity": rule.severity,
                "platforms": list(rule.platforms),
                "enabled": rule.enabled,
                "title": rule.title,
                "title_zh": rule.title_zh,
            }
        )
    for rid, (title, title_zh, _, _) in DECLARED_RULES.items():
        rows.append(
            {
                "id": rid,
                "category": "filing",
                "severity": "varies",
                "platforms": ["android", "ios"],
                "enabled": True,
                "title": title + " (--declared)",
                "title_zh": title_zh + "（--declared）",
            }
        )
    if args.category:
        rows = [r for r in rows if r["category"] == args.category]
    rows.sort(key=lambda r: (r["category"], r["id"]))
    if args.format == "json":
        out.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
        return 0
    width = max((len(r["id"]) for r in rows), default=10)
    for r in rows:
        title = r["title_zh"] if lang == "zh" else r["title"]
        off = "" if r["enabled"] else " (off)"
        out.write(f"{r['id']:<{width}}  {r['category']:<8} {r['severity']:<8} {title}{off}\n")
    return 0


def cmd_schema(args: argparse.Namespace, out: TextIO) -> int:
    """``eduscan schema [what]``: the JSON Schema of the result or of an input/output file, from the pydantic models."""
    from pydantic import BaseModel

    from scanner.baseline import Baseline
    from scanner.filing.declared import DeclaredFiling
    from scanner.filing.diff import DiffResult
    from scanner.policy import Policy

    models: dict[str, tuple[type[BaseModel], str, str]] = {
        "result": (ScanResult, "eduscan scan result", "validation"),
        "declared": (DeclaredFiling, "eduscan declared filing (--declared)", "validation"),
        "policy": (Policy, "eduscan policy (--policy)", "validation"),
        "baseline": (Baseline, "eduscan baseline (--baseline)", "validation"),
        "diff": (DiffResult, "eduscan diff result", "validation"),
    }
    model, title, mode = models[getattr(args, "what", "result")]
    schema = model.model_json_schema(mode=mode)  # type: ignore[arg-type]
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = title
    out.write(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: every EduscanError becomes one line on stderr and its exit code, never a traceback."""
    parser = build_parser()
    args = parser.parse_args(argv)
    out, err = sys.stdout, sys.stderr
    lang = _lang(getattr(args, "lang", None))
    try:
        if args.command == "scan":
            return cmd_scan(args, out, err)
        if args.command == "diff":
            return cmd_diff(args, out, err)
        if args.command == "baseline":
            return cmd_baseline(args, out, err)
        if args.command == "rules":
            return cmd_rules(args, out)
        if args.command == "schema":
            return cmd_schema(args, out)
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
