"""The throughput benchmark: localoffer vs Scrapy vs a raw fetch loop, on one synthetic web.

    .venv-bench/bin/python bench/run.py                      # 20 sites x 200 pages, 3 runs, delay test
    .venv-bench/bin/python bench/run.py --sites 4 --pages 50 --runs 1 --delay 0   # a quick look
    .venv-bench/bin/python bench/run.py --runs 0 --delay 0 --rss-sites 50,150      # memory growth only

Contenders (``--contenders``), each a child process against the same web (bench/server.py runs in
its own process, so its CPU is never counted as a contender's):

- ``localoffer``: the whole ``localoffer audit`` (crawl, checks, reports), delay 0, concurrency
  ``--concurrency`` (its default, 8: authorities finish in turn, so judging overlaps the crawl),
  max_pages >= pages per site, a fresh run store each run;
- ``localoffer-aiohttp``: the same audit with ``[crawl] http_transport = "aiohttp"`` (the opt-in
  transport; see config.toml for why it is not the default);
- ``localoffer-crawl``: the same audit, stopped (killed) as soon as its stderr reported the end of
  every site's crawl: the crawler alone, comparable with Scrapy, which judges nothing;
- ``scrapy``: bench/scrapy_spider.py, a minimal CrawlSpider (same scope, robots obeyed, no cache);
- ``raw``: bench/raw_fetch.py, aiohttp over the known URL list: the ceiling.

For each run it records:

- pages: HTML pages + PDFs served with 200, counted by the server (requests: every request);
- pages/s = pages / the child's wall time (start-up included), and the crawl-phase rate =
  pages / (last request - first request) as the server saw them;
- CPU seconds (user + system) and peak RSS of the child, from ``os.wait4``'s rusage;
- the server's own CPU over the run, to show it was not the bottleneck.

Medians over ``--runs`` runs (contenders interleaved run by run) are printed and written with every
raw measurement to bench/out/results.json. After the first ``--rejudge-runs`` audits,
``localoffer rejudge`` re-runs the checks on the stored run (no network: the server must count 0
requests); its pages/s = stored pages / wall. ``--delay D`` then compares the crawl time of an audit
with ``delay_seconds = D`` with the politeness model max over hosts of
(n_h x t_req + (n_h - 1) x D), n_h = requests the server saw on host h, t_req = per-request time of
a one-site crawl at delay 0. ``--rss-sites`` audits bigger webs once each for peak RSS, at
``--concurrency`` like the comparison (``--rss-crawl-only`` stops them after the crawl).
``--profile`` runs one extra audit under cProfile and prints its top functions.

Everything binds 127.0.0.1 only; every child has a time limit; the servers exit when this script
does (or after 3 h whatever happens).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import platform
import pstats
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

from webgen import DEFAULT_SEED, Web, site_info  # noqa: E402

PY = sys.executable


# -- the server ------------------------------------------------------------------------------------


@dataclass
class WebServer:
    web: Web
    controls: list[int]
    ports: dict[str, int]
    procs: list[subprocess.Popen]

    def _get(self, path: str) -> list[dict]:
        out = []
        for port in self.controls:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as resp:
                out.append(json.loads(resp.read()))
        return out

    def reset(self) -> None:
        self._get("/__reset")

    def stats(self) -> dict:
        """The counters of every server process, summed."""
        parts = self._get("/__stats")
        kinds: dict[str, int] = {}
        sites: dict[str, dict] = {}
        for part in parts:
            for k, v in part["kinds"].items():
                kinds[k] = kinds.get(k, 0) + v
            sites.update(part["sites"])
        firsts = [p["first"] for p in parts if p["first"]]
        lasts = [p["last"] for p in parts if p["last"]]
        return {
            "requests": sum(p["total"] for p in parts),
            "pages": kinds.get("page", 0) + kinds.get("pdf", 0),
            "kinds": kinds,
            "bytes": sum(p["bytes"] for p in parts),
            "first": min(firsts) if firsts else 0.0,
            "last": max(lasts) if lasts else 0.0,
            "sites": sites,
            "server_cpu_s": sum(p["server_cpu_s"] for p in parts),
        }

    def spec(self) -> dict:
        return {"sites": self.web.sites, "pages": self.web.pages, "seed": self.web.seed, "ports": self.ports}


@contextmanager
def web_server(web: Web, tmp: Path, procs: int) -> Iterator[WebServer]:
    started: list[subprocess.Popen] = []
    readies = []
    try:
        for k in range(procs):
            ready = tmp / f"server-{k}.json"
            readies.append(ready)
            cmd = [
                PY,
                str(BENCH / "server.py"),
                "--sites",
                str(web.sites),
                "--pages",
                str(web.pages),
                "--seed",
                str(web.seed),
                "--first-site",
                str(k),
                "--step",
                str(procs),
                "--ready",
                str(ready),
            ]
            started.append(subprocess.Popen(cmd, stdin=subprocess.DEVNULL))
        deadline = time.monotonic() + 60
        while not all(r.exists() for r in readies):
            if time.monotonic() > deadline or any(p.poll() is not None for p in started):
                raise RuntimeError("bench server did not start")
            time.sleep(0.05)
        infos = [json.loads(r.read_text()) for r in readies]
        ports = {site: port for info in infos for site, port in info["sites"].items()}
        yield WebServer(web, [i["control"] for i in infos], ports, started)
    finally:
        for p in started:
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
        for p in started:
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()


# -- measuring a child -----------------------------------------------------------------------------


@dataclass
class Measured:
    exit_code: int
    wall_s: float
    cpu_s: float  # user + system of the whole process tree
    peak_rss_mb: float  # peak of the summed RSS of the process tree (sampled), or ru_maxrss if larger
    max_processes: int  # most processes seen at once in the tree (e.g. a judging pool)
    stdout: str
    stderr_tail: str


PAGE = os.sysconf("SC_PAGE_SIZE")
TICK = os.sysconf("SC_CLK_TCK")


def group_sample(pgid: int) -> tuple[int, float, int]:
    """(summed RSS bytes, summed CPU seconds, process count) of the live processes in group ``pgid``."""
    rss = 0
    cpu = 0.0
    count = 0
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            if int(fields[2]) != pgid:  # field 5 of stat: the process group
                continue
            with open(f"/proc/{entry.name}/statm") as f:
                rss += int(f.read().split()[1]) * PAGE
            cpu += (int(fields[11]) + int(fields[12])) / TICK  # utime, stime
            count += 1
        except (OSError, IndexError, ValueError):
            continue
    return rss, cpu, count


def measure(
    cmd: list[str],
    *,
    log: Path,
    timeout: float,
    env: dict[str, str] | None = None,
    stop_when: Callable[[Path], bool] | None = None,
) -> Measured:
    """Runs ``cmd`` to completion in its own process group; wall time, CPU and peak RSS of the tree.

    CPU is the larger of wait4's rusage (the child and every descendant it reaped) and the last
    /proc sample of the group (which also sees descendants still alive when the child is stopped).
    Peak RSS is sampled every 0.2 s as the sum over the group, so a pool of worker processes counts
    in full (ru_maxrss would only give the largest single process).
    """
    out_path = log.with_suffix(".out")
    peak_rss = 0
    tree_cpu = 0.0
    most = 0
    with open(out_path, "wb") as out, open(log, "wb") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL, cwd=ROOT, env=env, start_new_session=True
        )
        deadline = t0 + timeout
        polls = 0
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            polls += 1
            if polls % 20 == 1:
                rss, cpu, count = group_sample(proc.pid)
                peak_rss, tree_cpu, most = max(peak_rss, rss), max(tree_cpu, cpu), max(most, count)
            stop = stop_when is not None and polls % 10 == 0 and stop_when(log)
            if stop or time.perf_counter() > deadline:
                rss, cpu, count = group_sample(proc.pid)
                peak_rss, tree_cpu, most = max(peak_rss, rss), max(tree_cpu, cpu), max(most, count)
                os.killpg(proc.pid, signal.SIGKILL)  # the group we created for this child
                pid, status, usage = os.wait4(proc.pid, 0)
                if stop:
                    status = 0  # stopped on purpose once its crawl was over
                break
            time.sleep(0.01)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # leftovers of the tree, if any
    stderr = log.read_text(errors="replace")
    return Measured(
        proc.returncode,
        wall,
        max(usage.ru_utime + usage.ru_stime, tree_cpu),
        max(usage.ru_maxrss * 1024, peak_rss) / 2**20,  # ru_maxrss is in KiB on Linux
        max(most, 1),
        out_path.read_text(errors="replace"),
        "\n".join(stderr.strip().splitlines()[-8:]),
    )


def run_contender(
    server: WebServer,
    name: str,
    cmd: list[str],
    log: Path,
    timeout: float,
    stop_when: Callable[[Path], bool] | None = None,
) -> dict:
    server.reset()
    cpu_before = server.stats()["server_cpu_s"]
    m = measure(cmd, log=log, timeout=timeout, stop_when=stop_when)
    s = server.stats()
    s["server_cpu_s"] -= cpu_before
    span = s["last"] - s["first"] if s["last"] > s["first"] else 0.0
    row = {
        "contender": name,
        "exit_code": m.exit_code,
        "wall_s": round(m.wall_s, 3),
        "cpu_s": round(m.cpu_s, 3),
        "peak_rss_mb": round(m.peak_rss_mb, 1),
        "max_processes": m.max_processes,
        "pages": s["pages"],
        "requests": s["requests"],
        "kinds": s["kinds"],
        "mbytes": round(s["bytes"] / 1e6, 1),
        "pages_per_s": round(s["pages"] / m.wall_s, 1) if m.wall_s else 0.0,
        "crawl_span_s": round(span, 3),
        "crawl_pages_per_s": round(s["pages"] / span, 1) if span else 0.0,
        "server_cpu_s": round(s["server_cpu_s"], 3),
        "per_site": s["sites"],
        "stdout_tail": m.stdout.strip()[-500:],
    }
    if m.exit_code != 0:
        row["error"] = m.stderr_tail
    status = "ok" if m.exit_code == 0 else f"EXIT {m.exit_code}"
    print(
        f"  {name:<18} {status:<8} {row['pages']:>6} pages {m.wall_s:8.2f} s wall  {row['pages_per_s']:8.1f} p/s"
        f"  (crawl {row['crawl_pages_per_s']:8.1f} p/s)  cpu {m.cpu_s:7.2f} s  rss {m.peak_rss_mb:7.1f} MB",
        flush=True,
    )
    if m.exit_code != 0:
        print("    " + m.stderr_tail.replace("\n", "\n    "), flush=True)
    return row


# -- localoffer ------------------------------------------------------------------------------------


def write_registry(server: WebServer, path: Path, sites: list[int] | None = None) -> Path:
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["code", "name", "local_offer_url"])
        for site in sites if sites is not None else range(server.web.sites):
            port = server.ports[str(site)]
            w.writerow([f"B{site + 1:04d}", site_info(server.web, site).name, f"http://127.0.0.1:{port}/"])
    return path


def write_config(path: Path, web: Web, *, delay: float, concurrency: int, transport: str = "httpx") -> Path:
    path.write_text(
        "[crawl]\n"
        f"delay_seconds = {delay}\n"
        f"max_pages = {web.pages + 10}\n"
        f"concurrency = {concurrency}\n"
        "timeout_seconds = 60.0\n"
        f'http_transport = "{transport}"\n'
    )
    return path


def localoffer_bin(args: argparse.Namespace) -> str:
    if args.localoffer:
        return args.localoffer
    for venv in (ROOT / ".venv-bench", ROOT / ".venv"):
        if (venv / "bin" / "localoffer").exists():
            return str(venv / "bin" / "localoffer")
    return "localoffer"


def audit_cmd(lo: str, registry: Path, out: Path, config: Path, db: Path) -> list[str]:
    return [lo, "audit", "--registry", str(registry), "--out", str(out), "--config", str(config), "--db", str(db)]


# One line per finished crawl, in the formats the CLI has used: "  B0001 Name: ok, 51 pages" and
# "crawled B0001 Name: ok (202 pages, ...) [3/20 authorities, ...]".
PROGRESS = re.compile(r"^(?:crawled)?\s*B\d{4}\b.*?: [\w-]+[ ,(]+\d+ pages", re.M)
ALL_DONE = re.compile(r"\[(\d+)/(\d+) authorities")
IDLE_SECONDS = 5.0


def crawl_over(sites: int, server: WebServer | None = None) -> Callable[[Path], bool]:
    """True once the audit's crawl is over (its checks are not awaited): its stderr reported every
    site's end, or, whatever the log format, the server has served nothing for IDLE_SECONDS after
    serving every site."""

    def over(log: Path) -> bool:
        try:
            text = log.read_text(errors="replace")
        except OSError:
            text = ""
        if len(PROGRESS.findall(text)) >= sites:
            return True
        counters = ALL_DONE.findall(text)
        if counters and counters[-1][0] == counters[-1][1] == str(sites):
            return True
        if server is not None:
            s = server.stats()
            if len(s["sites"]) >= sites and s["last"] and time.monotonic() - s["last"] > IDLE_SECONDS:
                return True
        return False

    return over


def run_id_from(log: Path) -> str | None:
    for line in log.read_text(errors="replace").splitlines():
        if line.startswith("run "):
            return line.split()[1]
    return None


def rejudge(
    server: WebServer, lo: str, db: Path, run_id: str | None, out: Path, log: Path, pages: int, timeout: float
) -> dict:
    cmd = [lo, "rejudge", *([run_id] if run_id else []), "--db", str(db), "--out", str(out)]
    row = run_contender(server, "localoffer rejudge", cmd, log, timeout)
    row["network_requests"] = row["requests"]
    row["pages"] = pages  # the stored pages it judged
    row["pages_per_s"] = round(pages / row["wall_s"], 1) if row["wall_s"] else 0.0
    print(
        f"    rejudge judged {pages} stored pages: {row['pages_per_s']} pages/s,"
        f" {row['network_requests']} network requests"
    )
    return row


# -- the runs --------------------------------------------------------------------------------------


def median_rows(rows: list[dict]) -> dict:
    ok = [r for r in rows if r["exit_code"] == 0] or rows
    keys = ("wall_s", "cpu_s", "peak_rss_mb", "pages", "requests", "pages_per_s", "crawl_pages_per_s", "server_cpu_s")
    med = {k: round(statistics.median(r[k] for r in ok), 3) for k in keys}
    med["runs"] = len(rows)
    med["failed_runs"] = sum(r["exit_code"] != 0 for r in rows)
    med["cpu_ms_per_page"] = round(1000 * med["cpu_s"] / med["pages"], 2) if med["pages"] else None
    return med


def main_bench(args: argparse.Namespace, tmp: Path) -> dict:
    web = Web(args.sites, args.pages, args.seed)
    lo = localoffer_bin(args)
    results: dict = {"web": {"sites": web.sites, "pages": web.pages, "seed": web.seed}, "runs": {}, "medians": {}}
    print(f"web: {web.sites} sites x {web.pages} pages (seed {web.seed}); localoffer = {lo}", flush=True)
    with web_server(web, tmp, args.server_procs) as server:
        spec = tmp / "web.json"
        spec.write_text(json.dumps(server.spec()))
        registry = write_registry(server, tmp / "registry.csv")
        config = write_config(tmp / "config.toml", web, delay=0.0, concurrency=args.concurrency or web.sites)
        aio = write_config(
            tmp / "config-aiohttp.toml", web, delay=0.0, concurrency=args.concurrency or web.sites, transport="aiohttp"
        )
        contenders = {
            "localoffer": lambda i: audit_cmd(lo, registry, tmp / f"lo-out-{i}", config, tmp / f"lo-{i}.sqlite"),
            "localoffer-aiohttp": lambda i: audit_cmd(lo, registry, tmp / f"la-out-{i}", aio, tmp / f"la-{i}.sqlite"),
            "localoffer-crawl": lambda i: audit_cmd(lo, registry, tmp / f"lc-out-{i}", config, tmp / f"lc-{i}.sqlite"),
            "scrapy": lambda i: [PY, str(BENCH / "scrapy_spider.py"), "--web", str(spec)],
            "raw": lambda i: [PY, str(BENCH / "raw_fetch.py"), "--web", str(spec)],
        }
        chosen = [c for c in args.contenders.split(",") if c]
        runs: dict[str, list[dict]] = {c: [] for c in chosen}
        if "localoffer" in chosen and args.rejudge_runs > 0:
            runs["localoffer rejudge"] = []
        for i in range(args.runs):
            print(f"run {i + 1}/{args.runs}", flush=True)
            for name in chosen:
                stop = crawl_over(web.sites, server) if name == "localoffer-crawl" else None
                log = tmp / f"{name}-{i}.log"
                row = run_contender(server, name, contenders[name](i), log, args.timeout, stop_when=stop)
                runs[name].append(row)
                if name == "localoffer" and i < args.rejudge_runs and row["exit_code"] == 0:
                    db = tmp / f"lo-{i}.sqlite"
                    rid = run_id_from(tmp / f"{name}-{i}.log")
                    runs["localoffer rejudge"].append(
                        rejudge(
                            server,
                            lo,
                            db,
                            rid,
                            tmp / f"rj-out-{i}",
                            tmp / f"rejudge-{i}.log",
                            row["pages"],
                            args.timeout,
                        )
                    )
                if name.startswith("localoffer") and not args.keep:
                    for d in (f"lo-out-{i}", f"rj-out-{i}", f"lc-out-{i}", f"la-out-{i}"):
                        shutil.rmtree(tmp / d, ignore_errors=True)
                    for db in tmp.glob(f"l[oca]-{i}.sqlite*"):
                        db.unlink(missing_ok=True)
        results["runs"] = runs
        results["medians"] = {name: median_rows(rows) for name, rows in runs.items() if rows}
        med = results["medians"]
        for lo_name in ("localoffer", "localoffer-aiohttp", "localoffer-crawl"):
            if lo_name in med and "scrapy" in med:
                results.setdefault("ratio_over_scrapy", {})[lo_name] = {
                    k: _ratio(med[lo_name][k], med["scrapy"][k])
                    for k in ("pages_per_s", "crawl_pages_per_s", "cpu_ms_per_page", "peak_rss_mb")
                }
        if args.delay > 0:
            results["delay"] = delay_test(args, server, lo, tmp)
        if args.profile:
            results["profile"] = profile_audit(args, server, registry, config, tmp)
    return results


def _ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 3) if a and b else None


def delay_test(args: argparse.Namespace, server: WebServer, lo: str, tmp: Path) -> dict:
    """Crawl time with a politeness delay vs the model max_h(n_h * (delay + t_req))."""
    web = server.web
    print(
        f"delay test: one site at delay 0 (per-request time), then {web.sites} sites at delay {args.delay}", flush=True
    )
    one_reg = write_registry(server, tmp / "registry-one.csv", sites=[0])
    one_cfg = write_config(tmp / "config-one.toml", web, delay=0.0, concurrency=1)
    single = run_contender(
        server,
        "localoffer 1 site",
        audit_cmd(lo, one_reg, tmp / "d1-out", one_cfg, tmp / "d1.sqlite"),
        tmp / "delay-single.log",
        args.timeout,
        stop_when=crawl_over(1, server),
    )
    t_req = single["crawl_span_s"] / max(1, single["requests"] - 1)
    registry = write_registry(server, tmp / "registry-delay.csv")
    cfg = write_config(tmp / "config-delay.toml", web, delay=args.delay, concurrency=web.sites)
    row = run_contender(
        server,
        f"localoffer d={args.delay}",
        audit_cmd(lo, registry, tmp / "dd-out", cfg, tmp / "dd.sqlite"),
        tmp / "delay.log",
        args.timeout,
        stop_when=crawl_over(web.sites, server),
    )
    # n requests on a host take n*t_req plus (n-1) delays (the first request waits for nothing).
    per_host = {s: v["requests"] * t_req + (v["requests"] - 1) * args.delay for s, v in row["per_site"].items()}
    model = max(per_host.values()) if per_host else 0.0
    actual = row["crawl_span_s"]
    # A one-process client also cannot go faster than its CPU allows: every request costs t_cpu.
    t_cpu = single["cpu_s"] / max(1, single["requests"])
    cpu_model = row["requests"] * t_cpu
    out = {
        "delay_s": args.delay,
        "t_req_s": round(t_req, 5),
        "single_site_run": {k: single[k] for k in ("pages", "requests", "wall_s", "crawl_span_s", "exit_code")},
        "delayed_run": {k: row[k] for k in ("pages", "requests", "wall_s", "crawl_span_s", "cpu_s", "exit_code")},
        "model_crawl_s": round(model, 3),
        "actual_crawl_s": round(actual, 3),
        "actual_over_model": _ratio(actual, model),
        "wall_over_model": _ratio(row["wall_s"], model),
        "t_cpu_s": round(t_cpu, 5),
        "cpu_bound_model_s": round(cpu_model, 3),
        "actual_over_max_model": _ratio(actual, max(model, cpu_model)),
        "max_requests_on_a_host": max((v["requests"] for v in row["per_site"].values()), default=0),
    }
    print(
        f"  model {model:.2f} s (t_req {t_req * 1000:.2f} ms), actual crawl {actual:.2f} s, "
        f"actual/model {out['actual_over_model']}, wall/model {out['wall_over_model']}; CPU-bound model "
        f"{cpu_model:.2f} s (t_cpu {t_cpu * 1000:.2f} ms), actual/max(models) {out['actual_over_max_model']}",
        flush=True,
    )
    return out


def profile_audit(args: argparse.Namespace, server: WebServer, registry: Path, config: Path, tmp: Path) -> dict:
    print("profile: one audit under cProfile", flush=True)
    prof = tmp / "audit.prof"
    venv_py = Path(localoffer_bin(args)).parent / "python"
    py = str(venv_py) if venv_py.exists() else PY
    cmd = [
        py,
        "-m",
        "cProfile",
        "-o",
        str(prof),
        "-m",
        "auditor.cli",
        *audit_cmd("x", registry, tmp / "prof-out", config, tmp / "prof.sqlite")[1:],
    ]
    row = run_contender(server, "localoffer cProfile", cmd, tmp / "profile.log", args.timeout * 2)
    if not prof.exists():
        return {"error": row.get("error", "no profile written")}
    out_dir = BENCH / "out"
    out_dir.mkdir(exist_ok=True)
    shutil.copy(prof, out_dir / "audit.prof")
    stats = pstats.Stats(str(prof))
    total = stats.total_tt  # type: ignore[attr-defined]
    entries = []
    for (file, line, func), (_cc, nc, tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        entries.append(
            {
                "function": f"{_short(file)}:{line}({func})",
                "calls": nc,
                "tottime": round(tt, 3),
                "cumtime": round(ct, 3),
            }
        )
    top_self = sorted(entries, key=lambda e: -e["tottime"])[: args.profile_top]
    top_cum = sorted(entries, key=lambda e: -e["cumtime"])[: args.profile_top]
    print(f"  total profiled time {total:.2f} s; top by self time:")
    for e in top_self:
        print(f"    {e['tottime']:8.3f} s self {e['cumtime']:8.3f} s cum {e['calls']:>9}  {e['function']}")
    print("  top by cumulative time:")
    for e in top_cum:
        print(f"    {e['cumtime']:8.3f} s cum  {e['function']}")
    return {
        "total_s": round(total, 3),
        "top_self": top_self,
        "top_cumulative": top_cum,
        "pstats": "bench/out/audit.prof",
    }


def _short(file: str) -> str:
    for marker in ("site-packages/", "/work/main/", "lib/python3"):
        if marker in file:
            return file.split(marker, 1)[1]
    return file


def rss_growth(args: argparse.Namespace, tmp: Path) -> list[dict]:
    rows = []
    lo = localoffer_bin(args)
    for n in [int(x) for x in args.rss_sites.split(",") if x]:
        web = Web(n, args.pages, args.seed)
        sub = tmp / f"rss-{n}"
        sub.mkdir()
        print(f"rss: {n} sites x {web.pages} pages, one audit, concurrency {args.concurrency or n}", flush=True)
        with web_server(web, sub, args.server_procs) as server:
            registry = write_registry(server, sub / "registry.csv")
            # The audit a campaigner runs: the configured concurrency (``--concurrency``, 0 = every
            # site at once, which measures the crawler's per-site state rather than the audit's).
            config = write_config(sub / "config.toml", web, delay=0.0, concurrency=args.concurrency or n)
            row = run_contender(
                server,
                f"localoffer {n} sites",
                audit_cmd(lo, registry, sub / "out", config, sub / "db.sqlite"),
                sub / "audit.log",
                args.timeout * max(1, n // 20),
                stop_when=crawl_over(n, server) if args.rss_crawl_only else None,
            )
            row["sites"] = n
            row["concurrency"] = args.concurrency or n
            row["crawl_only"] = args.rss_crawl_only
            db_size = sum(p.stat().st_size for p in sub.glob("db.sqlite*"))
            row["db_mb"] = round(db_size / 1e6, 1)
            row.pop("per_site", None)
            rows.append(row)
        if not args.keep:
            shutil.rmtree(sub, ignore_errors=True)
    return rows


def print_summary(results: dict) -> None:
    med = results.get("medians", {})
    if med:
        web = results["web"]
        print(f"\nmedians over runs — {web['sites']} sites x {web['pages']} pages")
        heads = ("pages", "pages/s", "crawl p/s", "CPU s", "ms CPU/pg", "peak RSS MB", "srv CPU s", "fails")
        print(f"{'contender':<20}" + "".join(f"{h:>12}" for h in heads))
        for name, m in med.items():
            cells = (
                f"{m['pages']:.0f}",
                f"{m['pages_per_s']:.1f}",
                f"{m['crawl_pages_per_s']:.1f}",
                f"{m['cpu_s']:.2f}",
                f"{(m['cpu_ms_per_page'] or 0):.2f}",
                f"{m['peak_rss_mb']:.1f}",
                f"{m['server_cpu_s']:.2f}",
                f"{m['failed_runs']}",
            )
            print(f"{name:<20}" + "".join(f"{c:>12}" for c in cells))
    for name, ratio in results.get("ratio_over_scrapy", {}).items():
        print(
            f"{name} / Scrapy: pages/s {ratio['pages_per_s']}, crawl-phase pages/s {ratio['crawl_pages_per_s']}, "
            f"CPU per page {ratio['cpu_ms_per_page']}, peak RSS {ratio['peak_rss_mb']}"
        )
    if "delay" in results:
        d = results["delay"]
        print(
            f"delay {d['delay_s']} s: actual crawl {d['actual_crawl_s']} s vs model {d['model_crawl_s']} s "
            f"-> actual/model {d['actual_over_model']} (wall/model {d['wall_over_model']})"
        )
    for row in results.get("rss", []):
        print(
            f"rss: {row['sites']:>4} sites: peak RSS {row['peak_rss_mb']:.1f} MB, {row['pages']} pages, "
            f"{row['pages_per_s']} pages/s, CPU {row['cpu_s']:.1f} s, db {row['db_mb']} MB, exit {row['exit_code']}"
        )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="localoffer throughput benchmark (see the module docstring)")
    p.add_argument("--sites", type=int, default=20)
    p.add_argument("--pages", type=int, default=200, help="HTML pages per site (plus 1-2 PDFs)")
    p.add_argument("--runs", type=int, default=3, help="runs of each contender (medians); 0 skips the comparison")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED)
    p.add_argument(
        "--contenders",
        default="localoffer,localoffer-crawl,scrapy,raw",
        help="localoffer (whole audit), localoffer-crawl (the audit stopped once every crawl ended), scrapy, raw",
    )
    p.add_argument("--rejudge-runs", type=int, default=1, help="rejudge the first N audits' stores (0: never)")
    p.add_argument("--delay", type=float, default=0.05, help="politeness test delay in seconds (0 skips it)")
    p.add_argument("--rss-sites", default="", help="comma-separated site counts for single audits, e.g. 50,150")
    p.add_argument(
        "--rss-crawl-only", action="store_true", help="stop those audits once every crawl ended (skip checks/reports)"
    )
    p.add_argument("--profile", action="store_true", help="one extra audit under cProfile; top functions")
    p.add_argument("--profile-top", type=int, default=25)
    p.add_argument("--server-procs", type=int, default=1)
    p.add_argument(
        "--concurrency",
        type=int,
        default=8,
        help="localoffer's crawl.concurrency in the comparison (default 8, its documented default; 0: one per site)",
    )
    p.add_argument("--localoffer", help="the localoffer executable (default .venv-bench/bin/localoffer)")
    p.add_argument("--timeout", type=float, default=900, help="seconds before a child is killed")
    p.add_argument("--keep", action="store_true", help="keep the temp dir (dbs, reports, logs)")
    p.add_argument("--out", type=Path, default=BENCH / "out" / "results.json")
    args = p.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="localoffer-bench-"))
    started = time.time()
    results: dict = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "args": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
    }
    try:
        if args.runs > 0 or args.delay > 0 or args.profile:
            results.update(main_bench(args, tmp))
        if args.rss_sites:
            results["rss"] = rss_growth(args, tmp)
    finally:
        results["elapsed_s"] = round(time.time() - started, 1)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(results, indent=1))
        if args.keep:
            print(f"temp dir kept: {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print_summary(results)
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
