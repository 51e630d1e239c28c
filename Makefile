# Tutor: `make run` opens the app, `make test` runs every check. Both set up .venv themselves.
.SECONDEXPANSION:
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CONSTRAINTS := requirements/constraints.txt
# tutor_en.ts is the template of every UI string; translations are tutor_<language>.ts beside it.
TS_FILES := $(sort $(wildcard tutor/ui/translations/*.ts) tutor/ui/translations/tutor_en.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
UI_SOURCES := $(shell find tutor/ui -name '*.py')
PACK_DIRS := $(patsubst %/pack.toml,%,$(wildcard content_packs/*/pack.toml))
BUNDLED_PACKS := $(patsubst content_packs/%,tutor/content/bundled/%.tutorpack,$(PACK_DIRS))
DEMO_KEY := content_packs/demo-publisher.key

.PHONY: run system-deps packs test lint typecheck pytest translations update-translations screenshots smoke lock clean

run: system-deps $(STAMP) translations packs
	$(BIN)/tutor

# Qt's system libraries on Debian/Ubuntu (installs only what is missing; elsewhere a no-op).
system-deps:
	@scripts/system-deps desktop

test: $(STAMP) translations packs lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check tutor tests benchmarks
	$(BIN)/ruff format --check tutor tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) translations packs
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest $(PYTEST_ARGS)

smoke: $(STAMP) translations packs
	$(BIN)/tutor --smoke-test

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tutor.ui.screenshots docs/screenshots

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# editable_mode=compat: the source folder on the path (a .pth line), not an import hook that
# every start of the app would pay for.
$(STAMP): pyproject.toml $(CONSTRAINTS) | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c $(CONSTRAINTS) \
		--config-settings editable_mode=compat -e '.[dev,server]'
	touch $@

# The bundled content packs, built from content_packs/ and signed with the demo publisher key.
packs: $(BUNDLED_PACKS)

tutor/content/bundled/%.tutorpack: $(STAMP) $(DEMO_KEY) $$(shell find content_packs/% -type f)
	@mkdir -p $(@D)
	$(BIN)/tutor pack build content_packs/$* -o $@ --key $(DEMO_KEY)

# Compiled translations (.qm) are built from the committed sources (.ts).
translations: $(QM_FILES)

tutor/ui/translations/%.qm: tutor/ui/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Re-extract every tr() string from the UI into the .ts sources (run after changing UI text).
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none -source-language en $(UI_SOURCES) -ts $(TS_FILES)

# Re-pin the exact dependency set (newest releases pyproject.toml allows) in a fresh venv.
LOCK_VENV := .venv-lock
lock:
	rm -rf $(LOCK_VENV) && $(PYTHON) -m venv $(LOCK_VENV)
	$(LOCK_VENV)/bin/python -m pip install --quiet '.[dev,server]'
	( echo '# Exact versions every machine installs (make installs with -c this file).'; \
	  echo '# Refresh: make lock'; \
	  $(LOCK_VENV)/bin/python -m pip freeze | grep -v '^tutor[= @]' ) > $(CONSTRAINTS).tmp
	mv $(CONSTRAINTS).tmp $(CONSTRAINTS)
	rm -rf $(LOCK_VENV)

clean:
	rm -rf $(VENV) $(LOCK_VENV) build *.egg-info .mypy_cache .ruff_cache .pytest_cache $(QM_FILES) \
	  tutor/content/bundled
