"""The ceiling: fetch every known URL of the synthetic web with aiohttp, no parsing, no politeness.

    python bench/raw_fetch.py --web WEB.json [--concurrency 64]

WEB.json is written by bench/run.py: ``{"sites", "pages", "seed", "ports": {"<site>": port}}``.
The URL list (every page and PDF of every site) comes from bench/webgen.py, not from crawling.
Only 127.0.0.1 is ever requested.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import sys
import time
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent))

from webgen import Web, site_paths  # noqa: E402


def urls_of(spec: dict) -> list[str]:
    web = Web(sites=spec["sites"], pages=spec["pages"], seed=spec["seed"])
    lists = [
        [f"http://127.0.0.1:{port}{path}" for path in site_paths(web, int(site))]
        for site, port in sorted(spec["ports"].items(), key=lambda kv: int(kv[0]))
    ]
    # Interleave sites so every host is busy at once, like a crawler with one slot per host.
    return [u for row in itertools.zip_longest(*lists) for u in row if u is not None]


async def fetch_all(urls: list[str], concurrency: int) -> tuple[int, int, int]:
    queue = iter(urls)
    ok = failed = nbytes = 0
    connector = aiohttp.TCPConnector(limit=concurrency, limit_per_host=0)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def worker() -> None:
            nonlocal ok, failed, nbytes
            for url in queue:
                try:
                    async with session.get(url) as resp:
                        body = await resp.read()
                        nbytes += len(body)
                        ok += resp.status == 200
                        failed += resp.status != 200
                except aiohttp.ClientError:
                    failed += 1

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return ok, failed, nbytes


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    p.add_argument("--web", type=Path, required=True)
    p.add_argument("--concurrency", type=int, default=64)
    args = p.parse_args()
    urls = urls_of(json.loads(args.web.read_text()))
    assert all(u.startswith("http://127.0.0.1:") for u in urls)
    t0 = time.perf_counter()
    ok, failed, nbytes = asyncio.run(fetch_all(urls, args.concurrency))
    dt = time.perf_counter() - t0
    print(json.dumps({"ok": ok, "failed": failed, "bytes": nbytes, "seconds": dt, "pages_per_s": ok / dt}))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
