"""The IMAP poller against a real Dovecot: checkpoints, marking, history, size limit, IDLE."""
from __future__ import annotations

import threading
import time

import pytest
from click.testing import CliRunner
from dovecot import (  # noqa: F401 - pytest fixtures
    DovecotServer,
    dovecot_fixture,
    dovecot_server_fixture,
    message,
    setup_project,
    started_server,
)
from waiting import wait_for

from ingest.imap_poller import ImapError, ImapPoller, PollerOptions, parse_imap_url
from store.models import ImapCursor, Message, Quarantine

KEYWORD = "$Trackfront"


def pipeline(app):  # type: ignore[no-untyped-def]
    return app.pipeline()


def options(server: DovecotServer, **kw: object) -> PollerOptions:
    values: dict[str, object] = {"url": server.url, "socket_timeout": 10.0, "backoff_min": 0.05,
                                 "backoff_max": 0.5}
    values.update(kw)
    return PollerOptions(**values)  # type: ignore[arg-type]


def crash_after_commit(_uids: object) -> None:
    raise SystemExit("killed right after the commit")


def uids_with(server: DovecotServer, *criteria: str, folder: str = "INBOX") -> list[int]:
    with server.client() as client:
        client.select_folder(folder, readonly=True)
        return sorted(client.search(list(criteria) or ["ALL"]))


# --- URLs and options ------------------------------------------------------------------------


def test_parse_imap_url_reads_user_with_at_sign_default_ports_and_folder() -> None:
    ep = parse_imap_url("imaps://projects%40example.com:p%40ss@imap.example.com/Projects/In")
    assert (ep.user, ep.password, ep.host, ep.port, ep.folder) == (
        "projects@example.com", "p@ss", "imap.example.com", 993, "Projects/In")
    assert ep.implicit_tls and ep.starttls == "never"
    plain = parse_imap_url("imap://bob@mail.example.org")
    assert (plain.port, plain.folder, plain.password, plain.starttls) == (143, "INBOX", None, "auto")
    assert parse_imap_url("imap://a:b@h:1430/X?starttls=require").starttls == "require"
    assert parse_imap_url("imap://a@b.example@h/X").user == "a@b.example"


@pytest.mark.parametrize("url", ["http://a:b@h/INBOX", "imap:///INBOX", "imap://host/INBOX",
                                 "imap://a@h/INBOX?starttls=maybe"])
def test_bad_imap_urls_are_refused_with_a_reason(url: str) -> None:
    with pytest.raises(ImapError):
        parse_imap_url(url)


def test_options_refuse_idle_over_29_minutes_and_move_without_folder() -> None:
    with pytest.raises(ImapError, match="29 minutes"):
        PollerOptions(url="imap://a:b@h/INBOX", idle_timeout=29 * 60)
    with pytest.raises(ImapError, match="move_to"):
        PollerOptions(url="imap://a:b@h/INBOX", mark="move")
    with pytest.raises(ImapError, match="keyword"):
        PollerOptions(url="imap://a:b@h/INBOX", keyword="\\Seen")


# --- checkpoints, marking, history -----------------------------------------------------------


def test_first_sync_imports_history_quietly_and_later_mail_live(app, dovecot: DovecotServer) -> None:  # type: ignore[no-untyped-def]
    setup_project()
    dovecot.append_many([message(i) for i in range(5)])
    poller = ImapPoller(options(dovecot), pipeline(app))
    report = poller.sync_once()
    assert (report.stored, report.marked, report.processed) == (5, 5, 5)
    assert [m.live for m in Message.select()] == [False] * 5
    assert {m.status for m in Message.select()} == {"processed"}
    assert uids_with(dovecot, "UNKEYWORD", KEYWORD) == []
    assert uids_with(dovecot, "SEEN") == []  # the user's own client is left alone

    dovecot.save(message(99))
    report = ImapPoller(options(dovecot), pipeline(app)).sync_once()
    assert report.stored == 1
    newest = Message.select().order_by(Message.id.desc()).first()
    assert newest.live is True and newest.message_id.startswith("<m99.")
    cursor = ImapCursor.get()
    assert cursor.last_uid == 6 and cursor.mailbox == f"{dovecot.user}@127.0.0.1:{dovecot.port}/INBOX"


