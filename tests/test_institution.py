"""Without a profile, a unit page's institution comes from the page: its metadata, else the site's logo or footer."""

from __future__ import annotations

from normalize import Page, build
from normalize.document import parse
from normalize.relations import site_owner

_UNIT = """<html lang="en"><head><title>Soil Ecology Group</title></head><body>
<header>{header}</header>
<main><h1>Soil Ecology Group</h1>
<p>The Soil Ecology Group studies how earthworms, fungi and bacteria shape the soils of farmland and forest.</p>
<h2>Research areas</h2><ul><li>Earthworm ecology</li><li>Fungal networks</li></ul></main>
<footer>{footer}</footer></body></html>"""


def test_the_logo_link_names_the_institution() -> None:
    header = '<a class="site-logo" href="/"><img src="/logo.svg" alt="Albert-Ludwigs-Universität Freiburg"></a>'
    assert site_owner(parse(_UNIT.format(header=header, footer=""))) == "Albert-Ludwigs-Universität Freiburg"


def test_a_footer_line_names_it_and_a_university_wins_over_an_institute() -> None:
    footer = "<p>Institutt for biovitenskap, Universitetet i Oslo</p><p>Postboks 1066 Blindern, 0316 Oslo</p>"
    assert site_owner(parse(_UNIT.format(header="", footer=footer))) == "Universitetet i Oslo"
    footer = "<p>Danmarks Meteorologiske Institut, Lyngbyvej 100, 2100 København Ø</p>"
    assert site_owner(parse(_UNIT.format(header="", footer=footer))) == "Danmarks Meteorologiske Institut"


def test_a_sentence_in_the_footer_is_not_taken_for_a_name() -> None:
    footer = "<p>The University of Glasgow is a registered Scottish charity, number SC004401</p>"
    assert site_owner(parse(_UNIT.format(header="", footer=footer))) is None


def test_the_record_carries_the_institution_the_footer_names() -> None:
    html = _UNIT.format(header="", footer="<p>Danmarks Meteorologiske Institut, Lyngbyvej 100</p>")
    record = build(Page(url="https://www.dmi.dk/soil/", html=html, fetched_at="2026-11-22T00:00:00Z")).record
    assert record["institution"] == {"name": "Danmarks Meteorologiske Institut", "ror_id": None}
    assert "Lyngbyvej" not in record["text"]
