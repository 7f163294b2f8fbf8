"""A wheel of the project serves as a checkout does (issue 16: ``pip install .`` shipped no poster
layouts, nor the adapter the service serves by default).

Everything the code reads at run time from beside itself (poster layouts and icons, the tuned
adapters, prompts, the platform table, suites, migrations, the studio's files) must be in the
wheel, and an install of it alone, with no checkout on ``sys.path``, must find them.
"""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from models.adapter import ADAPTERS_DIR, EMBEDDED_ADAPTER, POSTS_ADAPTER

REPO = Path(__file__).resolve().parents[1]
# What a build reads: the project's metadata and its top-level packages.
SOURCES = (
    "pyproject.toml",
    "README.md",
    "service",
    "models",
    "prompts",
    "evaluation",
    "poster_templates",
)
PIP = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
# Offline: no index is asked, and nothing is installed but the project itself.
OFFLINE = ["--no-index", "--no-deps"]
# What a backend reads of an adapter (models/hf.py, models/llamacpp.py, models/adapter.py,
# models/lines.py), those of them an adapter has.
ADAPTER_FILES = (
    "adapter_config.json",
    "adapter_model.safetensors",
    "vocab.json",
    "framing.json",
    "training.json",
)
# Files read at run time, as globs in the repository; each must match something.
RUNTIME_FILES = (
    "poster_templates/*.yaml",
    "poster_templates/icons/*.png",
    "poster_templates/icons/LICENSE",
    "prompts/*.j2",
    "prompts/phrasebook.yaml",
    "evaluation/platforms.yaml",
    "evaluation/words.txt",
    "evaluation/report.html.j2",
    "evaluation/suites/*.yaml",
    "evaluation/conduct/model.npz",
    "service/migrations/script.py.mako",
    "service/migrations/versions/*.py",
    "service/static/**/*.*",
    "models/tuning/data/*.jsonl",
    "models/tuning/holdout/*.jsonl",
)


def _run(
    args: list[str], env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        args, capture_output=True, text=True, env=env, cwd=cwd, timeout=300, check=False
    )
    assert result.returncode == 0, f"{args[:4]} failed:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built offline from a copy of the repository: a build writes build/ and
    *.egg-info where it runs, and none of that may land in the checkout."""
    root = tmp_path_factory.mktemp("packaging")
    src = root / "src"
    src.mkdir()
    skip = shutil.ignore_patterns("__pycache__", "*.egg-info", "build")
    for name in SOURCES:
        path = REPO / name
        if path.is_dir():
            shutil.copytree(path, src / name, ignore=skip)
        else:
            shutil.copy(path, src / name)
    dist = root / "dist"
    # --no-build-isolation: the build uses this venv's setuptools, not one fetched for it.
    _run([*PIP, "wheel", *OFFLINE, "--no-build-isolation", "-w", str(dist), str(src)])
    (built,) = dist.glob("sandesh-*.whl")
    return built


@pytest.fixture(scope="module")
def wheel_files(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


@pytest.mark.parametrize("pattern", RUNTIME_FILES)
def test_the_wheel_has_every_file_read_at_run_time(pattern: str, wheel_files: set[str]) -> None:
    wanted = {p.relative_to(REPO).as_posix() for p in REPO.glob(pattern) if p.is_file()}
    wanted = {name for name in wanted if "__pycache__" not in name}
    assert wanted, f"{pattern} matches nothing in the repository"
    assert not wanted - wheel_files, f"missing from the wheel: {sorted(wanted - wheel_files)}"


def test_the_wheel_has_what_a_backend_loads_of_each_adapter(wheel_files: set[str]) -> None:
    adapters = sorted(p for p in ADAPTERS_DIR.iterdir() if p.is_dir())
    assert {EMBEDDED_ADAPTER, POSTS_ADAPTER} <= {p.name for p in adapters}
    for adapter in adapters:
        wanted = {
            (adapter / name).relative_to(REPO).as_posix()
            for name in ADAPTER_FILES
            if (adapter / name).is_file()
        }
        assert len(wanted) >= 3, f"{adapter.name} lacks what a backend loads"
        assert not wanted - wheel_files, f"missing from the wheel: {sorted(wanted - wheel_files)}"


# Run in the installed copy alone: every poster layout through the renderer's loader, every
# topic icon, the default adapter, the prompts and the platform table.
_PROBE = """
import json, sys
from pathlib import Path

from evaluation.platforms import get_platforms
from models.adapter import adapter_path, adapter_task
from prompts import get_library
from service.posters.icons import TOPICS, icon_image
from service.posters.layout import TEMPLATES_DIR, get_layouts

layouts = get_layouts()
icons = [icon_image(topic, 32).size for topic in TOPICS]
adapter = adapter_path("auto")
ours = ("service", "models", "prompts", "evaluation", "poster_templates")
print(json.dumps({
    "templates_dir": str(TEMPLATES_DIR),
    "layouts": sorted(layouts),
    "icons": len(icons),
    "adapter": str(adapter),
    "adapter_files": sorted(p.name for p in adapter.iterdir()),
    "adapter_task": adapter_task(adapter),
    "prompts": get_library().names(),
    "platforms": sorted(get_platforms()),
    "modules": sorted(
        str(Path(m.__file__).resolve()) for name, m in sys.modules.items()
        if name.split(".")[0] in ours and getattr(m, "__file__", None)
    ),
    "sys_path": sys.path,
}))
"""


def test_an_installed_wheel_alone_finds_its_layouts_icons_and_adapter(
    wheel: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    from evaluation.platforms import get_platforms
    from models.adapter import adapter_path, adapter_task
    from prompts import get_library
    from service.posters.icons import TOPICS

    target = tmp_path_factory.mktemp("site")
    _run([*PIP, "install", *OFFLINE, "--target", str(target), str(wheel)])
    # -S: no site-packages .pth files, so the venv's editable install of this checkout stays
    # out; its dependencies come from PYTHONPATH, after the installed copy.
    deps = [p for p in site.getsitepackages() if Path(p).is_dir()]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "SANDESH_"))}
    env["PYTHONPATH"] = os.pathsep.join([str(target), *deps])
    cwd = tmp_path_factory.mktemp("elsewhere")
    result = _run([sys.executable, "-S", "-c", _PROBE], env=env, cwd=cwd)
    got = json.loads(result.stdout)

    assert not [p for p in got["sys_path"] if p and Path(p).resolve() == REPO]
    outside = [m for m in got["modules"] if not Path(m).is_relative_to(target)]
    assert not outside, f"modules loaded from outside the install: {outside}"
    assert Path(got["templates_dir"]).is_relative_to(target)
    assert got["layouts"] == sorted(p.stem for p in (REPO / "poster_templates").glob("*.yaml"))
    assert got["icons"] == len(TOPICS)
    default = adapter_path("auto")
    assert default is not None
    assert Path(got["adapter"]) == target / "models" / "adapters" / default.name
    loaded = {name for name in ADAPTER_FILES if (default / name).is_file()}
    assert set(got["adapter_files"]) == {*loaded, "README.md"}  # and its model card, no more
    assert got["adapter_task"] == adapter_task(default)
    assert got["prompts"] == get_library().names()
    assert got["platforms"] == sorted(get_platforms())
