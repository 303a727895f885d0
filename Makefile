# Two commands for people: `make book` and `make test`. Each sets itself up first.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
KERNEL := python3
# Notebooks in reading order; papermill runs each into book/ (stored with outputs).
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]_*.ipynb))
EXECUTED := $(patsubst notebooks/%,book/%,$(NOTEBOOKS))
CORPUS ?= data/seeds

.PHONY: book notebooks test lint setup clean help report

help:
	@echo "make book   - set up .venv, run the notebooks on data/seeds, build the HTML book"
	@echo "make test   - set up .venv, run unit tests, nbval on the executed notebooks, strict book build"
	@echo "make report CORPUS=dir OUT=dir - the whole report (tables and book) on your own articles"

# Create the virtual environment, and (re)install only when requirements.txt or pyproject.toml changed.
$(STAMP): requirements.txt pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -r requirements.txt
	@touch $(STAMP)

setup: $(STAMP)

# Execute each notebook template into book/ with papermill, then strip run-dependent metadata.
book/%.ipynb: notebooks/%.ipynb $(STAMP) $(wildcard src/claimtab/*.py src/claimtab/*/*.py src/claimtab/*/*.toml) $(wildcard $(CORPUS)/*)
	$(PY) -m claimtab run-notebook $< $@

notebooks: $(EXECUTED)

book: notebooks
	$(PY) -m claimtab build-book

# Unit tests, nbval on the stored executed notebooks, and the book built with warnings as errors.
test: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks conftest.py
	$(PY) -m claimtab build-book -q
	$(PY) -m pytest tests book --nbval --nbval-sanitize-with tests/nbval_sanitize.cfg

# The whole report on another folder: make report CORPUS=path/to/articles OUT=path/to/report
report: $(STAMP)
	@test -n "$(OUT)" || { echo "usage: make report CORPUS=path/to/articles OUT=path/to/report"; exit 2; }
	$(PY) -m claimtab report "$(CORPUS)" "$(OUT)"

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks

clean:
	rm -rf _build
