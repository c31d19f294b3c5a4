"""Scenario accuracy: the acceptance testers' outside view, rebuilt blind.

Each folder of tests/data/scenarios/ holds a project (scenario.json: project, members and
the listings a careful project manager would expect) and its mail (mail/NN-*.eml). For
each scenario this drives the real CLI on a fresh SQLite database in a temporary folder
(init, project add, member add, ingest one message at a time in file order, routed by the
project address as live mail is), reads back tasks/decisions/questions/threads/quarantine
as JSON and scores them against the expectations.

An item counts as a true positive only when its keywords match and every labelled field
agrees; an item whose keywords match but whose fields do not is listed as a field mismatch
(and counts as one miss plus one false positive). A measurement, not a test: exits 0.

Run: .venv/bin/python benchmarks/scenario_accuracy.py [--scenario NAME] [--project-flag] [--in-process]

``--in-process`` calls the same CLI commands through click's test runner in this process
instead of one process per command: the same output, about a hundred times faster, for
scoring many sets while working on the rules (the default stays the outside view).
"""
from __future__ import annotations

import argparse
import email
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from email import policy
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SCENARIOS = ROOT / "tests" / "data" / "scenarios"
KINDS = ("tasks", "decisions", "questions", "threads", "quarantine")
PROJECT_DOMAIN = "projects.example.com"

CONFIG = """[database]
url = "{db}"

[mail]
from = "trackfront@{domain}"
reply_domain = "{domain}"
project_domains = ["{domain}"]
secret = "scenario-accuracy-secret"

[outbound]
maildir = "{maildir}"
"""


def trackfront_command() -> list[str]:
    beside_python = Path(sys.executable).with_name("trackfront")
    if beside_python.exists():
        return [str(beside_python)]
    venv = ROOT / ".venv" / "bin" / "trackfront"
    if venv.exists():
        return [str(venv)]
    found = shutil.which("trackfront")
    if found:
        return [found]
    return [sys.executable, "-c", "from workflows.cli import main; main()"]


@dataclass
class Run:
    """One scenario's CLI session: its own config, database and working folder."""

    workdir: Path
    in_process: bool = False
    errors: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.db = f"sqlite:///{self.workdir / 'trackfront.db'}"
        self.config = self.workdir / "trackfront.toml"
        self.config.write_text(CONFIG.format(db=self.db, domain=PROJECT_DOMAIN,
                                             maildir=self.workdir / "sent-mail"))
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("TRACKFRONT_")}

    def cli(self, *args: str, what: str = "") -> subprocess.CompletedProcess[str]:
        argv = ["--config", str(self.config), "--db", self.db, *args]
        if self.in_process:
            done = _invoke_in_process(argv)
        else:
            done = subprocess.run([*trackfront_command(), *argv], cwd=self.workdir, env=self.env, capture_output=True,
                                  text=True, timeout=300, check=False)
        # A user mistake may fail with one line; a traceback is always a bug.
        if done.returncode != 0 or "Traceback" in done.stderr:
            tail = done.stderr.strip().splitlines()[-12:] or ["(no stderr)"]
            label = what or " ".join(args[:3])
            self.errors.append(f"`trackfront {' '.join(args)}` ({label}) exit {done.returncode}:\n"
                               + "\n".join("      " + line for line in tail))
        return done

    def listing(self, *args: str) -> list[dict[str, Any]]:
        done = self.cli(*args, "--json")
        try:
            data = json.loads(done.stdout or "[]")
        except json.JSONDecodeError:
            self.errors.append(f"`trackfront {' '.join(args)} --json` printed no JSON: "
                               f"{done.stdout[:200]!r}")
            return []
        return data if isinstance(data, list) else []


def _invoke_in_process(argv: list[str]) -> subprocess.CompletedProcess[str]:
    """One CLI command through click's test runner, shaped like a finished subprocess."""
    import traceback

    from click.testing import CliRunner

    from workflows.cli import cli

    result = CliRunner().invoke(cli, argv, catch_exceptions=True)
    stderr = ""
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        stderr = "Traceback (in process)\n" + "".join(traceback.format_exception(result.exception))
    return subprocess.CompletedProcess(argv, result.exit_code, result.stdout, stderr)


def message_ids(mail: list[Path]) -> dict[str, str]:
    ids = {}
    for path in mail:
        msg = email.message_from_bytes(path.read_bytes(), policy=policy.compat32)
        mid = (msg.get("Message-ID") or "").strip()
        if mid:
            ids[mid] = path.name
    return ids


