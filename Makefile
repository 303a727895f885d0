# Two commands for people: `make book` and `make test`. Each sets itself up first.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
.PHONY: book test lint setup clean help report compiled

help:
	@echo "make book   - set up .venv, run the notebooks on data/seeds, build the HTML book"
	@echo "make test   - set up .venv, run unit tests, nbval on the executed notebooks, strict book build"
	@echo "make report CORPUS=dir OUT=dir - the whole report (tables and book) on your own articles"

# Create the virtual environment, and (re)install only when requirements.txt or pyproject.toml changed.
$(STAMP): requirements.txt pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -r requirements.txt
	@touch $(STAMP)

# The extractor's hot modules compiled to C with mypyc (tools/compile.py: about a minute), again
# whenever one of their sources changed; without a C compiler it says so in one line and the
# extractor runs as Python (same results, slower). A build older than its sources is never used.
compiled: $(STAMP)
	@$(PY) tools/compile.py --if-stale || true

setup: $(STAMP) compiled

# Execute the notebooks whose inputs changed into book/ (two kernels side by side, each notebook
# after the ones it needs), then build the HTML book with warnings as errors.
book: setup
	$(PY) -m claimtab book

# Unit tests, nbval on the stored executed notebooks, and the book built with warnings as errors
# (from the stored notebooks: `book --no-run` executes nothing).
test: setup
	$(VENV)/bin/ruff check src tests benchmarks conftest.py notebooks tools
	$(PY) -m claimtab book --no-run -q
	$(PY) -m pytest tests book --nbval --nbval-sanitize-with tests/nbval_sanitize.cfg

# The whole report on another folder: make report CORPUS=path/to/articles OUT=path/to/report
# `claimtab report` exits 0 when every file was analysed, 1 when the report is complete but some
# files were skipped (each named, and listed in the book), 2 when no report was made. For make,
# 1 is a success too: the report is there, and the skipped files have been named already.
report: setup
	@test -n "$(OUT)" || { echo "usage: make report CORPUS=path/to/articles OUT=path/to/report"; exit 2; }
	@$(PY) -m claimtab report "$(CORPUS)" "$(OUT)" || test $$? -eq 1

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks conftest.py notebooks tools

clean:
	rm -rf _build
