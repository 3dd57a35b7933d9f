"""Boilerplate removal on saved pages, one folder per case under tests/fixtures/boilerplate/.

Each folder holds ``page.html`` and ``expected.json``: the strings that must be gone (banner
sentences and choices, skip links, credits, footers...), the unit's own text that must stay, and
where the fixture is about one rule, the removal the run report must show for it. The pages cover
every consent manager in the design notes, site-made banners in each language the pipeline meets,
pages about cookies, and each other kind of boilerplate.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURES

from normalize import Normalized, Page, SiteRules, UnparsableHtml, build, main_text
from normalize.consent import CONSENT_MANAGERS
from normalize.document import parse
from normalize.text import clean_line

CASES = sorted(p for p in (FIXTURES / "boilerplate").iterdir() if (p / "expected.json").exists())


def _load(case: Path) -> tuple[str, dict[str, Any]]:
    return (case / "page.html").read_text(encoding="utf-8"), json.loads((case / "expected.json").read_text("utf-8"))


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(params=CASES, ids=[c.name for c in CASES])
def case(request: pytest.FixtureRequest) -> tuple[str, dict[str, Any]]:
    return _load(request.param)


def test_boilerplate_is_gone_from_the_text(case: tuple[str, dict[str, Any]]) -> None:
    html, expected = case
    text = _flat(main_text(html, expected["url"])).lower()
    left = [s for s in expected["gone"] if _flat(s).lower() in text]
    assert not left, f"boilerplate left in the text: {left}"


def test_the_units_own_text_is_kept(case: tuple[str, dict[str, Any]]) -> None:
    html, expected = case
    text = _flat(main_text(html, expected["url"]))
    lost = [s for s in expected["kept"] if _flat(s) not in text]
    assert not lost, f"content lost: {lost}"


def test_the_page_heading_is_a_line_of_its_own(case: tuple[str, dict[str, Any]]) -> None:
    html, expected = case
    headings = [clean_line(h.text_content()) for h in parse(html).xpath("//h1") if clean_line(h.text_content())]
    page_heading = next(h for h in headings if h in expected["kept"])
    assert page_heading in main_text(html, expected["url"]).split("\n")


# Every fixture page is taken as a unit page (as a site profile's URL patterns would say), so that
# these tests check cleaning, not the detection of unit pages.
_ALL_UNITS = SiteRules(site="fixtures", units=((r".", "other"),))


def _record(html: str, expected: dict[str, Any]) -> Normalized:
    return build(Page(url=expected["url"], html=html, fetched_at="2026-11-21T12:00:00Z"), _ALL_UNITS)


def test_records_carry_no_boilerplate_in_summary_or_sections(case: tuple[str, dict[str, Any]]) -> None:
    html, expected = case
    record = _record(html, expected).record
    fields = [record["summary"] or "", *(s["heading"] or "" for s in record["sections"])]
    fields += [s["text"] for s in record["sections"]] + [i for s in record["sections"] for i in s["items"]]
    joined = _flat(" | ".join(fields)).lower()
    assert not [s for s in expected["gone"] if _flat(s).lower() in joined]


def test_the_removal_is_recorded_with_its_rule(case: tuple[str, dict[str, Any]]) -> None:
    html, expected = case
    result = _record(html, expected)
    removed = {(r.rule, r.detail) for r in result.removed}
    missing = [r for r in expected.get("removed", []) if (r["rule"], r["detail"]) not in removed]
    assert not missing, f"not in the page's removals: {missing}; got {sorted(removed)}"
    if expected.get("no_consent_removal"):
        assert not [r for r in removed if r[0] == "consent"]


def test_every_consent_manager_has_a_fixture() -> None:
    covered = {
        r["detail"] for case in CASES for r in _load(case)[1].get("removed", []) if r["rule"] == "consent"
    }
    assert set(CONSENT_MANAGERS) <= covered, sorted(set(CONSENT_MANAGERS) - covered)


def test_site_made_banners_in_every_language() -> None:
    languages = {
        parse(_load(case)[0]).get("lang", "")[:2]
        for case in CASES
        if {"rule": "consent", "detail": "site-made banner (by wording)"} in _load(case)[1].get("removed", [])
    }
    assert {"en", "nb", "nn", "da", "sv", "de", "fr", "nl"} <= languages


def _with(key: str) -> list[Path]:
    return [case for case in CASES if key in _load(case)[1]]


@pytest.mark.parametrize("case_dir", _with("modified"), ids=lambda p: p.name)
def test_date_lines_become_published_and_modified(case_dir: Path) -> None:
    html, expected = _load(case_dir)
    record = _record(html, expected).record
    assert (record["published"], record["modified"]) == (expected["published"], expected["modified"])


@pytest.mark.parametrize("case_dir", _with("parents"), ids=lambda p: p.name)
def test_breadcrumbs_give_the_parents_in_order(case_dir: Path) -> None:
    html, expected = _load(case_dir)
    names = [p["name"] for p in _record(html, expected).record["parents"]]
    positions = [names.index(n) if n in names else -1 for n in expected["parents"]]
    assert -1 not in positions and positions == sorted(positions), names


@pytest.mark.parametrize("case_dir", _with("headings"), ids=lambda p: p.name)
def test_accordion_and_tab_labels_stay_headings(case_dir: Path) -> None:
    html, expected = _load(case_dir)
    headings = [s["heading"] for s in _record(html, expected).record["sections"]]
    assert [h for h in expected["headings"] if h not in headings] == []


@pytest.mark.parametrize("case_dir", _with("contacts"), ids=lambda p: p.name)
def test_contacts_in_a_sidebar_are_read_before_it_goes(case_dir: Path) -> None:
    html, expected = _load(case_dir)
    contacts = _record(html, expected).record["contacts"]
    for person in expected["contacts"]:
        assert any(all(c.get(k) == v for k, v in person.items()) for c in contacts), contacts


def test_main_text_reads_a_fragment_and_refuses_what_is_not_markup() -> None:
    fragment = "<p>The group studies how heart cells respond to pressure overload in adult patients.</p>"
    assert main_text(fragment) == "The group studies how heart cells respond to pressure overload in adult patients."
    for junk in ("", "   ", "plain text without any markup", "\x00\x01\x02<p>binary</p>"):
        with pytest.raises(UnparsableHtml):
            main_text(junk)
