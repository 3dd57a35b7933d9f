"""The research-unit record, schema 1, as a typed model.

This model is the contract with the data teams (see README, "The record"):
every record is validated against it before it is written, and the JSON
Schema shipped beside this module (``record.schema.json``) is generated from
it, never written by hand. Regenerate with ``python -m output.schema``; a test
fails when the two disagree.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"
SCHEMA_PATH = Path(__file__).with_name("record.schema.json")

UNIT_TYPES = (
    "university", "faculty", "school", "division", "department", "institute", "centre",
    "research_group", "network", "programme", "core_facility", "hospital", "other",
)


def _clean_line(value: str) -> str:
    """One-line strings: NFC, single spaces, no edge whitespace, no bullet characters."""
    if value != unicodedata.normalize("NFC", value):
        raise ValueError("not Unicode NFC")
    if value != " ".join(value.split()):
        raise ValueError("whitespace not collapsed")
    if value and value[0] in "•·▪◦‣*":
        raise ValueError("starts with a bullet character")
    return value


def _clean_text(value: str) -> str:
    """Multi-line text: NFC, lines collapsed and trimmed, blank lines only between paragraphs."""
    if value != unicodedata.normalize("NFC", value):
        raise ValueError("not Unicode NFC")
    for line in value.split("\n"):
        if line != " ".join(line.split()):
            raise ValueError("whitespace not collapsed within a line")
    if value != value.strip() or "\n\n\n" in value:
        raise ValueError("stray blank lines")
    return value


Line = Annotated[str, Field(min_length=1), AfterValidator(_clean_line)]
Text = Annotated[str, AfterValidator(_clean_text)]
Url = Annotated[str, Field(pattern=r"^https?://[^\s]+$")]
IsoDate = Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$", description="ISO 8601 date (YYYY-MM-DD)")]
def _not_bare_norwegian(value: str) -> str:
    if value == "no":
        raise ValueError("Norwegian is 'nb' or 'nn', never bare 'no'")
    return value


LanguageTag = Annotated[
    str,
    Field(
        pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
        description="BCP 47 tag; never bare 'no'",
        json_schema_extra={"not": {"const": "no"}},
    ),
    AfterValidator(_not_bare_norwegian),
]
HexId = Annotated[str, Field(pattern=r"^[0-9a-f]{32}$")]


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Institution(_Part):
    name: Line = Field(description="The organisation's name as the profile or page gives it.")
    ror_id: Url | None = Field(description="ROR identifier URL (https://ror.org/...), or null when unknown.")


class Link(_Part):
    name: Line = Field(description="The unit's name.")
    url: Url | None = Field(description="Absolute URL of its page, or null when the page gives none.")


class Section(_Part):
    heading: Line | None = Field(description="The section heading; null for text before the first heading.")
    text: Text = Field(description="The section's paragraphs, separated by a blank line.")
    items: list[Line] = Field(description="The section's list entries, one per item, in page order.")


class Contact(_Part):
    name: Line = Field(description="Person or office name.")
    role: Line | None = Field(description="Role or title, as the page states it.")
    email: Annotated[str, Field(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")] | None
    phone: Line | None = Field(description="Phone number as the page writes it.")
    url: Url | None = Field(description="The person's or office's page.")


class LanguageEvidence(_Part):
    declared: str | None = Field(
        description="<html lang>, else the Content-Language header, else the page's own hreflang, as found."
    )
    detected: LanguageTag | None = Field(description="Language detected from the text alone.")
    url: LanguageTag | None = Field(
        default=None, description="Language the URL's path names (/english/, /nn/...), if any."
    )
    mixed: dict[str, float] | None = Field(
        default=None,
        description="When the text holds long passages in more than one language: each language's share of it.",
    )


class Record(BaseModel):
    """One research unit's page (one record per language version)."""

    model_config = ConfigDict(extra="forbid", title="Research-unit record, schema 1")

    # Identity and provenance
    schema_version: Literal["1"] = Field(description='Always "1" for this schema.')
    record_id: HexId = Field(description="Hash of canonical_url: stable id of this page across runs.")
    unit_id: HexId = Field(description="Stable id of the unit, shared by all language versions of its page.")
    site: Line = Field(description="The site profile that produced the record.")
    url: Url = Field(description="The URL fetched.")
    canonical_url: Url = Field(description="rel=canonical on the same site, else the normalised URL.")
    fetched_at: Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")] = Field(
        description="ISO 8601 UTC time of the fetch."
    )
    http_status: int = Field(ge=100, le=599, description="Final HTTP status.")
    content_hash: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")] = Field(
        description="sha256 of text: equal hashes mean the content did not change."
    )
    # The unit
    name: Line = Field(description="The unit's own name, without site suffixes or page-title words.")
    acronym: Line | None = Field(description="The unit's acronym when the page states it.")
    unit_type: Literal[UNIT_TYPES] = Field(description="Kind of unit.")  # type: ignore[valid-type]
    institution: Institution = Field(description="The organisation the unit belongs to.")
    parents: list[Link] = Field(description="The unit's ancestors, outermost first.")
    subunits: list[Link] = Field(description="Units the page lists as its own parts.")
    title: Line = Field(description="The page's title, cleaned of site suffixes.")
    summary: Line | None = Field(description="The lead: first substantive paragraph or the meta description.")
    text: Text = Field(
        min_length=1,
        description="Main text without boilerplate: paragraphs separated by a blank line, list items one per line.",
    )
    sections: list[Section] = Field(description="The main text by heading, in page order.")
    research_areas: list[Line] = Field(description="Research topics, themes or focus areas the page lists.")
    aims: list[Line] = Field(description="Stated aims, goals, objectives, ambitions, visions.")
    methods: list[Line] = Field(description="Methods the unit states it uses.")
    partners: list[Line] = Field(description="Organisations named as collaborators or partners.")
    funders: list[Line] = Field(description="Organisations named as funding sources.")
    contacts: list[Contact] = Field(description="The unit's contact people and addresses.")
    published: IsoDate | None = Field(description="Date the page states it was published.")
    modified: IsoDate | None = Field(description="Date the page states it was last modified.")
    # Language
    language: LanguageTag = Field(description="BCP 47 tag of text; Norwegian is nb or nn.")
    language_confidence: float = Field(ge=0, le=1, description="Confidence in language, 0 to 1.")
    language_evidence: LanguageEvidence = Field(description="What the language decision was based on.")
    alternates: dict[LanguageTag, Url] = Field(description="Language tag -> URL of the other language versions.")


FIELDS: tuple[str, ...] = tuple(Record.model_fields)
"""Record keys in their fixed output order."""


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a record, as shipped in record.schema.json."""
    schema = Record.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def render_schema() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    SCHEMA_PATH.write_text(render_schema(), encoding="utf-8")
    sys.stdout.write(f"wrote {SCHEMA_PATH}\n")
