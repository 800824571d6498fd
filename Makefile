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
	$(BIN)/python -m pip install --quiet -e ".[test,site,hub]"
	@touch $@ $(RUNTIME)

setup: $(DEV)

start: $(RUNTIME)
	$(BIN)/artech start

# Every test in Dutch (the kit's default), then the kit's own messages once more in English: tests
# compare messages by key, so both must pass. Both editions of every lesson run in the first pass.
MESSAGE_TESTS := tests/test_checks.py tests/test_colour.py tests/test_draw.py tests/test_sound.py \
	tests/test_errors.py tests/test_bench.py tests/test_curriculum.py tests/test_kit.py tests/test_game.py tests/test_projects.py tests/test_pack.py

test: $(DEV)
	@sh scripts/ensure-browser.sh
	@sh scripts/ensure-proxy.sh
	ARTECH_LANG=nl $(BIN)/python -m pytest -n 2 --dist loadfile
	ARTECH_LANG=en $(BIN)/python -m pytest -n 2 --dist loadfile $(MESSAGE_TESTS)

# Re-run every lesson and store its outputs (what nbval proves and the site shows).
outputs: $(DEV)
	$(BIN)/artech refresh

validate: $(RUNTIME)
	$(BIN)/artech validate

bench: $(DEV)
	$(BIN)/python scripts/benchmark.py

# The teacher site, Dutch and English, into site/ (open site/index.html). ENGINE=zensical builds the
# same pages with Zensical instead of MkDocs.
ENGINE ?= mkdocs
site: $(DEV)
	$(BIN)/artech site --engine $(ENGINE)

serve: site
	$(BIN)/python -m http.server --directory site 8000

# The package a school installs: runtime, lessons, checks, projects and the plan, in one file.
wheel: $(DEV)
	$(BIN)/python -m pip wheel --no-deps -w dist .
