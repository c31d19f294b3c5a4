"""Outbound throughput: render and deliver through the real outbox vs bare smtplib, side by side.

Both sides send to the same aiosmtpd Sink (accepts and discards), run in its own process
on 127.0.0.1, in the same run:

* **Trackfront**: for each recipient, render the ``weekly_update`` (client audience),
  sign its Reply-To token, ``outbound.outbox.enqueue`` it (compose once + store) in the
  transaction ``workflows.engine.SendGroup`` gives it, as ``RunContext.send`` does during
  a tick (a savepoint per send, one commit per group of up to ``GROUP_SENDS`` sends or
  ``GROUP_SECONDS``); then ``deliver_once`` with ``SmtpTransport``
  (claim batches, one connection per batch, every result committed as it comes).
* **bare smtplib**: the very same message bytes, pre-built, ``sendmail`` in a loop over
  one connection; no rendering, no database.

Trackfront's figure is *sequential*: enqueue everything, then deliver everything, the
sum of both phases.  ``--concurrent`` adds a round where a deliverer thread drains while
the main thread is still enqueueing, as ``trackfront serve`` runs its scheduler and
deliverer threads (on SQLite the two then queue for the one write lock, so it is not
faster there).  Each mode and the bare loop run ``--rounds`` times, interleaved, and the
best round of each counts.  The ratios are Trackfront end to end / bare; each round's own
ratio (its sequential round against the bare round right after it) is printed too, as on
a busy machine the two bests can come from different moments.

    .venv/bin/python benchmarks/outbound_throughput.py [--count 10000] [--rounds 2] [--db URL]
        [--concurrent] [--profile]

``--db`` defaults to a fresh SQLite file in a temp folder (the embedded default);
``--profile`` runs cProfile over one more sequential round and prints the top functions.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import dataclasses
import datetime as dt
import os
import pstats
import smtplib
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from outbound.outbox import Request, deliver_once, enqueue, raw_bytes
from outbound.render import Renderer
from outbound.samples import sample_context
from outbound.tokens import make_token, reply_address
from outbound.transports import SmtpTransport
from store.db import database, open_database
from store.models import Outbox, Project, Thread
from workflows.engine import SendGroup

FROM = "trackfront@projects.example.com"
KIND = "weekly_update"
SECRET = b"benchmark-secret"
NOW = dt.datetime(2025, 3, 14, 16, 0, tzinfo=dt.UTC)


@contextlib.contextmanager
def smtp_sink() -> Iterator[int]:
    """An aiosmtpd Sink (accepts and discards) in its own process; yields the port."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "aiosmtpd", "-n", "-c", "aiosmtpd.handlers.Sink", "-l", f"127.0.0.1:{port}"],
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


@dataclasses.dataclass
class Round:
    render_enqueue: float
    deliver: float
    sent: int

    @property
    def total(self) -> float:
        return self.render_enqueue + self.deliver


def enqueue_all(label: str, count: int, renderer: Renderer, project: Project, thread: Thread) -> None:
    """What a weekly tick does per recipient: render, sign the Reply-To, enqueue."""
    base = sample_context(KIND, unsubscribe_url=f"mailto:{FROM}?subject=unsubscribe%20{KIND}%20acme")
    expires = NOW.date() + dt.timedelta(days=120)
    group = SendGroup(on_commit=lambda rows: None)
    for n in range(count):
        email = f"user{n}@client.example"
        rendered = renderer.render(KIND, "client", dataclasses.replace(base, recipient_name=f"Recipient {n}"))
        token = make_token(SECRET, project.slug, thread.id, None, email, expires)
        request = Request(
            key=f"{KIND}:{project.slug}:{label}:{email}",
            kind=KIND,
            audience="client",
            to=[(f"Recipient {n}", email)],
            subject=rendered.subject,
            text=rendered.text,
            html=rendered.html,
            from_addr=FROM,
            from_name=f"Trackfront · {project.name}",
            message_id_domain="projects.example.com",
            date=NOW,
            project=project,
            thread=thread,
            reply_to=reply_address(project.slug, token, "reply.example.com"),
            list_unsubscribe=base.unsubscribe_url,
        )
        # the engine's grouping, as RunContext.send during a tick: a savepoint per send in
        # a write transaction (IMMEDIATE on SQLite) committed per group
        with group.send_transaction((KIND, project.id)):
            row, created = enqueue(request)
        if not created:
            raise RuntimeError(f"{request.key} was already queued")
        group.sent(row)
    group.close(commit=True)


def deliver_all(port: int) -> int:
    counts = deliver_once(SmtpTransport(f"smtp://127.0.0.1:{port}", timeout=30), NOW,
                          envelope_from=FROM, worker=f"bench:{os.getpid()}:{threading.get_ident()}")
    if counts["retry"] or counts["failed"]:
        raise RuntimeError(f"the sink refused something: {counts}")
    return counts["sent"]


def sequential_round(label: str, count: int, port: int, renderer: Renderer, project: Project,
                     thread: Thread) -> Round:
    """Enqueue all ``count`` messages, then deliver them all."""
    start = time.perf_counter()
    enqueue_all(label, count, renderer, project, thread)
    enqueued = time.perf_counter()
    sent = deliver_all(port)
    done = time.perf_counter()
    if sent != count:
        raise RuntimeError(f"sent {sent} of {count}")
    return Round(enqueued - start, done - enqueued, sent)


