"""Coverage-guided fuzzing (atheris / libFuzzer) of the parsers that read what websites send.

Not part of ``make test``: the bounded property tests in ``tests/auditor/test_fuzz_inputs.py``
cover the same targets on every run. This harness goes deeper for as long as you let it::

    .venv/bin/pip install atheris
    .venv/bin/python fuzz/fuzz_inputs.py -max_total_time=60            # every target in turn
    .venv/bin/python fuzz/fuzz_inputs.py -max_total_time=60 --target html

Each input's first byte picks the target (html, sitemap, robots, pdf, docx); the rest is the
body. A crash is any exception other than the documented ones (none, for these parsers).
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from auditor.decode import decode_html
    from auditor.documents import document_text
    from auditor.robots import parse_robots
    from auditor.site import parse_html
    from auditor.sitemaps import parse_sitemap

TARGETS = ("html", "sitemap", "robots", "pdf", "docx")
PDF_TYPE = "application/pdf"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def one_input(data: bytes, only: str | None = None) -> None:
    if not data:
        return
    target = only or TARGETS[data[0] % len(TARGETS)]
    body = data[1:]
    if target == "html":
        parse_html(decode_html(body, "text/html"), "https://lo.test/a")
    elif target == "sitemap":
        parse_sitemap(body, max_bytes=100_000)
    elif target == "robots":
        robots = parse_robots(200, body, "localoffer")
        robots.rules.can_fetch("https://lo.test/send", "localoffer")
    elif target == "pdf":
        document_text(b"%PDF-1.4\n" + body, PDF_TYPE, "https://lo.test/a.pdf")
    else:
        document_text(body, DOCX_TYPE, "https://lo.test/a.docx")


def main() -> None:
    only = None
    if "--target" in sys.argv:
        at = sys.argv.index("--target")
        only = sys.argv[at + 1]
        del sys.argv[at : at + 2]
        if only not in TARGETS:
            raise SystemExit(f"--target must be one of {', '.join(TARGETS)}")
    atheris.Setup(sys.argv, lambda data: one_input(data, only))
    atheris.Fuzz()


if __name__ == "__main__":
    main()
