"""Packaged data files: read with libyaml when present, with the same values."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
import yaml

from dyadwatch.errors import ConfigError
from dyadwatch.packaged import read_yaml_mapping

DATA = Path(str(resources.files("dyadwatch").joinpath("data")))
FILES = sorted(p.relative_to(DATA) for p in DATA.rglob("*.yaml"))


@pytest.mark.parametrize("relative", FILES, ids=str)
def test_fast_loader_reads_the_same_values(relative: Path) -> None:
    expected = yaml.load((DATA / relative).read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    assert read_yaml_mapping(*relative.parts, what="data") == expected


def test_missing_file_is_a_config_error_naming_it() -> None:
    with pytest.raises(ConfigError, match="test tables"):
        read_yaml_mapping("no_such_file.yaml", what="test tables")
