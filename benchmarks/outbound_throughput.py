"""Outbound throughput: render + compose + SmtpTransport vs bare smtplib, side by side.

Starts an aiosmtpd Sink in a separate process on 127.0.0.1 and sends the same
pre-built messages over one SMTP connection twice: once with bare
``smtplib.SMTP.sendmail`` in a loop, once with ``SmtpTransport.send_batch``.
The ratio shows what the transport's bookkeeping costs.  Render and compose
are timed on their own and end to end.

Run: .venv/bin/python benchmarks/outbound_throughput.py [--count 10000]

(First version; the lead extends it with the store-backed outbox.)
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import smtplib
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from outbound.compose import Outgoing, compose, make_message_id
from outbound.render import Rendered, Renderer
from outbound.samples import sample_context
from outbound.transports import Envelope, SmtpTransport

MAIL_FROM = "bounces@trackfront.example"


@contextlib.contextmanager
def smtp_sink() -> Iterator[int]:
    """An aiosmtpd Sink (accepts and discards) in its own process; yields the port."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "aiosmtpd",
            "-n",
            "-c",
            "aiosmtpd.handlers.Sink",
            "-l",
            f"127.0.0.1:{port}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1) as conn:
                    if conn.recv(3) == b"220":
                        break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("aiosmtpd sink did not start") from None
                time.sleep(0.05)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)


def timed(label: str, count: int, action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    elapsed = time.perf_counter() - start
    rate = count / elapsed
    print(f"  {label:<44} {rate:>9,.0f} msg/s   ({elapsed:6.2f} s)")
    return rate


def outgoing_for(index: int, rendered: Rendered) -> Outgoing:
    return Outgoing(
        from_addr="acme@trackfront.example",
        from_name="Acme website relaunch",
        to=[(f"Recipient {index}", f"user{index}@client.example")],
        subject=rendered.subject,
        text=rendered.text,
        html=rendered.html,
        message_id=make_message_id("trackfront.example"),
        date=datetime(2025, 3, 14, 9, 0, tzinfo=UTC),
        reply_to=f"acme+token{index}@reply.trackfront.example",
        list_unsubscribe="mailto:acme+unsub@reply.trackfront.example?subject=unsubscribe",
        extra={"X-Trackfront-Kind": "weekly_update"},
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--kind", default="weekly_update")
    args = parser.parse_args()
    count, kind = args.count, args.kind

    renderer = Renderer()
    base = sample_context(kind)
    contexts = [dataclasses.replace(base, recipient_name=f"Recipient {n}") for n in range(count)]
    print(
        f"outbound throughput: {count:,} {kind} messages (client audience), Python {sys.version.split()[0]}"
    )

    rendered: list[Rendered] = []
    timed("render (Jinja2, text + html + subject)", count, lambda: rendered.extend(
        renderer.render(kind, "client", context) for context in contexts
    ))  # fmt: skip
    messages: list[bytes] = []
    timed("compose (multipart/alternative)", count, lambda: messages.extend(
        compose(outgoing_for(n, r)) for n, r in enumerate(rendered)
    ))  # fmt: skip
    envelopes = [
        Envelope(MAIL_FROM, [f"user{n}@client.example"], data, n) for n, data in enumerate(messages)
    ]
    size = sum(len(m) for m in messages) / count
    print(f"  average message size: {size / 1024:.1f} KiB")

    with smtp_sink() as port:

        def bare() -> None:
            conn = smtplib.SMTP("127.0.0.1", port, timeout=30)
            conn.ehlo()
            for envelope in envelopes:
                conn.sendmail(envelope.mail_from, envelope.rcpt_to, envelope.data)
            conn.quit()

        transport = SmtpTransport(f"smtp://127.0.0.1:{port}", timeout=30)
        statuses: list[str] = []

        def via_transport() -> None:
            statuses[:] = [result.status for result in transport.send_batch(envelopes)]

        # Alternate and keep the best of two so neither side gets the warm-up.
        bare_rate = timed("bare smtplib.sendmail, 1 connection", count, bare)
        transport_rate = timed("SmtpTransport.send_batch, 1 connection", count, via_transport)
        bare_rate = max(
            bare_rate, timed("bare smtplib.sendmail, 1 connection (again)", count, bare)
        )
        transport_rate = max(
            transport_rate, timed("SmtpTransport.send_batch (again)", count, via_transport)
        )
        assert statuses.count("sent") == count, "the sink refused something"

        def end_to_end() -> None:
            batch = [
                Envelope(MAIL_FROM, [f"user{n}@client.example"],
                         compose(outgoing_for(n, renderer.render(kind, "client", context))), n)
                for n, context in enumerate(contexts)
            ]  # fmt: skip
            transport.send_batch(batch)

        end_to_end_rate = timed("render + compose + SmtpTransport", count, end_to_end)

    print()
    print(f"  best bare smtplib           {bare_rate:>9,.0f} msg/s")
    print(f"  best SmtpTransport          {transport_rate:>9,.0f} msg/s")
    print(f"  SmtpTransport / bare        {transport_rate / bare_rate:>9.2f}")
    print(f"  end to end / bare           {end_to_end_rate / bare_rate:>9.2f}")


if __name__ == "__main__":
    main()
