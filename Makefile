# ArTech: two commands for everyone.
#   make start  - set up the kit for a student (runtime only) and open it in JupyterLab
#   make test   - set up the kit with its test and site tools and run every test
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
RUNTIME := $(VENV)/.artech-runtime
DEV     := $(VENV)/.artech-dev
export NO_MKDOCS_2_WARNING := 1

.PHONY: start test setup outputs bench site serve validate wheel

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# What a student needs: the kit and JupyterLab, nothing for tests or the site.
$(RUNTIME): pyproject.toml setup.py | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

# What an author, a teacher building the site, and CI need on top.
$(DEV): pyproject.toml setup.py | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e ".[test,site]"
	@touch $@ $(RUNTIME)

setup: $(DEV)

start: $(RUNTIME)
	$(BIN)/artech start

test: $(DEV)
	@sh scripts/ensure-browser.sh
	$(BIN)/python -m pytest -n 2 --dist loadfile

# Re-run every lesson and store its outputs (what nbval proves and the site shows).
outputs: $(DEV)
	$(BIN)/artech refresh

validate: $(RUNTIME)
	$(BIN)/artech validate

bench: $(DEV)
	$(BIN)/python scripts/benchmark.py

site: $(DEV)
	$(BIN)/mkdocs build --strict

serve: $(DEV)
	$(BIN)/mkdocs serve

# The package a school installs: runtime, lessons, checks, projects and the plan, in one file.
wheel: $(DEV)
	$(BIN)/python -m pip wheel --no-deps -w dist .
