"""SmtpTransport against a real aiosmtpd server; MaildirTransport against a real Maildir."""

from __future__ import annotations

import mailbox
import shutil
import socket
import ssl
import subprocess
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from hypothesis import given, settings
from hypothesis import strategies as st

from outbound.compose import Outgoing, compose
from outbound.errors import TransportError
from outbound.transports import Envelope, MaildirTransport, SendResult, SmtpTransport

SENDER = "bounces@trackfront.example"


class ScriptedHandler:
    """Answers per recipient local part: tempfail* 451, reject* 550, shutdown* 421, hangup* drops the line."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []
        self.connections: list[object] = []  # one SMTP protocol object per TCP connection
        self.tls_sessions: list[bool] = []

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if not any(server is seen for seen in self.connections):
            self.connections.append(server)
            self.tls_sessions.append(server.transport.get_extra_info("ssl_object") is not None)
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        local = address.split("@")[0]
        if local.startswith("tempfail"):
            return "451 4.3.0 Try again later"
        if local.startswith("reject"):
            return "550 5.1.1 No such user"
        if local.startswith("shutdown"):
            return "421 4.3.2 Service shutting down"
        if local.startswith("hangup"):
            server.transport.close()
            return "250 OK"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if b"X-Test-Data: 552" in envelope.content:
            return "552 5.3.4 Message too big"
        if b"X-Test-Data: 452" in envelope.content:
            return "452 4.3.1 Insufficient storage"
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 2.0.0 Queued"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_server() -> Iterator[Callable[..., tuple[ScriptedHandler, int]]]:
    """Factory: start an aiosmtpd Controller on 127.0.0.1 with extra Controller kwargs."""
    controllers: list[Controller] = []

    def start(**kwargs: Any) -> tuple[ScriptedHandler, int]:
        handler = ScriptedHandler()
        port = _free_port()
        controller = Controller(handler, hostname="127.0.0.1", port=port, ready_timeout=5, **kwargs)
        controller.start()
        controllers.append(controller)
        return handler, port

    yield start
    for controller in controllers:
        controller.stop()


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Self-signed certificate for 127.0.0.1 (openssl CLI; the `cryptography` package is not a dependency)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl CLI not available to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
         "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True,
        capture_output=True,
        timeout=30,
    )  # fmt: skip
    return cert, key


def _server_tls(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*certificate)
    return context


def _client_tls(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    # Verifies the chain and the host name against the test certificate.
    return ssl.create_default_context(cafile=str(certificate[0]))


def _message(n: int, extra: dict[str, str] | None = None) -> bytes:
    return compose(
        Outgoing(
            from_addr="pm@trackfront.example",
            from_name="Trackfront",
            to=[(None, "someone@client.example")],
            subject=f"Message {n}",
            text=f"Body {n}\n.\nA line with only a dot above (dot-stuffing).\n",
            html=None,
            message_id=f"<m{n}@trackfront.example>",
            date=datetime(2025, 3, 14, 9, 0, tzinfo=UTC),
            extra=extra or {},
        )
    )


def _envelope(key: int, *rcpts: str, extra: dict[str, str] | None = None) -> Envelope:
    return Envelope(mail_from=SENDER, rcpt_to=list(rcpts), data=_message(key, extra), key=key)


def _by_key(results: list[SendResult]) -> dict[int, SendResult]:
    return {result.key: result for result in results}


def test_batch_is_sent_over_one_connection(
    smtp_server: Callable[..., tuple[ScriptedHandler, int]],
) -> None:
    handler, port = smtp_server()
    items = [_envelope(n, f"user{n}@client.example") for n in range(1, 4)]
    results = SmtpTransport(f"smtp://127.0.0.1:{port}", timeout=5).send_batch(items)
    assert [(r.key, r.status, r.code) for r in results] == [
        (1, "sent", 250),
        (2, "sent", 250),
        (3, "sent", 250),
    ]
    assert len(handler.connections) == 1
    assert [(mail_from, rcpts) for mail_from, rcpts, _ in handler.messages] == [
        (SENDER, ["user1@client.example"]),
        (SENDER, ["user2@client.example"]),
        (SENDER, ["user3@client.example"]),
    ]
    received = message_from_bytes(handler.messages[0][2], policy=policy.default)
    assert received["Message-ID"] == "<m1@trackfront.example>"
    assert received.get_content().replace("\r\n", "\n") == (
        "Body 1\n.\nA line with only a dot above (dot-stuffing).\n"
    )


def test_each_result_is_reported_in_order_before_the_next_message_is_accepted(
    smtp_server: Callable[..., tuple[ScriptedHandler, int]],
) -> None:
    """A result may be reported while the server answers the next MAIL FROM, never later:
    when ``on_result`` runs for message n, the server has accepted n and not n + 1, so a
    crash there resends at most that one message."""
    handler, port = smtp_server()
    items = [
        _envelope(1, "a@client.example"),
        _envelope(2, "reject@client.example"),
        _envelope(3, "b@client.example"),
        _envelope(4, "c@client.example"),
    ]
    reported: list[tuple[int, str, int]] = []

    def on_result(result: SendResult) -> None:
        reported.append((result.key, result.status, len(handler.messages)))

    results = SmtpTransport(f"smtp://127.0.0.1:{port}", timeout=5).send_batch(items, on_result=on_result)
    assert [(r.key, r.status) for r in results] == [(1, "sent"), (2, "failed"), (3, "sent"), (4, "sent")]
    assert reported == [(1, "sent", 1), (2, "failed", 1), (3, "sent", 2), (4, "sent", 3)]


def test_an_error_in_on_result_stops_the_batch_before_the_next_message_is_accepted(
    smtp_server: Callable[..., tuple[ScriptedHandler, int]],
) -> None:
    handler, port = smtp_server()
    items = [_envelope(n, f"user{n}@client.example") for n in range(1, 5)]

    def on_result(result: SendResult) -> None:
        if result.key == 2:
            raise ValueError("the database is gone")  # a ValueError is also a send error in _send_one

    with pytest.raises(ValueError, match="the database is gone"):
        SmtpTransport(f"smtp://127.0.0.1:{port}", timeout=5).send_batch(items, on_result=on_result)
    # message 3 got as far as MAIL FROM at most: only 1 and 2 were accepted
    assert [rcpts for _, rcpts, _ in handler.messages] == [["user1@client.example"], ["user2@client.example"]]


def test_per_recipient_answers(smtp_server: Callable[..., tuple[ScriptedHandler, int]]) -> None:
    handler, port = smtp_server()
    items = [
        _envelope(1, "ok@client.example"),
        _envelope(2, "reject@client.example"),
        _envelope(3, "tempfail@client.example"),
        _envelope(4, "ok@client.example", "reject@client.example"),
        _envelope(5, "ok@client.example", "tempfail@client.example"),
        _envelope(6, "reject@client.example", "tempfail@client.example"),
        _envelope(7, "reject1@client.example", "reject2@client.example"),
        _envelope(8, "ok@client.example"),
        _envelope(9),
    ]
    results = _by_key(SmtpTransport(f"smtp://127.0.0.1:{port}", timeout=5).send_batch(items))
    summary = {key: (r.status, r.code) for key, r in results.items()}
    assert summary == {
        1: ("sent", 250),
        2: ("failed", 550),
        3: ("retry", 451),
        4: ("sent", 250),  # accepted for ok@, permanently refused for reject@
        5: ("retry", 451),  # accepted for ok@, tempfail@ should be retried
        6: ("retry", 451),
        7: ("failed", 550),
        8: ("sent", 250),
        9: ("failed", None),
    }
    assert results[4].refused == {"reject@client.example": (550, "5.1.1 No such user")}
    assert results[5].refused == {"tempfail@client.example": (451, "4.3.0 Try again later")}
    assert set(results[7].refused) == {"reject1@client.example", "reject2@client.example"}
    assert "No such user" in results[2].detail
    assert len(handler.connections) == 1  # refusals do not cost the connection
    assert [rcpts for _, rcpts, _ in handler.messages] == [
        ["ok@client.example"],
        ["ok@client.example"],
        ["ok@client.example"],
        ["ok@client.example"],
    ]


def test_data_stage_codes(smtp_server: Callable[..., tuple[ScriptedHandler, int]]) -> None:
    _, port = smtp_server()
    items = [
        _envelope(1, "a@client.example", extra={"X-Test-Data": "552"}),
        _envelope(2, "a@client.example", extra={"X-Test-Data": "452"}),
        _envelope(3, "a@client.example"),
    ]
    results = SmtpTransport(f"smtp://127.0.0.1:{port}", timeout=5).send_batch(items)
    assert [(r.status, r.code) for r in results] == [("failed", 552), ("retry", 452), ("sent", 250)]
    assert results[0].detail.startswith("DATA 552")


def test_421_closes_and_transport_reconnects_only_once(
    smtp_server: Callable[..., tuple[ScriptedHandler, int]],
) -> None:
    handler, port = smtp_server()
    items = [
        _envelope(1, "ok@client.example"),
        _envelope(2, "shutdown@client.example"),
        _envelope(3, "ok@client.example"),
        _envelope(4, "shutdown@client.example"),
        _envelope(5, "ok@client.example"),
        _envelope(6, "ok@client.example"),
    ]
    results = SmtpTransport(f"smtp://127.0.0.1:{port}", timeout=5).send_batch(items)
    assert [(r.status, r.code) for r in results] == [
        ("sent", 250),
        ("retry", 421),
        ("sent", 250),
        ("retry", 421),
        ("retry", None),
        ("retry", None),
    ]
    assert "not reconnecting" in results[4].detail
    assert len(handler.connections) == 2
    assert len(handler.messages) == 2


def test_dropped_connection_is_retry_then_reconnect(
    smtp_server: Callable[..., tuple[ScriptedHandler, int]],
) -> None:
    handler, port = smtp_server()
    items = [_envelope(1, "hangup@client.example"), _envelope(2, "ok@client.example")]
    results = SmtpTransport(f"smtp://127.0.0.1:{port}", timeout=5).send_batch(items)
    assert [r.status for r in results] == ["retry", "sent"]
    assert results[0].detail.startswith("connection:")
    assert len(handler.connections) == 2


def test_refused_connection_is_retry_for_all() -> None:
    port = _free_port()  # nothing listens there
    results = SmtpTransport(f"smtp://127.0.0.1:{port}", timeout=2).send_batch(
        [_envelope(1, "a@client.example"), _envelope(2, "b@client.example")]
    )
    assert [(r.key, r.status) for r in results] == [(1, "retry"), (2, "retry")]
    assert "connect:" in results[0].detail


def test_silent_server_times_out_as_retry() -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()  # accepts at the TCP level but never greets
        port = silent.getsockname()[1]
        results = SmtpTransport(f"smtp://127.0.0.1:{port}", timeout=0.5).send_batch(
            [_envelope(1, "a@client.example")]
        )
    assert [(r.status, r.code) for r in results] == [("retry", None)]
    assert "timed out" in results[0].detail


def test_empty_batch_does_not_connect() -> None:
    assert SmtpTransport(f"smtp://127.0.0.1:{_free_port()}", timeout=1).send_batch([]) == []


def _authenticator(
    server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
        b"tf user",
        b"p@ss:w/rd",
    )
    # handled=False: let aiosmtpd answer 535 itself (handled=True means "already answered")
    return AuthResult(success=ok, handled=False)


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_auth_with_percent_encoded_credentials(
    smtp_server: Callable[..., tuple[ScriptedHandler, int]],
) -> None:
    handler, port = smtp_server(
        authenticator=_authenticator, auth_require_tls=False, auth_required=True
    )
    good = SmtpTransport(f"smtp://tf%20user:p%40ss%3Aw%2Frd@127.0.0.1:{port}", timeout=5)
    assert [r.status for r in good.send_batch([_envelope(1, "a@client.example")])] == ["sent"]
    bad = SmtpTransport(f"smtp://tf%20user:wrong@127.0.0.1:{port}", timeout=5)
    results = bad.send_batch([_envelope(2, "a@client.example"), _envelope(3, "b@client.example")])
    assert [(r.status, r.code) for r in results] == [("retry", 535), ("retry", 535)]
    # no credentials at all against a server that requires them: a set-up problem, not the message's
    anonymous = SmtpTransport(f"smtp://127.0.0.1:{port}", timeout=5).send_batch(
        [_envelope(4, "a@client.example")]
    )
    assert [(r.status, r.code) for r in anonymous] == [("retry", 530)]
    assert len(handler.messages) == 1


def test_starttls_with_auth(
    smtp_server: Callable[..., tuple[ScriptedHandler, int]], certificate: tuple[Path, Path]
) -> None:
    handler, port = smtp_server(
        tls_context=_server_tls(certificate), require_starttls=True, authenticator=_authenticator
    )
    url = f"smtp://tf%20user:p%40ss%3Aw%2Frd@127.0.0.1:{port}?starttls=1"
    results = SmtpTransport(url, timeout=5, ssl_context=_client_tls(certificate)).send_batch(
        [_envelope(1, "a@client.example"), _envelope(2, "b@client.example")]
    )
    assert [r.status for r in results] == ["sent", "sent"]
    assert handler.tls_sessions == [True]
    # a client that does not trust the certificate must not fall back to plain text
    untrusted = SmtpTransport(url, timeout=5, ssl_context=ssl.create_default_context()).send_batch(
        [_envelope(3, "c@client.example")]
    )
    assert untrusted[0].status == "retry" and "CERTIFICATE_VERIFY_FAILED" in untrusted[0].detail
    assert len(handler.messages) == 2


def test_smtps_implicit_tls(
    smtp_server: Callable[..., tuple[ScriptedHandler, int]], certificate: tuple[Path, Path]
) -> None:
    handler, port = smtp_server(ssl_context=_server_tls(certificate))
    transport = SmtpTransport(
        f"smtps://127.0.0.1:{port}", timeout=5, ssl_context=_client_tls(certificate)
    )
    assert [r.status for r in transport.send_batch([_envelope(1, "a@client.example")])] == ["sent"]
    assert handler.tls_sessions == [True]


@pytest.mark.parametrize(
    "url, expected",
    [
        ("smtp://mail.example", ("mail.example", 25, False, False, None, None)),
        ("smtp://mail.example:587?starttls=1", ("mail.example", 587, True, False, None, None)),
        (
            "smtps://u%40x:s%2Fcret@mail.example",
            ("mail.example", 465, False, True, "u@x", "s/cret"),
        ),
    ],
)
def test_url_parsing(url: str, expected: tuple[object, ...]) -> None:
    transport = SmtpTransport(url)
    actual = (transport.host, transport.port, transport.starttls, transport.implicit_tls)
    assert actual + (transport.username, transport.password) == expected
    assert "cret" not in repr(transport)


@pytest.mark.parametrize(
    "url",
    [
        "http://mail.example",
        "smtp://",
        "smtp://mail.example:notaport",
        "smtp://mail.example?tls=1",
        "smtps://mail.example?starttls=1",
        "smtp://user@mail.example",
    ],
)
def test_bad_urls(url: str) -> None:
    with pytest.raises(TransportError):
        SmtpTransport(url)


def test_maildir_transport(tmp_path: Path) -> None:
    transport = MaildirTransport(tmp_path / "outbox")
    results = transport.send_batch(
        [_envelope(1, "a@client.example"), _envelope(2, "b@client.example")]
    )
    assert [(r.key, r.status) for r in results] == [(1, "sent"), (2, "sent")]
    stored = sorted(
        message["Message-ID"] for message in mailbox.Maildir(tmp_path / "outbox", create=False)
    )
    assert stored == ["<m1@trackfront.example>", "<m2@trackfront.example>"]


def test_maildir_on_unusable_path(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(TransportError):
        MaildirTransport(blocker / "maildir")


@settings(max_examples=400)
@given(st.binary(max_size=60) | st.lists(st.sampled_from([b".", b"\r\n", b"\n", b"\r", b"..", b"a", b"\n."]),
                                         max_size=30).map(b"".join))
def test_dot_stuffing_is_what_smtplib_does(data: bytes) -> None:
    """The transport stuffs dots itself (smtplib's regex tries every position of a message)."""
    import smtplib

    from outbound.transports import _stuff_dots

    assert _stuff_dots(data) == smtplib._quote_periods(data)  # type: ignore[attr-defined]


def test_lines_starting_with_dots_arrive_intact(smtp_server: Callable[..., tuple[ScriptedHandler, int]]) -> None:
    handler, port = smtp_server()
    body = ".first line\n..two dots\n.\nmiddle . dot\n.last"
    data = compose(Outgoing(
        from_addr="pm@trackfront.example", from_name=None, to=[(None, "someone@client.example")],
        subject="dots", text=body, html=None, message_id="<dots@trackfront.example>",
        date=datetime(2025, 3, 14, 9, 0, tzinfo=UTC),
    ))
    results = SmtpTransport(f"smtp://127.0.0.1:{port}", timeout=5).send_batch(
        [Envelope(mail_from=SENDER, rcpt_to=["someone@client.example"], data=data, key=1)]
    )
    assert [r.status for r in results] == ["sent"]
    received = message_from_bytes(handler.messages[0][2], policy=policy.default)
    assert received.get_content().replace("\r\n", "\n") == body + "\n"  # type: ignore[attr-defined]
