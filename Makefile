# The development loop. `make demo` and `make test` are the README's two set-up commands.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test check lint types bench eval clean

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

## test: install the dev dependencies (and Debian's chromium for the browser tests), run every test
test: $(STAMP)
	@bash scripts/install_browser.sh
	@bash scripts/install_ocr.sh
	$(BIN)/pytest -q -n 2

## check: lint, format, types and tests
check: lint types test

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts bench
	$(BIN)/ruff format --check src tests scripts bench

types: $(STAMP)
	$(BIN)/mypy

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
