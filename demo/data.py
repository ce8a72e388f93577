"""Read the demo texts: YAML files under demo/data/, named by their path without the extension.

    load("courses/cycle")          -> demo/data/courses/cycle.yaml
    load_all("courses/modules")    -> every .yaml file of that folder, in file-name order

Plain Python with no Django import, so scripts (bench/run.py) can read the demo accounts too.
"""

from pathlib import Path

import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"


class DemoDataError(ValueError):
    """A demo data file is malformed or names a field the builders do not know."""


def load(name: str):
    """Return the content of one data file."""
    file = DATA_DIR / f"{name}.yaml"
    try:
        return yaml.safe_load(file.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise DemoDataError(f"{name}.yaml: {error}") from error


def names(folder: str = "") -> list[str]:
    """Return the names of the data files under a folder (all of them by default), in file-name order."""
    return sorted(
        str(file.relative_to(DATA_DIR).with_suffix("")) for file in (DATA_DIR / folder).rglob("*.yaml")
    )


def load_all(folder: str) -> list:
    """Return the content of every data file under a folder, in file-name order."""
    return [load(name) for name in names(folder)]


def fields(spec, where: str, *, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> dict:
    """Return the spec if it has every required field and no unknown one (so a typo cannot go unnoticed)."""
    if not isinstance(spec, dict):
        raise DemoDataError(f"{where}: expected fields, found {spec!r}")
    problems = []
    if missing := [name for name in required if name not in spec]:
        problems.append(f"missing {', '.join(missing)}")
    if unknown := sorted(set(spec) - set(required) - set(optional)):
        problems.append(f"unknown {', '.join(unknown)}")
    if problems:
        raise DemoDataError(f"{where}: {'; '.join(problems)}")
    return spec
