"""Tests for signed reply addresses (outbound.tokens)."""

from __future__ import annotations

import string
from datetime import date, timedelta

import pytest

from outbound.errors import InvalidToken, OutboundError
from outbound.tokens import (
    TOKEN_LENGTH,
    ReplyClaims,
    make_token,
    reply_address,
    split_reply_address,
    verify_token,
)

SECRET = b"0123456789abcdef0123456789abcdef"
TODAY = date(2025, 3, 10)
EXPIRES = TODAY + timedelta(days=60)
SENDER = "Alice.Client@Example.COM"


def _token(**overrides: object) -> str:
    args: dict[str, object] = {
        "secret": SECRET,
        "project": "acme-site",
        "thread_id": 4711,
        "task_id": 42,
        "recipient": SENDER,
        "expires": EXPIRES,
    }
    args.update(overrides)
    return make_token(**args)  # type: ignore[arg-type]


def _reason(project: str, token: str, sender: str = SENDER, today: date = TODAY) -> str:
    with pytest.raises(InvalidToken) as info:
        verify_token(SECRET, project, token, sender, today)
    return info.value.reason


def test_round_trip_through_address() -> None:
    token = _token()
    address = reply_address("acme-site", token, "Reply.Trackfront.Example")
    assert address == f"acme-site+{token}@reply.trackfront.example"
    slug, parsed = split_reply_address(address)  # type: ignore[misc]
    claims = verify_token(SECRET, slug, parsed, "alice.client@example.com", TODAY)
    assert claims == ReplyClaims("acme-site", 4711, 42, "alice.client@example.com", EXPIRES)


def test_no_task_round_trips_as_none() -> None:
    claims = verify_token(SECRET, "acme-site", _token(task_id=None), SENDER, TODAY)
    assert claims.task_id is None
    assert claims.thread_id == 4711


def test_token_alphabet_is_case_insensitive_safe() -> None:
    token = _token(thread_id=2**32 - 1, task_id=2**32 - 1)
    assert len(token) == TOKEN_LENGTH
    assert set(token) <= set(string.ascii_lowercase + "234567")


def test_upper_cased_address_still_verifies() -> None:
    address = reply_address("acme-site", _token(), "reply.example.org").upper()
    slug, token = split_reply_address(address)  # type: ignore[misc]
    assert slug == "acme-site"
    claims = verify_token(SECRET, slug, token, SENDER.upper(), TODAY)
    assert claims.thread_id == 4711
    # the raw upper-case token is accepted too, not only after split_reply_address
    assert verify_token(SECRET, "ACME-SITE", _token().upper(), SENDER, TODAY).task_id == 42


def test_local_part_fits_64_with_30_char_slug() -> None:
    slug = "s" * 30
    token = make_token(
        SECRET, slug, 2**32 - 1, 2**32 - 1, "x" * 60 + "@example.com", date(2179, 1, 1)
    )
    local = reply_address(slug, token, "example.com").split("@")[0]
    assert len(local) <= 64
    with pytest.raises(ValueError):
        reply_address("s" * 31, token, "example.com")


def test_forged_token_with_other_secret() -> None:
    forged = make_token(b"not the secret", "acme-site", 4711, 42, SENDER, EXPIRES)
    assert _reason("acme-site", forged) == "bad signature"


def test_token_of_other_project_is_rejected() -> None:
    assert _reason("other-project", _token()) == "bad signature"


def test_every_single_character_change_is_rejected() -> None:
    token = _token()
    alphabet = string.ascii_lowercase + "234567"
    for index, char in enumerate(token):
        for replacement in (
            alphabet[(alphabet.index(char) + 1) % 32],
            alphabet[(alphabet.index(char) + 17) % 32],
        ):
            altered = token[:index] + replacement + token[index + 1 :]
            assert _reason("acme-site", altered) == "bad signature", (index, replacement)


@pytest.mark.parametrize(
    "token",
    [
        "",
        "abc",
        "0" * TOKEN_LENGTH,
        "1" + "a" * (TOKEN_LENGTH - 1),
        "a" * (TOKEN_LENGTH + 1),
        "é" * TOKEN_LENGTH,
    ],
)
def test_malformed_tokens(token: str) -> None:
    assert _reason("acme-site", token) == "malformed"


def test_expired_token() -> None:
    token = _token(expires=TODAY)
    assert verify_token(SECRET, "acme-site", token, SENDER, TODAY).expires == TODAY
    assert _reason("acme-site", token, today=TODAY + timedelta(days=1)) == "expired"


def test_other_sender_is_wrong_sender() -> None:
    assert _reason("acme-site", _token(), sender="mallory@example.com") == "wrong sender"


def test_invalid_token_is_an_outbound_error() -> None:
    assert issubclass(InvalidToken, OutboundError)


@pytest.mark.parametrize(
    "address, expected",
    [
        ("acme+tok@reply.example", ("acme", "tok")),
        ("<ACME+TOK@reply.example>", ("acme", "tok")),
        ("acme@reply.example", None),
        ("acme+@reply.example", None),
        ("+tok@reply.example", None),
        ("no-at-sign", None),
    ],
)
def test_split_reply_address(address: str, expected: tuple[str, str] | None) -> None:
    assert split_reply_address(address) == expected


@pytest.mark.parametrize(
    "kwargs",
    [
        {"thread_id": 0},
        {"thread_id": 2**32},
        {"task_id": 0},
        {"task_id": -1},
        {"expires": date(1999, 12, 31)},
        {"secret": b""},
    ],
)
def test_make_token_refuses_unencodable_values(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        _token(**kwargs)
