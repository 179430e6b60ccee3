# vanban — two commands: `make demo` and `make test` (see README.md).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= archive.db
PORT ?= 8001
CORPORA ?= ../shared/corpora
REALDOCS ?= ../shared/realdocs
# make test's pytest-xdist workers; each test file runs whole in one worker (--dist loadfile: module fixtures once)
TEST_JOBS ?= 2

# Debian/Ubuntu packages: OCR + PDF rasterising + fonts + LibreOffice (.doc/.rtf/.odt); tests add a browser.
APT_RUN := tesseract-ocr tesseract-ocr-vie tesseract-ocr-eng tesseract-ocr-osd poppler-utils fonts-dejavu-core fonts-liberation2 libreoffice-writer-nogui
APT_TEST := $(APT_RUN) chromium

.PHONY: demo test test-all deps deps-test venv archive serve lm bench clean

demo: deps venv archive serve  ## install, build archive.db from samples/, serve it

test: deps-test venv  ## run the whole test suite (TEST_JOBS workers, one per core: 2 by default)
	$(BIN)/pytest -n $(TEST_JOBS) --dist loadfile

test-all: deps-test venv  ## the suite plus the slow tests
	$(BIN)/pytest -n $(TEST_JOBS) --dist loadfile -m ''

deps:
	@bash scripts/apt-deps.sh $(APT_RUN)

deps-test:
	@bash scripts/apt-deps.sh $(APT_TEST)

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import venv, ensurepip' 2>/dev/null || { \
	  echo "vanban: Python's venv module is missing; run: sudo apt-get install -y python3-venv python3-pip"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $@

archive: venv
	$(BIN)/vanban ingest samples/ --db $(DB)

serve: venv
	@echo "Starting the server for $(DB): its address is printed once it listens (Ctrl-C to stop)"
	$(BIN)/vanban serve --db $(DB) --port $(PORT)

lm: venv  ## rebuild the restoration language model from $(CORPORA) and $(REALDOCS)
	@test -d $(CORPORA) || { echo "vanban: make lm needs the team's shared data folder: $(CORPORA) is missing (put ../shared beside the repo, or make lm CORPORA=DIR REALDOCS=DIR); make test needs only the clone"; exit 2; }
	$(BIN)/vanban lm build --corpora $(CORPORA) --realdocs $(REALDOCS)

bench: venv
	@test -d $(REALDOCS) || { echo "vanban: make bench needs the team's shared data folder: $(REALDOCS) is missing (put ../shared beside the repo, or make bench REALDOCS=DIR); make test needs only the clone"; exit 2; }
	@bash scripts/apt-deps.sh ocrmypdf
	for b in bench/*.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache artifacts
	@echo "kept: archive.accounts.json, archive.uploads/, archive.lm-user.npz (accounts, uploaded originals, the learned words); remove them by hand"
