"""Where judging's time goes, in one process: parsing stored pages versus each check.

    .venv/bin/python bench/judge_split.py --db path/to/run-store.sqlite [--authorities 2] [--repeat 3]

Reads the latest run of a store (e.g. one kept by ``bench/run.py --keep``, or any audit's), loads
the first N authorities' sites (from their stored parsed models, as ``rejudge`` does, or parsing
the stored pages with ``--parse``), then runs every installed check on them; prints the minimum
over ``--repeat`` rounds of process CPU time per page, for parsing and for each check (the first
check to run also pays for the text shared by all of them).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from auditor.loader import load
from auditor.store import Store
from checks.registry import discover_checks
from checks.runner import CoveragePolicy, run_checks
from checks.text import clear_text_caches


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--db", type=Path, required=True)
    p.add_argument("--authorities", type=int, default=2)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--parse", action="store_true", help="parse the stored bodies even where a parsed model is stored")
    args = p.parse_args()
    with Store.open(args.db) as store:
        run_id = store.latest_run()
        if run_id is None:
            raise SystemExit(f"{args.db}: no run in this store")
        authorities = store.run_authorities(run_id)[: args.authorities]
        checks = discover_checks(third_party=False)
        parse_s: list[float] = []
        per_check: dict[str, float] = {}
        total: list[float] = []
        pages = 0
        for _ in range(args.repeat):
            started = time.process_time()
            sites = [load(store, run_id, a, reuse=not args.parse).site for a in authorities]
            parse_s.append(time.process_time() - started)
            pages = sum(len(s.pages) for s in sites)
            this: dict[str, float] = {}
            started = time.process_time()
            for site in sites:
                for check in checks:
                    t = time.process_time()
                    run_checks([check], site, CoveragePolicy())
                    this[check.id] = this.get(check.id, 0.0) + time.process_time() - t
                clear_text_caches()
            total.append(time.process_time() - started)
            for key, value in this.items():
                per_check[key] = min(per_check.get(key, value), value)
    ms = 1000 / max(1, pages)
    print(f"{pages} pages of {len(authorities)} authorities, minimum of {args.repeat} rounds, CPU ms/page")
    print(f"  {'load + parse' if args.parse else 'load (stored model if any)':26s} {min(parse_s) * ms:6.2f}")
    print(f"  all checks     {min(total) * ms:6.2f}")
    for key, value in sorted(per_check.items(), key=lambda kv: -kv[1]):
        print(f"    {key:28s} {value * ms:6.2f}")


if __name__ == "__main__":
    main()
