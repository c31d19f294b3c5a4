"""Reply/new-text extraction accuracy: Trackfront's ``extract_new_text`` vs peers.

Run: ``.venv/bin/python benchmarks/reply_accuracy.py [--show-failures]``

Corpora (all read from tests/data, so the run needs no network and no shared/):

* talon standard_replies and html_replies: upstream ground truth for *quote
  stripping only* (the signature stays in the expected text), so every system
  is scored on "new text including signature".  html_replies is compared with
  all whitespace removed, as talon's own test does.
* talon signature/stripped: upstream ground truth, body minus signature.
* github / zapier / alfonsrv / quotequail: labels written by Trackfront
  (expected_newtext.json, "ours" in the table) - new text minus quotes and
  signature, following talon's signature conventions.  Peers that keep a
  sign-off or a "Sent from my iPhone" line are scored against that convention.

A case is correct on an exact match after collapsing whitespace.  Each peer is
import-guarded and driven through its most suitable public API for the task;
an exception counts as a miss.
"""

from __future__ import annotations

import argparse
import email
import json
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from email import policy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ingest.newtext import extract_new_text, html_to_text

DATA = ROOT / "tests" / "data"


@dataclass(frozen=True)
class Case:
    corpus: str
    name: str
    task: str  # "quotes": signature kept in truth; "reply": signature removed
    text: str | None
    html: str | None
    expected: str
    compare: str  # "collapse" or "nospace"


def _collapse(value: str) -> str:
    return " ".join(value.split())


def _nospace(value: str) -> str:
    return "".join(value.split())


def first_plain_part(raw: bytes) -> str:
    message = email.message_from_bytes(raw, policy=policy.default)
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            return part.get_content()
    return ""


def talon_cases() -> list[Case]:
    base = DATA / "talon" / "tests" / "fixtures"
    cases = []
    for eml in sorted((base / "standard_replies").glob("*.eml")):
        expected_file = eml.with_name(eml.stem + "_reply_text")
        expected = expected_file.read_text("utf-8").strip() if expected_file.exists() else "Hello"
        cases.append(
            Case(
                "talon/standard_replies",
                eml.name,
                "quotes",
                first_plain_part(eml.read_bytes()),
                None,
                expected,
                "collapse",
            )
        )
    for page in sorted((base / "html_replies").glob("*.html")):
        cases.append(
            Case(
                "talon/html_replies",
                page.name,
                "quotes",
                None,
                page.read_text("utf-8"),
                "Hi. I am fine.\n\nThanks,\nAlex",
                "nospace",
            )
        )
    for body in sorted((base / "signature" / "emails" / "stripped").glob("*_body")):
        stem = body.name[: -len("_body")]
        text = body.read_text("utf-8")
        signature = (body.parent / f"{stem}_signature").read_text("utf-8")
        stripped = text.strip()
        expected = stripped[: len(stripped) - len(signature)].strip() if signature else stripped
        cases.append(Case("talon/signature", stem, "reply", text, None, expected, "collapse"))
    return cases


def labelled_cases(corpus: str) -> list[Case]:
    folder = DATA / corpus
    labels = json.loads((folder / "expected_newtext.json").read_text("utf-8"))
    cases = []
    for name, expected in labels.items():
        if name.startswith("_"):
            continue
        path = folder / name
        if path.suffix == ".html":
            cases.append(
                Case(corpus, name, "reply", None, path.read_text("utf-8"), expected, "collapse")
            )
        else:
            text = path.read_bytes().decode("utf-8")
            cases.append(Case(corpus, name, "reply", text, None, expected, "collapse"))
    return cases


LABELLED = [
    "github-email_reply_parser",
    "zapier-email-reply-parser",
    "alfonsrv-mail-parser-reply",
    "closeio-quotequail",
]

# --- systems -------------------------------------------------------------------


def ours(case: Case) -> str:
    result = extract_new_text(case.text, case.html)
    if case.task == "quotes":
        return f"{result.reply_text}\n{result.signature or ''}"
    return result.reply_text


def _plain(case: Case) -> str:
    return case.text if case.text is not None else html_to_text(case.html or "")


