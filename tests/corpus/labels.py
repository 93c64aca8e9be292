"""The labelling vocabulary shared by the corpus generators: the checks a page is judged on and
the short names the generators use for them."""

from __future__ import annotations

import json
from pathlib import Path

JUDGED = (
    "drs_in_local_offer",
    "drs_independent",
    "drs_voluntary",
    "drs_all_sen",
    "drs_disagreement_types",
    "drs_no_effect_on_appeal",
    "drs_confidential",
    "drs_provider_named",
    "drs_contact",
    "mediation_info",
    "iass_signposted",
    "complaints_routes",
    "tribunal_appeal",
    "lo_feedback_published",
    "stale_ccg",
)

SHORT = {
    "in": "drs_in_local_offer",
    "ind": "drs_independent",
    "vol": "drs_voluntary",
    "all": "drs_all_sen",
    "types": "drs_disagreement_types",
    "noeff": "drs_no_effect_on_appeal",
    "conf": "drs_confidential",
    "prov": "drs_provider_named",
    "contact": "drs_contact",
    "med": "mediation_info",
    "iass": "iass_signposted",
    "cmp": "complaints_routes",
    "trib": "tribunal_appeal",
    "fb": "lo_feedback_published",
    "ccg": "stale_ccg",
}


def labels_for(pos: str, skip: str, stale: bool) -> dict[str, int]:
    """``pos`` lists (short names of) the checks the page passes by itself; every other judged check
    is 0 unless listed in ``skip``; ``stale`` labels ``stale_ccg`` 0 (stale wording present)."""
    positives = {SHORT[p] for p in pos.split()}
    skipped = {SHORT[s] for s in skip.split()}
    labels: dict[str, int] = {}
    for check_id in JUDGED:
        if check_id in skipped:
            continue
        if check_id == "stale_ccg":
            labels[check_id] = 0 if stale else 1
        else:
            labels[check_id] = 1 if check_id in positives else 0
    return labels


class Cases:
    """The pages of one generated split: ``add`` labels and numbers a page (``<prefix>001``...),
    ``write`` stores them one JSON object a line next to this module."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.items: list[dict[str, object]] = []

    def add(
        self,
        url: str,
        *,
        html: str = "",
        text: str = "",
        pos: str = "",
        skip: str = "",
        stale: bool = False,
        notes: str,
    ) -> None:
        body: dict[str, object] = {"id": f"{self.prefix}{len(self.items) + 1:03d}"}
        if html:
            body["html"] = html
        else:
            body["text"] = text
        body.update({"url": url, "labels": labels_for(pos, skip, stale), "notes": notes})
        self.items.append(body)

    def write(self, name: str) -> None:
        out_path = Path(__file__).resolve().parent / name
        with out_path.open("w", encoding="utf-8") as out:
            for item in self.items:
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
        print(f"{len(self.items)} cases written to {name}")
