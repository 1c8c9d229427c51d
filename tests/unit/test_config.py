from pathlib import Path

import pytest

from dyadwatch.config import MODEL_NAME, Settings, load_settings
from dyadwatch.errors import ConfigError


def test_defaults_name_the_model_once() -> None:
    assert Settings().model == MODEL_NAME


def test_file_then_flags(tmp_path: Path) -> None:
    path = tmp_path / "d.toml"
    path.write_text("[dyadwatch]\njobs = 3\nmax_document_bytes = 500\ndisable = ['ner']\n")
    settings = load_settings(path, jobs=2)
    assert settings.jobs == 2  # the flag wins over the file
    assert settings.max_document_bytes == 500
    assert settings.disable == ("ner",)


def test_flags_left_unset_do_not_override(tmp_path: Path) -> None:
    path = tmp_path / "d.toml"
    path.write_text("jobs = 4\n")
    assert load_settings(path, jobs=None).jobs == 4


@pytest.mark.parametrize(
    "content, message",
    [
        ("jobs = 0\n", "positive"),
        ("nonsense = 1\n", "unknown setting"),
        ("jobs = [\n", "cannot read"),
        ("disable = 3\n", "list"),
        ("event_transformer = 'no'\n", "true or false"),
    ],
)
def test_bad_settings_are_config_errors(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "d.toml"
    path.write_text(content)
    with pytest.raises(ConfigError, match=message):
        load_settings(path)


def test_missing_named_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(tmp_path / "absent.toml")


def test_transformer_can_be_turned_off_in_the_file_and_back_on_by_flag(tmp_path: Path) -> None:
    path = tmp_path / "d.toml"
    path.write_text("[dyadwatch]\nevent_transformer = false\n")
    assert load_settings(path).event_transformer is False
    assert load_settings(path, event_transformer=True).event_transformer is True
    assert Settings().event_transformer is True