def load_peers() -> tuple[dict[str, Callable[[Case], str]], dict[str, str]]:
    peers: dict[str, Callable[[Case], str]] = {}
    missing: dict[str, str] = {}

    try:
        from email_reply_parser import EmailReplyParser as ZapierParser

        def zapier(case: Case) -> str:
            text = _plain(case)
            if case.task == "reply":
                return ZapierParser.parse_reply(text)
            fragments = ZapierParser.read(text).fragments
            return "\n".join(
                f.content
                for f in fragments
                if not f.quoted and not f.headers and (not f.hidden or f.signature)
            )

        peers["email-reply-parser"] = zapier
    except ImportError as exc:
        missing["email-reply-parser"] = f"not installed ({exc})"

    try:
        from mailparser_reply import EmailReplyParser as MultiParser
        from mailparser_reply.constants import MAIL_LANGUAGES

        languages = list(MAIL_LANGUAGES)

        def multilingual(case: Case) -> str:
            message = MultiParser(languages=list(languages)).read(_plain(case))
            if not message.replies:
                return ""
            reply = message.replies[0]
            return reply.body if case.task == "reply" else reply.full_body

        peers["mail-parser-reply"] = multilingual
    except ImportError as exc:
        missing["mail-parser-reply"] = f"not installed ({exc})"

    try:
        from talon import quotations
        from talon.signature.bruteforce import extract_signature

        def talon(case: Case) -> str:
            if case.text is not None:
                quoted_free = quotations.extract_from_plain(case.text)
            else:
                quoted_free = html_to_text(quotations.extract_from_html(case.html or ""))
            if case.task == "quotes":
                return quoted_free
            return extract_signature(quoted_free)[0]

        peers["talon"] = talon
    except Exception as exc:  # noqa: BLE001 - talon's import can fail in many ways
        missing["talon"] = f"not installable/importable ({type(exc).__name__}: {exc})"
    return peers, missing


def score(system: Callable[[Case], str], cases: list[Case]) -> tuple[int, int, list[Case], float]:
    correct = errors = 0
    failures: list[Case] = []
    started = time.perf_counter()
    for case in cases:
        norm = _nospace if case.compare == "nospace" else _collapse
        try:
            got = system(case) or ""
        except Exception:  # noqa: BLE001 - a crashing peer scores a miss
            errors += 1
            failures.append(case)
            continue
        if norm(got) == norm(case.expected):
            correct += 1
        else:
            failures.append(case)
    return correct, errors, failures, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show-failures", action="store_true", help="print ours' misses")
    args = parser.parse_args()
    # talon's html5lib path warns about every Office namespace; noise here.
    warnings.filterwarnings("ignore", module="html5lib")

    groups: dict[str, list[Case]] = {}
    for case in talon_cases():
        groups.setdefault(case.corpus, []).append(case)
    for corpus in LABELLED:
        groups[corpus] = labelled_cases(corpus)

    peers, missing = load_peers()
    systems: dict[str, Callable[[Case], str]] = {"ours": ours, **peers}
    names = list(systems)

    header = f"{'corpus':34} {'truth':9} {'n':>3}  " + "  ".join(f"{n:>18}" for n in names)
    print(header)
    print("-" * len(header))
    totals = {n: 0 for n in names}
    seconds = {n: 0.0 for n in names}
    total_cases = 0
    beaten = True
    our_failures: list[Case] = []
    for corpus, cases in groups.items():
        truth = "upstream" if corpus.startswith("talon") else "ours"
        cells = []
        results = {}
        for name in names:
            correct, errors, failures, elapsed = score(systems[name], cases)
            results[name] = correct
            totals[name] += correct
            seconds[name] += elapsed
            err = f" e{errors}" if errors else ""
            cells.append(f"{correct:>3}/{len(cases):<3}{100 * correct / len(cases):5.0f}%{err:>4}")
            if name == "ours":
                our_failures.extend(failures)
        best_peer = max((results[n] for n in names if n != "ours"), default=-1)
        # At 100% a tie with a perfect peer is the best anyone can do.
        beaten = beaten and (results["ours"] > best_peer or results["ours"] == len(cases))
        total_cases += len(cases)
        print(f"{corpus:34} {truth:9} {len(cases):>3}  " + "  ".join(f"{c:>18}" for c in cells))
    print("-" * len(header))
    print(
        f"{'all':34} {'':9} {total_cases:>3}  "
        + "  ".join(
            f"{totals[n]:>3}/{total_cases:<3}{100 * totals[n] / total_cases:5.0f}%    "
            for n in names
        )
    )
    print(f"{'seconds (all cases)':48} " + "  ".join(f"{seconds[n]:>18.3f}" for n in names))
    for name, reason in missing.items():
        print(f"{name}: {reason}")
    print(
        "truth=ours: labels written by Trackfront (tests/data/<corpus>/expected_newtext.json); "
        "truth=upstream: talon's fixtures."
    )
    print(
        "ours beats the best peer on every corpus (or ties at 100%): " + ("yes" if beaten else "NO")
    )
    if args.show_failures:
        for case in our_failures:
            got = ours(case)
            print(
                f"\n--- {case.corpus} {case.name}\nexpected: {case.expected!r}\ngot:      {got!r}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
