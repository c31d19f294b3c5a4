"""The SMTP listener with real aiosmtpd and smtplib: relay policy, size limit, store-before-250,
451 when the database is unavailable, STARTTLS, and the ``listen`` command."""
from __future__ import annotations

import os
import shutil
import signal
import smtplib
import socket
import sqlite3
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from waiting import wait_for

from ingest.smtp_listener import ListenerError, ListenerOptions, SmtpListener, run_listener
from store.models import Message

REPO = Path(__file__).resolve().parents[2]
SENDER = "ann@client.example"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def mail(n: int, to: str = "demo@localhost", body: str = "The draft is in the shared folder.") -> bytes:
    return (
        f"From: Ann Client <{SENDER}>\r\nTo: {to}\r\nSubject: note {n}\r\n"
        f"Message-ID: <s{n}@client.example>\r\nDate: Mon, 02 Mar 2026 10:00:00 +0000\r\n\r\n{body}\r\n"
    ).encode()


def setup_project() -> None:
    from store.directory import add_member, add_project

    add_member(add_project("demo", "Demo", []), SENDER, "client")


@pytest.fixture
def listener(app) -> Iterator[SmtpListener]:  # type: ignore[no-untyped-def]
    setup_project()
    options = ListenerOptions(port=free_port(), domains=("localhost", "projects.example.com"),
                              max_bytes=20_000, store_timeout=0.3, process_interval=0.2)
    with SmtpListener(options, app.pipeline()) as running:
        yield running


def smtp(listener: SmtpListener) -> smtplib.SMTP:
    host, port = listener.address
    return smtplib.SMTP(host, port, timeout=10)


def test_mail_for_a_project_domain_is_stored_before_250_and_processed_later(listener: SmtpListener) -> None:
    with smtp(listener) as client:
        refused = client.sendmail("ann@client.example", ["demo@LOCALHOST", "x@projects.example.com"], mail(1))
        # the 250 came back: the row is committed already
        row = Message.get(Message.message_id == "<s1@client.example>")
    assert refused == {}
    raw = bytes(row.raw)
    assert raw.startswith(b"Return-Path: <ann@client.example>\r\nX-Original-To: demo@LOCALHOST\r\n")
    assert b"X-Original-To: x@projects.example.com\r\nReceived: from " in raw
    assert row.live is True and row.source == "smtp"
    assert wait_for(lambda: Message.get_by_id(row.id).status == "processed")
    assert Message.get_by_id(row.id).project.slug == "demo"


def test_the_listener_is_not_an_open_relay(listener: SmtpListener) -> None:
    with smtp(listener) as client:
        client.ehlo()
        client.mail("spammer@example.net")
        code, text = client.rcpt("victim@example.org")
        assert code == 550 and text.startswith(b"5.7.1")
        code, _ = client.rcpt("victim@localhost.example.org")  # a suffix is not the domain
        assert code == 550
        code, _ = client.rcpt("demo@localhost")
        assert code == 250
        client.rset()
        with pytest.raises(smtplib.SMTPRecipientsRefused):
            client.sendmail("spammer@example.net", ["victim@example.org"], mail(2))
    assert Message.select().count() == 0


def test_oversized_mail_gets_552(listener: SmtpListener) -> None:
    big = mail(3, body="x" * 70 + ("\r\n" + "x" * 70) * 430)
    with smtp(listener) as client:
        # a client that declares SIZE is refused at MAIL FROM ...
        with pytest.raises(smtplib.SMTPSenderRefused) as declared:
            client.sendmail(SENDER, ["demo@localhost"], big)
        assert declared.value.smtp_code == 552
        # ... one that does not is refused after DATA
        client.rset()
        client.mail(SENDER)
        client.rcpt("demo@localhost")
        code, _ = client.data(big)
        assert code == 552
    assert Message.select().count() == 0


def test_a_null_sender_bounce_is_stored_and_recognised(listener: SmtpListener) -> None:
    with smtp(listener) as client:
        client.sendmail("<>", ["demo@localhost"], mail(4))
    row = Message.get(Message.message_id == "<s4@client.example>")
    assert bytes(row.raw).startswith(b"Return-Path: <>\r\n")
    assert wait_for(lambda: Message.get_by_id(row.id).status == "ignored")
    assert Message.get_by_id(row.id).kind == "bounce"


