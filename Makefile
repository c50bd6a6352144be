# HIS Trainer — developer commands. `make run` and `make test` set everything up first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO   := demo-profile
QM     := trainer/i18n/his_trainer_zh_CN.qm trainer/i18n/his_trainer_en.qm

.PHONY: run test lint dist translations ts bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,server,dist]"
	touch $(STAMP)

$(QM): trainer/i18n/his_trainer_zh_CN.ts trainer/i18n/his_trainer_en.ts $(STAMP)
	$(BIN)/python tools/i18n.py release

translations: $(QM)

## run: start HIS Trainer on a local, clearly labelled demo profile
run: $(STAMP) $(QM)
	$(BIN)/his-trainer demo --data-dir $(DEMO)
	$(BIN)/his-trainer --data-dir $(DEMO)

## test: the whole suite (offscreen Qt, a throwaway PostgreSQL where needed)
test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n 2

lint: $(STAMP)
	$(BIN)/ruff check trainer tests benchmarks tools testkit
	$(BIN)/mypy trainer
	$(BIN)/lint-imports

## ts: refresh the translation sources after changing UI strings
ts: $(STAMP)
	$(BIN)/python tools/i18n.py update

## dist: the PyInstaller bundle (onedir) in dist/his-trainer, smoke-tested
dist: $(STAMP) $(QM)
	$(BIN)/python tools/buildinfo.py > trainer/_build.json
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec
	rm -f trainer/_build.json
	$(BIN)/python tools/smoke_bundle.py dist/his-trainer

bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

clean:
	rm -rf build dist $(QM) .pytest_cache .mypy_cache .ruff_cache
