# omnichat-ml — `make help` lists the targets. CI calls `make test` (see .ci/run).
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export MLFLOW_TRACKING_URI ?= sqlite:///mlruns/mlflow.db
# dvc.yaml's stages call the `omnichat` console script: the venv must be on PATH without activation.
export PATH := $(CURDIR)/$(BIN):$(PATH)

.PHONY: help install vendor browser run train retrain test lint format bench compare drift notebooks mlflow-ui clean

help: ## Show this help
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-12s\033[0m %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON) on PATH"; exit 1; }
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# torch==2.13.0 is pinned in pyproject; pip takes the CPU wheel from the local find-links.
	$(BIN)/pip install --quiet -e '.[all]'
	touch $(STAMP)

# The dashboard's chart library: npm registry -> frontend/node_modules -> gateway/static/vendor/
# (git-ignored; the pages load it from there, no CDN). Rebuilt when the lock file changes.
VENDOR_JS := gateway/static/vendor/chart.umd.min.js
$(VENDOR_JS): frontend/package-lock.json frontend/copy-vendor.mjs
	@command -v npm >/dev/null || { echo "need npm (Node.js) for the dashboard's charts"; exit 1; }
	cd frontend && npm ci --no-audit --no-fund --loglevel=error && npm run --silent vendor
	touch $@

vendor: $(VENDOR_JS) ## Install the dashboard's browser libraries from npm into gateway/static/vendor/

install: $(STAMP) $(VENDOR_JS) ## Create .venv, install the project with every extra, vendor the JS

# Browser tests drive Debian's Chromium through Playwright (no browser download from a CDN).
CHROMIUM ?= /usr/bin/chromium
browser: ## Install Debian's chromium + chromium-driver for the browser tests (once)
	@test -x $(CHROMIUM) || { \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null; }
	@$(CHROMIUM) --version

train: install ## Run the DVC pipeline (only stages whose inputs changed)
	$(BIN)/dvc repro

retrain: install ## Export feedback, retrain, promote if better, reload the model server (docs/retraining.md)
	$(BIN)/omnichat retrain

run: install ## Train if no champion is registered, then serve model server (:3000) + gateway (:8000)
	@if $(BIN)/omnichat champion --quiet; then \
		echo "A champion model is registered: skipping training (run 'make train' to retrain)."; \
	else \
		echo "No champion registered yet: running the DVC pipeline."; \
		$(BIN)/dvc repro; \
	fi
	@$(BIN)/omnichat champion
	$(BIN)/python scripts/run_stack.py

test: install browser ## Run the whole test suite (what CI runs)
	$(BIN)/pytest

lint: install ## ruff lint + format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install ## Apply ruff format and autofixes
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: install ## Print latency / throughput figures (scripts, not tests)
	$(BIN)/python benchmarks/predict_latency.py

compare: install ## Encoder comparison (TF-IDF vs MiniLM vs e5 runtimes), logged to MLflow
	$(BIN)/dvc repro experiments/dvc.yaml

drift: install ## Drift report of the gateway's recent traffic (docs/monitoring.md); exits 1 on drift
	$(BIN)/omnichat drift

notebooks: install ## Execute notebooks/*.ipynb headless against the local store (outputs not saved)
	cd notebooks && for nb in *.ipynb; do ../$(BIN)/jupyter-execute --timeout=600 $$nb || exit 1; done

mlflow-ui: install ## Open the MLflow UI on http://127.0.0.1:5000
	$(BIN)/mlflow ui --backend-store-uri $(MLFLOW_TRACKING_URI) --port 5000

clean: ## Remove generated data, models and runs (keeps .venv)
	rm -rf data/prepared data/embeddings models mlruns reports metrics plots
