from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import DEFAULT_DATABASE_URL, Settings, SettingsError


def test_defaults(tmp_path: Path) -> None:
    settings = Settings.from_env({}, env_file=tmp_path / "missing.env")
    assert settings == Settings(DEFAULT_DATABASE_URL, None, "Asia/Shanghai", "zh_CN")


def test_env_file_is_read_and_environment_wins(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text("# comment\nBOT_LOCALE=en\nBOT_TIMEZONE='Europe/London'\n")
    settings = Settings.from_env({"BOT_TIMEZONE": "America/New_York"}, env_file=env)
    assert (settings.bot_locale, settings.bot_timezone) == ("en", "America/New_York")


@pytest.mark.parametrize(
    ("env", "variable"),
    [
        ({"DATABASE_URL": "mysql://x"}, "DATABASE_URL"),
        ({"DATABASE_URL": "not a url"}, "DATABASE_URL"),
        ({"DATABASE_URL": "postgres://user:secret@"}, "DATABASE_URL"),
        ({"REDIS_URL": "http://x"}, "REDIS_URL"),
        ({"BOT_TIMEZONE": "Beijing"}, "BOT_TIMEZONE"),
        ({"BOT_LOCALE": "fr"}, "BOT_LOCALE"),
    ],
)
def test_bad_values_name_the_variable(env: dict[str, str], variable: str, tmp_path: Path) -> None:
    with pytest.raises(SettingsError) as caught:
        Settings.from_env(env, env_file=tmp_path / "none")
    assert caught.value.variable == variable and str(caught.value).startswith(variable)


def test_passwords_are_not_echoed(tmp_path: Path) -> None:
    with pytest.raises(SettingsError) as caught:
        Settings.from_env({"DATABASE_URL": "postgres://u:hunter2@"}, env_file=tmp_path / "none")
    assert "hunter2" not in str(caught.value)


def test_tiktok_shop_settings_are_all_or_nothing_and_the_secret_stays_out_of_repr() -> None:
    from bot.settings import TIKTOK_API_BASE

    env = {
        "TIKTOK_SHOP_APP_KEY": "k1",
        "TIKTOK_SHOP_APP_SECRET": "s3cr3t-value",
        "TIKTOK_SHOP_SERVICE_ID": "7001",
    }
    settings = Settings.from_env(env, env_file=Path("/nonexistent/.env"))
    assert settings.tiktok is not None and settings.tiktok.api_base == TIKTOK_API_BASE
    assert "s3cr3t-value" not in repr(settings)
    assert Settings.from_env({}, env_file=Path("/nonexistent/.env")).tiktok is None
    with pytest.raises(SettingsError, match="TIKTOK_SHOP_SERVICE_ID"):
        Settings.from_env({**env, "TIKTOK_SHOP_SERVICE_ID": ""}, env_file=Path("/nonexistent/.env"))
    with pytest.raises(SettingsError, match="TIKTOK_SHOP_API_BASE"):
        Settings.from_env({**env, "TIKTOK_SHOP_API_BASE": "ftp://x"}, env_file=Path("/nonexistent/.env"))