def run_scenario(folder: Path, use_project_flag: bool, in_process: bool = False) -> tuple[dict[str, list], list[str], str]:
    spec = json.loads((folder / "scenario.json").read_text())
    project = spec["project"]
    slug = project["slug"]
    mail = sorted((folder / "mail").glob("*.eml"))
    with tempfile.TemporaryDirectory(prefix=f"scenario-{folder.name}-") as tmp:
        run = Run(Path(tmp), in_process)
        run.cli("init")
        domains = [arg for d in project.get("client_domains", []) for arg in ("--client-domain", d)]
        run.cli("project", "add", slug, "--name", project["name"], *domains)
        for m in spec["members"]:
            extra = [*(["--name", m["name"]] if m.get("name") else []),
                     *(["--tz", m["tz"]] if m.get("tz") else [])]
            run.cli("member", "add", slug, m["email"], "--role", m["role"], *extra)
        totals: dict[str, int] = {}
        for path in mail:
            route = ["--project", slug] if use_project_flag else []
            done = run.cli("ingest", *route, "--json", str(path), what=path.name)
            try:
                summary = json.loads(done.stdout.strip().splitlines()[-1])
            except (json.JSONDecodeError, IndexError):
                summary = {}
            for key, value in summary.items():
                if isinstance(value, int):
                    totals[key] = totals.get(key, 0) + value
            if summary.get("failed"):
                run.errors.append(f"{path.name}: ingest reports failed={summary['failed']}")
        actual = {
            "tasks": run.listing("tasks", slug, "--status", "all"),
            "decisions": run.listing("decisions", slug),
            "questions": run.listing("questions", slug),
            "threads": run.listing("threads", slug),
            "quarantine": run.listing("quarantine"),
        }
    ingest_line = ", ".join(f"{k} {v}" for k, v in totals.items())
    return actual, run.errors, ingest_line


# --- matching -----------------------------------------------------------------------------

def _has_all(text: str | None, keywords: list[str]) -> bool:
    low = (text or "").lower()
    return all(k.lower() in low for k in keywords)


def _norm(value: Any) -> Any:
    return value.strip().lower() if isinstance(value, str) and value.strip() else (value or None)


def keys_match(kind: str, exp: dict, act: dict) -> bool:
    if kind == "tasks":
        return _has_all(act.get("title"), exp["title_keywords"])
    if kind == "decisions":
        return _has_all(act.get("summary"), exp["summary_keywords"])
    if kind == "questions":
        return _has_all(act.get("text"), exp["keywords"])
    if kind == "threads":
        return _has_all(act.get("subject"), exp["subject_keywords"])
    return (act.get("sender") or "").lower() == exp["sender"].lower()


