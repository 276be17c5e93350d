# The two commands of the README: `make run` and `make test`.
# Both create .venv when missing and install the app with its test tools.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint translations benchmarks clean

$(STAMP): pyproject.toml setup.py
	@$(PYTHON) tools/check_python.py
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@$(BIN)/python tools/qt_system_libs.py
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/ingenierie

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	$(BIN)/ruff check src tests benchmarks tools

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/lint-imports

clean:
	rm -rf $(VENV) build dist *.egg-info src/*.egg-info
