# Every target sets up what it needs itself, so `make test` works right after `git clone`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BANK := PYTHONPATH=hooks $(PY) -m bank
MKDOCS := NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs

.PHONY: serve build build-properdocs pdf test check readme lint fix new bench clean

$(VENV)/.base: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet .
	touch $@

$(VENV)/.lint: $(VENV)/.base
	$(PY) -m pip install --quiet '.[lint]'
	touch $@

$(VENV)/.test: $(VENV)/.lint
	$(PY) -m pip install --quiet '.[test]'
	touch $@

PROPERDOCS_VENV := .venv-properdocs
$(PROPERDOCS_VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(PROPERDOCS_VENV)
	$(PROPERDOCS_VENV)/bin/python -m pip install --quiet '.[properdocs]'
	touch $@

# Browser assets (KaTeX, Mermaid) come from npm at the versions in package-lock.json; the site serves its own copy.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

serve: $(VENV)/.base node_modules/.installed
	$(MKDOCS) serve --dev-addr 127.0.0.1:8000

build: $(VENV)/.base node_modules/.installed
	$(MKDOCS) build --strict

build-properdocs: $(PROPERDOCS_VENV)/.installed node_modules/.installed
	NO_MKDOCS_2_WARNING=1 $(PROPERDOCS_VENV)/bin/properdocs build --strict --site-dir site-properdocs

# The whole bank as one PDF (cover, contents, every question), printed by headless Chromium.
PDF := site/deeplearning-interview-awesome.pdf
pdf: build $(VENV)/.pdf
	$(BANK) pdf --site site --out $(PDF)

$(VENV)/.pdf: $(VENV)/.base
	$(PY) -m pip install --quiet '.[pdf]'
	touch $@

check: $(VENV)/.base
	$(BANK) check

readme: $(VENV)/.base
	$(BANK) readme

lint: $(VENV)/.lint
	$(BANK) lint
	$(VENV)/bin/ruff check hooks tests

fix: $(VENV)/.lint
	$(BANK) fix

# make new TOPIC=LLMs TITLE="…" [SLUG=…]
new: $(VENV)/.base
	$(BANK) new --topic "$(TOPIC)" --title "$(TITLE)" $(if $(SLUG),--slug "$(SLUG)")

test: $(VENV)/.test $(PROPERDOCS_VENV)/.installed node_modules/.installed
	$(PY) -m pytest tests/unit -q
	$(MAKE) --no-print-directory check
	$(MAKE) --no-print-directory lint
	$(MAKE) --no-print-directory build
	$(PY) -m pytest tests -q --ignore=tests/unit

bench: $(VENV)/.test node_modules/.installed
	$(PY) tests/bench.py

clean:
	rm -rf site site-properdocs .cache
