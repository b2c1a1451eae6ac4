# SalesDesk: `make run` opens the app, `make test` runs the whole suite headless.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
ARGS   ?=

.PHONY: run test lint bench demo clean translations screenshots package smoke

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamp files: reinstall only when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

$(VENV)/.package-installed: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[package]'
	touch $@

# The .qm files the app loads are built from the committed .ts files.
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

resources/translations/%.qm: resources/translations/%.ts | $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: $(VENV)/.installed translations
	$(BIN)/salesdesk $(ARGS)

test: $(VENV)/.test-installed translations
	$(BIN)/ruff check salesdesk tests packaging
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(ARGS)

lint: $(VENV)/.test-installed
	$(BIN)/ruff check salesdesk tests packaging
	$(BIN)/mypy

bench: $(VENV)/.test-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/benchmarks -s -p no:timeout -o addopts="" $(ARGS)

# The board in every language, as PNGs in screenshots/ (look at them).
screenshots: $(VENV)/.installed translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/screenshots.py screenshots

# The one-folder bundle for this OS in dist/ (and on Linux a .tar.gz of it).
package: $(VENV)/.package-installed translations
	$(BIN)/python packaging/build.py

# Starts the built bundle: --version, --self-test, data folders, install.sh.
smoke: package $(VENV)/.test-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/smoke -o addopts="-ra --strict-markers -p no:cacheprovider" $(ARGS)

demo: $(VENV)/.installed
	$(BIN)/salesdesk demo --deals 500 $(ARGS)

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache $(QM)
