"""Settings: one frozen object, loaded once from a TOML file, the environment and flags.

Precedence (last wins): built-in defaults, the TOML file (``--config`` or
``TRACKFRONT_CONFIG``, else ``./trackfront.toml`` when present), environment variables,
command-line flags.  Relative paths in the file are relative to the file's folder.
"""
from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from workflows.errors import ConfigError

DEFAULT_CONFIG_NAME = "trackfront.toml"


@dataclass(frozen=True)
class ImapMailbox:
    url: str
    password_env: str | None = None
    password_file: str | None = None
    ca_file: str | None = None
    verify_tls: bool = True
    mark: str = "keyword"  # keyword | seen | move
    keyword: str = "$Trackfront"
    move_to: str | None = None
    start: str = "all"  # all: import history quietly; now: only mail arriving from now on
    poll_interval: float = 60.0
    idle_timeout: float = 20 * 60.0
    max_bytes: int = 25 * 1024 * 1024

    def password(self) -> str | None:
        if self.password_env:
            value = os.environ.get(self.password_env)
            if value is None:
                raise ConfigError(f"IMAP password variable {self.password_env} is not set")
            return value
        if self.password_file:
            try:
                return Path(self.password_file).read_text().strip()
            except OSError as exc:
                raise ConfigError(f"cannot read IMAP password file: {exc}") from exc
        return None


