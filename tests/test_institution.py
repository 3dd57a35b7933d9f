"""Without a profile, a unit page's institution comes from the page: its metadata, else the site's logo or footer."""

from __future__ import annotations

import pytest

from normalize import Page, build
from normalize.clean import site_chrome
from normalize.document import parse
from normalize.institution import site_owners

_UNIT = """<html lang="en"><head><title>Soil Ecology Group</title></head><body>
<header>{header}</header>
<main><h1>Soil Ecology Group</h1>
<p>The Soil Ecology Group studies how earthworms, fungi and bacteria shape the soils of farmland and forest.</p>
<h2>Research areas</h2><ul><li>Earthworm ecology</li><li>Fungal networks</li></ul></main>
<footer>{footer}</footer></body></html>"""


def _owners(header: str = "", footer: str = "") -> list[str]:
    doc = parse(_UNIT.format(header=header, footer=footer))
    return site_owners(doc, site_chrome(doc)).named


def test_the_logo_link_names_the_institution() -> None:
    header = '<a class="site-logo" href="/"><img src="/logo.svg" alt="Albert-Ludwigs-Universität Freiburg"></a>'
    assert _owners(header) == ["Albert-Ludwigs-Universität Freiburg"]


def test_of_a_logo_text_with_short_and_full_name_the_full_name_counts() -> None:
    header = '<a href="/"><img src="/img/vti-logo.svg" alt="VTI - Statens väg- och transportforskningsinstitut"></a>'
    assert _owners(header) == ["Statens väg- och transportforskningsinstitut"]
    header = '<a href="/" class="logo"><img src="/kth.svg" alt="KTH:s logotyp"></a>'
    assert _owners(header) == ["KTH"]
    header = '<a href="/" class="logo">Till startsidan för Mittuniversitetet</a>'
    assert _owners(header) == ["Mittuniversitetet"]


def test_a_logo_giving_only_an_acronym_comes_after_the_full_name_in_the_footer() -> None:
    header = '<a href="/" class="site-header__logo"><img src="/smhi-logo.svg" alt="SMHI"></a>'
    footer = "<p>Sveriges meteorologiska och hydrologiska institut, 601 76 Norrköping</p>"
    assert _owners(header, footer) == ["Sveriges meteorologiska och hydrologiska institut", "SMHI"]


def test_a_faculty_logo_is_a_sub_site_and_not_the_owner() -> None:
    header = '<a class="logo" href="/"><img src="/logo.svg" alt="Det medisinske fakultet"></a>'
    assert _owners(header, "<p>© Universitetet i Oslo</p>") == ["Universitetet i Oslo"]


def test_a_footer_line_names_it_and_a_university_wins_over_an_institute() -> None:
    footer = "<p>Institutt for biovitenskap, Universitetet i Oslo</p><p>Postboks 1066 Blindern, 0316 Oslo</p>"
    assert _owners(footer=footer)[0] == "Universitetet i Oslo"
    footer = "<p>Danmarks Meteorologiske Institut, Lyngbyvej 100, 2100 København Ø</p>"
    assert _owners(footer=footer) == ["Danmarks Meteorologiske Institut"]


def test_the_subject_of_a_footer_sentence_names_it_but_not_the_whole_sentence() -> None:
    footer = "<p>The University of Glasgow is a registered Scottish charity, number SC004401</p>"
    assert _owners(footer=footer) == ["University of Glasgow"]
    footer = "<p>RISE Research Institutes of Sweden AB, Box 857, 501 15 Borås</p>"
    assert _owners(footer=footer) == ["RISE Research Institutes of Sweden"]


def test_the_record_carries_the_institution_the_footer_names() -> None:
    html = _UNIT.format(header="", footer="<p>Danmarks Meteorologiske Institut, Lyngbyvej 100</p>")
    record = build(Page(url="https://www.dmi.dk/soil/", html=html, fetched_at="2026-11-22T00:00:00Z")).record
    assert record["institution"] == {"name": "Danmarks Meteorologiske Institut", "ror_id": None}
    assert "Lyngbyvej" not in record["text"]


def _institution(title: str, header: str = "", footer: str = "", jsonld: str = "") -> str:
    html = _UNIT.format(header=header, footer=footer).replace(
        "<title>Soil Ecology Group</title>", f"<title>{title}</title>{jsonld}"
    )
    return build(Page(url="https://www.example.org/soil/", html=html)).record["institution"]["name"]


