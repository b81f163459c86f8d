# The development loop. `make demo` and `make check` are the README's two set-up commands.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test test-fast test-slow check fmt gen lint types bench eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

PORT ?= 8000
DEMO_DB := build/demo.db

## demo: install, ingest the example documents the project ships (six languages), serve the web UI
demo: $(STAMP)
	@mkdir -p build
	$(BIN)/mandata ingest --db $(DEMO_DB) examples
	@echo "mandata: the web UI is at http://127.0.0.1:$(PORT)/ and the API at http://127.0.0.1:$(PORT)/api/docs (Ctrl-C stops)"
	$(BIN)/mandata serve --db $(DEMO_DB) --port $(PORT)

## check: what CI runs (.ci/run): lint, format, types (src and tests), then every test
check: lint types test

## test: install the dev dependencies (and Debian's chromium and Tesseract), run every test
test: $(STAMP)
	@bash scripts/install_browser.sh
	@bash scripts/install_ocr.sh
	$(BIN)/pytest -q -n 2

## test-fast: the tests that need neither the corpus nor a browser and are not slow (under a minute)
test-fast: $(STAMP)
	$(BIN)/pytest -q -n 2 -m "not corpus and not browser and not slow"

## test-slow: the rest: the corpus, the browser and the slow tests
test-slow: $(STAMP)
	@bash scripts/install_browser.sh
	@bash scripts/install_ocr.sh
	$(BIN)/pytest -q -n 2 -m "corpus or browser or slow"

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts bench
	$(BIN)/ruff format --check src tests scripts bench

types: $(STAMP)
	$(BIN)/mypy

## fmt: fix what ruff can (imports, lint fixes) and format the code
fmt: $(STAMP)
	$(BIN)/ruff check --fix src tests scripts bench
	$(BIN)/ruff format src tests scripts bench

## gen: regenerate the generated data (the States table, from pycountry and the curated forms)
gen: $(STAMP)
	$(BIN)/python scripts/gen_entities.py

## bench: the performance figures of the README (needs ../shared/corpus or MANDATA_CORPUS)
bench: $(STAMP)
	$(BIN)/python bench/bench_parse.py
	$(BIN)/python bench/bench_pdf_read.py
	$(BIN)/python bench/bench_analyze.py
	$(BIN)/python bench/bench_registry.py
	$(BIN)/python bench/bench_compare.py
	$(BIN)/python bench/bench_langid.py
	$(BIN)/python bench/bench_web.py
	$(BIN)/python bench/bench_xml.py

## eval: EOSG labels (texts and PDFs), PDFs against texts and exports, SC adoption, six-way agreement, mandates sample, cross-language comparison (needs the corpus; eval_pdf needs pdftotext)
eval: $(STAMP)
	$(BIN)/python scripts/eval_eosg.py
	$(BIN)/python scripts/eval_eosg.py --pdf
	$(BIN)/python scripts/eval_pdf.py
	$(BIN)/python scripts/eval_sc.py
	$(BIN)/python scripts/eval_sixway.py
	$(BIN)/python scripts/eval_mandates.py
	$(BIN)/python scripts/eval_compare.py
	$(BIN)/python scripts/eval_unxml.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
