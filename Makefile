# Two commands do everything on a fresh machine: `make demo` and `make test`.
# Both create .venv when it is missing and install the project into it.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | sha256sum | cut -c1-12)

AXE    := tests/reports/node_modules/axe-core/axe.min.js

.PHONY: demo test lint typecheck layers unit install browser clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/localoffer demo --out demo-report

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check auditor checks reports tests

typecheck: $(STAMP)
	$(BIN)/mypy

layers: $(STAMP)
	$(BIN)/lint-imports

# The report tests open pages in Debian's chromium and run axe-core in them. Both come from the
# package registries; nothing downloads a browser build of its own.
browser: $(AXE)
	@command -v chromium >/dev/null 2>&1 || { apt-get update && apt-get install -y chromium; }

$(AXE):
	npm install --no-save --no-audit --no-fund --prefix tests/reports axe-core

unit: $(STAMP) browser
	LOCALOFFER_REQUIRE_BROWSER=1 $(BIN)/pytest -q

test: lint typecheck layers unit

# Benchmarks live apart from the tests: Scrapy and aiohttp are installed only into .venv-bench,
# never as dependencies of localoffer. Figures go to bench/out/results.json (see bench/README.md).
BENCH := .venv-bench/bin

$(BENCH)/localoffer: pyproject.toml bench/requirements.txt
	test -x $(BENCH)/python || $(PYTHON) -m venv .venv-bench
	$(BENCH)/python -m pip install --quiet --upgrade pip
	$(BENCH)/python -m pip install --quiet -e . -r bench/requirements.txt
	touch $(BENCH)/localoffer

# Every figure of the README's performance section, in one go (about 40 minutes on 2 cores).
bench: $(BENCH)/localoffer
	$(BENCH)/python bench/run.py --sites 20 --pages 200 --runs 3 --rejudge-runs 3 --delay 0.25 --rss-sites 50,150

clean:
	rm -rf $(VENV) .venv-bench demo-report .pytest_cache .mypy_cache .ruff_cache