@pytest.mark.parametrize(
    ("short", "footer", "full"),
    [
        ("SSB", "<p>Statistisk sentralbyrå</p><p>Akersveien 26, Oslo</p>", "Statistisk sentralbyrå"),
        ("TU Delft", "<p>Delft University of Technology</p><p>Mekelweg 5</p>", "Delft University of Technology"),
        ("Jæren DPS", "<p>Jæren distriktspsykiatriske senter</p><p>Postboks 213, Bryne</p>",
         "Jæren distriktspsykiatriske senter"),
        ("Forskingsrådet", "<p>Noregs forskingsråd</p><p>Postboks 564, Lysaker</p>", "Noregs forskingsråd"),
        ("Aldring og helse", "<p>Nasjonal kompetansetjeneste for aldring og helse</p>",
         "Nasjonal kompetansetjeneste for aldring og helse"),
        ("Vitterhetsakademien", "<p>Kungl. Vitterhets Historie och Antikvitets Akademien</p>",
         "Kungl. Vitterhets Historie och Antikvitets Akademien"),
        ("Bufdir", "<p>Barne-, ungdoms- og familiedirektoratet</p>", "Barne-, ungdoms- og familiedirektoratet"),
        ("HiØ", "<p>Høgskolen i Østfold</p><p>Postboks 700, Halden</p>", "Høgskolen i Østfold"),
    ],
)
def test_a_short_form_in_the_title_is_written_out_from_the_footer(short: str, footer: str, full: str) -> None:
    assert _institution(f"Soil Ecology Group - {short}", footer=footer) == full


def test_a_phrase_about_the_site_is_no_full_form_of_its_short_name() -> None:
    footer = '<p><a href="/jobb">Jobba på KTH</a></p><p><a href="/kakor">Kakor på KTH</a></p>'
    assert _institution("Soil Ecology Group | KTH", footer=footer) == "KTH"


def test_a_logo_giving_acronym_and_name_yields_the_name_the_footer_gives_alone() -> None:
    header = '<a href="/" class="logo"><img src="/logo.svg" alt="NHH Norges Handelshøyskole"></a>'
    footer = "<p>Norges Handelshøyskole</p><p>Helleveien 30, Bergen</p>"
    assert _institution("Soil Ecology Group - NHH", header, footer) == "Norges Handelshøyskole"
    footer = "<p>RISE Research Institutes of Sweden AB, Box 857, 501 15 Borås</p>"
    assert _institution("Soil Ecology Group", footer=footer) == "RISE Research Institutes of Sweden"


def test_a_society_of_institutes_in_json_ld_is_not_the_institution() -> None:
    jsonld = """<script type="application/ld+json">{"@type": "ResearchOrganization", "name": "Soil Ecology Group",
"parentOrganization": {"@type": "ResearchOrganization", "name": "Max-Planck-Institut für Bodenbiologie",
"parentOrganization": {"@type": "Organization", "name": "Max-Planck-Gesellschaft"}}}</script>"""
    assert _institution("Soil Ecology Group", jsonld=jsonld) == "Max-Planck-Institut für Bodenbiologie"


def test_a_centres_site_belongs_to_the_university_its_footer_names() -> None:
    header = '<a href="/" class="logo"><img src="/src.svg" alt="Stockholm Resilience Centre"></a>'
    footer = "<p>Stockholms universitet, 106 91 Stockholm</p>"
    assert _institution("Soil Ecology Group - Stockholm Resilience Centre", header, footer) == "Stockholms universitet"


@pytest.mark.parametrize(
    ("title", "footer", "institution"),
    [
        ("Soil Ecology Group › EPFL", "<p>EPFL CH-1015 Lausanne</p>", "EPFL"),
        ("DIW Berlin: Soil Ecology Group", "<p>DIW Berlin – Deutsches Institut für Wirtschaftsforschung e. V.</p>",
         "Deutsches Institut für Wirtschaftsforschung"),
        ("Soil Ecology Group", "<p>Leibniz-Institut für Gewässerökologie GmbH Berlin</p>",
         "Leibniz-Institut für Gewässerökologie"),
        ("Soil Ecology Group", "<p>Hochschule München University of Applied Sciences</p>", "Hochschule München"),
    ],
)
def test_a_footer_name_loses_its_postcode_town_and_company_form(title: str, footer: str, institution: str) -> None:
    assert _institution(title, footer=footer) == institution


