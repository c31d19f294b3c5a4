"""Deterministic generator of realistic project mail for the benchmarks and load tests."""
from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from email.utils import format_datetime

PEOPLE = [
    ("Jane Doe", "jane@acme.com"), ("Omar Haddad", "omar@acme.com"), ("Sam Lee", "sam@agency.io"),
    ("Alex Kim", "alex@agency.io"), ("Priya Patel", "priya@agency.io"), ("Lena Müller", "lena@acme.com"),
]
SUBJECTS = ["Homepage refresh", "Logo files", "API integration", "Launch plan", "Invoice #{n}",
            "Photo shoot", "Staging server", "Copy review", "Analytics setup", "Budget Q{q}"]
OPENERS = ["Hi {name},", "Hello team,", "Hi all,", "{name},", "Morning!"]
LINES = [
    "Could you send over the revised mockups by Friday?",
    "We've decided to go with option B since it's cheaper.",
    "Can you confirm the budget for the photo shoot?",
    "I'm afraid we need another week for the API.",
    "Task: update the staging server @alex due Thursday",
    "Thanks for the update, looks good to me.",
    "Let's go with the blue palette.",
    "The copy is attached; happy to jump on a call if that helps.",
    "Please review the draft by the 15th.",
    "No news on our side yet, will keep you posted.",
]
SIGNATURES = ["--\n{name}\nAgency Ltd | +44 20 7946 0000", "Sent from my iPhone", "Best,\n{name}", "Cheers,\n{first}"]


def messages(n: int, seed: int = 7, project_address: str = "acme@projects.example.com") -> Iterator[bytes]:
    rng = random.Random(seed)
    start = dt.datetime(2026, 9, 1, 9, 0, tzinfo=dt.UTC)
    threads: list[tuple[str, str]] = []  # (subject, last message id)
    for i in range(n):
        name, addr = rng.choice(PEOPLE)
        other_name, other = rng.choice([p for p in PEOPLE if p[1] != addr])
        when = start + dt.timedelta(minutes=7 * i)
        mid = f"<gen-{seed}-{i}@{addr.split('@')[1]}>"
        headers = [
            f"From: {name} <{addr}>",
            f"To: {other_name} <{other}>, {project_address}",
            f"Date: {format_datetime(when)}",
            f"Message-ID: {mid}",
        ]
        quote = ""
        if threads and rng.random() < 0.6:
            subject, parent = rng.choice(threads[-50:])
            headers += [f"Subject: Re: {subject}", f"In-Reply-To: {parent}", f"References: {parent}"]
            quote = f"\n\nOn {format_datetime(when - dt.timedelta(hours=3))}, {other_name} <{other}> wrote:\n> " + \
                "\n> ".join(rng.sample(LINES, 3))
            threads.append((subject, mid))
        else:
            subject = rng.choice(SUBJECTS).format(n=rng.randint(100, 999), q=rng.randint(1, 4))
            headers.append(f"Subject: {subject}")
            threads.append((subject, mid))
        body = "\n".join([
            rng.choice(OPENERS).format(name=other_name.split()[0]), "",
            *rng.sample(LINES, rng.randint(1, 3)), "",
            rng.choice(SIGNATURES).format(name=name, first=name.split()[0]),
        ]) + quote
        headers += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8",
                    "Content-Transfer-Encoding: 8bit"]
        yield ("\r\n".join(headers) + "\r\n\r\n" + body.replace("\n", "\r\n") + "\r\n").encode("utf-8")


def write_mbox(path: str, n: int, seed: int = 7) -> None:
    with open(path, "wb") as fh:
        for raw in messages(n, seed):
            fh.write(b"From bench@example.com Tue Sep  1 09:00:00 2026\n")
            fh.writelines((b">" + line if line.startswith(b"From ") else line) + b"\n" for line in raw.replace(b"\r\n", b"\n").split(b"\n"))
            fh.write(b"\n")
