# ArTech: two commands for everyone.
#   make start  - set everything up and open the kit in JupyterLab
#   make test   - set everything up and run every test
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.artech-installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: start test setup outputs bench site serve validate

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,site]"
	@touch $@

setup: $(STAMP)

start: setup
	$(BIN)/artech start

test: setup
	@sh scripts/ensure-browser.sh
	$(BIN)/python -m pytest -n 2 --dist loadfile

# Re-run every lesson and store its outputs (what nbval proves and the site shows).
outputs: setup
	$(BIN)/artech refresh

validate: setup
	$(BIN)/artech validate

bench: setup
	$(BIN)/python scripts/benchmark.py

site: setup
	$(BIN)/mkdocs build --strict

serve: setup
	$(BIN)/mkdocs serve
