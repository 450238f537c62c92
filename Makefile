# kg: set up, run on the bundled article, test. `make run` and `make test` work on a fresh clone.
# `make docs` makes the README's figures and pictures again from the code (make test checks them).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench docs train figures clean chromium

run: $(VENV)/.installed
	$(BIN)/kg build examples/meta-scale-ai.fr.txt --out out/

test: $(VENV)/.installed-test chromium
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .

bench: $(VENV)/.installed-test
	$(BIN)/python bench/speed.py
	$(BIN)/python bench/dev_eval.py
	$(BIN)/python bench/sparql_store.py
	$(BIN)/python bench/view_scale.py
	$(BIN)/python bench/corpus.py

# The learned components: training/README.md (about 15 minutes on two cores; deterministic).
train: $(VENV)/.installed-test
	$(BIN)/python training/train.py

# Their figures on data they were not trained on, written into the README.
figures: $(VENV)/.installed-test
	$(BIN)/python training/evaluate.py --write-readme

docs: $(VENV)/.installed-test chromium
	$(BIN)/python bench/docs.py
	$(BIN)/python bench/screenshot.py
	KG_UPDATE_DOCS=1 $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_cli_view.py
	$(BIN)/python tests/test_notebooks.py

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

# The browser tests drive Debian's Chromium (never a downloaded one).
chromium:
	@command -v chromium >/dev/null || test -x /usr/bin/chromium || \
		{ if [ "$$(id -u)" = 0 ]; then apt-get install -y -q chromium; \
		  else sudo apt-get install -y -q chromium; fi; }

clean:
	rm -rf out .kg .pytest_cache
