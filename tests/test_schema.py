"""The shipped JSON Schema is the model's, and records that break the contract are rejected."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from output.schema import FIELDS, SCHEMA_PATH, Record, render_schema
from tests.conftest import demo_record


def test_shipped_schema_file_matches_the_model() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == render_schema(), "run: python -m output.schema"


def test_shipped_schema_covers_every_field_in_order() -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert list(schema["properties"]) == list(FIELDS)
    assert set(schema["required"]) == set(FIELDS)


def valid() -> dict:
    return demo_record("uio", "/english/research/").record


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"language": "no"}, "language"),
        ({"unit_type": "castle"}, "unit_type"),
        ({"name": "  Faculty  of Medicine"}, "name"),
        ({"name": "• Faculty"}, "name"),
        ({"published": "19.01.2022"}, "published"),
        ({"text": ""}, "text"),
        ({"institution": None}, "institution"),
        ({"extra": 1}, "extra"),
        ({"alternates": {"no": "https://x.example/"}}, "alternates"),
    ],
)
def test_contract_violations_are_rejected(change: dict, field: str) -> None:
    with pytest.raises(ValidationError) as raised:
        Record.model_validate({**valid(), **change})
    assert field in str(raised.value)


def test_a_built_record_is_valid() -> None:
    Record.model_validate(valid())