def test_json_ld_names_the_institution_without_its_company_form_or_short_form() -> None:
    jsonld = """<script type="application/ld+json">{"@type": "ResearchOrganization", "name": "Soil Ecology Group",
"parentOrganization": {"@type": "ResearchOrganization",
"name": "DIW Berlin – Deutsches Institut für Wirtschaftsforschung e. V."}}</script>"""
    assert _institution("Soil Ecology Group", jsonld=jsonld) == "Deutsches Institut für Wirtschaftsforschung"


def test_the_logos_name_stands_for_the_same_name_with_its_town() -> None:
    header = '<a href="/" class="logo"><img src="/mm.svg" alt="Moderna Museet"></a>'
    assert _institution("Soil Ecology Group - Moderna Museet i Stockholm", header) == "Moderna Museet"


def test_a_mixed_case_acronym_is_written_out_and_an_umbrella_suffix_goes() -> None:
    assert _institution("Soil Ecology Group | ARoS", footer="<p>ARoS Aarhus Kunstmuseum</p>") == "ARoS Aarhus Kunstmuseum"
    title = "Soil Ecology Group - Deutsches Zentrum für Neurodegenerative Erkrankungen in der Helmholtz-Gemeinschaft"
    assert _institution(title) == "Deutsches Zentrum für Neurodegenerative Erkrankungen"


@pytest.mark.parametrize(
    ("hospital", "institution"),
    [("Centrallasarettet Växjö", "Region Kronoberg"), ("Skånes universitetssjukhus", "Skånes universitetssjukhus")],
)
def test_a_county_hospital_in_a_regions_breadcrumbs_is_run_by_the_region(hospital: str, institution: str) -> None:
    region = institution if institution.startswith("Region") else "Region Skåne"
    header = (f'<a href="/" class="logo"><img src="/logo.svg" alt="{region}"></a>'
              f'<nav class="breadcrumb"><a href="/">Startsida</a> › <a href="/sjukhus/">{hospital}</a> › '
              "<span>Soil Ecology Group</span></nav>")
    assert _institution("Soil Ecology Group", header) == institution


def test_an_about_crumb_naming_a_museum_is_not_the_institution() -> None:
    header = ('<a href="/" class="logo"><img src="/logo.svg" alt="Vejle Museerne"></a><nav class="breadcrumb">'
              '<a href="/">Forside</a> › <a href="/om/">Om museet</a> › <span>Soil Ecology Group</span></nav>')
    assert _institution("Soil Ecology Group", header) == "Vejle Museerne"


def test_a_year_in_a_name_stays_and_an_english_umbrella_goes() -> None:
    assert _institution("Soil Ecology Group - Eidsvoll 1814") == "Eidsvoll 1814"
    title = "Soil Ecology Group - Max Delbrück Center for Molecular Medicine in the Helmholtz Association"
    assert _institution(title) == "Max Delbrück Center for Molecular Medicine"


def test_a_logo_link_text_a_domain_an_address_line_or_a_slogan_is_no_institution() -> None:
    def institution(title: str, header: str, footer: str) -> str | None:
        html = (f'<html lang="en"><head><title>{title}</title></head><body><header>{header}</header><main>'
                "<h1>Sample Characterisation Facility</h1><p>The facility characterises protein samples for visiting research "
                "groups and trains their members in biophysical methods.</p></main>"
                f"<footer>{footer}</footer></body></html>")
        found = build(Page(url="https://www.example.org/facility", html=html)).record["institution"]
        return found["name"] if found else None

    assert institution("BfG - Sample Characterisation Facility", '<a class="logo" href="/">Zur Startseite</a>',
                       "<p>Bundesanstalt für Gewässerkunde</p><p>Am Mainzer Tor 1</p>") == "Bundesanstalt für Gewässerkunde"
    assert institution("Sample Characterisation Facility | EMBL Hamburg", '<a class="logo" href="/"><img src="/l.svg" '
                       'alt="EMBL"></a>', "<p>EMBL Hamburg, c/o DESY</p><p>Notkestrasse 85</p>") == "EMBL Hamburg"
    assert institution("Sample Characterisation Facility | Mestring.no", "",
                       "<p>Oslo universitetssykehus HF</p>") == "Oslo universitetssykehus HF"
    assert institution("Sample Characterisation Facility | VITO", '<a class="logo" href="/"><img src="/l.svg" '
                       'alt="VITO - vision on technology"></a>', "") == "VITO"
