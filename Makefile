# Cooperation Academy. `make demo` runs the site on a fresh machine; `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
HOST ?= 127.0.0.1
PORT ?= 8000
MANAGE := $(BIN)/python manage.py
# pytest-xdist workers: one per core; each has its own test database and Redis database.
TEST_WORKERS ?= auto

.PHONY: help install messages migrate demo test serve bench lint format clean

help:
	@echo "make demo   - install, migrate, load the demo content and serve http://$(HOST):$(PORT)/ (SQLite, eager Celery)"
	@echo "make test   - ruff, system checks, migration check and the whole pytest suite"
	@echo "make serve  - the production configuration (gunicorn, DEBUG off) on http://$(HOST):$(PORT)/"
	@echo "make bench  - page weight and throughput against make serve; writes bench/results.json"

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (set PYTHON=python3.11).")'
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $@

install: $(VENV)/.installed

messages: install
	$(MANAGE) compile_translations

migrate: install
	$(MANAGE) migrate --noinput

demo: messages migrate
	$(MANAGE) load_demo
	$(MANAGE) runserver $(HOST):$(PORT)

test: messages
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=academy.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=academy.settings.test $(MANAGE) makemigrations --check --dry-run
	$(BIN)/pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

serve: messages
	DJANGO_SETTINGS_MODULE=academy.settings.serve $(MANAGE) collectstatic --noinput --verbosity 0
	DJANGO_SETTINGS_MODULE=academy.settings.serve $(MANAGE) migrate --noinput --verbosity 0
	DJANGO_SETTINGS_MODULE=academy.settings.serve $(BIN)/gunicorn academy.wsgi --bind $(HOST):$(PORT) \
	  --workers 2 --access-logfile - --env DJANGO_SETTINGS_MODULE=academy.settings.serve

bench: messages
	$(BIN)/python bench/run.py --shared $(SHARED) --host $(HOST) --port $(PORT)

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format:
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
