"""Field values as written: the short paths for JSON lists of text and for cut text give
exactly what the general encoder and the text field's own conversion give."""
from __future__ import annotations

import random

import pytest

from store.models import _JSON_ENCODER, JSONField, Message, SafeCharField, _json_text

ALPHABET = ["a", "Z", " ", "\x00", "\n", '"', "\\", "/", "é", "\u2028", "\ud800", "😀", "<", "@", "\x7f", "\x1f"]


def test_a_list_of_text_is_written_as_the_encoder_writes_it() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        value = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 8))) for _ in range(rng.randint(0, 5))]
        assert _json_text(value) == _JSON_ENCODER.encode(value)


class Tag(str):
    pass


@pytest.mark.parametrize("value", [[], ["<a@x>", "<b@x>"], [1, "a"], ["a", None], ("a",), {"b": [1], "a": "x"},
                                   [Tag("a")], "x", [True, 1.5], [["nested"]]])
def test_any_other_value_still_goes_through_the_encoder(value: object) -> None:
    assert _json_text(value) == _JSON_ENCODER.encode(value)
    assert JSONField().db_value(value) == _JSON_ENCODER.encode(value).replace("\x00", "\ufffd")


@pytest.mark.parametrize("value", ["plain", "cut " * 100, "nul\x00 inside", "lone \ud800 surrogate", Tag("sub"),
                                   "é" * 20, None, 42, b"bytes"])
def test_cut_text_is_what_the_text_field_writes(value: object) -> None:
    field = Message.author_email
    assert isinstance(field, SafeCharField)
    got = field.db_value(value)
    if isinstance(value, str):
        from store.models import storable_text

        want = super(SafeCharField, field).db_value(storable_text(value)[: field.max_length])
        assert got == want and type(got) is str
    else:
        assert got == super(SafeCharField, field).db_value(value)
