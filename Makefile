# The two commands of the README: `make run` and `make test`. Both create and use .venv/.
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed
# llama-cpp-python (the llamacpp backend) has no wheel on PyPI: pip compiles llama.cpp from its
# sdist once, when the venv is made (about 4 minutes on 2 cores). These are its only build flags.
# GGML_NATIVE: pip compiles on the machine that runs it, so it may use every instruction this CPU
# has (AVX-512 here); the wheel never leaves the machine. LLAVA_BUILD=OFF skips the multimodal
# library, which a text model never loads and which is a third of the compile. NO_AMX: on a CPU
# with AMX (Sapphire Rapids and later), -march=native also builds ggml's AMX matmul, which
# segfaults on the embedded Q4_K_M model's first decode (llama.cpp issue 20824, open upstream;
# seen here on 2026-12-05): the rest of native stays, AVX-512 included.
NO_AMX := -mno-amx-tile -mno-amx-int8 -mno-amx-bf16
LLAMA_CMAKE_ARGS ?= -DGGML_NATIVE=ON -DLLAVA_BUILD=OFF '-DCMAKE_C_FLAGS=$(NO_AMX)' \
	'-DCMAKE_CXX_FLAGS=$(NO_AMX)'

.PHONY: run test lint bench

# The flags above are part of what is installed: a change to them (here) compiles llama.cpp
# again, never from pip's wheel cache, which keys a built wheel by version, not by flags.
$(STAMP): pyproject.toml Makefile
	scripts/system-deps.sh run
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" CMAKE_BUILD_PARALLEL_LEVEL=$$(nproc) \
		$(VENV)/bin/python -m pip install --quiet --no-cache-dir --force-reinstall --no-deps \
		--no-binary llama-cpp-python "llama-cpp-python==$$(sed -n 's/^ *"llama-cpp-python==\([0-9.]*\)",$$/\1/p' pyproject.toml)"
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
