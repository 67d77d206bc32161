# rms-wizard: the two commands that matter are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.setup-stamp
TS := $(wildcard translations/*.ts)
QM := $(TS:.ts=.qm)
SCENARIO ?= single-server-v1

.PHONY: setup run test lint format translations translations-extract screenshots bench package fleet-demo clean

setup: $(STAMP) $(QM)

$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -q --disable-pip-version-check -c constraints.txt -e '.[test,package]'
	touch $(STAMP)

translations/%.qm: translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Re-extract every marked string from the sources into the .ts files (keeps existing translations).
translations-extract: $(STAMP)
	$(PY) tools/lupdate.py

run: setup
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ] && [ -z "$$QT_QPA_PLATFORM" ]; then \
	  echo "make run: no display found (set DISPLAY, or QT_QPA_PLATFORM=offscreen to run without a window)."; exit 1; fi
	$(PY) -m rms_wizard --sandbox $(SCENARIO)

test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

format: setup
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

screenshots: setup
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py
	QT_QPA_PLATFORM=offscreen $(PY) tools/class_overview_screenshot.py

# The cluster rollout through Ansible for real: sandbox, export, keyring, ansible-playbook, verify.
fleet-demo: setup
	QT_QPA_PLATFORM=offscreen $(PY) tools/fleet_demo.py

bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py

package: setup
	$(VENV)/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build packaging/rms_wizard.spec

clean:
	rm -rf build dist translations/*.qm
