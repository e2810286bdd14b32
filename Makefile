# Two commands do all the set-up: `make run` starts the bot, `make test` checks everything.
# Each creates the virtualenv and installs the dependencies on first use (or when
# pyproject.toml changes); the bot creates and seeds its database by itself.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: run test lint typecheck format bench

run: $(INSTALLED)
	$(BIN)/python -m bot $(ARGS)

test: lint typecheck
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(INSTALLED)
	$(BIN)/mypy

# Every performance figure on this machine (about 5 minutes): a table, and bench/results.json.
# BENCH_ARGS=--growth for the 1k/10k/100k-article series (longer); BENCH_ARGS=--quick to smoke-test.
bench: $(INSTALLED)
	$(BIN)/python -m bench.run $(BENCH_ARGS)

format: $(INSTALLED)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

$(INSTALLED): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@