def test_start_now_skips_existing_mail_and_leaves_it_unmarked(app, dovecot: DovecotServer) -> None:  # type: ignore[no-untyped-def]
    setup_project()
    dovecot.append_many([message(i) for i in range(3)])
    report = ImapPoller(options(dovecot, start="now"), pipeline(app)).sync_once()
    assert (report.stored, Message.select().count()) == (0, 0)
    dovecot.save(message(10))
    report = ImapPoller(options(dovecot, start="now"), pipeline(app)).sync_once()
    assert report.stored == 1
    assert [m.live for m in Message.select()] == [True]
    assert uids_with(dovecot, "KEYWORD", KEYWORD) == [4]


def test_mark_seen_and_mark_move_to_a_folder_created_on_demand(app, dovecot: DovecotServer) -> None:  # type: ignore[no-untyped-def]
    setup_project()
    dovecot.append_many([message(i) for i in range(3)])
    ImapPoller(options(dovecot, mark="seen"), pipeline(app)).sync_once()
    assert uids_with(dovecot, "SEEN") == [1, 2, 3]
    assert uids_with(dovecot, "KEYWORD", KEYWORD) == []

    dovecot.use_new_user()
    dovecot.append_many([message(i, tag="mv") for i in range(3)])
    ImapPoller(options(dovecot, mark="move", move_to="Processed"), pipeline(app)).sync_once()
    assert uids_with(dovecot) == []
    assert len(uids_with(dovecot, folder="Processed")) == 3
    assert Message.select().count() == 6


def test_oversized_mail_is_quarantined_from_its_headers_and_does_not_block_the_rest(app, dovecot: DovecotServer) -> None:  # type: ignore[no-untyped-def]
    setup_project()
    big = message(2, body="x" * 60_000)
    dovecot.append_many([message(1), big, message(3)])
    report = ImapPoller(options(dovecot, max_bytes=20_000), pipeline(app)).sync_once()
    assert (report.stored, report.quarantined) == (2, 1)
    row = Message.get(Message.message_id.startswith("<m2."))
    assert row.status == "quarantined" and row.size == len(big)
    assert bytes(row.raw).startswith(b"From: Ann Client") and b"xxxx" not in bytes(row.raw)
    q = Quarantine.get(Quarantine.message == row)
    assert q.reason.startswith(f"too large ({len(big)} bytes") and q.sender == "ann@client.example"
    assert {m.status for m in Message.select().where(Message.id != row.id)} == {"processed"}
    assert uids_with(dovecot, "UNKEYWORD", KEYWORD) == []


