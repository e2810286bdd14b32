# Two commands do all the set-up: `make run` starts the bot, `make test` checks everything.
# Each creates the virtualenv on first use (or when pyproject.toml changes): `make run` with the
# bot's runtime dependencies only, `make test` adds the test tools. The bot creates and seeds
# its database by itself.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
RUNTIME := $(VENV)/.installed-runtime
DEV := $(VENV)/.installed-dev
PATTERNS := bot/__pycache__/patterns.bin
PIP_INSTALL := $(BIN)/python -m pip install --quiet --disable-pip-version-check

.PHONY: run install test lint typecheck format bench check-python

run: $(RUNTIME) $(PATTERNS)
	$(BIN)/python -m bot $(ARGS)

# The runtime dependencies only, e.g. for a service (deploy/README.md).
install: $(RUNTIME) $(PATTERNS)

# The tests run on every core, with one worker more (pytest-xdist; tests/conftest.py says why); a
# worker that runs out of tests takes queued ones from the others (worksteal), so one slow test
# leaves no core idle. PYTEST_ARGS="-n 0" runs them in this one process. Bytecode is written
# even where PYTHONDONTWRITEBYTECODE is set (as in many container images): the tests start many
# bot processes (seeds, kill-and-restart loops, ingestion workers), and each would otherwise
# compile the bot's thousand modules from source.
test: lint typecheck $(PATTERNS)
	env -u PYTHONDONTWRITEBYTECODE $(BIN)/python -m pytest --numprocesses=auto --dist=worksteal \
		$(PYTEST_ARGS)

lint: $(DEV)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(DEV)
	$(BIN)/mypy

# Every performance figure on this machine (about 5 minutes): a table, and bench/results.json.
# BENCH_ARGS=--growth for the 1k/10k/100k-article series (longer); BENCH_ARGS=--quick to smoke-test.
bench: $(DEV)
	$(BIN)/python -m bench.run $(BENCH_ARGS)

format: $(DEV)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# The extractor's patterns compiled once, for every process that reads an article to load rather
# than compile (about 2 s of CPU saved in each seed, ingestion worker and restart; see
# bot/pattern_store.py); written again when a module of the bot or the virtualenv changes. The
# targets that need it name the virtualenv before it, so it exists by then.
$(PATTERNS): $(wildcard $(RUNTIME)) $(shell find bot -name '*.py' 2>/dev/null)
	$(BIN)/python -m bot.compile_patterns

# Before any download: an older Python would spend minutes in pip, then fail.
check-python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
		echo "Fanbot needs Python 3.11 or newer, but $(or $(PYTHON),python3) is" \
			"$$($(or $(PYTHON),python3) --version 2>&1 || echo missing)." \
			"Install Python 3.11+, or point make at it: make run PYTHON=/path/to/python3.11" >&2; \
		exit 1; }

$(RUNTIME): pyproject.toml | check-python
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP_INSTALL) -e .
	touch $@

# The test tools and the runtime in one pip run, not two: pip looks up every dependency in the
# index and builds the project once, not twice (on a fresh clone, about a fifth less install).
$(DEV): pyproject.toml | check-python
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP_INSTALL) -e '.[dev]'
	touch $(RUNTIME) $@