class WriteLock:
    """Another connection holding the message table, so the listener cannot write."""

    def __init__(self, db_url: str) -> None:
        self.held = True
        if db_url.startswith("sqlite"):
            self.conn = sqlite3.connect(db_url[len("sqlite:///"):], timeout=10, isolation_level=None)
            self.conn.execute("BEGIN EXCLUSIVE")
        else:
            import psycopg2

            from store.db import make_database

            params = make_database(db_url)
            self.conn = psycopg2.connect(database=params.database, **params.connect_params)
            self.conn.cursor().execute("LOCK TABLE message IN ACCESS EXCLUSIVE MODE")

    def release(self) -> None:
        if self.held:
            self.held = False
            self.conn.rollback()
            self.conn.close()


def test_database_unavailable_answers_451_then_the_retry_is_stored(listener: SmtpListener, app) -> None:  # type: ignore[no-untyped-def]
    lock = WriteLock(app.settings.db_url)
    try:
        with smtp(listener) as client:
            with pytest.raises(smtplib.SMTPDataError) as refused:
                client.sendmail(SENDER, ["demo@localhost"], mail(5))
            assert refused.value.smtp_code == 451 and refused.value.smtp_error.startswith(b"4.3.0")
            lock.release()
            client.sendmail(SENDER, ["demo@localhost"], mail(5))  # the MTA's retry
    finally:
        lock.release()
    assert Message.select().where(Message.message_id == "<s5@client.example>").count() == 1


def _self_signed(tmp_path: Path) -> tuple[Path, Path]:
    if not shutil.which("openssl"):
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
         "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
        check=True, capture_output=True,
    )
    return cert, key


def test_starttls_is_offered_only_with_a_certificate(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    setup_project()
    cert, key = _self_signed(tmp_path)
    plain = ListenerOptions(port=free_port())
    with SmtpListener(plain, None) as running, smtp(running) as client:
        client.ehlo()
        assert not client.has_extn("starttls")
    secure = ListenerOptions(port=free_port(), tls_cert=str(cert), tls_key=str(key))
    with SmtpListener(secure, None) as running, smtp(running) as client:
        client.ehlo()
        assert client.has_extn("starttls")
        client.starttls(context=ssl.create_default_context(cafile=str(cert)))
        client.ehlo()
        client.sendmail(SENDER, ["demo@localhost"], mail(6))
    assert Message.select().count() == 1


def test_a_busy_port_is_one_clear_error(app) -> None:  # type: ignore[no-untyped-def]
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(ListenerError, match=f"127.0.0.1:{port}"):
            SmtpListener(ListenerOptions(port=port), None).start()


def test_run_listener_takes_the_settings_and_stops_on_its_event(app) -> None:  # type: ignore[no-untyped-def]
    """The form ``serve`` uses: settings, a pipeline factory, a stop event."""
    setup_project()
    settings = app.settings.with_overrides(listen_port=free_port())
    options = ListenerOptions.from_settings(settings)
    assert options.domains == ("projects.example.com", "localhost", "reply.example.com")
    stop = threading.Event()
    thread = threading.Thread(target=run_listener, args=(settings, app.pipeline, stop), daemon=True)
    thread.start()
    try:
        assert wait_for(lambda: _accepts(settings.listen_port))
        with smtplib.SMTP("127.0.0.1", settings.listen_port, timeout=10) as client:
            client.sendmail(SENDER, ["demo@reply.example.com"], mail(7))
        assert wait_for(lambda: Message.get().status == "processed")
    finally:
        stop.set()
        thread.join(10)
    assert not thread.is_alive()


def _accepts(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def test_listen_command_serves_until_sigterm(settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from workflows.app import App

    app = App.open(settings)
    setup_project()
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRACKFRONT_")}
    env["PYTHONPATH"] = str(REPO)
    proc = subprocess.Popen(
        [sys.executable, "-c", "from workflows.cli import main; main()",
         "--db", settings.db_url, "listen", "--port", str(port)],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert wait_for(lambda: _accepts(port) or proc.poll() is not None, timeout=20), "listener did not start"
        assert proc.poll() is None, proc.communicate()[1]
        with smtplib.SMTP("127.0.0.1", port, timeout=10) as client:
            client.sendmail(SENDER, ["demo@localhost"], mail(8))
        assert Message.select().count() == 1
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert f"SMTP listener on 127.0.0.1:{port}" in err
    app.close()
