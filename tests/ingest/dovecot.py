"""A throwaway real Dovecot IMAP server for the transport tests and the IDLE benchmark.

Everything lives in one temporary folder: the config, base_dir (sockets, pid), state_dir,
the log, a passwd-file with {PLAIN} passwords and the Maildir of a static-userdb user.
The server is started in the foreground (``dovecot -F -c CONF``) so its pid is ours to
stop; ``doveadm -c CONF`` delivers mail, kicks connections and resets UIDVALIDITY.

Dovecot drops privileges to the userdb uid, so as root the mail belongs to uid/gid 5000
(Dovecot refuses uids below 500); as an ordinary user everything runs as that user.
"""
from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

DOVECOT = shutil.which("dovecot") or ("/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None)
DOVEADM = shutil.which("doveadm") or ("/usr/bin/doveadm" if Path("/usr/bin/doveadm").exists() else None)
SKIP_REASON = (
    None
    if DOVECOT and DOVEADM
    else "Dovecot is not installed (apt-get install -y dovecot-imapd; CI's .ci/run does it)"
)
MAIL_UID = 5000
USER = "tf"
PASSWORD = "secret"
MAX_USERS = 300
SENDER = "ann@client.example"
PROJECT_ADDRESS = "demo@localhost"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class DovecotServer:
    """One Dovecot instance; ``start``/``stop`` may be called repeatedly (same port, same mail)."""

    def __init__(self, root: Path | None = None, port: int | None = None, extra_config: str = "") -> None:
        if SKIP_REASON:
            raise RuntimeError(SKIP_REASON)
        # not under pytest's tmp_path: that folder is 0700 and the mail uid must reach it
        self.root = Path(root or tempfile.mkdtemp(prefix="tf-dovecot-"))
        self.root.chmod(0o755)
        self.port = port or free_port()
        self.user = USER
        self.password = PASSWORD
        self.proc: subprocess.Popen[bytes] | None = None
        self.conf = self.root / "dovecot.conf"
        self.log = self.root / "dovecot.log"
        self.extra_config = extra_config
        self._write_config()

    @property
    def url(self) -> str:
        return f"imap://{self.user}:{self.password}@127.0.0.1:{self.port}/INBOX"

    def _write_config(self) -> None:
        root = self.root
        for sub in ("run", "state", "mail"):
            (root / sub).mkdir(exist_ok=True)
        # Dovecot re-reads the passwd-file only when its mtime second changes: list the
        # users tests switch to (use_new_user) up front
        users = [self.user] + [f"{USER}{n}" for n in range(1, MAX_USERS + 1)]
        (root / "passwd").write_text("".join(f"{u}:{{PLAIN}}{self.password}::::::\n" for u in users))
        (root / "passwd").chmod(0o644)
        if os.geteuid() == 0:
            uid = gid = MAIL_UID
            os.chown(root / "mail", uid, gid)
            privileges = ""
            first_uid = 500
        else:
            uid, gid = os.getuid(), os.getgid()
            me = pwd.getpwuid(uid).pw_name
            first_uid = min(uid, 500)
            privileges = (
                f"default_internal_user = {me}\ndefault_login_user = {me}\n"
                "service anvil {\n  chroot =\n}\nservice imap-login {\n  chroot =\n}\n"
            )
        self.mail_ids = (uid, gid)
        self.conf.write_text(
            f"""# throwaway test server (tests/ingest/dovecot.py)
base_dir = {root}/run
state_dir = {root}/state
log_path = {self.log}
info_log_path = {self.log}
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
mail_location = maildir:{root}/mail/%u
mail_max_userip_connections = 500
# a throwaway server: no fsync, so filling a mailbox takes milliseconds, not seconds
mail_fsync = never
# mail delivered in the instant between a poller's last SEARCH and its IDLE is announced
# by the next check of the mailbox: every second here, not every 30 (the default), so a
# loaded test machine cannot leave it unannounced past a test's 10 s wait
mailbox_idle_check_interval = 1 secs
first_valid_uid = {first_uid}
{privileges}
{self.extra_config}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
"""
        )

    def use_new_user(self) -> str:
        """Switch to a fresh user with an empty mailbox, so tests can share one running server."""
        self._users = getattr(self, "_users", 0) + 1
        if self._users > MAX_USERS:
            raise RuntimeError("out of test users: raise MAX_USERS")
        self.user = f"{USER}{self._users}"
        return self.user

    def start(self, timeout: float = 10.0) -> None:
        assert self.proc is None, "already running"
        self.proc = subprocess.Popen(
            [str(DOVECOT), "-F", "-c", str(self.conf)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                err = self.proc.stderr.read().decode(errors="replace") if self.proc.stderr else ""
                self.proc = None
                raise RuntimeError(f"dovecot exited at start: {err.strip()} {self._log_tail()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
                    if sock.recv(64).startswith(b"* OK"):
                        return
            except OSError:
                pass
            time.sleep(0.02)
        self.stop()
        raise RuntimeError(f"dovecot did not answer on port {self.port}: {self._log_tail()}")

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the master by its pid and wait for it, so the port is free for a restart."""
        proc, self.proc = self.proc, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if proc.stderr:
            proc.stderr.close()

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def _log_tail(self) -> str:
        try:
            return self.log.read_text(errors="replace")[-2000:]
        except OSError:
            return ""

    # --- doveadm -------------------------------------------------------------------------

    def doveadm(self, *args: str, input: bytes | None = None) -> str:
        result = subprocess.run(
            [str(DOVEADM), "-c", str(self.conf), *args],
            input=input,
            capture_output=True,
            timeout=60,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(
                f"doveadm {' '.join(args)} failed ({result.returncode}): "
                f"{result.stderr.decode(errors='replace').strip()}"
            )
        return result.stdout.decode(errors="replace")

    def save(self, raw: bytes, mailbox: str = "INBOX") -> None:
        """Deliver one message the way the local delivery agent would."""
        self.doveadm("save", "-u", self.user, "-m", mailbox, input=raw)

    def kick(self) -> bool:
        """Drop every IMAP connection of the user; False when nobody was connected."""
        result = subprocess.run(
            [str(DOVEADM), "-c", str(self.conf), "kick", self.user], capture_output=True, timeout=60,
            check=False,
        )
        if result.returncode == 68:  # EX_NOUSER: no connection to kick
            return False
        if result.returncode != 0:
            raise RuntimeError(f"doveadm kick failed: {result.stderr.decode(errors='replace').strip()}")
        return True

    def set_uidvalidity(self, value: int, mailbox: str = "INBOX") -> None:
        self.doveadm("mailbox", "update", "-u", self.user, "--uid-validity", str(value), mailbox)

    def deliver_to_maildir(self, raw: bytes) -> None:
        """Deliver like a local MDA (tmp/ then rename into new/): works while Dovecot is down."""
        box = self.root / "mail" / self.user
        for sub in ("", "tmp", "new", "cur"):
            path = box / sub
            if not path.exists():
                path.mkdir()
                os.chown(path, *self.mail_ids)
        self._delivered = getattr(self, "_delivered", 0) + 1
        name = f"{time.time():.6f}.M{self._delivered}P{os.getpid()}.trackfront-test"
        tmp = box / "tmp" / name
        tmp.write_bytes(raw)
        os.chown(tmp, *self.mail_ids)
        tmp.chmod(0o600)
        tmp.rename(box / "new" / name)

    def mailbox_status(self, mailbox: str = "INBOX") -> dict[str, int]:
        out = self.doveadm("-f", "flow", "mailbox", "status", "-u", self.user,
                           "messages uidvalidity uidnext", mailbox)
        return {k: int(v) for k, v in (pair.split("=", 1) for pair in out.split() if "=" in pair)}

    # --- an IMAP client for the test itself (APPEND is much faster than doveadm save) -----

    def client(self):  # type: ignore[no-untyped-def]
        from imapclient import IMAPClient

        client = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=30)
        client.login(self.user, self.password)
        return client

    def append_many(self, messages: list[bytes], mailbox: str = "INBOX") -> None:
        with self.client() as client:
            for raw in messages:
                client.append(mailbox, raw)


def started_server(**kwargs: object) -> DovecotServer:
    """A running server of our own, or a skip with the reason Dovecot cannot run here."""
    if SKIP_REASON:
        pytest.skip(SKIP_REASON)
    server = DovecotServer(**kwargs)  # type: ignore[arg-type]
    try:
        server.start()
    except RuntimeError as exc:
        server.cleanup()
        if os.geteuid() != 0:
            pytest.skip(f"Dovecot does not start for a non-root user here: {exc}")
        raise
    return server


@pytest.fixture(scope="module", name="dovecot_server")
def dovecot_server_fixture() -> Iterator[DovecotServer]:
    server = started_server()
    try:
        yield server
    finally:
        server.cleanup()


@pytest.fixture(name="dovecot")
def dovecot_fixture(dovecot_server: DovecotServer) -> DovecotServer:
    """The module's running Dovecot, switched to a fresh user with an empty INBOX."""
    dovecot_server.use_new_user()
    return dovecot_server


def message(i: int, *, to: str = PROJECT_ADDRESS, sender: str = SENDER, body: str | None = None,
            tag: str = "m") -> bytes:
    """A small, routable test message with a unique Message-ID."""
    text = body if body is not None else f"Note {i}: the draft is in the shared folder."
    return (
        f"From: Ann Client <{sender}>\r\nTo: {to}\r\nSubject: note {i}\r\n"
        f"Message-ID: <{tag}{i}.{os.getpid()}@client.example>\r\n"
        f"Date: Mon, 02 Mar 2026 10:00:00 +0000\r\n\r\n{text}\r\n"
    ).encode()


def setup_project(slug: str = "demo", member: str = SENDER) -> None:
    """A project and a client member, so the test mail routes and processes normally."""
    from store.directory import add_member, add_project

    project = add_project(slug, "Demo", [])
    add_member(project, member, "client")
