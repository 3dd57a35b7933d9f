"""A unit named only by its topic is recognised by what its page is filed under, and only then."""

from __future__ import annotations

import pytest

from normalize import NotAUnitPage, Page, build

_PAGE = """<html lang="sv"><head><title>Arbetsliv och rörlighet</title></head><body>
<nav class="breadcrumb"><a href="/">Start</a> › <a href="/forskning/">Forskning</a> › <a href="{parent_url}">{parent}</a>
 › <span>Arbetsliv och rörlighet</span></nav>
<main><h1>Arbetsliv och rörlighet</h1>
<p>Vi studerar hur människor byter arbete, flyttar mellan regioner och hanterar osäkra anställningar under ett helt yrkesliv.</p>
<h2>Forskningsområden</h2><ul><li>Pendling och flytt</li><li>Visstidsanställningar</li></ul></main>
<footer><p>Örebro universitet, 701 82 Örebro</p></footer></body></html>"""


def _build(parent: str, parent_url: str, url: str) -> dict:
    html = _PAGE.format(parent=parent, parent_url=parent_url)
    return build(Page(url=url, html=html, fetched_at="2026-11-22T00:00:00Z")).record


def test_a_topic_named_page_under_research_environments_is_a_research_group() -> None:
    record = _build("Forskningsmiljöer", "/forskning/forskningsmiljoer/", "https://www.oru.se/forskning/x/arbetsliv/")
    assert (record["name"], record["unit_type"]) == ("Arbetsliv och rörlighet", "research_group")
    assert record["institution"]["name"] == "Örebro universitet"


def test_the_url_folder_says_it_when_the_breadcrumb_does_not() -> None:
    record = _build("Forskning", "/forskning/", "https://www.oru.se/forskning/forskningsgrupper/arbetsliv/")
    assert record["unit_type"] == "research_group"


def test_a_topic_named_page_filed_under_news_is_no_unit() -> None:
    with pytest.raises(NotAUnitPage):
        _build("Nyheter", "/nyheter/", "https://www.oru.se/nyheter/arbetsliv/")


def test_parents_leave_out_listings_section_pages_and_the_unit_itself() -> None:
    html = """<html lang="de"><head><title>Abteilung Hochdruckverbrennung</title></head><body>
<nav class="breadcrumb"><span>Sie sind hier:</span> <a href="/">DLR Home</a> › <a href="/institut/">Institut für Verbrennungstechnik</a>
 › <a href="/institut/abteilungen/">Abteilungen</a> › <a href="/institut/abteilungen/hdv/">Hochdruckverbrennung</a></nav>
<main><h1>Abteilung Hochdruckverbrennung</h1>
<p>Die Abteilung untersucht Flammen bei hohem Druck, wie sie in Gasturbinen und Raketentriebwerken vorkommen.</p></main>
</body></html>"""
    page = Page(url="https://www.dlr.de/institut/abteilungen/hdv/", html=html, fetched_at="2026-11-22T00:00:00Z")
    names = [p["name"] for p in build(page).record["parents"]]
    assert "Institut für Verbrennungstechnik" in names
    assert not {"Abteilungen", "Hochdruckverbrennung", "DLR Home", "Sie sind hier"} & set(names)