@dataclass(frozen=True)
class Settings:
    config_path: Path | None = None
    base_dir: Path = field(default_factory=Path.cwd)
    db_url: str = "sqlite:///trackfront.db"
    # outbound
    from_address: str = "trackfront@localhost"
    from_name: str = "Trackfront"
    reply_domain: str = "localhost"
    message_id_domain: str = "trackfront.localhost"
    secret: str | None = None
    relay_url: str | None = None
    maildir: Path = Path("sent-mail")
    template_dir: Path | None = None
    token_days: int = 120
    max_attempts: int = 8
    # inbound
    project_domains: tuple[str, ...] = ("localhost",)
    listen_host: str = "127.0.0.1"
    listen_port: int = 2525
    max_message_bytes: int = 25 * 1024 * 1024
    tls_cert: Path | None = None
    tls_key: Path | None = None
    imap: tuple[ImapMailbox, ...] = ()
    # workflows
    default_tz: str = "UTC"
    workflow_options: Mapping[str, Any] = field(default_factory=dict)

    def resolve(self, path: Path | None) -> Path | None:
        if path is None:
            return None
        return path if path.is_absolute() else self.base_dir / path

    @property
    def maildir_path(self) -> Path:
        resolved = self.resolve(self.maildir)
        assert resolved is not None
        return resolved

    def with_overrides(self, **changes: Any) -> Settings:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def _table(data: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    value = data.get(name, {})
    if not isinstance(value, Mapping):
        raise ConfigError(f"[{name}] must be a table")
    return value


def _sqlite_relative_to(url: str, base: Path) -> str:
    """sqlite:///rel.db in a config file means relative to the file, not to the cwd."""
    if url.startswith("sqlite:///") and not url.startswith("sqlite:////"):
        rel = url[len("sqlite:///"):]
        if rel and rel != ":memory:":
            return "sqlite:///" + str((base / rel).resolve())
    return url


def _from_toml(data: Mapping[str, Any], base: Path) -> dict[str, Any]:
    out: dict[str, Any] = {}
    db = _table(data, "database")
    if "url" in db:
        out["db_url"] = _sqlite_relative_to(str(db["url"]), base)
    mail = _table(data, "mail")
    for key, attr in (
        ("from", "from_address"),
        ("from_name", "from_name"),
        ("reply_domain", "reply_domain"),
        ("message_id_domain", "message_id_domain"),
        ("secret", "secret"),
        ("default_tz", "default_tz"),
    ):
        if key in mail:
            out[attr] = str(mail[key])
    if "project_domains" in mail:
        out["project_domains"] = tuple(str(d).lower() for d in mail["project_domains"])
    outbound = _table(data, "outbound")
    if "relay" in outbound:
        out["relay_url"] = str(outbound["relay"]) or None
    if "maildir" in outbound:
        out["maildir"] = Path(outbound["maildir"])
    if "template_dir" in outbound:
        out["template_dir"] = Path(outbound["template_dir"])
    if "token_days" in outbound:
        out["token_days"] = int(outbound["token_days"])
    if "max_attempts" in outbound:
        out["max_attempts"] = int(outbound["max_attempts"])
    listener = _table(data, "smtp_listener")
    if "host" in listener:
        out["listen_host"] = str(listener["host"])
    if "port" in listener:
        out["listen_port"] = int(listener["port"])
    if "max_bytes" in listener:
        out["max_message_bytes"] = int(listener["max_bytes"])
    if "tls_cert" in listener:
        out["tls_cert"] = Path(listener["tls_cert"])
    if "tls_key" in listener:
        out["tls_key"] = Path(listener["tls_key"])
    imap = data.get("imap", [])
    if not isinstance(imap, list):
        raise ConfigError("[[imap]] entries must be an array of tables")
    boxes = []
    for entry in imap:
        if not isinstance(entry, Mapping) or "url" not in entry:
            raise ConfigError("each [[imap]] entry needs a url")
        known = set(ImapMailbox.__dataclass_fields__)
        unknown = set(entry) - known
        if unknown:
            raise ConfigError(f"unknown [[imap]] keys: {', '.join(sorted(unknown))}")
        boxes.append(ImapMailbox(**dict(entry)))
    if boxes:
        out["imap"] = tuple(boxes)
    wf = _table(data, "workflows")
    if wf:
        out["workflow_options"] = dict(wf)
    return out


ENV_VARS: dict[str, str] = {
    "TRACKFRONT_DB": "db_url",
    "TRACKFRONT_SECRET": "secret",
    "TRACKFRONT_RELAY": "relay_url",
    "TRACKFRONT_MAILDIR": "maildir",
    "TRACKFRONT_REPLY_DOMAIN": "reply_domain",
    "TRACKFRONT_FROM": "from_address",
    "TRACKFRONT_TEMPLATE_DIR": "template_dir",
    "TRACKFRONT_LISTEN_PORT": "listen_port",
}


def load_settings(
    config: str | os.PathLike[str] | None = None,
    env: Mapping[str, str] | None = None,
    **overrides: Any,
) -> Settings:
    """Load settings once; ``overrides`` are command-line values (None means not given)."""
    env = os.environ if env is None else env
    path: Path | None = None
    if config is not None:
        path = Path(config)
    elif env.get("TRACKFRONT_CONFIG"):
        path = Path(env["TRACKFRONT_CONFIG"])
    elif Path(DEFAULT_CONFIG_NAME).is_file():
        path = Path(DEFAULT_CONFIG_NAME)
    values: dict[str, Any] = {}
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise ConfigError(f"config file not found: {path}") from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read config file {path}: {exc}") from exc
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"invalid TOML in {path}: {exc}") from exc
        base = path.resolve().parent
        values = {"config_path": path.resolve(), "base_dir": base, **_from_toml(data, base)}
    for var, attr in ENV_VARS.items():
        if env.get(var):
            raw: Any = env[var]
            if attr in ("maildir", "template_dir"):
                raw = Path(raw)
            elif attr == "listen_port":
                try:
                    raw = int(raw)
                except ValueError as exc:
                    raise ConfigError(f"{var} must be a port number") from exc
            values[attr] = raw
    values.update({k: v for k, v in overrides.items() if v is not None})
    settings = Settings(**values)
    _validate(settings)
    return settings


def _validate(settings: Settings) -> None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(settings.default_tz)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(f"unknown time zone {settings.default_tz!r}") from exc
    if "@" not in settings.from_address:
        raise ConfigError(f"mail.from must be an address, got {settings.from_address!r}")


def default_config_text(secret: str, db_url: str) -> str:
    return f'''# Trackfront configuration (see README.md)
[database]
url = "{db_url}"

[mail]
from = "trackfront@localhost"
reply_domain = "localhost"
project_domains = ["localhost"]
secret = "{secret}"
default_tz = "UTC"

[outbound]
# relay = "smtp://user:pass@smtp.example.com:587?starttls=1"
maildir = "sent-mail"

[smtp_listener]
host = "127.0.0.1"
port = 2525

# [[imap]]
# url = "imaps://projects@example.com@imap.example.com:993/INBOX"
# password_env = "TRACKFRONT_IMAP_PASSWORD"
'''
