"""The wheel holds one package, `gongkai`, with its sample corpus; installed (not editable) into a fresh
environment, `gongkai run` works from any directory, even one whose `tasks.py` would shadow a top-level
`tasks` package."""

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from conftest import REPO

pytestmark = pytest.mark.flow  # a real pipeline run under an ephemeral Prefect server


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(REPO)],
        check=True,
        capture_output=True,
    )
    [built] = out.glob("gongkai-*.whl")
    return built


def test_the_wheel_holds_only_the_gongkai_package_with_its_samples_and_sql(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    top = {name.split("/", 1)[0] for name in names if not name.split("/", 1)[0].endswith((".dist-info", ".data"))}
    assert top == {"gongkai"}
    assert "gongkai/tasks/document/fields.py" in names and "gongkai/sql/marts/mart_agency_year.sql" in names
    assert any(name.startswith("gongkai/samples/corpus/") for name in names)
    assert "gongkai/samples/gold.jsonl" in names


def test_an_installed_wheel_runs_the_samples_from_anywhere(wheel, tmp_path):
    """A fresh environment, given the dependencies this one has (through a path entry: its own installs of
    gongkai, editable, are not seen), with the wheel installed by pip."""
    env_dir = tmp_path / "env"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env_dir)], check=True)
    python = env_dir / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(site, "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q", str(wheel)],
        check=True,
        capture_output=True,
    )
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    (workdir / "tasks.py").write_text("raise SystemExit('the project shadowed by a local tasks.py')\n")
    warehouse = tmp_path / "warehouse"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "GONGKAI_"))}
    env["PREFECT_HOME"] = str(tmp_path / "prefect")
    run = subprocess.run(
        [str(env_dir / "bin" / "gongkai"), "run", "--warehouse", str(warehouse), "--no-progress"],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    located = subprocess.run(
        [str(python), "-c", "import gongkai.tasks; print(gongkai.tasks.__file__)"],
        cwd=workdir,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert located.startswith(site)
    assert (warehouse / "gongkai.duckdb").exists() and any((warehouse / "datasets" / "documents").glob("*.parquet"))
