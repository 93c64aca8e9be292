"""The ``localoffer`` command line.

Exit codes: 0 the command did its work (an audit that finds failing duties still exits 0);
1 only for ``--fail-on``/``--fail-under`` thresholds; 2 usage, configuration or input errors,
reported as one line naming the file, line or key; 130 interrupted.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from auditor import __version__
from auditor.config import Config, load_config
from auditor.errors import LocalOfferError, UsageError
from auditor.model import Authority, AuthorityResult
from auditor.progress import make_progress
from auditor.registry import load_registry, select
from auditor.urls import canonicalise
from checks.base import Check
from checks.registry import CheckLoadError, discover_checks, select_checks, validate_checks

DEFAULT_DB = Path("localoffer.sqlite")


def _add_audit_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", type=Path, required=True, help="directory for the reports and exports")
    p.add_argument("--config", type=Path, help="TOML file overriding the defaults of config.toml key by key")
    p.add_argument("--db", type=Path, default=DEFAULT_DB, help="run store (SQLite), default ./localoffer.sqlite")
    p.add_argument("--resume", action="store_true", help="continue the last unfinished run in the store")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="localoffer",
        description="Audit English SEND Local Offer websites for their disagreement-resolution and redress duties.",
    )
    parser.add_argument("--version", action="version", version=f"localoffer {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    audit = sub.add_parser(
        "audit",
        help="crawl, check and report on authorities",
        description="Crawl each authority's Local Offer, run every check on what was stored, and write the reports.",
    )
    audit.add_argument("--registry", type=Path, help="registry CSV (code,name,local_offer_url); default: bundled")
    audit.add_argument(
        "--authority", action="append", default=[], metavar="CODE", help="audit only this code (repeatable)"
    )
    audit.add_argument("--site", metavar="URL", help="audit one site that is not in the registry (self-check)")
    audit.add_argument("--name", help="the name to show for --site")
    audit.add_argument("--code", default="SITE", help="the code to use for --site (default SITE)")
    audit.add_argument(
        "--fail-on",
        choices=["must", "should"],
        help="exit 1 when any duty of this strength "
        "(should: every duty) is not evidenced: fail, partial or could not be checked",
    )
    audit.add_argument(
        "--fail-under", type=_fraction, metavar="F", help="exit 1 when a score fraction is under F (0 to 1)"
    )
    audit.add_argument("--junit", type=Path, metavar="FILE", help="also write JUnit XML for CI systems")
    _add_audit_options(audit)
    audit.add_argument(
        "--keep-history", action="store_true", help="write into OUT/<run id>/ and point OUT/latest at it"
    )

    demo = sub.add_parser(
        "demo",
        help="audit the bundled demo web on 127.0.0.1",
        description="Serve the bundled fictional Local Offers on loopback and audit them.",
    )
    demo.add_argument("--out", type=Path, default=Path("demo-report"), help="report directory (default demo-report)")
    demo.add_argument("--db", type=Path, help="run store (default: demo.sqlite inside --out)")

    checks = sub.add_parser("checks", help="list the registered checks", description="List every registered check.")
    checks.add_argument("--config", type=Path, help="config whose [checks] settings apply")

    authorities = sub.add_parser("authorities", help="list the registry", description="List the registry.")
    authorities.add_argument("--registry", type=Path, help="registry CSV; default: bundled")

    rejudge = sub.add_parser(
        "rejudge",
        help="judge a stored crawl again with the current checks",
        description="Re-run the checks on a stored crawl, offline, as a new run (keeps the old verdicts for diff).",
    )
    rejudge.add_argument("run_id", nargs="?", help="the run whose crawl to re-judge (default: the latest)")
    rejudge.add_argument("--out", type=Path, required=True, help="directory for the reports")
    rejudge.add_argument("--config", type=Path, help="config whose [checks] settings apply")
    rejudge.add_argument("--db", type=Path, default=DEFAULT_DB, help="run store, default ./localoffer.sqlite")

    explain = sub.add_parser(
        "explain",
        help="show the evidence behind one verdict",
        description="Show one authority's verdict on one check: evidence, near misses and what was searched.",
    )
    explain.add_argument("code", help="authority code")
    explain.add_argument("check_id", help="check id (see 'localoffer checks')")
    explain.add_argument("--run", help="run id (default: the latest)")
    explain.add_argument("--db", type=Path, default=DEFAULT_DB, help="run store, default ./localoffer.sqlite")

    runs = sub.add_parser("runs", help="list the runs in a store", description="List the runs in the run store.")
    runs.add_argument("--db", type=Path, default=DEFAULT_DB, help="run store, default ./localoffer.sqlite")
    _add_history_commands(sub)

    evaluate = sub.add_parser(
        "evaluate",
        help="measure the checks against a labelled corpus",
        description="Run the checks on labelled single pages (JSON Lines) and print precision and recall per check.",
    )
    evaluate.add_argument("cases", type=Path, metavar="CASES.jsonl", help="labelled cases, one JSON object a line")
    evaluate.add_argument("--check", action="append", default=[], metavar="ID", help="only this check (repeatable)")
    evaluate.add_argument("--show-errors", action="store_true", help="list the misclassified cases with reasons")
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON")
    return parser


def _fraction(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text} is not between 0 and 1")
    return value


def _load_checks(config: Config) -> list[Check]:
    from checks.rules import compile_rules, load_rules_file

    try:
        found = discover_checks(third_party=config.checks.third_party)
        found += compile_rules(config.rules, where=f"{config.source or 'config'}: rules")
        for path in config.checks.rules_files:
            found += compile_rules(load_rules_file(path), where=f"{path}: rules")
        validate_checks(found)
        return select_checks(found, config.checks.enable, config.checks.disable)
    except CheckLoadError as exc:
        raise UsageError(str(exc)) from None


def _site_authority(args: argparse.Namespace) -> Authority:
    url = canonicalise(args.site)
    if url is None:
        raise UsageError(f"--site: {args.site!r} is not an http(s) URL")
    return Authority(code=args.code, name=args.name or url, local_offer_url=args.site)


def cmd_audit(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    if args.site:
        if args.registry or args.authority:
            raise UsageError("--site cannot be combined with --registry or --authority")
        authorities = [_site_authority(args)]
    else:
        authorities = select(load_registry(args.registry), args.authority)
    checks = _load_checks(config)
    from auditor.pipeline import AuditRequest, run_audit  # after input checks: errors come fast

    out = _report_dir(args)
    _check_writable_dir(out, "--out")
    _check_writable_dir(args.db.parent, "--db")
    if args.db.exists():
        from auditor.store import Store

        with Store.open(args.db):
            pass  # a store from a newer localoffer, or no store at all, is refused here, before any output

    def announce(run_id: str, resumed: bool) -> None:
        print(f"localoffer: auditing {len(authorities)} authorities with {len(checks)} checks", file=sys.stderr)

    request = AuditRequest(authorities, out, args.db, config, checks, resume=args.resume, on_start=announce)
    with make_progress(len(authorities)) as progress:
        outcome = run_audit(request, progress=progress)
    print(f"run {outcome.run_id}{' (resumed)' if outcome.resumed else ''}", file=sys.stderr)
    _print_changes(outcome.changes)
    print(_published(args, outcome.run_id, outcome.index_path))
    return _self_check(args, outcome.results, checks)


def _self_check(args: argparse.Namespace, results: Sequence[AuthorityResult], checks: Sequence[Check]) -> int:
    from reports import build_views
    from reports.atomic import atomic_write_text
    from reports.selfcheck import Thresholds, breaches, fix_list, junit_xml

    views = build_views(results, checks)
    if args.junit:
        atomic_write_text(args.junit, junit_xml(views, checks))
    thresholds = Thresholds(args.fail_on, args.fail_under)
    if thresholds.fail_on is None and thresholds.fail_under is None:
        return 0
    breached = breaches(views, thresholds)
    if not breached:
        print("self-check: all thresholds met", file=sys.stderr)
        return 0
    print("self-check failed:", file=sys.stderr)
    for line in breached:
        print(f"  - {line}", file=sys.stderr)
    fixes = fix_list(views)
    if fixes:
        print("what to add:", file=sys.stderr)
        for line in fixes:
            print(f"  - {line}", file=sys.stderr)
    return 1


def cmd_demo(args: argparse.Namespace) -> int:
    from auditor.demo.server import serve_demo
    from auditor.pipeline import AuditRequest, run_audit

    out: Path = args.out
    db = args.db or out / "demo.sqlite"
    config = load_config(None)
    config = Config(crawl=type(config.crawl)(**{**config.crawl.__dict__, "delay_seconds": 0.0}), checks=config.checks)
    checks = _load_checks(config)
    with serve_demo() as web:
        out.mkdir(parents=True, exist_ok=True)
        registry = web.write_registry(out / "demo-registry.csv")
        authorities = load_registry(registry)
        print(f"localoffer: demo web on 127.0.0.1, {len(authorities)} fictional authorities", file=sys.stderr)
        with make_progress(len(authorities)) as progress:
            outcome = run_audit(AuditRequest(authorities, out, db, config, checks), progress=progress)
    _print_changes(outcome.changes)
    print(outcome.index_path.resolve())
    return 0


def cmd_checks(args: argparse.Namespace) -> int:
    for check in _load_checks(load_config(args.config)):
        print(f"{check.id}\tv{check.version}\t{check.strength.value}\t{check.legal_ref}\t{check.title}\t{check.source}")
    return 0


def cmd_authorities(args: argparse.Namespace) -> int:
    for a in load_registry(args.registry):
        print(f"{a.code}\t{a.name}\t{a.region}\t{a.local_offer_url or 'not audited: no start URL'}")
    return 0


def cmd_runs(args: argparse.Namespace) -> int:
    from auditor.store import Store

    with Store.open(_existing_db(args.db)) as store:
        for run in store.runs():
            print(
                f"{run.run_id}\t{run.state}\t{run.started_at}\t{run.finished_at}\t{run.authorities} authorities"
                f"\tmethodology {run.methodology_version}"
            )
    return 0


def _check_writable_dir(path: Path, option: str) -> None:
    """Fails fast, before any crawling and without creating anything, when ``path`` cannot become a
    directory we can write: an existing file in the way, or a read-only parent."""
    existing = path
    while not existing.exists():
        if existing.parent == existing:
            break
        existing = existing.parent
    if not existing.is_dir():
        raise UsageError(f"{option} {path}: {existing} is not a directory")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise UsageError(f"{option} {path}: {existing} is not writable")


def _existing_db(path: Path) -> Path:
    if not path.exists():
        raise UsageError(f"{path}: no run store here (use --db)")
    return path


def cmd_rejudge(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    checks = _load_checks(config)
    from auditor.pipeline import rejudge

    outcome = rejudge(_existing_db(args.db), args.run_id, checks, config, args.out)
    print(f"run {outcome.run_id}: re-judged", file=sys.stderr)
    _print_changes(outcome.changes)
    print(outcome.index_path)
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    from auditor.explain import explain

    print(explain(_existing_db(args.db), args.run, args.code, args.check_id, _load_checks(Config())))
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    import json

    from auditor.evaluate import evaluate, format_misses, format_table, load_cases, to_json

    cases = load_cases(args.cases)
    result = evaluate(cases, _load_checks(Config()), args.check)
    if args.json:
        print(json.dumps(to_json(result), indent=2))
        return 0
    print(format_table(result))
    if args.show_errors and result.misses:
        print()
        print(format_misses(result))
    return 0


# -- history and exports (reports) ---------------------------------------------------------------
def _add_history_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    diff = sub.add_parser(
        "diff",
        help="what changed between two runs",
        description="Compare two runs, authority by authority and check by check, and write diff.html and "
        "diff.csv: duties gained or lost, and whether the page changed, the check changed or a page could "
        "not be fetched. Default: the latest run and the previous run of the same authorities.",
    )
    diff.add_argument("runs", nargs="*", metavar="RUN", help="RUN_A RUN_B (default: the last two comparable runs)")
    diff.add_argument("--db", type=Path, default=DEFAULT_DB, help="run store, default ./localoffer.sqlite")
    diff.add_argument("--out", type=Path, default=Path("diff-report"), help="directory for diff.html and diff.csv")

    export = sub.add_parser(
        "export",
        help="export a run as tidy tables",
        description="Write a stored run as four tables (results, evidence, summary, pages) in CSV, JSON or "
        "Parquet; every column is described in the data dictionary (reports/DATA.md).",
    )
    export.add_argument("--run", help="run id (default: the latest)")
    export.add_argument("--db", type=Path, default=DEFAULT_DB, help="run store, default ./localoffer.sqlite")
    export.add_argument("--format", choices=["csv", "json", "parquet"], default="csv", help="file format (csv)")
    export.add_argument("--out", type=Path, required=True, help="directory for <table>.<format>")


def _report_dir(args: argparse.Namespace) -> Path:
    from reports.publish import incoming_dir

    return incoming_dir(args.out) if getattr(args, "keep_history", False) else Path(args.out)


def _published(args: argparse.Namespace, run_id: str, index_path: Path) -> Path:
    """With ``--keep-history``, moves the finished reports to OUT/<run id> and updates OUT/latest."""
    if not getattr(args, "keep_history", False):
        return index_path
    from reports.publish import publish_run

    return publish_run(args.out, run_id, index_path)


def _print_changes(lines: Sequence[str]) -> None:
    for line in lines:
        print(line, file=sys.stderr)


def cmd_diff(args: argparse.Namespace) -> int:
    from auditor.store import Store
    from reports.changes import compare, write_diff
    from reports.diff import summary_lines
    from reports.history import default_pair

    if len(args.runs) not in (0, 2):
        raise UsageError("diff: give two run ids (RUN_A RUN_B), or none for the last two comparable runs")
    with Store.open(_existing_db(args.db)) as store:
        run_a, run_b = args.runs or default_pair(store)
        diff = compare(store, run_a, run_b)
        titles = {c.id: c.title for c in _load_checks(Config())}
        csv_path, html_path = write_diff(args.out, diff, store.run_info(run_b), titles=titles)
    _print_changes(summary_lines(diff))
    print(csv_path)
    print(html_path)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from auditor.store import Store
    from reports.tables import export_run

    checks = _load_checks(Config())
    with Store.open(_existing_db(args.db)) as store:
        run_id = args.run or store.latest_run()
        if run_id is None:
            raise UsageError(f"{args.db}: no runs to export")
        paths = export_run(store, run_id, checks, args.out, args.format)
    print(f"run {run_id}: {len(paths)} tables exported as {args.format}", file=sys.stderr)
    for path in paths:
        print(path)
    return 0


COMMANDS = {
    "diff": cmd_diff,
    "export": cmd_export,
    "rejudge": cmd_rejudge,
    "explain": cmd_explain,
    "audit": cmd_audit,
    "demo": cmd_demo,
    "checks": cmd_checks,
    "authorities": cmd_authorities,
    "runs": cmd_runs,
    "evaluate": cmd_evaluate,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code = COMMANDS[args.command](args)
        sys.stdout.flush()  # here, not at exit, so a closed pipe is met inside the handler below
        return code
    except LocalOfferError as exc:
        print(f"localoffer: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("localoffer: interrupted; run again with --resume to continue", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``localoffer runs | head -1``): not an error, and no traceback.
        # Point stdout at /dev/null so the interpreter's final flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        if exc.filename is None:
            raise
        # The file system said no (disk full, read-only, a file where a directory should be).
        print(f"localoffer: error: {exc.filename}: {exc.strerror or exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
