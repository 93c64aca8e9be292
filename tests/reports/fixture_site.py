"""A small Local Offer on 127.0.0.1 audited twice (its disagreement-resolution text removed in
between) and then re-judged with a bumped check: the store the history tests read."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from auditor.cli import main
from auditor.config import load_config
from auditor.model import CheckResult, Evidence, Site, Status
from checks.base import Check
from tests.webserver import Reply, page, serve

DR_TEXT = (
    "<h2>Disagreement resolution</h2>"
    "<p>When talking to the school has not worked, our SEND disagreement resolution service can help everyone"
    " reach an agreement.</p>"
    "<h2>Who provides the service</h2>"
    "<p>Kingsbridge City Council commissions Brightwater Mediation to run its SEND disagreement resolution"
    " service. Brightwater Mediation is independent of the council: its facilitators are not employed by the"
    " council.</p>"
    "<h2>Taking part is your choice</h2>"
    "<p>Disagreement resolution is voluntary. A meeting only goes ahead if everyone involved agrees to take part,"
    " and you can stop at any time.</p>"
    "<h2>How to contact Brightwater Mediation</h2>"
    "<p>Freephone: 0808 157 0412. Email: send@brightwater-mediation.example</p>"
)
OTHER_TEXT = "<p>This page is being rewritten. Please call the SEND team for help.</p>"
LINKS = ["/advice/disagreement-resolution", "/about", "/contact", "/health", "/schools", "/short-breaks"]


@dataclass
class History:
    root: Path
    db: Path
    out1: Path
    out2: Path
    out3: Path
    run_ids: list[str] = field(default_factory=list)


def _routes(state: dict[str, bool]) -> dict[str, object]:
    def dr() -> Reply:
        body = DR_TEXT if state["dr"] else OTHER_TEXT
        return Reply(page("Disagreement resolution", body, ["/"]))

    routes: dict[str, object] = {
        "/": Reply(page("SEND Local Offer", "<p>Welcome to the SEND Local Offer.</p>", LINKS)),
        "/advice/disagreement-resolution": dr,
    }
    for path in LINKS[1:]:
        routes[path] = Reply(page(path.strip("/").title(), f"<p>About {path.strip('/')} for families.</p>", ["/"]))
    return routes


def bumped(checks: list[Check], check_id: str) -> list[Check]:
    """``check_id`` at a new version that passes everywhere, with evidence."""

    def always(site: Site) -> CheckResult:
        url = site.pages[0].url if site.pages else site.authority.local_offer_url
        return CheckResult(check_id, Status.PASS, evidence=(Evidence(url=url, quote="new rules: pass"),))

    return [dataclasses.replace(c, version=c.version + ".1", run=always) if c.id == check_id else c for c in checks]


def build_history(root: Path) -> Iterator[History]:
    from auditor.pipeline import rejudge
    from auditor.store import Store
    from checks.registry import discover_checks

    config = root / "c.toml"
    config.write_text("[crawl]\ndelay_seconds = 0\n", encoding="utf-8")
    history = History(root, root / "runs.sqlite", root / "out1", root / "out2", root / "out3")
    state = {"dr": True}
    with serve(_routes(state)) as server:  # type: ignore[arg-type]
        registry = root / "registry.csv"
        registry.write_text(
            f"code,name,local_offer_url,region\nE99000001,Kingsbridge City Council,{server.url('/')},South West\n",
            encoding="utf-8",
        )
        base = ["--registry", str(registry), "--config", str(config), "--db", str(history.db)]
        assert main(["audit", *base, "--out", str(history.out1)]) == 0
        state["dr"] = False
        assert main(["audit", *base, "--out", str(history.out2)]) == 0
    checks = bumped(list(discover_checks()), "drs_voluntary")
    rejudge(history.db, None, checks, load_config(config), history.out3)
    with Store.open(history.db) as store:
        history.run_ids = [r.run_id for r in store.runs()]
    yield history