def field_mismatches(kind: str, exp: dict, act: dict) -> list[str]:
    """Labelled fields that disagree, as 'field: expected X, got Y'."""
    wrong = []

    def check(name: str, want: Any, got: Any) -> None:
        if _norm(want) != _norm(got):
            wrong.append(f"{name}: expected {want}, got {got}")

    if kind == "tasks":
        for name in ("owner", "due", "status", "visibility"):
            if name in exp:
                check(name, exp[name], act.get(name))
    elif kind == "decisions":
        check("decided_by", exp["decided_by"], act.get("decided_by"))
        want = exp.get("rationale_keywords")
        got = act.get("rationale")
        if want is None and got:
            wrong.append(f"rationale: expected none, got {got!r}")
        elif want and not _has_all(got, want):
            wrong.append(f"rationale: expected {want}, got {got!r}")
    elif kind == "questions":
        check("asked_by", exp["asked_by"], act.get("asked_by"))
        check("status", exp["status"], act.get("status"))
    elif kind == "threads":
        got = len(act.get("message_ids") or [])
        if got != exp["message_count"]:
            wrong.append(f"message_count: expected {exp['message_count']}, got {got}")
    elif (kind == "quarantine" and exp.get("reason_keywords")
          and not _has_all(act.get("reason"), exp["reason_keywords"])):
        wrong.append(f"reason: expected {exp['reason_keywords']}, got {act.get('reason')!r}")
    return wrong


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    mismatched: int = 0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.mismatched += other.mismatched

    def line(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        found = self.tp + self.mismatched
        loose_p = found / (found + self.fp - self.mismatched) if found + self.fp - self.mismatched else 1.0
        loose_r = found / (found + self.fn - self.mismatched) if found + self.fn - self.mismatched else 1.0
        loose = 2 * loose_p * loose_r / (loose_p + loose_r) if loose_p + loose_r else 0.0
        return (f"tp {self.tp:3d}  fp {self.fp:3d}  fn {self.fn:3d}  P {p:.2f}  R {r:.2f}  F1 {f1:.2f}"
                f"   (keyword-only F1 {loose:.2f}, {self.mismatched} found with wrong fields)")


def describe_actual(kind: str, act: dict) -> str:
    if kind == "tasks":
        return (f"{act.get('title')!r} owner={act.get('owner')} due={act.get('due')} "
                f"status={act.get('status')} vis={act.get('visibility')}")
    if kind == "decisions":
        return f"{act.get('summary')!r} rationale={act.get('rationale')!r} by={act.get('decided_by')}"
    if kind == "questions":
        return f"{act.get('text')!r} by={act.get('asked_by')} status={act.get('status')}"
    if kind == "threads":
        return f"{act.get('subject')!r} messages={len(act.get('message_ids') or [])}"
    return f"{act.get('sender')} reason={act.get('reason')!r}"


def describe_expected(kind: str, exp: dict) -> str:
    if kind == "tasks":
        return (f"{exp['title_keywords']} owner={exp.get('owner')} due={exp.get('due')} "
                f"status={exp.get('status')} vis={exp.get('visibility')}")
    if kind == "decisions":
        return f"{exp['summary_keywords']} rationale~{exp.get('rationale_keywords')} by={exp['decided_by']}"
    if kind == "questions":
        return f"{exp['keywords']} by={exp['asked_by']} status={exp['status']}"
    if kind == "threads":
        return f"{exp['subject_keywords']} messages={exp['message_count']}"
    return f"{exp['sender']}"


def source_of(kind: str, act: dict, files: dict[str, str]) -> str:
    if kind == "threads":
        mids = act.get("message_ids") or []
        mid = mids[0] if mids else ""
    elif kind == "quarantine":
        mid = act.get("message_id") or ""
    else:
        mid = act.get("source_message_id") or ""
    return files.get(mid.strip(), mid or "?")


def score_kind(kind: str, expected: list[dict], actual: list[dict],
               files: dict[str, str]) -> tuple[Score, list[str]]:
    score = Score()
    lines: list[str] = []
    left = list(range(len(actual)))
    pending = []
    for exp in expected:
        hit = next((i for i in left if keys_match(kind, exp, actual[i])
                    and not field_mismatches(kind, exp, actual[i])), None)
        if hit is None:
            pending.append(exp)
        else:
            left.remove(hit)
            score.tp += 1
    for exp in pending:
        near = next((i for i in left if keys_match(kind, exp, actual[i])), None)
        src = exp.get("source", "?")
        if near is None:
            score.fn += 1
            lines.append(f"    MISS  {kind[:-1]:9s} {describe_expected(kind, exp)}  ({src})")
            continue
        left.remove(near)
        score.fn += 1
        score.fp += 1
        score.mismatched += 1
        wrong = "; ".join(field_mismatches(kind, exp, actual[near]))
        lines.append(f"    FIELD {kind[:-1]:9s} {describe_expected(kind, exp)} -> {wrong}"
                     f"  ({src}; got {describe_actual(kind, actual[near])})")
    for i in left:
        score.fp += 1
        lines.append(f"    FP    {kind[:-1]:9s} {describe_actual(kind, actual[i])}"
                     f"  ({source_of(kind, actual[i], files)})")
    return score, lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", help="run only this scenario (folder name)")
    parser.add_argument("--project-flag", action="store_true",
                        help="ingest with --project SLUG instead of routing by address")
    parser.add_argument("--show", action="store_true",
                        help="also print every recorded item with the file it came from")
    parser.add_argument("--root", type=Path, default=SCENARIOS,
                        help="folder holding the scenario folders (default: tests/data/scenarios)")
    parser.add_argument("--in-process", action="store_true",
                        help="run the CLI commands in this process (same output, much faster)")
    args = parser.parse_args()
    root: Path = args.root.resolve()
    folders = sorted(p for p in root.iterdir() if (p / "scenario.json").exists())
    if args.scenario:
        folders = [p for p in folders if p.name == args.scenario]
        if not folders:
            print(f"no scenario named {args.scenario!r} in {root}")
            return 0
    overall = {kind: Score() for kind in KINDS}
    all_errors: list[str] = []
    for folder in folders:
        spec = json.loads((folder / "scenario.json").read_text())
        mail = sorted((folder / "mail").glob("*.eml"))
        files = message_ids(mail)
        actual, errors, ingest_line = run_scenario(folder, args.project_flag, args.in_process)
        print(f"== {folder.name} ({spec['project']['slug']}): {len(mail)} messages; "
              f"ingest: {ingest_line}")
        details: list[str] = []
        for kind in KINDS:
            score, lines = score_kind(kind, spec["expected"].get(kind, []), actual[kind], files)
            overall[kind].add(score)
            details.extend(lines)
            print(f"  {kind:10s} {score.line()}")
        for line in details:
            print(line)
        if args.show:
            for kind in KINDS:
                for act in actual[kind]:
                    print(f"    ITEM  {kind[:-1]:9s} {describe_actual(kind, act)}"
                          f"  ({source_of(kind, act, files)})")
        for err in errors:
            print(f"    CLI ERROR {err}")
            all_errors.append(f"{folder.name}: {err}")
        print()
    total = Score()
    print(f"== overall ({len(folders)} scenarios)")
    for kind in KINDS:
        total.add(overall[kind])
        print(f"  {kind:10s} {overall[kind].line()}")
    print(f"  {'all':10s} {total.line()}")
    print(f"  CLI errors: {len(all_errors)}")
    return 0


if __name__ == "__main__":
    main()
    sys.exit(0)
