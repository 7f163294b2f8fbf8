# The two commands of the README: `make run` and `make test`. Both create and use .venv/.
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed
# llama-cpp-python (the llamacpp backend) has no wheel on PyPI: pip compiles llama.cpp from its
# sdist once, when the venv is made (about 4 minutes on 2 cores). These are its only build flags.
# GGML_NATIVE: pip compiles on the machine that runs it, so it may use every instruction this CPU
# has (AVX-512 here); the wheel never leaves the machine. LLAVA_BUILD=OFF skips the multimodal
# library, which a text model never loads and which is a third of the compile.
LLAMA_CMAKE_ARGS ?= -DGGML_NATIVE=ON -DLLAVA_BUILD=OFF

.PHONY: run test lint bench

$(STAMP): pyproject.toml
	scripts/system-deps.sh run
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" CMAKE_BUILD_PARALLEL_LEVEL=$$(nproc) \
		$(VENV)/bin/python -m pip install --quiet --no-binary llama-cpp-python -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	scripts/system-deps.sh run
	$(VENV)/bin/sandesh serve

test: $(STAMP)
	scripts/system-deps.sh test
	HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 $(VENV)/bin/python -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

bench: $(STAMP)
	$(VENV)/bin/python bench/engine.py
	$(VENV)/bin/python bench/drafts.py
	$(VENV)/bin/python bench/load.py
