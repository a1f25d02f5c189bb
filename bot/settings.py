"""One typed, validated Settings object, read once from the environment (and an optional `.env`)."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_DATABASE_URL = "sqlite://creatorbot.sqlite3"
LOCALES = ("zh_CN", "en")
_DB_SCHEMES = ("sqlite", "postgres", "postgresql", "asyncpg", "psycopg")
_REDIS_SCHEMES = ("redis", "rediss", "unix")
FEISHU_DOMAIN = "https://open.feishu.cn"
LARK_DOMAIN = "https://open.larksuite.com"
_FEISHU_KEYS = (
    "FEISHU_APP_ID",
    "FEISHU_APP_SECRET",
    "FEISHU_VERIFICATION_TOKEN",
    "FEISHU_ENCRYPT_KEY",
    "FEISHU_DOMAIN",
    "FEISHU_MODE",
)
OPENAI_BASE_URL = "https://api.openai.com/v1"
WECOM_API_BASE = "https://qyapi.weixin.qq.com"
_WECOM_KEYS = ("WECOM_BOT_TOKEN", "WECOM_BOT_AES_KEY", "WECOM_API_BASE")
_TIKTOK_KEYS = (
    "TIKTOK_SHOP_APP_KEY",
    "TIKTOK_SHOP_APP_SECRET",
    "TIKTOK_SHOP_SERVICE_ID",
    "TIKTOK_SHOP_API_BASE",
    "TIKTOK_SHOP_AUTH_BASE",
    "TIKTOK_SHOP_AUTHORIZE_URL",
    "TIKTOK_SHOP_POLL",
)
TIKTOK_API_BASE = "https://open-api.tiktokglobalshop.com"
TIKTOK_AUTH_BASE = "https://auth.tiktok-shops.com"
TIKTOK_AUTHORIZE_URL = "https://services.tiktokshop.com/open/authorize"
_URL = re.compile(r"https?://[^/\s:@]+(:\d+)?(/\S*)?")


class SettingsError(ValueError):
    """A setting is missing or malformed; the message names the variable and what is expected."""

    def __init__(self, variable: str, problem: str) -> None:
        super().__init__(f"{variable}: {problem}")
        self.variable = variable


@dataclass(frozen=True, slots=True)
class FeishuSettings:
    """A Feishu/Lark app. Secrets never appear in `repr`, logs or replies."""

    app_id: str
    app_secret: str = field(repr=False)
    verification_token: str = field(repr=False)
    encrypt_key: str = field(default="", repr=False)
    domain: str = FEISHU_DOMAIN
    long_connection: bool = False


@dataclass(frozen=True, slots=True)
class WeComSettings:
    """A WeCom smart bot (智能机器人, API mode). Token and EncodingAESKey never appear in `repr`."""

    token: str = field(repr=False)
    aes_key: str = field(repr=False)  # the 43-character EncodingAESKey
    api_base: str = WECOM_API_BASE


@dataclass(frozen=True, slots=True)
class TranslationSettings:
    """Any OpenAI-compatible chat endpoint (OpenAI, Azure, DeepSeek, DashScope, Moonshot, vLLM, Ollama).
    The key never appears in `repr`, logs or replies."""

    model: str
    base_url: str = OPENAI_BASE_URL
    api_key: str = field(default="", repr=False)
    timeout_s: float = 30.0
    price_per_1k_tokens: float = 0.0
    price_currency: str = "USD"


@dataclass(frozen=True, slots=True)
class TikTokShopSettings:
    """A TikTok Shop Partner Center app (App Key, App Secret, Service ID from the app's page). The secret
    never appears in `repr`, logs or replies."""

    app_key: str
    app_secret: str = field(repr=False)
    service_id: str = ""
    api_base: str = TIKTOK_API_BASE
    auth_base: str = TIKTOK_AUTH_BASE
    authorize_url: str = TIKTOK_AUTHORIZE_URL
    poll: bool = False  # read new creator messages by polling (when no webhook is configured)


@dataclass(frozen=True, slots=True)
class MailSettings:
    """E-mail outreach. `secret_key` seals mailbox app passwords (CREATORBOT_SECRET_KEY; without it the WeCom
    EncodingAESKey is used, and without either no mailbox can be connected); `ca_file` adds a CA to the
    verified TLS of SMTP/IMAP (a company CA, or the test server's); the inbox is read every `poll_s`, and
    watched with IMAP IDLE between (`idle`; IDLE re-issued every `idle_s`)."""

    secret_key: str = field(default="", repr=False)
    ca_file: str = ""
    poll_s: float = 60.0
    idle: bool = True  # MAIL_IDLE=off: no IDLE watchers, the poll alone
    idle_s: float = 1500.0  # IDLE re-issued this often (RFC 2177: before 29 minutes)


@dataclass(frozen=True, slots=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    redis_url: str | None = None
    bot_timezone: str = "Asia/Shanghai"
    bot_locale: str = "zh_CN"
    feishu: FeishuSettings | None = None
    translation: TranslationSettings | None = None
    wecom: WeComSettings | None = None
    # "inprocess": the web process answers messages itself. "queue": it only acks and enqueues; arq
    # workers answer (bot/jobs/answers.py) — the setting for deployments with several web processes.
    inbound_mode: str = "inprocess"
    tiktok: TikTokShopSettings | None = None
    mail: MailSettings = field(default_factory=lambda: MailSettings())

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, env_file: Path | None = None) -> Settings:
        """Read settings; real environment variables win over the `.env` file."""
        values: dict[str, str] = {}
        dotenv = env_file if env_file is not None else Path(".env")
        if dotenv.is_file():
            values.update(read_dotenv(dotenv))
        values.update(os.environ if environ is None else environ)
        return cls(
            database_url=_database_url(values.get("DATABASE_URL", "").strip() or DEFAULT_DATABASE_URL),
            redis_url=_redis_url(values.get("REDIS_URL", "").strip() or None),
            bot_timezone=_zone(values.get("BOT_TIMEZONE", "").strip() or "Asia/Shanghai"),
            bot_locale=_locale(values.get("BOT_LOCALE", "").strip() or "zh_CN"),
            feishu=_feishu(values),
            translation=_translation(values),
            wecom=_wecom(values),
            inbound_mode=_inbound_mode(values),
            tiktok=_tiktok(values),
            mail=_mail(values),
        )


def read_dotenv(path: Path) -> dict[str, str]:
    """KEY=VALUE lines; `#` comments and blank lines ignored; surrounding quotes stripped."""
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        out[key.strip().removeprefix("export ").strip()] = value.strip().strip("'\"")
    return out


def _database_url(url: str) -> str:
    scheme, sep, rest = url.partition("://")
    if not sep or scheme not in _DB_SCHEMES:
        raise SettingsError(
            "DATABASE_URL",
            f"expected sqlite://FILE or postgres://USER@HOST:PORT/DB, got {_redact(url)!r}",
        )
    if scheme != "sqlite" and not re.match(r"^[^/]*@?[^/]+(:\d+)?/[^/?]+", rest):
        raise SettingsError("DATABASE_URL", f"missing host or database name in {_redact(url)!r}")
    if scheme == "sqlite" and not rest:
        raise SettingsError("DATABASE_URL", "sqlite:// needs a file path, e.g. sqlite://creatorbot.sqlite3")
    return url


def _inbound_mode(values: Mapping[str, str]) -> str:
    mode = values.get("INBOUND_MODE", "").strip().lower() or "inprocess"
    if mode not in ("inprocess", "queue"):
        raise SettingsError("INBOUND_MODE", f"expected inprocess or queue, got {mode!r}")
    if mode == "queue" and not values.get("REDIS_URL", "").strip():
        raise SettingsError(
            "INBOUND_MODE", "queue needs REDIS_URL (the workers take the messages from Redis)"
        )
    return mode


def _redis_url(url: str | None) -> str | None:
    if url is None:
        return None
    scheme, sep, _ = url.partition("://")
    if not sep or scheme not in _REDIS_SCHEMES:
        raise SettingsError("REDIS_URL", f"expected redis://HOST:PORT/DB, got {_redact(url)!r}")
    return url


def _feishu(values: Mapping[str, str]) -> FeishuSettings | None:
    """FEISHU_* settings: none set → no Feishu; some set → all required ones must be."""
    get = {key: values.get(key, "").strip() for key in _FEISHU_KEYS}
    if not any(get.values()):
        return None
    for key in ("FEISHU_APP_ID", "FEISHU_APP_SECRET", "FEISHU_VERIFICATION_TOKEN"):
        if not get[key]:
            raise SettingsError(key, "required when any FEISHU_* setting is set (see .env.example)")
    domain = get["FEISHU_DOMAIN"].rstrip("/") or FEISHU_DOMAIN
    if not re.fullmatch(r"https://[\w.-]+(:\d+)?|http://(127\.0\.0\.1|localhost|\[::1\])(:\d+)?", domain):
        raise SettingsError(
            "FEISHU_DOMAIN",
            f"expected {FEISHU_DOMAIN}, {LARK_DOMAIN} or http://127.0.0.1:PORT, got {domain!r}",
        )
    mode = get["FEISHU_MODE"].lower() or "webhook"
    if mode not in ("webhook", "long_connection"):
        raise SettingsError("FEISHU_MODE", f"expected webhook or long_connection, got {mode!r}")
    return FeishuSettings(
        app_id=get["FEISHU_APP_ID"],
        app_secret=get["FEISHU_APP_SECRET"],
        verification_token=get["FEISHU_VERIFICATION_TOKEN"],
        encrypt_key=get["FEISHU_ENCRYPT_KEY"],
        domain=domain,
        long_connection=mode == "long_connection",
    )


def _wecom(values: Mapping[str, str]) -> WeComSettings | None:
    """WECOM_* settings: none set → no WeCom; token and key are required together."""
    get = {key: values.get(key, "").strip() for key in _WECOM_KEYS}
    if not any(get.values()):
        return None
    for key in ("WECOM_BOT_TOKEN", "WECOM_BOT_AES_KEY"):
        if not get[key]:
            raise SettingsError(key, "required when any WECOM_* setting is set (see .env.example)")
    if not re.fullmatch(r"[A-Za-z0-9]{43}", get["WECOM_BOT_AES_KEY"]):
        raise SettingsError("WECOM_BOT_AES_KEY", "expected the 43-character EncodingAESKey ([A-Za-z0-9])")
    api_base = get["WECOM_API_BASE"].rstrip("/") or WECOM_API_BASE
    if not re.fullmatch(r"https://[\w.-]+(:\d+)?|http://(127\.0\.0\.1|localhost|\[::1\])(:\d+)?", api_base):
        raise SettingsError(
            "WECOM_API_BASE", f"expected {WECOM_API_BASE} or http://127.0.0.1:PORT, got {_redact(api_base)!r}"
        )
    return WeComSettings(token=get["WECOM_BOT_TOKEN"], aes_key=get["WECOM_BOT_AES_KEY"], api_base=api_base)


def _tiktok(values: Mapping[str, str]) -> TikTokShopSettings | None:
    """TIKTOK_SHOP_* settings: none set → no connector; key, secret and service id are required together."""
    get = {key: values.get(key, "").strip() for key in _TIKTOK_KEYS}
    if not any(get.values()):
        return None
    for key in ("TIKTOK_SHOP_APP_KEY", "TIKTOK_SHOP_APP_SECRET", "TIKTOK_SHOP_SERVICE_ID"):
        if not get[key]:
            raise SettingsError(key, "required when any TIKTOK_SHOP_* setting is set (see .env.example)")
    urls = {}
    for key, default in (
        ("TIKTOK_SHOP_API_BASE", TIKTOK_API_BASE),
        ("TIKTOK_SHOP_AUTH_BASE", TIKTOK_AUTH_BASE),
        ("TIKTOK_SHOP_AUTHORIZE_URL", TIKTOK_AUTHORIZE_URL),
    ):
        url = get[key].rstrip("/") or default
        if not re.fullmatch(
            r"https://[\w.-]+(:\d+)?(/[\w./-]*)?|http://(127\.0\.0\.1|localhost)(:\d+)?(/[\w./-]*)?", url
        ):
            raise SettingsError(key, f"expected {default} or http://127.0.0.1:PORT, got {_redact(url)!r}")
        urls[key] = url
    return TikTokShopSettings(
        app_key=get["TIKTOK_SHOP_APP_KEY"],
        app_secret=get["TIKTOK_SHOP_APP_SECRET"],
        service_id=get["TIKTOK_SHOP_SERVICE_ID"],
        api_base=urls["TIKTOK_SHOP_API_BASE"],
        auth_base=urls["TIKTOK_SHOP_AUTH_BASE"],
        authorize_url=urls["TIKTOK_SHOP_AUTHORIZE_URL"],
        poll=_flag(get["TIKTOK_SHOP_POLL"], "TIKTOK_SHOP_POLL"),
    )


def _flag(raw: str, key: str) -> bool:
    value = raw.strip().lower()
    if value in ("", "0", "false", "no", "off"):
        return False
    if value in ("1", "true", "yes", "on"):
        return True
    raise SettingsError(key, f"expected 1 or 0, got {raw!r}")


def _translation(values: Mapping[str, str]) -> TranslationSettings | None:
    """No TRANSLATION_MODEL → no translation (the bot says how to set it up; an OPENAI_API_KEY exported
    for other tools does not switch it on)."""
    model = values.get("TRANSLATION_MODEL", "").strip()
    if not model:
        return None
    base_url = values.get("OPENAI_BASE_URL", "").strip().rstrip("/") or OPENAI_BASE_URL
    if not _URL.fullmatch(base_url):
        raise SettingsError(
            "OPENAI_BASE_URL",
            f"expected e.g. {OPENAI_BASE_URL} or http://127.0.0.1:11434/v1, got {_redact(base_url)!r}",
        )
    api_key = values.get("OPENAI_API_KEY", "").strip()
    if not api_key and base_url == OPENAI_BASE_URL:
        raise SettingsError("OPENAI_API_KEY", f"required for {OPENAI_BASE_URL} (see README, Translation)")
    currency = values.get("TRANSLATION_PRICE_CURRENCY", "").strip().upper() or "USD"
    if not re.fullmatch(r"[A-Z]{3}", currency):
        raise SettingsError(
            "TRANSLATION_PRICE_CURRENCY", f"expected a currency code such as USD, got {currency!r}"
        )
    return TranslationSettings(
        model=model,
        base_url=base_url,
        api_key=api_key,
        timeout_s=_number(values, "TRANSLATION_TIMEOUT_S", 30.0, low=0.5, high=600),
        price_per_1k_tokens=_number(values, "TRANSLATION_PRICE_PER_1K_TOKENS", 0.0, low=0, high=1000),
        price_currency=currency,
    )


def _mail(values: Mapping[str, str]) -> MailSettings:
    secret = values.get("CREATORBOT_SECRET_KEY", "").strip()
    if secret and len(secret) < 16:
        raise SettingsError(
            "CREATORBOT_SECRET_KEY", "expected at least 16 characters (e.g. openssl rand -hex 32)"
        )
    ca_file = values.get("MAIL_CA_FILE", "").strip()
    if ca_file and not Path(ca_file).is_file():
        raise SettingsError("MAIL_CA_FILE", f"no such file: {ca_file!r}")
    return MailSettings(
        secret_key=secret,
        ca_file=ca_file,
        poll_s=_number(values, "MAIL_POLL_S", 60.0, low=1, high=3600),
        idle=values.get("MAIL_IDLE", "on").strip().lower() not in ("off", "0", "false", "no"),
        idle_s=_number(values, "MAIL_IDLE_S", 1500.0, low=10, high=1740),
    )


def _number(values: Mapping[str, str], key: str, default: float, *, low: float, high: float) -> float:
    raw = values.get(key, "").strip()
    if not raw:
        return default
    try:
        number = float(raw)
    except ValueError:
        raise SettingsError(key, f"expected a number, got {raw!r}") from None
    if not low <= number <= high:
        raise SettingsError(key, f"expected {low:g} to {high:g}, got {raw}")
    return number


def _zone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise SettingsError(
            "BOT_TIMEZONE", f"{name!r} is not an IANA time zone (e.g. Asia/Shanghai)"
        ) from exc
    return name


def _locale(name: str) -> str:
    normal = {"zh": "zh_CN", "zh-cn": "zh_CN", "zh_cn": "zh_CN", "en": "en", "en_us": "en", "en-us": "en"}
    locale = normal.get(name.lower())
    if locale is None:
        raise SettingsError("BOT_LOCALE", f"{name!r} is not supported; use one of {', '.join(LOCALES)}")
    return locale


def _redact(url: str) -> str:
    """Hide a password in a URL before it is shown anywhere."""
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)
