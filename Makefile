# Two commands do all set-up: `make run` starts Process Workbench, `make test` runs the tests.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test system-packages bench bench-peers lint clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
	  || { echo "Process Workbench needs Python 3.11 or newer (found: $$($(PYTHON) --version 2>&1))."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

# `make run` opens the editor where there is a screen and the editor exists (ui/app.py);
# otherwise it writes the built-in example to build/ and checks it, as a headless demo.
# `make run ARGS="check my.pwb"` runs any command instead.
DEMO := build/example.pwb

run: $(STAMP)
ifeq ($(strip $(ARGS)),)
	@if [ -f ui/app.py ] && { [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ] || [ "$$(uname -s)" = Darwin ]; }; \
	then $(VENV)/bin/process-workbench; else \
	  echo "Headless demo: the built-in example, written to $(DEMO) and checked."; \
	  mkdir -p build && rm -f $(DEMO) && \
	  $(VENV)/bin/process-workbench new $(DEMO) && \
	  $(VENV)/bin/process-workbench check $(DEMO); fi
else
	$(VENV)/bin/process-workbench $(ARGS)
endif

test: $(STAMP) system-packages
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

system-packages:
	@sh scripts/install-system-packages.sh

bench: $(STAMP)
	$(PY) -m bench.foundation
	$(PY) -m bench.editor
	$(PY) -m bench.simulation

# Beside bpmn-js in headless Chromium where Node.js and Chromium are installed; ours only otherwise.
bench-peers: $(STAMP)
	$(PY) -m bench.peers

lint: $(STAMP)
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