def test_a_message_the_store_rejects_is_quarantined_and_the_rest_go_on(app, dovecot: DovecotServer, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Fault injection: a store failure that is not the database being down (a bug, a value
    the database refuses) must neither block the mailbox nor loop."""
    import ingest.imap_poller as poller_module

    real_store = poller_module.store_raw

    def picky_store(raw: bytes, **kw: object):  # type: ignore[no-untyped-def]
        if b"BREAKS-THE-STORE" in raw:
            raise ValueError("the database refused a value")
        return real_store(raw, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(poller_module, "store_raw", picky_store)
    setup_project()
    dovecot.append_many([message(1), message(2, body="BREAKS-THE-STORE"), message(3)])
    report = ImapPoller(options(dovecot), pipeline(app)).sync_once()
    assert (report.stored, report.quarantined) == (2, 1)
    bad = Message.get(Message.message_id.startswith("<m2."))
    assert bad.status == "quarantined" and b"BREAKS" not in bytes(bad.raw)
    assert Quarantine.get(Quarantine.message == bad).reason.startswith("could not be stored: ValueError")
    assert uids_with(dovecot, "UNKEYWORD", KEYWORD) == []
    again = ImapPoller(options(dovecot), pipeline(app)).sync_once()
    assert (again.stored, again.quarantined, again.listed) == (0, 0, 0)


def test_a_crash_between_commit_and_mark_is_repaired_by_the_next_run(app, dovecot: DovecotServer) -> None:  # type: ignore[no-untyped-def]
    setup_project()
    dovecot.append_many([message(i) for i in range(7)])
    with pytest.raises(SystemExit):
        ImapPoller(options(dovecot, batch_messages=3), None, on_commit=crash_after_commit).sync_once()
    assert Message.select().count() == 3  # the first batch is committed ...
    assert uids_with(dovecot, "KEYWORD", KEYWORD) == []  # ... but was never marked
    report = ImapPoller(options(dovecot, batch_messages=3), pipeline(app)).sync_once()
    assert report.stored == 4 and report.marked == 7
    assert uids_with(dovecot, "UNKEYWORD", KEYWORD) == []
    assert Message.select().count() == 7


def test_uidvalidity_change_neither_loses_nor_doubles_mail(app, dovecot: DovecotServer) -> None:  # type: ignore[no-untyped-def]
    setup_project()
    dovecot.append_many([message(i) for i in range(4)])
    ImapPoller(options(dovecot), pipeline(app)).sync_once()
    # two more arrive; one of them was stored but never marked (a crash), then the reset
    dovecot.append_many([message(4), message(5)])
    with pytest.raises(SystemExit):
        ImapPoller(options(dovecot, batch_messages=1), None, on_commit=crash_after_commit).sync_once()
    old = dovecot.mailbox_status()["uidvalidity"]
    dovecot.set_uidvalidity(old + 1000)
    dovecot.save(message(6))
    report = ImapPoller(options(dovecot), pipeline(app)).sync_once()
    assert report.uidvalidity_changed
    assert report.skipped == 4  # carried our keyword: not downloaded again
    assert (report.stored, report.duplicates) == (2, 1)
    assert Message.select().count() == 7
    assert ImapCursor.get().uidvalidity == old + 1000
    assert uids_with(dovecot, "UNKEYWORD", KEYWORD) == []


def test_wrong_password_is_one_clear_error(dovecot: DovecotServer) -> None:
    bad = dovecot.url.replace(":secret@", ":wrong@")
    with pytest.raises(ImapError, match="refused"):
        ImapPoller(PollerOptions(url=bad, socket_timeout=5), None).sync_once()


def test_unreachable_server_is_one_clear_error() -> None:
    from dovecot import free_port

    url = f"imap://a:b@127.0.0.1:{free_port()}/INBOX"
    with pytest.raises(ImapError, match="127.0.0.1"):
        ImapPoller(PollerOptions(url=url, socket_timeout=5), None).sync_once()


# --- IDLE and polling ------------------------------------------------------------------------


def _run_in_thread(poller: ImapPoller) -> tuple[threading.Thread, threading.Event]:
    stop = threading.Event()
    thread = threading.Thread(target=poller.run, args=(stop,), daemon=True)
    thread.start()
    return thread, stop


def test_idle_picks_up_new_mail_and_stops_promptly(app, dovecot: DovecotServer) -> None:  # type: ignore[no-untyped-def]
    setup_project()
    thread, stop = _run_in_thread(ImapPoller(options(dovecot), pipeline(app)))
    try:
        assert wait_for(lambda: ImapCursor.select().exists())
        dovecot.save(message(1))
        assert wait_for(lambda: Message.select().where(Message.status == "processed").count() == 1)
        assert Message.get().live is True
    finally:
        stop.set()
        started = time.monotonic()
        thread.join(10)
    assert not thread.is_alive() and time.monotonic() - started < 3


def test_mail_arriving_between_search_and_idle_is_picked_up(app, dovecot: DovecotServer) -> None:  # type: ignore[no-untyped-def]
    # Dovecot announces it right after "+ idling", often in the same packet: the EXISTS then
    # sits in imaplib's read buffer, where polling the socket cannot see it
    setup_project()
    syncs: list[object] = []

    def deliver_after_first_sync(report: object) -> None:
        syncs.append(report)
        if len(syncs) == 1:
            dovecot.save(message(1))

    poller = ImapPoller(options(dovecot), pipeline(app))
    stop = threading.Event()
    thread = threading.Thread(target=poller.run, args=(stop, deliver_after_first_sync), daemon=True)
    thread.start()
    try:
        assert wait_for(lambda: Message.select().where(Message.status == "processed").count() == 1)
    finally:
        stop.set()
        thread.join(10)
    assert not thread.is_alive()


def test_without_idle_the_poller_polls_at_its_interval(app) -> None:  # type: ignore[no-untyped-def]
    server = started_server(extra_config="imap_capability = IMAP4rev1 UIDPLUS MOVE")
    try:
        with server.client() as client:
            assert b"IDLE" not in client.capabilities()
        setup_project()
        thread, stop = _run_in_thread(ImapPoller(options(server, poll_interval=0.2), pipeline(app)))
        try:
            assert wait_for(lambda: ImapCursor.select().exists())
            server.save(message(1))
            assert wait_for(lambda: Message.select().count() == 1)
        finally:
            stop.set()
            thread.join(10)
    finally:
        server.cleanup()


# --- command line ----------------------------------------------------------------------------


def test_cli_poll_once_prints_a_summary(settings, dovecot: DovecotServer, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from workflows.app import App
    from workflows.cli import cli

    monkeypatch.chdir(tmp_path)
    app = App.open(settings)
    setup_project()
    dovecot.append_many([message(i) for i in range(2)])
    result = CliRunner().invoke(cli, ["--db", settings.db_url, "poll", "--imap", dovecot.url, "--once"])
    assert result.exit_code == 0, result.output
    assert "stored 2" in result.output and "marked 2" in result.output
    assert Message.select().count() == 2
    app.close()


def test_cli_poll_without_a_mailbox_is_a_usage_error(settings, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from workflows.cli import cli

    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["--db", settings.db_url, "poll", "--once"])
    assert result.exit_code != 0 and "--imap" in result.output


def test_cli_poll_reads_the_config_mailboxes_with_the_password_from_the_environment(
    settings, dovecot: DovecotServer, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from workflows.app import App
    from workflows.cli import cli

    monkeypatch.chdir(tmp_path)
    app = App.open(settings)
    setup_project()
    dovecot.save(message(1))
    url_without_password = dovecot.url.replace(f":{dovecot.password}@", "@")
    config = tmp_path / "trackfront.toml"
    config.write_text(
        f'[database]\nurl = "{settings.db_url}"\n\n'
        f'[[imap]]\nurl = "{url_without_password}"\npassword_env = "TF_TEST_IMAP_PASSWORD"\nmark = "seen"\n'
    )
    runner = CliRunner()
    missing = runner.invoke(cli, ["--config", str(config), "poll", "--once"], env={"TF_TEST_IMAP_PASSWORD": None})
    assert missing.exit_code != 0 and "TF_TEST_IMAP_PASSWORD" in str(missing.exception)
    result = runner.invoke(cli, ["--config", str(config), "poll", "--once"],
                           env={"TF_TEST_IMAP_PASSWORD": dovecot.password})
    assert result.exit_code == 0, result.output
    assert "stored 1" in result.output
    assert uids_with(dovecot, "SEEN") == [1]  # the entry's mark setting was used
    app.close()


def test_cli_poll_keeps_idling_until_sigterm(settings, dovecot: DovecotServer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os
    import signal
    import subprocess
    import sys
    from pathlib import Path

    from workflows.app import App

    app = App.open(settings)
    setup_project()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRACKFRONT_")}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    proc = subprocess.Popen(
        [sys.executable, "-c", "from workflows.cli import main; main()",
         "--db", settings.db_url, "poll", "--imap", dovecot.url],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert wait_for(lambda: ImapCursor.select().exists() or proc.poll() is not None, timeout=20)
        dovecot.save(message(1))
        assert wait_for(lambda: Message.select().where(Message.status == "processed").count() == 1)
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "polling imap://tf" in err and ":***@" in err  # the password is not echoed
    app.close()
