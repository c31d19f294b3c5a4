"""Bodies a parser left undecoded: a 7bit ISO-2022-JP body (Japanese Outlook, Becky!), and a
charset Python knows by another name ("windows-874", Thai Outlook), are decoded before quotes
are stripped."""
from __future__ import annotations

import email
from collections.abc import Callable

import pytest

from ingest.charsets import decoded_texts, undecoded, unknown_charset
from store import directory
from store.models import Message, Task

_BODY = ("Kenji-san\r\n\r\nお疲れ様です。佐藤です。\r\nYes, the second Steam Deck came back on Monday.\r\n\r\n"
         "差出人: Kenji Morimoto <kenji@kotoba.example>\r\n送信日時: 2026年11月3日 18:45\r\n"
         "宛先: Haruka Sato <haruka@kotoba.example>\r\n件名: internal: glyphs\r\n\r\n"
         "Haruka-san, please take the item descriptions by Friday.\r\n")


def _raw(sender: str, to: str, subject: str, date: str, charset: str, body: bytes) -> bytes:
    head = (f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {date}\r\nMessage-ID: <{charset}@x>\r\n"
            f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=\"{charset}\"\r\n"
            f"Content-Transfer-Encoding: {'7bit' if body.isascii() else '8bit'}\r\n\r\n")
    return head.encode() + body


def _mail() -> bytes:
    return _raw("Haruka Sato <haruka@kotoba.example>", "tidebound@projects.example.com", "RE: internal: glyphs",
                "Fri, 06 Nov 2026 08:32:20 +0000", "iso-2022-jp", _BODY.encode("iso-2022-jp"))


def test_the_escape_sequences_are_decoded_with_the_declared_charset() -> None:
    msg = email.message_from_bytes(_mail())
    texts = decoded_texts(msg, "plain")
    assert "お疲れ様です" in texts[0] and not undecoded(texts)
    assert undecoded(["\x1b$B$*Hh$l\x1b(B"])


def _thai_outlook_reply() -> bytes:
    body = ("Dear Khun Nurul,\r\n\r\nSo can I send the photos to you within Friday 6 Nov instead ka?\r\n\r\n"
            "จาก: Nurul Aisyah Rahman <nurul@kopi.example>\r\nส่ง: วันจันทร์ที่ 2 พฤศจิกายน 2569 8:40\r\n"
            "ถึง: Siriporn Wongsakul <siriporn@saphan.example>\r\nเรื่อง: December content\r\n\r\n"
            "Could you send us the high-res photos of the new rooftop bar by Wednesday?\r\n")
    return _raw("Siriporn Wongsakul <siriporn@saphan.example>", "saphan@projects.example.com", "RE: December content",
                "Mon, 02 Nov 2026 07:05:33 +0000", "windows-874", body.encode("cp874"))


def test_a_charset_python_knows_by_another_name_is_decoded() -> None:
    msg = email.message_from_bytes(_thai_outlook_reply())
    assert unknown_charset(msg)
    assert "จาก: Nurul" in decoded_texts(msg, "plain")[0]
    assert not unknown_charset(email.message_from_bytes(_mail()))


@pytest.mark.parametrize(("members", "mail", "decoded", "own", "quoted"), [
    # Japanese Outlook, ISO-2022-JP
    ([("haruka@kotoba.example", "team", "Haruka Sato"), ("kenji@kotoba.example", "team", "Kenji Morimoto")], _mail,
     "お疲れ様です", "second Steam Deck", "item descriptions"),
    # Thai Outlook, windows-874
    ([("siriporn@saphan.example", "client", "Siriporn Wongsakul"), ("nurul@kopi.example", "team", "Nurul Aisyah Rahman")],
     _thai_outlook_reply, "จาก: Nurul", "within Friday 6 Nov", "rooftop bar"),
])
def test_the_reply_keeps_only_its_own_text(app, members: list[tuple[str, str, str]], mail: Callable[[], bytes],  # type: ignore[no-untyped-def]
                                           decoded: str, own: str, quoted: str) -> None:
    project = directory.add_project("charsets", "Charsets", [])
    for address, role, name in members:
        directory.add_member(project, address, role, name)
    out = app.pipeline(listeners=[]).receive(mail(), source="t")
    row = Message.get_by_id(out.row.id)
    assert out.status == "processed" and decoded in row.body_text and "\x1b" not in row.body_text
    assert own in row.reply_text and quoted not in row.reply_text
    assert Task.select().count() == 0


def test_a_charset_name_no_codec_can_have_is_read_as_utf8(app) -> None:  # type: ignore[no-untyped-def]
    # (damaged mail: a null character in the declared charset; Python's codec lookup raises
    # ValueError for it, not LookupError - found by the fuzzed-message test)
    body = b"Hi Sam,\r\n\r\nCould you send the floor plan by Friday?\r\n"
    raw = _raw("Jane Doe <jane@client.example>", "nullcs@projects.example.com", "Floor plan",
               "Mon, 02 Nov 2026 09:00:00 +0000", "\x00;utf-8", body)
    msg = email.message_from_bytes(raw)
    assert decoded_texts(msg, "plain") == [body.decode()] and unknown_charset(msg) is False
    project = directory.add_project("nullcs", "Null charset", ["client.example"])
    directory.add_member(project, "jane@client.example", "client", "Jane Doe")
    directory.add_member(project, "sam@agency.example", "team", "Sam Lee")
    out = app.pipeline(listeners=[]).receive(raw, source="t")
    assert out.status == "processed", out.reason
    assert "floor plan" in Message.get_by_id(out.row.id).body_text
