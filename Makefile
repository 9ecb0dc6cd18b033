# Every target sets up .venv itself, so `make test` works right after `git clone`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BANK := PYTHONPATH=hooks $(PY) -m bank
MKDOCS := NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs

.PHONY: serve build test check readme bench clean

$(VENV)/.base: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet .
	touch $@

# Browser assets (KaTeX, Mermaid) come from npm at the versions in package-lock.json; the site serves its own copy.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(VENV)/.test: $(VENV)/.base pyproject.toml
	$(PY) -m pip install --quiet '.[test]'
	touch $@

serve: $(VENV)/.base node_modules/.installed
	$(MKDOCS) serve --dev-addr 127.0.0.1:8000

build: $(VENV)/.base node_modules/.installed
	$(MKDOCS) build --strict

check: $(VENV)/.base
	$(BANK) check

readme: $(VENV)/.base
	$(BANK) readme

test: $(VENV)/.test node_modules/.installed
	$(PY) -m pytest tests/unit -q
	$(MAKE) --no-print-directory check
	$(MAKE) --no-print-directory build
	$(PY) -m pytest tests -q --ignore=tests/unit

bench: $(VENV)/.test node_modules/.installed
	$(PY) tests/bench.py

clean:
	rm -rf site .cache
