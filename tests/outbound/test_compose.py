"""Tests for outbound.compose: header safety, structure and re-parse fidelity."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outbound.compose import (
    EXTRA_VALUE_MAX,
    NAME_MAX,
    REFERENCES_MAX,
    SUBJECT_MAX,
    Outgoing,
    compose,
    make_message_id,
    sanitize_header_value,
    validate_address,
)
from outbound.errors import ComposeError, OutboundError

DATA = Path(__file__).resolve().parents[1] / "data" / "outbound"
BERLIN = ZoneInfo("Europe/Berlin")
BASE_HEADERS = {
    "from",
    "to",
    "subject",
    "date",
    "message-id",
    "auto-submitted",
    "x-auto-response-suppress",
    "mime-version",
    "content-type",
}

HOSTILE = [
    "\r\nBcc: x@evil.example",
    "\nBcc: x@evil.example",
    "\rBcc: x@evil.example",
    "=?utf-8?q?x=0D=0ABcc:_evil@x?=",
    "=?utf-8?b?eA0KQmNjOiBldmlsQHguZXhhbXBsZQ==?=",
    "=?utf-8?q?=3D=3Futf-8=3Fq=3Fx=3D0D=3D0ABcc:=5Fevil@x=3F=3D?=",
    "\x00",
    "\u2028Bcc: a@b.c",
    "\x85",
    "\u202eevil",
    '"',
    "\\",
    ",",
    "<x@evil.example>",
    "Jürgen Ü",
    "😀",
    "x" * 1200,
    "\ud800",
]


def _outgoing(**overrides: object) -> Outgoing:
    values: dict[str, object] = {
        "from_addr": "pm@trackfront.example",
        "from_name": "Trackfront",
        "to": [("Alice Client", "alice@client.example")],
        "subject": "Weekly update",
        "text": "Hello Alice\n",
        "html": None,
        "message_id": "<abc.123@trackfront.example>",
        "date": datetime(2025, 3, 10, 9, 30, tzinfo=BERLIN),
    }
    values.update(overrides)
    return Outgoing(**values)  # type: ignore[arg-type]


def _parse(raw: bytes) -> EmailMessage:
    return message_from_bytes(raw, policy=policy.default)  # type: ignore[return-value]


def _header_names(raw: bytes) -> Counter[str]:
    # compat32 does not decode anything: it shows what is really on the wire.
    wire = message_from_bytes(raw, policy=policy.compat32)
    return Counter(name.lower() for name in wire)


def _assert_wire_clean(raw: bytes) -> None:
    assert raw.isascii()
    head = raw.split(b"\r\n\r\n", 1)[0]
    for line in head.split(b"\r\n"):
        assert len(line) <= 998
        assert b"\r" not in line and b"\n" not in line
    assert b"\nBcc:" not in raw and b"\nbcc:" not in raw.lower()


def test_plain_text_message() -> None:
    raw = compose(_outgoing())
    _assert_wire_clean(raw)
    assert set(_header_names(raw)) == BASE_HEADERS | {"content-transfer-encoding"}
    parsed = _parse(raw)
    assert parsed.get_content_type() == "text/plain"
    assert parsed.get_content_charset() == "utf-8"
    assert parsed.get_content() == "Hello Alice\r\n"
    assert parsed["Auto-Submitted"] == "auto-generated"
    assert parsed["X-Auto-Response-Suppress"] == "All"
    assert parsed["Date"] == "Mon, 10 Mar 2025 09:30:00 +0100"
    assert parsed["Message-ID"] == "<abc.123@trackfront.example>"
    assert str(parsed["From"]) == "Trackfront <pm@trackfront.example>"


def test_multipart_alternative_with_all_optional_headers() -> None:
    raw = compose(
        _outgoing(
            html="<p>Hallo Jürgen</p>",
            text="Hallo Jürgen",
            reply_to="acme+token@reply.trackfront.example",
            in_reply_to="<parent@client.example>",
            references=["<root@client.example>", "<parent@client.example>"],
            list_unsubscribe="mailto:acme+unsub@reply.trackfront.example?subject=unsubscribe",
            extra={"X-Trackfront-Kind": "weekly_update"},
        )
    )
    _assert_wire_clean(raw)
    names = _header_names(raw)
    assert set(names) == BASE_HEADERS | {
        "reply-to",
        "in-reply-to",
        "references",
        "list-unsubscribe",
        "x-trackfront-kind",
    }
    assert max(names.values()) == 1
    parsed = _parse(raw)
    assert parsed.get_content_type() == "multipart/alternative"
    plain, html = parsed.iter_parts()
    assert plain.get_content().replace("\r\n", "\n") == "Hallo Jürgen\n"
    assert html.get_content_type() == "text/html"
    assert html.get_content().replace("\r\n", "\n") == "<p>Hallo Jürgen</p>\n"
    assert "MIME-Version" not in html
    assert parsed["References"] == "<root@client.example> <parent@client.example>"
    assert (
        parsed["List-Unsubscribe"]
        == "<mailto:acme+unsub@reply.trackfront.example?subject=unsubscribe>"
    )
    assert parsed["X-Trackfront-Kind"] == "weekly_update"


def test_long_message_ids_are_folded_between_tokens_not_encoded() -> None:
    long_ids = [f"<{'r' * 120}.{n}@client.example>" for n in range(30)]
    raw = compose(_outgoing(in_reply_to=long_ids[-1], references=long_ids, message_id=long_ids[0]))
    _assert_wire_clean(raw)
    assert b"=?" not in raw
    parsed = _parse(raw)
    refs = str(parsed["References"]).split()
    assert len(refs) == REFERENCES_MAX
    assert refs[0] == long_ids[0] and refs[1:] == long_ids[-(REFERENCES_MAX - 1) :]
    assert parsed["In-Reply-To"] == long_ids[-1]


def test_invalid_references_and_in_reply_to_are_dropped() -> None:
    raw = compose(
        _outgoing(
            in_reply_to="<a b@x>",
            references=[
                "no-brackets@x",
                "<ok@x.example>",
                "<x@y>\r\nBcc: e@vil",
                "<@x>",
                "<a@b> <c@d>",
            ],
        )
    )
    parsed = _parse(raw)
    assert "In-Reply-To" not in parsed
    assert parsed["References"] == "<ok@x.example>"


@pytest.mark.parametrize(
    "overrides",
    [
        {"date": datetime(2025, 3, 10, 9, 30)},
        {"message_id": "abc@trackfront.example"},
        {"message_id": "<abc@trackfront.example>\r\nBcc: x@evil"},
        {"to": []},
        {"from_addr": "pm@trackfront.example\r\nBcc: x@evil"},
        {"reply_to": "a@b.example, c@d.example"},
        {"list_unsubscribe": "https://example.org/unsub"},
        {"list_unsubscribe": "mailto:a@b.example> <https://evil.example"},
        {"extra": {"Bcc": "x@evil.example"}},
        {"extra": {"Subject": "second"}},
        {"extra": {"X-Ok\r\nBcc": "x"}},
        {"extra": {"Not-X": "x"}},
    ],
)
def test_refused_inputs(overrides: dict[str, object]) -> None:
    with pytest.raises(ComposeError):
        compose(_outgoing(**overrides))
    assert issubclass(ComposeError, OutboundError)


def test_cve_2024_6923_regression_inbound_subject_cannot_inject_bcc() -> None:
    inbound = message_from_bytes(
        (DATA / "cve_2024_6923_subject.eml").read_bytes(), policy=policy.default
    )
    decoded_subject = str(inbound["Subject"])
    assert "\r\nBcc:" in decoded_subject  # the fixture really carries the payload
    raw = compose(_outgoing(subject=f"Re: {decoded_subject}", in_reply_to=inbound["Message-ID"]))
    _assert_wire_clean(raw)
    names = _header_names(raw)
    assert "bcc" not in names and names["subject"] == 1
    parsed = _parse(raw)
    assert "Bcc" not in parsed
    assert str(parsed["Subject"]) == "Re: Re: timeline Bcc: attacker@evil.example"
    assert [a.addr_spec for a in parsed["To"].addresses] == ["alice@client.example"]


def test_encoded_word_lookalike_in_plain_subject_cannot_inject() -> None:
    raw = compose(_outgoing(subject="=?utf-8?q?x=0D=0ABcc:_evil@x.example?="))
    assert "bcc" not in _header_names(raw)
    assert "\n" not in str(_parse(raw)["Subject"])


hostile_text = st.lists(st.one_of(st.text(max_size=40), st.sampled_from(HOSTILE)), max_size=6).map(
    "".join
)
good_address = st.builds(
    "{}@{}.{}".format,
    st.from_regex(r"[a-z0-9][a-z0-9.+_-]{0,20}[a-z0-9]", fullmatch=True).filter(
        lambda s: ".." not in s
    ),
    st.from_regex(r"[a-z][a-z0-9-]{0,15}[a-z0-9]", fullmatch=True),
    st.sampled_from(["example", "com", "org", "xn--bcher-kva"]),
)
any_address = st.one_of(
    good_address,
    st.builds("{}{}".format, good_address, st.sampled_from(HOSTILE)),
    st.sampled_from(
        [
            "a@b.example, c@evil.example",
            "Name <a@b.example>",
            "=?utf-8?q?a?=@b.example",
            '"q"@b.example',
            "a@",
            "@b",
        ]
    ),
    st.text(max_size=30),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    subject=hostile_text,
    from_name=st.one_of(st.none(), hostile_text),
    recipients=st.lists(
        st.tuples(st.one_of(st.none(), hostile_text), any_address), min_size=1, max_size=3
    ),
    kind=hostile_text,
    with_html=st.booleans(),
)
def test_fuzzed_values_never_change_the_header_set(
    subject: str,
    from_name: str | None,
    recipients: list[tuple[str | None, str]],
    kind: str,
    with_html: bool,
) -> None:
    try:
        expected_to = [validate_address(addr) for _, addr in recipients]
    except ComposeError:
        expected_to = None
    msg = _outgoing(
        subject=subject,
        from_name=from_name,
        to=recipients,
        html="<p>x</p>" if with_html else None,
        extra={"X-Trackfront-Kind": kind},
    )
    if expected_to is None:
        with pytest.raises(ComposeError):
            compose(msg)
        return
    raw = compose(msg)
    _assert_wire_clean(raw)
    header_names = _header_names(raw)
    expected = (
        BASE_HEADERS
        | {"x-trackfront-kind"}
        | (set() if with_html else {"content-transfer-encoding"})
    )
    assert set(header_names) == expected
    assert max(header_names.values()) == 1
    parsed = _parse(raw)
    assert [a.addr_spec for a in parsed["To"].addresses] == expected_to
    # what the recipient decodes is exactly the sanitised text
    assert str(parsed["Subject"]) == sanitize_header_value(subject, SUBJECT_MAX)
    assert str(parsed["X-Trackfront-Kind"]) == sanitize_header_value(kind, EXTRA_VALUE_MAX)

    # Python's phrase parser (unlike RFC 2047 6.2 and real mail clients) reads
    # a space between adjacent encoded words, so names compare without spaces.
    def squeeze(text: str) -> str:
        return "".join(text.split())

    names = [squeeze(sanitize_header_value(name or "", NAME_MAX)) for name, _ in recipients]
    assert [squeeze(a.display_name) for a in parsed["To"].addresses] == names
    sender_name = parsed["From"].addresses[0].display_name
    assert squeeze(sender_name) == squeeze(sanitize_header_value(from_name or "", NAME_MAX))


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_sanitize_header_value_output_is_one_safe_line(value: str) -> None:
    cleaned = sanitize_header_value(value, max_length=120)
    assert len(cleaned) <= 120
    assert len(cleaned.splitlines()) <= 1
    assert cleaned == cleaned.strip()
    assert "  " not in cleaned
    assert not any(ord(c) < 32 or ord(c) == 127 for c in cleaned)


def test_sanitize_header_value_examples() -> None:
    assert sanitize_header_value("a\r\nBcc: b\x00c\td") == "a Bcc: b c d"
    assert sanitize_header_value("  many   spaces  ") == "many spaces"
    assert sanitize_header_value("x" * 10, max_length=5) == "xxxx\u2026"
    assert sanitize_header_value("safe\u202etxt.exe") == "safetxt.exe"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Alice@Client.Example", "Alice@client.example"),
        (" bob@example.org ", "bob@example.org"),
        ("j@bücher.example", "j@xn--bcher-kva.example"),
        ("o'neil+tag@example.org", "o'neil+tag@example.org"),
        ("dev@localhost", "dev@localhost"),
    ],
)
def test_validate_address_normalises(raw: str, expected: str) -> None:
    assert validate_address(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "a",
        "a@b.example\r\nBcc: x@evil",
        "a@b.example\n",
        "Name <a@b.example>",
        "a@b.example, c@d.example",
        '"quoted"@b.example',
        "a..b@example.org",
        ".a@example.org",
        "a@-bad.example",
        "a@b_c.example",
        "=?utf-8?q?a?=@b.example",
        "a b@example.org",
        "ü@example.org",
        "x" * 65 + "@example.org",
    ],
)
def test_validate_address_refuses(raw: str) -> None:
    with pytest.raises(ComposeError):
        validate_address(raw)


def test_make_message_id_is_unique_and_valid() -> None:
    ids = {make_message_id("Trackfront.Example") for _ in range(200)}
    assert len(ids) == 200
    for value in ids:
        assert value.startswith("<") and value.endswith("@trackfront.example>")
        raw = compose(_outgoing(message_id=value))
        assert _parse(raw)["Message-ID"] == value


def test_date_keeps_the_recipients_zone() -> None:
    tokyo = datetime(2025, 3, 10, 0, 30, tzinfo=UTC).astimezone(ZoneInfo("Asia/Tokyo"))
    assert _parse(compose(_outgoing(date=tokyo)))["Date"] == "Mon, 10 Mar 2025 09:30:00 +0900"


def test_body_is_seven_bit_clean_and_round_trips_unicode() -> None:
    text = "Grüße – 😀\r\nzweite Zeile\x00\n" + "lang " * 300
    raw = compose(_outgoing(text=text, html="<p>Grüße 😀</p>"))
    assert raw.isascii()
    plain, html = _parse(raw).iter_parts()
    assert (
        plain.get_content().replace("\r\n", "\n")
        == "Grüße – 😀\nzweite Zeile\n" + "lang " * 300 + "\n"
    )
    assert html.get_content().replace("\r\n", "\n") == "<p>Grüße 😀</p>\n"


def test_message_ids_sort_by_the_millisecond_they_were_made(monkeypatch: pytest.MonkeyPatch) -> None:
    """Time first, then 80 random bits: our ids join the thread index in order (locality)."""
    import outbound.compose as module

    clock = iter([1_741_600_000_123_456_789, 1_741_600_000_124_000_000, 1_741_600_001_000_000_000])
    monkeypatch.setattr(module.time, "time_ns", lambda: next(clock))
    ids = [make_message_id("trackfront.example") for _ in range(3)]
    assert ids == sorted(ids) and len(set(ids)) == 3
    for value, millis in zip(ids, (1_741_600_000_123, 1_741_600_000_124, 1_741_600_001_000), strict=True):
        local = value[1:].partition("@")[0]
        assert len(local) == 32 and int(local, 16) >= 0  # 32 hex digits, as before
        assert int(local[:12], 16) == millis


def test_message_ids_made_in_one_millisecond_stay_unique(monkeypatch: pytest.MonkeyPatch) -> None:
    import outbound.compose as module

    monkeypatch.setattr(module.time, "time_ns", lambda: 1_741_600_000_123_456_789)
    ids = {make_message_id("trackfront.example") for _ in range(500)}
    assert len(ids) == 500 and len({value[1:13] for value in ids}) == 1


def test_one_instant_in_two_zones_keeps_each_zone_in_the_date() -> None:
    """Equal aware datetimes hash alike whatever their zone: the date cache keys on the offset too."""
    instant = datetime(2025, 3, 10, 8, 30, tzinfo=UTC)
    berlin, tokyo = instant.astimezone(BERLIN), instant.astimezone(ZoneInfo("Asia/Tokyo"))
    assert berlin == tokyo
    assert _parse(compose(_outgoing(date=berlin)))["Date"] == "Mon, 10 Mar 2025 09:30:00 +0100"
    assert _parse(compose(_outgoing(date=tokyo)))["Date"] == "Mon, 10 Mar 2025 17:30:00 +0900"
    assert _parse(compose(_outgoing(date=instant)))["Date"] == "Mon, 10 Mar 2025 08:30:00 +0000"


def _lines_fit_by_splitting(text: str) -> bool:
    return max(map(len, text.split("\n"))) <= 998


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(min_value=0, max_value=2100), min_size=1, max_size=8),
       st.integers(min_value=0, max_value=600))
def test_line_length_check_agrees_with_splitting_the_lines(lengths: list[int], offset: int) -> None:
    """The windowed check (one memchr per 500 characters) says what measuring every line says."""
    from outbound.compose import _lines_fit

    text = "\n" * offset + "\n".join("x" * length for length in lengths)
    assert _lines_fit(text) == _lines_fit_by_splitting(text)


@pytest.mark.parametrize("length", [997, 998, 999, 1000, 1497, 1498, 1499, 1500, 2500])
@pytest.mark.parametrize("start", [0, 1, 499, 500, 501, 1000])
def test_line_length_check_at_the_window_edges(length: int, start: int) -> None:
    from outbound.compose import _body_cte, _lines_fit

    # a long line at every offset to the 500-character windows, among short ones
    filler = "ab\n" * (start // 3) + "\n" * (start % 3)  # start characters, whole short lines
    for text in (filler + "x" * length, filler + "x" * length + "\n" + "cd\n" * 300,
                 "x" * length + "\n" + filler, filler + "y" * min(start, 998) + "\n" + "x" * length):
        assert _lines_fit(text) == _lines_fit_by_splitting(text) == (length <= 998)
        assert _body_cte(text) == ("7bit" if length <= 998 else "quoted-printable")


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from("aZ ·é€😀中\u0800\u07ff\U00010000=?"), max_size=120))
def test_encoded_words_take_whole_characters_up_to_45_bytes(text: str) -> None:
    import base64

    from outbound.compose import _encoded_words

    words = _encoded_words(text)
    chunks = [base64.b64decode(word[len("=?utf-8?b?"):-2]) for word in words]
    assert b"".join(chunks).decode("utf-8") == text
    for index, chunk in enumerate(chunks):
        chunk.decode("utf-8")  # never a split character
        assert 0 < len(chunk) <= 45
        if index + 1 < len(chunks):  # greedy: the next character would not have fitted
            following = chunks[index + 1].decode("utf-8")[0].encode("utf-8")
            assert len(chunk) + len(following) > 45


@pytest.mark.parametrize("text, expected", [
    ("plain\n", "plain\n"),
    ("no final break", "no final break\n"),
    ("crlf\r\nand cr\rend", "crlf\nand cr\nend\n"),
    ("nul\x00here\n", "nulhere\n"),
    ("lone \ud800 surrogate", "lone ? surrogate\n"),
    ("Grüße\r\n", "Grüße\n"),
    ("", "\n"),
])
def test_body_text_is_cleaned(text: str, expected: str) -> None:
    from outbound.compose import _clean_body

    assert _clean_body(text) == expected


def test_from_value_is_the_same_whether_built_or_cached() -> None:
    from outbound.compose import _address_list, _from_value

    for name in ("Trackfront · Acme", 'Quote "me"', None, "", "a,b"):
        assert _from_value(name, "Pm@Trackfront.Example") == _address_list([(name, "Pm@Trackfront.Example")])
    with pytest.raises(ComposeError):
        _from_value("Trackfront", "not an address")
    with pytest.raises(ComposeError):
        _from_value("Trackfront", ["pm@trackfront.example"])  # type: ignore[arg-type]  # unhashable: not cached
