"""The composition root: settings + database + the pieces wired together.

Built once per process by the CLI (or a test) and passed down; nothing here is global.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from ingest.pipeline import Pipeline, PipelineOptions, RecordListener
from store.db import open_database
from store.directory import installation_secret
from workflows.config import Settings


@dataclass
class App:
    settings: Settings
    db: pw.Database
    _secret: bytes | None = field(default=None, repr=False)
    _renderer: Any = field(default=None, repr=False)

    @classmethod
    def open(cls, settings: Settings, migrate: bool = True) -> App:
        db = open_database(settings.db_url, migrate=migrate)
        return cls(settings=settings, db=db)

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()

    @property
    def secret(self) -> bytes:
        if self._secret is None:
            configured = self.settings.secret
            self._secret = configured.encode() if configured else installation_secret()
        return self._secret

    @property
    def renderer(self) -> Any:
        """One renderer per process, so compiled templates are reused."""
        if self._renderer is None:
            from outbound.render import Renderer

            self._renderer = Renderer(self.settings.resolve(self.settings.template_dir))
        return self._renderer

    def verify_token(self, slug: str, token: str, sender: str, today: dt.date) -> Any:
        """Ingest's view of a reply token: claims when genuine and the sender's, else None."""
        from outbound.errors import OutboundError
        from outbound.tokens import verify_token

        try:
            return verify_token(self.secret, slug, token, sender, today)
        except OutboundError:
            return None

    def listeners(self) -> Sequence[RecordListener]:
        from workflows.reactions import default_listeners

        return default_listeners(self)

    def pipeline(self, listeners: Sequence[RecordListener] | None = None) -> Pipeline:
        s = self.settings
        options = PipelineOptions(
            project_domains=tuple(d.lower() for d in (*s.project_domains, s.reply_domain)),
            own_addresses=(s.from_address.lower(),),
            verify_token=self.verify_token,
            listeners=self.listeners() if listeners is None else listeners,
        )
        return Pipeline(options)