def concurrent_round(label: str, count: int, port: int, renderer: Renderer, project: Project,
                     thread: Thread) -> float:
    """Enqueue in this thread while a deliverer thread drains; seconds until all are sent."""
    finished = threading.Event()
    sent = [0]
    failure: list[BaseException] = []

    def deliverer() -> None:
        try:
            while True:
                last_pass = finished.is_set()
                got = deliver_all(port)
                sent[0] += got
                if last_pass and not got:
                    return
                if not got:
                    time.sleep(0.01)
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            failure.append(exc)
        finally:
            database.close()

    start = time.perf_counter()
    worker = threading.Thread(target=deliverer, name="deliverer")
    worker.start()
    try:
        enqueue_all(label, count, renderer, project, thread)
    finally:
        finished.set()
        worker.join()
    elapsed = time.perf_counter() - start
    if failure:
        raise failure[0]
    if sent[0] != count:
        raise RuntimeError(f"sent {sent[0]} of {count}")
    return elapsed


def bare_round(messages: list[tuple[str, bytes]], port: int) -> float:
    start = time.perf_counter()
    conn = smtplib.SMTP("127.0.0.1", port, timeout=30)
    conn.ehlo()
    for rcpt, data in messages:
        conn.sendmail(FROM, [rcpt], data)
    conn.quit()
    return time.perf_counter() - start


def rate(count: int, seconds: float) -> str:
    return f"{count / seconds:>8,.0f} msg/s ({seconds:6.2f} s)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--db", help="database URL (default: a fresh SQLite file in a temp folder)")
    parser.add_argument("--concurrent", action="store_true", help="also time enqueue and delivery overlapping")
    parser.add_argument("--profile", action="store_true", help="cProfile one extra sequential round")
    args = parser.parse_args()
    count = args.count

    with tempfile.TemporaryDirectory() as folder:
        url = args.db or f"sqlite:///{folder}/bench.db"
        open_database(url)
        project = Project.create(slug=f"bench{os.getpid()}"[:30], name="Acme website relaunch")
        thread = Thread.create(project=project, subject="weekly updates")
        renderer = Renderer()
        print(f"outbound throughput: {count:,} {KIND} messages (client audience), "
              f"{url.split(':')[0]}, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
              f"load {os.getloadavg()[0]:.2f}")

        best_seq: Round | None = None
        best_conc = best_bare = float("inf")
        paired: list[float] = []
        messages: list[tuple[str, bytes]] = []
        with smtp_sink() as port:
            for index in range(args.rounds):
                label = f"s{index}"
                result = sequential_round(label, count, port, renderer, project, thread)
                print(f"  round {index + 1} sequential: render+enqueue  {rate(count, result.render_enqueue)}")
                print(f"  round {index + 1} sequential: deliver         {rate(count, result.deliver)}")
                print(f"  round {index + 1} sequential: end to end      {rate(count, result.total)}")
                rows = Outbox.select(Outbox.id, Outbox.recipients, Outbox.raw).where(
                    Outbox.idempotency_key.startswith(f"{KIND}:{project.slug}:{label}:")
                ).order_by(Outbox.id)
                messages = [(r.recipients[0], raw_bytes(r)) for r in rows]
                bare = bare_round(messages, port)
                print(f"  round {index + 1} bare smtplib, 1 connection  {rate(count, bare)}")
                paired.append(bare / result.total)
                print(f"  round {index + 1} sequential / bare           {paired[-1]:8.2f}")
                if args.concurrent:
                    concurrent = concurrent_round(f"c{index}", count, port, renderer, project, thread)
                    print(f"  round {index + 1} concurrent: end to end      {rate(count, concurrent)}")
                    best_conc = min(best_conc, concurrent)
                if best_seq is None or result.total < best_seq.total:
                    best_seq = result
                best_bare = min(best_bare, bare)
            if args.profile:
                profiler = cProfile.Profile()
                profiler.enable()
                sequential_round("profile", count, port, renderer, project, thread)
                profiler.disable()
        assert best_seq is not None
        size = sum(len(raw) for _, raw in messages) / len(messages)
        print(f"\n  average message size              {size / 1024:8.1f} KiB")
        print(f"  best render+enqueue               {count / best_seq.render_enqueue:8,.0f} msg/s")
        print(f"  best deliver (outbox -> SMTP)     {count / best_seq.deliver:8,.0f} msg/s")
        print(f"  best sequential end to end        {count / best_seq.total:8,.0f} msg/s")
        if args.concurrent:
            print(f"  best concurrent end to end        {count / best_conc:8,.0f} msg/s")
        print(f"  best bare smtplib                 {count / best_bare:8,.0f} msg/s")
        print(f"  sequential end to end / bare      {best_bare / best_seq.total:8.2f}")
        print(f"  per-round sequential / bare       {min(paired):8.2f} .. {max(paired):.2f}")
        if args.concurrent:
            print(f"  concurrent end to end / bare      {best_bare / best_conc:8.2f}")
        if args.profile:
            print("\nprofile of one sequential round (top 25 by own time):")
            pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
        database.close()


if __name__ == "__main__":
    main()
