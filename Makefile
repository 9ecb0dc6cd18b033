# Every target sets up .venv itself, so `make test` works right after `git clone`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BANK := PYTHONPATH=hooks $(PY) -m bank
MKDOCS := NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs

.PHONY: serve build test check readme clean

$(VENV)/.base: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet .
	touch $@

$(VENV)/.test: $(VENV)/.base pyproject.toml
	$(PY) -m pip install --quiet '.[test]'
	touch $@

serve: $(VENV)/.base
	$(MKDOCS) serve --dev-addr 127.0.0.1:8000

build: $(VENV)/.base
	$(MKDOCS) build --strict

check: $(VENV)/.base
	$(BANK) check

readme: $(VENV)/.base
	$(BANK) readme

test: $(VENV)/.test
	$(PY) -m pytest tests/unit -q
	$(MAKE) --no-print-directory check
	$(MAKE) --no-print-directory build
	$(PY) -m pytest tests -q --ignore=tests/unit

clean:
	rm -rf site .cache
