# The two commands of the README: `make run` and `make test`.
# Both create .venv when missing, install the app (editable) with its test tools, and
# check that Qt finds its system libraries, installing them when run as root.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint clean

$(STAMP): pyproject.toml setup.py
	@$(PYTHON) tools/check_python.py
	@$(BIN)/python -m pip --version >/dev/null 2>&1 || $(PYTHON) -m venv --clear $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	@$(BIN)/python tools/qt_system_libs.py --for run
	$(BIN)/ingenierie

test: $(STAMP)
	@$(BIN)/python tools/qt_system_libs.py --for test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	$(BIN)/ruff check
	$(BIN)/mypy

lint: $(STAMP)
	$(BIN)/ruff check
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

clean:
	rm -rf $(VENV) build dist src/*.egg-info
