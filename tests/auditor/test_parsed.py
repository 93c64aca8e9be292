"""Stored parsed sites: a re-judge reads the pages an audit parsed instead of parsing them again,
and gets exactly what parsing would give; a stale or damaged model is never trusted."""

from __future__ import annotations

import csv
import marshal
import sqlite3
import zlib
from pathlib import Path

import pytest

from auditor import parsed
from auditor.cli import main
from auditor.demo.server import serve_demo
from auditor.loader import load
from auditor.model import Block, Link, Page
from auditor.parsed import decode_pages, encode_pages, model_key
from auditor.store import Store


def _results(out: Path) -> list[dict[str, str]]:
    with (out / "results.csv").open(newline="", encoding="utf-8") as handle:
        return [{k: v for k, v in row.items() if k not in ("run_id", "checked_at")} for row in csv.DictReader(handle)]


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("parsed")
    with serve_demo() as web:
        registry = web.write_registry(tmp / "registry.csv")
        config = tmp / "config.toml"
        config.write_text("[crawl]\ndelay_seconds = 0\n[checks]\nworkers = 2\n")
        args = ["--registry", str(registry), "--config", str(config), "--db", str(tmp / "db.sqlite")]
        assert main(["audit", *args, "--out", str(tmp / "audit")]) == 0
    return tmp


def _models(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM parsed_sites").fetchone()[0])


def test_an_audit_stores_each_parsed_site_and_a_rejudge_reuses_it(audited: Path) -> None:
    db = audited / "db.sqlite"
    with Store.open(db) as store:
        run_id = store.latest_run()
        assert run_id is not None
        authorities = store.run_authorities(run_id)
        assert _models(db) == len(authorities) > 0
        for authority in authorities:
            reread = load(store, run_id, authority)
            assert reread.new_model is None  # read back, not parsed
            store.conn.execute("DELETE FROM parsed_sites WHERE key=?", (reread.model_key,))
            fresh = load(store, run_id, authority)
            assert fresh.new_model is not None and fresh.site == reread.site
            store.put_parsed_model(fresh.model_key, fresh.new_model)
    assert main(["rejudge", "--db", str(db), "--out", str(audited / "rejudged")]) == 0
    assert _models(db) == len(authorities)  # the re-judge found every model: nothing new stored
    assert _results(audited / "rejudged") == _results(audited / "audit")


def test_a_damaged_model_is_parsed_again_and_replaced(audited: Path) -> None:
    with Store.open(audited / "db.sqlite") as store:
        run_id = store.latest_run()
        assert run_id is not None
        authority = store.run_authorities(run_id)[0]
        good = load(store, run_id, authority)
        store.put_parsed_model(good.model_key, b"not a model")
        again = load(store, run_id, authority)
        assert again.new_model is not None and again.site == good.site


def test_the_key_changes_with_the_parser_and_with_the_fetches(monkeypatch: pytest.MonkeyPatch) -> None:
    inputs = [("page", "https://x.example/a", "", 0, "2026-11-01T00:00:00Z", "h1", "text/html")]
    key = model_key(inputs)
    assert model_key(list(inputs)) == key
    assert model_key([(*inputs[0][:5], "h2", "text/html")]) != key  # another body
    monkeypatch.setattr(parsed, "parser_digest", lambda: "another parser")
    assert model_key(inputs) != key


def test_the_parser_digest_covers_the_parsing_modules() -> None:
    here = Path(parsed.__file__).parent
    for name in ("site.py", "htmlblocks.py", "dates.py", "decode.py", "documents.py", "model.py"):
        assert (here / name).is_file() and name in parsed._PARSER_MODULES


def test_encoding_keeps_every_field_and_shares_repeated_blocks() -> None:
    menu = Block("Mediation", ("Help",), "li", False, False)
    link = Link("https://x.example/mediation", "Mediation", False)
    pages = [
        Page(
            url=f"https://x.example/{n}",
            final_url=f"https://x.example/{n}/",
            title=f"Page {n} \u2019s",
            blocks=(menu, Block(f"Text {n}\ud800", ("A", "B"), "p", True, True)),
            links=(link,),
            depth=n,
            fetched_at="2026-11-28T10:00:00Z",
            body_hash=f"hash{n}",
            content_type="application/pdf" if n else "text/html",
            is_document=bool(n),
            dates=("2026-01-02",),
        )
        for n in range(3)
    ]
    back = decode_pages(encode_pages(pages))
    assert back == pages
    assert back[0].blocks[0] is back[2].blocks[0] and back[0].links[0] is back[1].links[0]


def test_decoding_junk_is_a_value_error() -> None:
    # A page naming a block the table does not hold, and a model of the older layout (no tables).
    dangling = ((), (), (("u", "u", "t", (5,), (), 0, "", "h", "text/html", False, ()),))
    older = ((("u", "u", "t", (), (), 0, "", "h", "text/html", False, ()),),)
    for junk in (
        b"",
        b"\x78\x9c garbage",
        encode_pages([])[:-3],
        *(zlib.compress(marshal.dumps(m)) for m in (dangling, older)),
    ):
        with pytest.raises(ValueError):
            decode_pages(junk)
