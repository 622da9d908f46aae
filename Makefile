# eduscan — two commands do all set-up on a fresh machine:
#   make demo   create the venv, install eduscan, scan the bundled demo app, write out/
#   make test   create the venv, install eduscan with test tools, run the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO   ?= samples/android/demo-homework.apk

.PHONY: setup demo test lint typecheck check samples bench wheel clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/eduscan scan $(DEMO) -o out --format json,html,sarif,md,text

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check scanner tests bench cli.py
	$(BIN)/mypy

check: lint test

# Rebuild the sample apps from their sources (needs Debian's apktool, aapt, apksigner, clang, lld).
samples:
	bash samples/android/build.sh
	bash samples/ios/build.sh

bench: $(STAMP)
	$(BIN)/python bench/run.py

wheel: $(STAMP)
	$(BIN)/python -m build --wheel --outdir dist .

clean:
	rm -rf out dist build .pytest_cache .mypy_cache .ruff_cache
