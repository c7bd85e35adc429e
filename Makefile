# Two commands do all set-up: `make run` starts Process Workbench, `make test` runs the tests.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test system-packages bench lint clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
	  || { echo "Process Workbench needs Python 3.11 or newer (found: $$($(PYTHON) --version 2>&1))."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/process-workbench $(ARGS)

test: $(STAMP) system-packages
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

system-packages:
	@sh scripts/install-system-packages.sh

bench: $(STAMP)
	$(PY) -m bench.foundation

lint: $(STAMP)
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
