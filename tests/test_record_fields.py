"""Record fields on small pages in the languages the pipeline meets: contacts, parents, partners and
funders, names and kinds, Bokmål or Nynorsk under a wrong lang attribute, and pages that are no unit's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from normalize import NotAUnitPage, Page, build, german, text

FIXTURES = Path(__file__).parent / "fixtures"
_LEAD = "The unit works with researchers, hospitals and companies on questions that matter to the region."


def _page(body: str, *, lang: str = "en", title: str = "", url: str = "https://www.example.org/research/unit/",
          footer: str = "") -> dict:
    html = (f'<html lang="{lang}"><head><title>{title}</title></head><body><main>{body}</main>'
            f"<footer>{footer}</footer></body></html>")
    return build(Page(url=url, html=html, fetched_at="2026-11-22T00:00:00Z")).record


def _names(items: list[dict]) -> list[str]:
    return [item["name"] for item in items]


def test_a_sidebar_card_split_by_line_breaks_gives_name_role_email_and_phone() -> None:
    record = _page(f"""<h1>Centre for Coastal Hydrology</h1><p>{_LEAD}</p>
<aside class="sidebox"><h2>Contact us</h2>
<p><strong>Head of Centre</strong><br>Professor Fiona MacLeod<br>
<a href="mailto:fiona.macleod@example.ac.uk">fiona.macleod@example.ac.uk</a><br>+44 (0)141 330 4412</p></aside>""")
    assert record["contacts"] == [{"name": "Fiona MacLeod", "role": "Head of Centre",
                                   "email": "fiona.macleod@example.ac.uk", "phone": "+44 (0)141 330 4412", "url": None}]


@pytest.mark.parametrize(
    ("lang", "heading", "line", "name", "email"),
    [
        ("sv", "Kontakt", "Föreståndare för laboratoriet är docent Lena Holmqvist, "
         '<a href="mailto:lena.holmqvist@kth.se">lena.holmqvist@kth.se</a>, telefon 08-790 62 41.',
         "Lena Holmqvist", "lena.holmqvist@kth.se"),
        ("da", "Kontakt afdelingen", 'Afdelingschef Jens Kjærgaard, telefon 39 15 72 10, e-mail '
         '<a href="mailto:jkj@dmi.dk">jkj@dmi.dk</a>', "Jens Kjærgaard", "jkj@dmi.dk"),
        ("nl", "Contact", 'Netwerkcoördinator is drs. Marloes Veenstra. U bereikt haar via '
         '<a href="mailto:m.veenstra@rug.nl">m.veenstra@rug.nl</a>.', "Marloes Veenstra", "m.veenstra@rug.nl"),
        ("nb", "Ledelse", '<strong>Dekan:</strong> Solveig Aronsen Bjørnå<br>E-post: '
         '<a href="mailto:solveig@nord.no">solveig@nord.no</a>', "Solveig Aronsen Bjørnå", "solveig@nord.no"),
        ("sv", "Kontakt", 'Programansvarig: Maria Lindqvist, <a href="mailto:ml@ra.se">ml@ra.se</a>, tfn 010-476 71 35',
         "Maria Lindqvist", "ml@ra.se"),
        ("da", "Kontakt", 'Gruppen ledes af lektor Mads Holm Winther (<a href="mailto:mhw@rmc.dk">mhw@rmc.dk</a>).',
         "Mads Holm Winther", "mhw@rmc.dk"),
        ("da", "Kontakt", 'Centerleder, museumsinspektør Jens Kristian Holmgaard<br>E-mail: '
         '<a href="mailto:jkh@tm.dk">jkh@tm.dk</a>', "Jens Kristian Holmgaard", "jkh@tm.dk"),
        ("da", "Kontakt", 'Projektsygeplejerske Anne Holm<br><a href="mailto:ah@svs.dk">ah@svs.dk</a>',
         "Anne Holm", "ah@svs.dk"),
        ("de", "Ansprechpartner", 'PD Dr. rer. nat. Katharina Brüggemann<br>E-Mail: '
         '<a href="mailto:kb@uksh.de">kb@uksh.de</a>', "Katharina Brüggemann", "kb@uksh.de"),
        ("en", "Contact", 'Head of department: Helga Björk Ólafsdóttir, <a href="mailto:hbo@ru.is">hbo@ru.is</a>',
         "Helga Björk Ólafsdóttir", "hbo@ru.is"),
        ("en", "Contact", 'Enquiries to Dr Ciarán Ó Dálaigh, <a href="mailto:c.odalaigh@dcu.ie">c.odalaigh@dcu.ie</a>',
         "Ciarán Ó Dálaigh", "c.odalaigh@dcu.ie"),
        ("en", "Contact", 'Head of institute Mihkel Lõhmus, <a href="mailto:ml@tlu.ee">ml@tlu.ee</a>',
         "Mihkel Lõhmus", "ml@tlu.ee"),
        ("en", "Contact", 'Calibration lead: Siân Aldridge, <a href="mailto:sian@noc.ac.uk">sian@noc.ac.uk</a>',
         "Siân Aldridge", "sian@noc.ac.uk"),
        ("da", "Kontakt", 'Institutchef, oberst Mikkel Grønbæk, tlf. 7281 7310, e-mail <a href="mailto:mg@fak.dk">'
         "mg@fak.dk</a>.", "Mikkel Grønbæk", "mg@fak.dk"),
        ("de", "Sprecherin", 'Prof. Dr. Annika Rehder<br><a href="mailto:ar@geomar.de">ar@geomar.de</a>',
         "Annika Rehder", "ar@geomar.de"),
        ("en", "Contact", 'Head of facility: Mārtiņš Kalniņš, <a href="mailto:mk@rsu.lv">mk@rsu.lv</a>',
         "Mārtiņš Kalniņš", "mk@rsu.lv"),
        ("en", "Contact", 'Head of department: Rūta Vaitkevičienė, <a href="mailto:rv@ktu.lt">rv@ktu.lt</a>',
         "Rūta Vaitkevičienė", "rv@ktu.lt"),
        ("da", "Kontakt", 'Arkæolog Søren Bak Thomsen<br><a href="mailto:sbt@vhm.dk">sbt@vhm.dk</a>',
         "Søren Bak Thomsen", "sbt@vhm.dk"),
        ("nn", "Kontaktinformasjon", 'Kari Vikanes Ølfarnes<br>E-post: <a href="mailto:kvo@etne.no">kvo@etne.no</a>',
         "Kari Vikanes Ølfarnes", "kvo@etne.no"),
    ],
)
def test_a_contact_section_names_its_person_without_title_or_role(
    lang: str, heading: str, line: str, name: str, email: str
) -> None:
    record = _page(f"<h1>Research Group for Surface Analysis</h1><p>{_LEAD}</p><h2>{heading}</h2><p>{line}</p>",
                   lang=lang)
    assert [(c["name"], c["email"]) for c in record["contacts"]] == [(name, email)]


def test_a_role_line_is_no_person() -> None:
    record = _page(f"""<h1>Core Facility Imaging</h1><p>{_LEAD}</p><div class="contact-card">
<p class="contact-card__name">Tomasz Wielgosz</p><p class="contact-card__role">Principal Staff Scientist, Image Analysis</p>
<p>Wissenschaftlicher Koordinator</p><p><a href="mailto:tw@sanger.ac.uk">tw@sanger.ac.uk</a></p></div>""")
    assert [c["name"] for c in record["contacts"]] == ["Tomasz Wielgosz"]


def test_a_line_with_an_address_names_the_person_it_introduces_anywhere_on_the_page() -> None:
    record = _page(f"""<h1>Institut for Platformsøkonomi</h1><p>{_LEAD}</p>
<p>Henvendelser om forskning kan rettes til institutleder Mette Lindberg Holm
(<a href="mailto:mlh.plat@cbs.dk">mlh.plat@cbs.dk</a>, tlf. 3815 2231).</p>""", lang="da")
    assert record["contacts"][0]["name"] == "Mette Lindberg Holm"
    assert record["contacts"][0]["phone"] == "3815 2231"


def test_particles_stay_in_a_name_and_roles_and_streets_are_no_names() -> None:
    record = _page(f"""<h1>Zentrum für Polarforschung</h1><p>{_LEAD}</p><aside class="contact-box"><h2>Kontakt</h2>
<p class="contact__name">Dr. ir. Maartje van der Berg</p><p><a href="mailto:mvdb@example.de">mvdb@example.de</a></p>
<p><strong>Wissenschaftliche Koordination</strong><br>Dr. Ole Hinrichsen<br>
<a href="mailto:ole@example.de">ole@example.de</a></p><p>Oppmøte: Edvard Griegs gate 8, Trondheim</p></aside>""",
                   lang="de")
    assert _names(record["contacts"]) == ["Maartje van der Berg", "Ole Hinrichsen"]


def test_leaders_without_address_and_the_footer_give_no_contacts() -> None:
    record = _page(f"""<h1>Department of Heritage Science</h1><p>{_LEAD}</p><h2>Leadership</h2>
<table><tr><td>Head of Department</td><td>Professor Miriam Oyelaran</td></tr></table>""",
                   footer='<p>Web editor: Kari Hansen, <a href="mailto:web@example.org">web@example.org</a></p>')
    assert record["contacts"] == []


@pytest.mark.parametrize(
    ("lang", "sentence", "parents"),
    [
        ("en", "The School is part of the College of Science &amp; Engineering at the University of Glasgow.",
         ["University of Glasgow", "College of Science & Engineering"]),
        ("nb", "KYSK er et senter ved Norsk institutt for vannforskning (NIVA) og Universitetet i Bergen.",
         ["Norsk institutt for vannforskning", "Universitetet i Bergen"]),
        ("nn", "Gruppa høyrer til Institutt for språk, litteratur og kultur ved Fakultet for lærarutdanningar og "
         "språk på Høgskolen i Østfold.",
         ["Høgskolen i Østfold", "Fakultet for lærarutdanningar og språk", "Institutt for språk, litteratur og kultur"]),
        ("sv", "Institutionen är en del av Teknisk-naturvetenskapliga fakulteten vid Uppsala universitet.",
         ["Uppsala universitet", "Teknisk-naturvetenskapliga fakulteten"]),
        ("da", "Enheden er tilknyttet Klinisk Institut på Syddansk Universitet og samarbejder tæt med klinikkerne.",
         ["Syddansk Universitet", "Klinisk Institut"]),
        ("de", "Das Institut ist eine zentrale Einrichtung der Humboldt-Universität zu Berlin.",
         ["Humboldt-Universität zu Berlin"]),
        ("de", "Das Zentrum ist eine wissenschaftliche Einrichtung der Fakultät VI – Planen Bauen Umwelt der "
         "Technischen Universität Berlin.", ["Technische Universität Berlin", "Fakultät VI – Planen Bauen Umwelt"]),
        ("nn", "Programmet er eit forskingsprogram ved Musea i Sogn og Fjordane for perioden 2022–2026.",
         ["Musea i Sogn og Fjordane"]),
        ("da", "Instituttet er en del af Det Kongelige Akademi.", ["Det Kongelige Akademi"]),
        ("en", "The centre is a unit within the School of Science and the Environment at the University of Worcester.",
         ["University of Worcester", "School of Science and the Environment"]),
        ("nb", "Senteret er i dag et heleid datterselskap av Norges teknisk-naturvitenskapelige universitet (NTNU).",
         ["Norges teknisk-naturvitenskapelige universitet"]),
        ("da", "Senteret er en skole under Uddannelsesområdet for Teknologi på Syddansk Erhvervsakademi.",
         ["Syddansk Erhvervsakademi", "Uddannelsesområdet for Teknologi"]),
        ("en", "The centre is a joint division of The Institute of Cancer Research, London, and The Royal Marsden NHS "
         "Foundation Trust.", ["Institute of Cancer Research, London", "Royal Marsden NHS Foundation Trust"]),
        ("da", "Gruppen er en del af Forskningsenhed for Voksenpsykiatri ved Psykiatrisk Afdeling Vejle i Psykiatrien i "
         "Region Syddanmark.", ["Psykiatrien i Region Syddanmark", "Psykiatrisk Afdeling Vejle",
                                "Forskningsenhed for Voksenpsykiatri"]),
        ("de", "Die Gruppe ist eine zentrale Einrichtung am Leibniz-Institut für Ostseeforschung Warnemünde.",
         ["Leibniz-Institut für Ostseeforschung Warnemünde"]),
        ("nb", "Senteret er et senter ved Fakultet for utdanningsvitenskap og humaniora, Universitetet i Stavanger.",
         ["Universitetet i Stavanger", "Fakultet for utdanningsvitenskap og humaniora"]),
        ("de", "Unsere engsten Partner sind die Technische Universität Berlin und das Fritz-Haber-Institut der "
         "Max-Planck-Gesellschaft.", []),
        ("nb", "NevSom er en nasjonal kompetansetjeneste organisert under Barneavdeling for nevrofag, Kvinne- og "
         "barneklinikken ved Oslo universitetssykehus.",
         ["Oslo universitetssykehus", "Kvinne- og barneklinikken", "Barneavdeling for nevrofag"]),
        ("nn", "Programmet er forankra i eininga Helse og omsorg i Ulvik herad og går over fire år.",
         ["Ulvik herad", "Helse og omsorg"]),
        ("nb", "Senteret ble opprettet i 2019 ved Norsk Skogmuseum i Elverum.", ["Norsk Skogmuseum"]),
        ("nn", "Senteret er ein del av Høgskulen på Vestlandet.", ["Høgskulen på Vestlandet"]),
        ("de", "Das Labor ist eine Einrichtung im Forschungsbereich Materialkunde des Deutschen Bergbau-Museums Bochum.",
         ["Deutsches Bergbau-Museum Bochum", "Forschungsbereich Materialkunde"]),
        ("nb", "Senteret er en del av Institutt for klinisk medisin, Det medisinske fakultet.",
         ["Det medisinske fakultet", "Institutt for klinisk medisin"]),
    ],
)
def test_the_units_own_sentence_names_its_parents_outermost_first(lang: str, sentence: str, parents: list[str]) -> None:
    record = _page(f"<h1>Senter for kystklima</h1><p>{sentence} {_LEAD}</p>", lang=lang)
    assert _names(record["parents"]) == parents


def test_section_crumbs_and_the_page_itself_are_no_parents_but_a_named_unit_is() -> None:
    trail = ('<nav class="breadcrumb"><a href="/">Forside</a> › <a href="/fag-og-forsking">Fag og forsking</a> › '
             '<a href="/forskningsenheten">Forskningsenheten</a> › <a href="/programmer">Forskningsprogram</a> › '
             "<span>Diabetesnettverket</span></nav>")
    record = _page(f"{trail}<h1>Diabetesnettverket</h1><p>{_LEAD}</p>", lang="nb")
    assert _names(record["parents"]) == ["Forskningsenheten"]


def test_a_school_named_by_its_subject_and_a_lasarett_are_parents_and_a_frontpage_is_not() -> None:
    trail = ('<nav class="breadcrumb"><a href="/">Frontpage</a> › <a href="/schools/technology">School of Technology</a>'
             ' › <a href="/falu">Falu lasarett</a> › <a href="/malar">Mälarsjukhuset</a> › <span>Senter for kystklima</span></nav>')
    record = _page(f"{trail}<h1>Senter for kystklima</h1><p>{_LEAD}</p>")
    assert _names(record["parents"]) == ["School of Technology", "Falu lasarett", "Mälarsjukhuset"]


def test_a_crumb_led_by_the_organisations_name_is_a_parent_and_its_genitive_places_the_unit_at_it() -> None:
    trail = ('<nav class="breadcrumb"><a href="/">Forside</a> › <a href="/om-statped/">Om Statped</a> › '
             '<a href="/om-statped/sorost/">Statped sørøst</a> › <span>Senter for kystklima</span></nav>')
    assert _names(_page(f"{trail}<h1>Senter for kystklima</h1><p>{_LEAD}</p>", lang="nb")["parents"]) == ["Statped sørøst"]
    header = '<a href="/" class="logo"><img src="/logo.svg" alt="Kreftforeningen"></a>'
    html = (f'<html lang="nb"><head><title>Senter for kystklima</title></head><body><header>{header}</header><main>'
            "<h1>Senter for kystklima</h1><p>Kreftforeningens senter for kystklima skal gi flere et godt tilbud.</p>"
            "</main></body></html>")
    record = build(Page(url="https://www.kreftforeningen.no/senter/", html=html)).record
    assert _names(record["parents"]) == ["Kreftforeningen"]


def test_subject_crumbs_are_no_parents_but_a_unit_filed_under_a_listing_is() -> None:
    trail = ('<nav class="breadcrumb"><a href="/">Framside</a> › <a href="/klima-og-miljo/">Klima og miljø</a> › '
             '<a href="/institusjonar/">Institutioner</a> › <a href="/fod/">Fordon och drivlinor</a> › '
             "<span>Nettverk for klimatilpassing</span></nav>")
    record = _page(f"{trail}<h1>Nettverk for klimatilpassing</h1><p>{_LEAD}</p>", lang="nn")
    assert _names(record["parents"]) == ["Fordon och drivlinor"]


@pytest.mark.parametrize(
    ("listing", "lang"),
    [("Zentrale Einrichtungen", "de"), ("Science facilities", "en"), ("Integrative Research Institutes", "en")],
)
def test_a_kind_in_the_plural_under_its_adjectives_is_a_listing_and_no_parent(listing: str, lang: str) -> None:
    trail = ('<nav class="breadcrumb"><a href="/">Home</a> › <a href="/fakultaet">Fakultät für Physik</a> › '
             f'<a href="/list">{listing}</a> › <span>Core Facility Mikroskopie</span></nav>')
    record = _page(f"{trail}<h1>Core Facility Mikroskopie</h1><p>{_LEAD}</p>", lang=lang)
    assert _names(record["parents"]) == ["Fakultät für Physik"]


def test_a_listing_heading_names_no_parent_and_a_crumbs_short_form_takes_the_texts_whole_name() -> None:
    trail = ('<nav class="breadcrumb"><a href="/">Home</a> › <a href="/schools">Schools</a> › '
             '<a href="/schools/emca">English, Media and Creative Arts</a> › <a href="/schools/emca/labs">'
             "Laboratories</a> › <span>Centre for Stylistics</span></nav>")
    body = ("<h1>Centre for Stylistics</h1><p>The centre is part of the School of English, Media and Creative Arts. "
            f"{_LEAD}</p><h2>Institute der Fakultät</h2><ul><li><a href='/a'>Institut für Anglistik</a></li></ul>")
    record = _page(f"{trail}{body}")
    assert _names(record["parents"]) == ["School of English, Media and Creative Arts"]


@pytest.mark.parametrize(
    ("inflected", "nominative"),
    [
        ("Technischen Universität Berlin", "Technische Universität Berlin"),
        ("Stiftelsen Museum Vest", "Stiftelsen Museum Vest"),
        ("Deutschen Krebsforschungszentrums", "Deutsches Krebsforschungszentrum"),
        ("Karlsruher Instituts für Technologie", "Karlsruher Institut für Technologie"),
        ("Statistischen Bundesamtes", "Statistisches Bundesamt"),
        ("Humboldt-Universität zu Berlin", "Humboldt-Universität zu Berlin"),
        ("Institutes of Health", "Institutes of Health"),
    ],
)
def test_a_german_name_after_an_article_is_written_in_the_nominative(inflected: str, nominative: str) -> None:
    assert german.nominative(inflected) == nominative


@pytest.mark.parametrize(
    ("lang", "sentence", "funders"),
    [
        ("da", "Centret er støttet af Villum Fonden og Realdania.", ["Villum Fonden", "Realdania"]),
        ("sv", "Centrumet finansieras av Energimyndigheten och Knut och Alice Wallenbergs stiftelse, med "
         "medfinansiering från deltagande företag.", ["Energimyndigheten", "Knut och Alice Wallenbergs stiftelse"]),
        ("de", "Die Arbeit wird durch die Deutsche Forschungsgemeinschaft (DFG) und die Klaus Tschira Stiftung "
         "gefördert.", ["Deutsche Forschungsgemeinschaft", "Klaus Tschira Stiftung"]),
        ("nb", "Senteret er finansiert av Norges forskningsråd og Miljødirektoratet for perioden 2023–2030.",
         ["Norges forskningsråd", "Miljødirektoratet"]),
        ("nb", "Programmet er finansiert av Klima- og miljødepartementet og Norges forskningsråd.",
         ["Klima- og miljødepartementet", "Norges forskningsråd"]),
        ("sv", "Forskningen finansieras av bland annat Forte, Vetenskapsrådet och Centrum för idrottsforskning.",
         ["Forte", "Vetenskapsrådet", "Centrum för idrottsforskning"]),
        ("de", "Das Institut wird vom Bundesministerium für Bildung und Forschung gefördert.",
         ["Bundesministerium für Bildung und Forschung"]),
    ],
)
def test_funders_are_the_organisations_a_funding_sentence_names(lang: str, sentence: str, funders: list[str]) -> None:
    record = _page(f"<h1>Centre for Battery Systems</h1><p>{_LEAD}</p><h2>Finansiering</h2><p>{sentence}</p>", lang=lang)
    assert record["funders"] == funders


@pytest.mark.parametrize(("heading", "lang"), [("Scientific focus", "en"), ("Satsingsområda våre", "nn"),
                                              ("Research directions", "en"), ("Vores forskning fokuserer på", "da"),
                                              ("Science we support", "en")])
def test_a_heading_naming_the_focus_heads_the_research_areas(heading: str, lang: str) -> None:
    record = _page(f"<h1>Centre for Food Systems</h1><p>{_LEAD}</p><h2>{heading}</h2><ul><li>Spatial omics</li>"
                   "<li>Flow cytometry</li></ul>", lang=lang)
    assert record["research_areas"] == ["Spatial omics", "Flow cytometry"]


@pytest.mark.parametrize(
    ("sentence", "partners"),
    [
        ("Vi samarbeider tett med Universitetet i Bergen, NORCE og Norsk institutt for vassforsking.",
         ["Universitetet i Bergen", "NORCE", "Norsk institutt for vassforsking"]),
        ("Vi samarbeider med Universitetet i Agder og Utdanningsdirektoratet.", ["Universitetet i Agder", "Utdanningsdirektoratet"]),
        ("We collaborate with the University of Oslo and the Norwegian Defence Research Establishment.",
         ["University of Oslo", "Norwegian Defence Research Establishment"]),
        ("We collaborate with the Ministry of Health and Care Services.", ["Ministry of Health and Care Services"]),
    ],
)
def test_partners_named_after_a_place_or_an_of_are_each_their_own(sentence: str, partners: list[str]) -> None:
    assert _page(f"<h1>Senter for kystøkologi</h1><p>{_LEAD}</p><p>{sentence}</p>")["partners"] == partners


def test_partners_from_a_sentence_and_funders_from_a_table_column() -> None:
    record = _page(f"""<h1>Centre for Estuarine Futures</h1><p>{_LEAD}</p>
<p>We work closely with partners including the Met Office, the Environment Agency, Natural England and
Cornwall Council.</p><h2>Current projects</h2>
<table><tr><th>Project</th><th>Funder</th></tr><tr><td>Marsh Margins</td><td>Environment Agency</td></tr>
<tr><td>TIDE-GOV</td><td>Leverhulme Trust</td></tr></table>""")
    assert record["partners"] == ["Met Office", "Environment Agency", "Natural England", "Cornwall Council"]
    assert record["funders"] == ["Environment Agency", "Leverhulme Trust"]


def test_research_areas_from_a_nested_list_and_from_running_text_only_without_a_list() -> None:
    listed = _page(f"""<h1>Department of Heritage Science</h1><p>{_LEAD}</p><h2>Forskningstemaer</h2>
<ul><li>Materials and decay<ul><li>Corrosion of archaeological metals</li></ul></li><li>Digital heritage</li></ul>""",
                   lang="da")
    assert listed["research_areas"] == ["Materials and decay", "Corrosion of archaeological metals", "Digital heritage"]
    running = _page("<h1>Forskargruppe for tradisjonsmusikk</h1><p>Gruppa forskar på hardingfeletradisjonar, "
                    "overføring av tradisjonskunnskap og digital arkivering av kulturarv.</p>", lang="nn")
    assert running["research_areas"] == [
        "hardingfeletradisjonar", "overføring av tradisjonskunnskap", "digital arkivering av kulturarv",
    ]


@pytest.mark.parametrize(
    ("h1", "lang", "kind"),
    [("Dramatikarskulen", "nn", "school"), ("Lübecker Graduiertenschule für Infektion", "de", "school"),
     ("Kernfazilität Edelgas- und Isotopenanalytik", "de", "core_facility"), ("DNA-laboratoriet", "sv", "core_facility"),
     ("Cardiac Ageing Lab", "en", "research_group"), ("Forschungsgruppe Digitale Plattformen", "de", "research_group"),
     ("Skolen for Maritim Teknologi og Energi", "da", "school"), ("Cellular Genomics Core", "en", "core_facility"),
     ("Forschungsbereich Küstenozeane", "de", "division"), ("Programområde Hav och kustnära vatten", "sv", "programme"),
     ("Eidfjord skule", "nn", "school")],
)
def test_schools_and_core_facilities_named_as_compounds(h1: str, lang: str, kind: str) -> None:
    record = _page(f"<h1>{h1}</h1><p>{_LEAD}</p>", lang=lang)
    assert (record["name"], record["unit_type"]) == (h1, kind)


def test_an_organisations_about_us_page_is_its_record_named_by_the_title() -> None:
    record = _page("<h1>Om oss</h1><p>NTNU Samfunnsforskning er et uavhengig, samfunnsvitenskapelig "
                   "forskningsinstitutt med rundt 90 ansatte i Trondheim.</p>", lang="nb",
                   title="Om oss - NTNU Samfunnsforskning")
    assert (record["name"], record["unit_type"]) == ("NTNU Samfunnsforskning", "institute")


@pytest.mark.parametrize(
    ("h1", "opening", "name", "kind"),
    [
        ("Om IHE", "IHE – Institutet för hälso- och sjukvårdsekonomi är ett oberoende forskningsinstitut i Lund.",
         "Institutet för hälso- och sjukvårdsekonomi", "institute"),
        ("Om senteret", "Regionalt kompetansesenter for sikkerhets-, fengsels- og rettspsykiatri, Helse Sør-Øst "
         "(SIFER Sør-Øst) bygger opp og deler kunnskap.",
         "Regionalt kompetansesenter for sikkerhets-, fengsels- og rettspsykiatri, Helse Sør-Øst", "centre"),
    ],
)
def test_an_about_page_takes_the_name_its_opening_line_gives_beside_the_acronym(h1: str, opening: str, name: str,
                                                                                kind: str) -> None:
    record = _page(f"<h1>{h1}</h1><p>{opening}</p>", lang="sv")
    assert (record["name"], record["unit_type"]) == (name, kind)


def test_a_kind_word_before_the_name_gives_the_kind_and_stays_in_the_name() -> None:
    record = _page(f"<h1>Forskningsgruppen Urbane økosystemer</h1><p>{_LEAD}</p>", lang="nb")
    assert (record["name"], record["unit_type"]) == ("Forskningsgruppen Urbane økosystemer", "research_group")


def test_an_about_page_takes_the_unit_its_text_names() -> None:
    record = _page("<h1>Om centret</h1><p>Center for Livsforløb og Ulighed (CLU) er et tværfagligt center, der "
                   "undersøger, hvordan ulighed opstår gennem livet.</p>", lang="da", title="Om centret – Københavns Universitet")
    assert (record["name"], record["acronym"], record["unit_type"]) == ("Center for Livsforløb og Ulighed", "CLU", "centre")


def test_nynorsk_text_under_a_bokmal_lang_attribute_is_nynorsk() -> None:
    text = ("Forskargruppa arbeider med korleis born lærer språk i fleirspråklege klassar. Vi er opptekne av kva "
            "lærarane gjer, og korleis elevane sjølve bruker dei språka dei kan. Gruppa har medlemer frå tre "
            "fakultet, og vi samarbeider med skular i heile fylket om forsking som er nyttig for praksis.")
    record = _page(f"<h1>Forskargruppe for fleirspråkleg læring</h1><p>{text}</p>", lang="nb")
    assert record["language"] == "nn"


@pytest.mark.parametrize(
    ("heading", "url", "kind"),
    [
        ("Arbeitsgruppen", "https://www.uni.de/ikg/forschung/arbeitsgruppen.html", "listing"),
        ("Lehrstühle und Forschungsgruppen", "https://www.ed.uni.de/ed/forschung/lehrstuehle/", "listing"),
        ("Research centres and institutes", "https://www.example.ac.uk/collections/research-centres/", "listing"),
        ("Nettverk", "https://www.omsorgsforskning.no/nettverk/", "listing"),  # the plural is the singular
        ("Kontakt", "https://www.ites.kit.edu/kontakt.php", "contact"),
        ("Kontakt Forskningsavdelingen", "https://www.ssb.no/forskning/kontakt", "contact"),
        ("Nytt senter skal opne mellomalderarkiva", "https://www.uib.no/nn/hf/174233/nytt-senter", "other"),
        ("Nytt senter for snøskredvarsling opna i Førde", "https://www.nve.no/nytt-fra-nve/nytt-senter/", "other"),
    ],
)
def test_listings_contact_pages_and_headlines_give_no_record(heading: str, url: str, kind: str) -> None:
    with pytest.raises(NotAUnitPage) as raised:
        _page(f"<h1>{heading}</h1><p>{_LEAD}</p>", url=url, lang="de")
    assert raised.value.kind == kind


def test_a_fact_box_and_a_breadcrumb_marked_item_by_item_name_the_parents_but_a_subject_crumb_does_not() -> None:
    html = """<html lang="nb"><head><title>Digital velferd</title></head><body>
<nav class="navbar"><ul><li class="nav-breadcrumb"><a href="https://www.oslomet.no/">OsloMet</a></li>
<li class="nav-breadcrumb"><a href="/sam/">Samfunnsfag</a></li></ul></nav>
<main><h1>Forskningsgruppen Digital velferd</h1><p>Gruppen studerer hvordan digitalisering endrer møtet mellom
innbyggere og velferdstjenestene.</p></main>
<aside class="fact-box"><dl><dt>Fakultet</dt><dd>Fakultet for samfunnsvitenskap</dd><dt>Institutt</dt>
<dd>Institutt for sosialfag</dd><dt>Etablert</dt><dd>2019</dd></dl></aside></body></html>"""
    record = build(Page(url="https://www.oslomet.no/forskning/digital-velferd", html=html)).record
    # "Samfunnsfag" files the page under a subject; it names no unit.
    assert _names(record["parents"]) == ["OsloMet", "Fakultet for samfunnsvitenskap", "Institutt for sosialfag"]


def test_norwegian_text_under_an_english_lang_attribute_on_a_norwegian_site_is_norwegian() -> None:
    """The detector reads this page as Danish, unsure; the page says English, surely wrong: the site's
    country settles it."""
    folder = FIXTURES / "records" / "unit-nb-toi-avdeling-godstransport-logistikk"
    url = json.loads((folder / "record.json").read_text(encoding="utf-8"))["url"]
    record = build(Page(url=url, html=(folder / "page.html").read_text(encoding="utf-8"))).record
    assert record["language_evidence"]["declared"] == "en"
    assert record["language_evidence"]["detected"] == "da"
    assert record["language"] == "nb"


def test_a_heading_like_a_persons_name_filed_under_the_sites_groups_is_a_group() -> None:
    record = _page(f"<h1>Energieffektiv Software</h1><p>{_LEAD}</p>", lang="da",
                   url="https://www.example.dk/forskning/forskningsgrupper/energieffektiv-software")
    assert (record["name"], record["unit_type"]) == ("Energieffektiv Software", "research_group")


def test_a_school_that_is_an_institution_owns_the_site_and_a_universitys_hogskola_is_a_school() -> None:
    html = """<html lang="en"><head><title>Centre for Urban Economics</title>
<meta property="og:site_name" content="London School of Economics and Political Science"></head><body>
<header><a class="siteHeader__logo" href="/"><img src="/logo.svg" alt="LSE - The London School of Economics"></a>
</header><main><h1>Centre for Urban Economics</h1><p>The centre studies how cities pay for housing.</p></main>
<footer><p>00014 London School of Economics and Political Science</p></footer></body></html>"""
    record = build(Page(url="https://www.lse.ac.uk/urban-economics", html=html)).record
    assert record["institution"]["name"] == "London School of Economics and Political Science"
    html = """<html lang="sv"><head><title>Högskolan för design och hållbarhet</title></head>
<body><main><h1>Högskolan för design och hållbarhet</h1><p>Vid högskolan forskar vi om hållbara material och
cirkulär design.</p></main><footer><p>© 2002-2025 Jönköping University</p></footer></body></html>"""
    record = build(Page(url="https://ju.se/hdh", html=html)).record
    assert (record["unit_type"], record["institution"]["name"]) == ("school", "Jönköping University")


def test_linked_items_under_a_heading_naming_the_parts_are_subunits() -> None:
    record = _page(f"""<h1>School of Ocean and Climate Sciences</h1><p>{_LEAD}</p><h2>Our disciplines</h2>
<ul><li><a href="/physical-oceanography/">Physical Oceanography</a></li>
<li><a href="/biogeochemistry/">Marine Biogeochemistry</a></li></ul>
<h2>Further reading</h2><ul><li><a href="/annual-report/">Annual report 2024</a></li></ul>""")
    assert _names(record["subunits"]) == ["Physical Oceanography", "Marine Biogeochemistry"]


@pytest.mark.parametrize(
    ("lang", "sentence", "areas"),
    [
        ("en", "Our researchers work on local taxation, housing affordability and urban transport finance, drawing on "
         "new data from councils.", ["local taxation", "housing affordability", "urban transport finance"]),
        ("nn", "Avdelinga arbeider med bygdekultur i Hardanger og på Voss, handverkstradisjonar og fotohistorie.",
         ["bygdekultur i Hardanger og på Voss", "handverkstradisjonar", "fotohistorie"]),
        ("en", "From soil to shelf, we study how microorganisms and materials shape the food we eat.", []),
        ("sv", "Vår forskning rör främst EU:s institutioner, den inre marknaden samt rättsstatens principer.",
         ["EU:s institutioner", "den inre marknaden", "rättsstatens principer"]),
        ("sv", "Programmet undersöker konstnärsarkivens roll, översättningar och utställningshistoria.",
         ["konstnärsarkivens roll", "översättningar", "utställningshistoria"]),
        ("de", "Die Forschungsgruppe untersucht die Preissetzung auf Marktplätzen und die Wirkung neuer Regulierung.",
         ["Preissetzung auf Marktplätzen", "Wirkung neuer Regulierung"]),
        ("en", "The facility supports research on past atmospheric circulation, sea-ice history and abrupt climate "
         "events.", ["past atmospheric circulation", "sea-ice history", "abrupt climate events"]),
        ("sv", "Projekt som rör patientprover, blodprover och vävnad hanteras enligt sjukhusets rutiner.", []),
        ("da", "Her undersøger vi, hvordan designere kan forlænge levetiden for materialer og møbler.", []),
        ("sv", "Inom avdelningen forskar vi om hjärtsvikt, sömnapné och lungfunktion.",
         ["hjärtsvikt", "sömnapné", "lungfunktion"]),
        ("nn", "Utviklingsarbeidet handlar om økologisk fruktdyrking, jordhelse og lokal foredling av bær.",
         ["økologisk fruktdyrking", "jordhelse", "lokal foredling av bær"]),
        ("en", "Our staff work on historical dress reconstruction, sustainable textile practice and digital costume.",
         ["historical dress reconstruction", "sustainable textile practice", "digital costume"]),
        ("sv", "Avdelningen bedriver klinisk forskning om fallprevention, strokerehabilitering och läkemedel.",
         ["fallprevention", "strokerehabilitering", "läkemedel"]),
        ("sv", "Flera medarbetare forskar på deltid, och nya studier planeras varje år.", []),
        ("da", "Afdelingens forskning beskæftiger sig med jernalderens bebyggelse, vikingetidens Jelling og købstaden.",
         ["jernalderens bebyggelse", "vikingetidens Jelling", "købstaden"]),
        ("nb", "Instituttet forsker og underviser i taktikk, militær ledelse og landmaktens historie.",
         ["taktikk", "militær ledelse", "landmaktens historie"]),
        ("nb", "Instituttet forsker og underviser i skjæringsfeltet mellom økonomi, ledelse og bærekraft.", []),
    ],
)
def test_research_areas_in_running_text_are_the_items_of_its_enumeration(lang: str, sentence: str,
                                                                         areas: list[str]) -> None:
    assert _page(f"<h1>Centre for Food Systems</h1><p>{sentence}</p>", lang=lang)["research_areas"] == areas


@pytest.mark.parametrize(
    ("lang", "sentence", "parents"),
    [
        ("nb", "Senteret er et senter ved Helse Nord-Trøndelag og NTNU.", ["Helse Nord-Trøndelag", "NTNU"]),
        ("da", "Instituttet er et institut under Det Sundhedsvidenskabelige Fakultet ved Syddansk Universitet.",
         ["Syddansk Universitet", "Det Sundhedsvidenskabelige Fakultet"]),
    ],
)
def test_co_parents_joined_by_and_and_a_faculty_under_a_university(lang: str, sentence: str,
                                                                    parents: list[str]) -> None:
    assert _names(_page(f"<h1>Senter for akuttmedisin</h1><p>{sentence} {_LEAD}</p>", lang=lang)["parents"]) == parents


def test_a_short_form_in_the_title_is_written_out_from_the_logo_or_footer() -> None:
    html = """<html lang="nn"><head><title>Avdeling for analyse | Udir</title></head><body>
<header><a href="/" class="logo"><img src="/logo.svg" alt="Utdanningsdirektoratet"></a></header>
<main><h1>Avdeling for analyse</h1><p>Avdelinga skaffar fram statistikk og analysar for skulane.</p></main>
</body></html>"""
    record = build(Page(url="https://www.udir.no/om-udir/avdeling-for-analyse/", html=html)).record
    assert record["institution"]["name"] == "Utdanningsdirektoratet"


def test_the_pages_own_heading_is_no_topic_heading_and_a_welcome_is_no_name() -> None:
    record = _page(f"""<h1>Willkommen in der Arbeitsgruppe Kompetanseutvikling</h1><p>{_LEAD}</p><h2>Ziele</h2>
<p>Wir wollen die Zusammenarbeit stärken.</p><h2>Partner</h2><ul><li>Universität Potsdam</li></ul>""", lang="de")
    assert record["name"] == "Arbeitsgruppe Kompetanseutvikling"
    assert record["research_areas"] == [] and record["partners"] == ["Universität Potsdam"]


@pytest.mark.parametrize(
    ("sentence", "funders"),
    [
        ("Forskningen finansieras av externa bidragsgivare, främst Formas, Vetenskapsrådet, Rymdstyrelsen och "
         "Europeiska kommissionen.", ["Formas", "Vetenskapsrådet", "Rymdstyrelsen", "Europeiska kommissionen"]),
        ("Gruppa er finansiert av Utenriksdepartementet og Nordisk ministerråd.",
         ["Utenriksdepartementet", "Nordisk ministerråd"]),
    ],
)
def test_funders_after_a_qualifier_and_two_ministries_joined_by_and(sentence: str, funders: list[str]) -> None:
    assert _page(f"<h1>Senter for klima</h1><p>{_LEAD}</p><p>{sentence}</p>", lang="sv")["funders"] == funders


def test_a_funders_box_lists_organisations_by_their_names() -> None:
    record = _page(f"""<h1>Institut für Küstenforschung</h1><p>{_LEAD}</p><h2>Gefördert von</h2>
<ul><li>Deutsche Forschungsgemeinschaft (DFG)</li><li>Freie Hansestadt Bremen</li></ul>""", lang="de")
    assert record["funders"] == ["Deutsche Forschungsgemeinschaft", "Freie Hansestadt Bremen"]


@pytest.mark.parametrize(
    ("lang", "sentence", "parents"),
    [
        ("de", "Das Institut gehört zur Fakultät für Georessourcen der RWTH Aachen University und beschäftigt rund "
         "45 Mitarbeitende.", ["RWTH Aachen University", "Fakultät für Georessourcen"]),
        ("de", "Das BIRK ist ein interdisziplinäres Forschungsinstitut der Universität Bayreuth.", ["Universität Bayreuth"]),
        ("en", "The Faculty of Geoscience is one of six faculties within the School of Engineering at the University "
         "of Iceland.", ["University of Iceland", "School of Engineering"]),
        ("sv", "Centrumet är en enhet inom Akutkliniken vid Norrlands universitetssjukhus.",
         ["Norrlands universitetssjukhus", "Akutkliniken"]),
        ("nb", "Rettsinstituttet er et forskningsinstitutt ved Samisk høgskole i Guovdageaidnu.", ["Samisk høgskole"]),
        ("nb", "Senteret hører til Klinikk Hammerfest i Finnmarkssykehuset.", ["Finnmarkssykehuset", "Klinikk Hammerfest"]),
    ],
)
def test_parents_in_german_english_swedish_and_norwegian_chains(lang: str, sentence: str, parents: list[str]) -> None:
    assert _names(_page(f"<h1>Senter for kyststudier</h1><p>{sentence} {_LEAD}</p>", lang=lang)["parents"]) == parents


def test_an_about_page_named_by_an_acronym_takes_the_name_its_text_gives() -> None:
    html = """<html lang="nb"><head><title>Om CMI | CMI - Chr. Michelsen Institute</title></head><body>
<div id="coiOverlay"><h1>Denne hjemmeside bruger cookies</h1></div><main><h1>Om CMI</h1>
<p>Chr. Michelsens Institutt (CMI) er et uavhengig forskningsinstitutt i Bergen som forsker på utvikling.</p></main>
</body></html>"""
    record = build(Page(url="https://www.cmi.no/om", html=html)).record
    assert (record["name"], record["acronym"], record["unit_type"]) == ("Chr. Michelsens Institutt", "CMI", "institute")


def test_a_consent_banners_heading_is_not_the_pages_heading() -> None:
    html = f"""<html lang="da"><head><title>Forskning</title></head><body>
<div id="coiOverlay" class="coi-banner__page"><h1>Denne hjemmeside bruger cookies</h1></div>
<main><h1>Forskningsgruppen for improvisation og samspil</h1><p>{_LEAD}</p></main></body></html>"""
    assert build(Page(url="https://sdmk.dk/forskning/improvisation", html=html)).record["name"] == (
        "Forskningsgruppen for improvisation og samspil")


@pytest.mark.parametrize(
    ("sentence", "funders"),
    [
        ("Laboratoriet er støttet af Aage V. Jensen Naturfond og Carlsbergfondet.",
         ["Aage V. Jensen Naturfond", "Carlsbergfondet"]),
        ("Skolen er finansiert av Norges forskningsråd gjennom ordningen for nasjonale forskerskoler.",
         ["Norges forskningsråd"]),
        ("Projektet finansieras av Närings-, trafik- och miljöcentralen och Svenska kulturfonden.",
         ["Närings-, trafik- och miljöcentralen", "Svenska kulturfonden"]),
    ],
)
def test_funders_with_initials_shared_compounds_and_a_channel_after_them(sentence: str, funders: list[str]) -> None:
    assert _page(f"<h1>Senter for klima</h1><p>{_LEAD}</p><p>{sentence}</p>", lang="da")["funders"] == funders


@pytest.mark.parametrize(
    ("lang", "sentence", "parents"),
    [
        ("de", "Das IGB ist ein Institut im Zentrum für Medizinische Physik an der MedUni Wien.",
         ["MedUni Wien", "Zentrum für Medizinische Physik"]),
        ("de", "Träger des Instituts sind das Universitätsklinikum Essen und die Medizinische Fakultät der Universität "
         "Duisburg-Essen.", ["Universität Duisburg-Essen", "Universitätsklinikum Essen", "Medizinische Fakultät"]),
        ("en", "The facility is one of the core facilities at the British Antarctic Survey.", ["British Antarctic Survey"]),
        ("en", "The department is part of Leiden Law School, Leiden University.", ["Leiden University", "Leiden Law School"]),
        ("nb", "Gruppa er en del av Avdeling for traumer, katastrofer og flyktninger ved Nasjonalt kunnskapssenter om vold "
         "og traumatisk stress.", ["Nasjonalt kunnskapssenter om vold og traumatisk stress",
                                    "Avdeling for traumer, katastrofer og flyktninger"]),
    ],
)
def test_parents_through_im_traeger_one_of_and_a_comma_before_a_university(lang: str, sentence: str,
                                                                           parents: list[str]) -> None:
    assert _names(_page(f"<h1>Senter for kyststudier</h1><p>{sentence} {_LEAD}</p>", lang=lang)["parents"]) == parents


def test_an_about_page_whose_title_writes_out_the_acronym_is_the_institution_itself() -> None:
    html = """<html lang="nb"><head><title>Om TFoU - Trøndelag forskning og utvikling</title></head><body>
<main><h1>Om TFoU</h1><p>Vi er et regionalt forskningsinstitutt i Steinkjer som forsker på arbeidsliv og helse.</p>
</main></body></html>"""
    record = build(Page(url="https://www.tfou.no/om-tfou/", html=html)).record
    assert (record["name"], record["acronym"], record["institution"]["name"]) == (
        "Trøndelag forskning og utvikling", "TFoU", "Trøndelag forskning og utvikling")


def test_the_site_named_in_the_title_owns_a_group_and_a_headline_is_news() -> None:
    html = f"""<html lang="en"><head><title>Coastal Ocean Carbon Group - Plymouth Marine Laboratory</title></head>
<body><main><h1>Welcome to the Coastal Ocean Carbon Group</h1><p>{_LEAD}</p></main></body></html>"""
    record = build(Page(url="https://pml.ac.uk/science/groups/coastal-carbon/", html=html)).record
    assert (record["name"], record["institution"]["name"]) == ("Coastal Ocean Carbon Group", "Plymouth Marine Laboratory")
    with pytest.raises(NotAUnitPage):
        _page(f"<h1>New network to connect Southern Ocean sea-ice observers</h1><p>{_LEAD}</p>")


@pytest.mark.parametrize(
    ("lang", "body", "partners"),
    [
        ("da", "<p>I netværket samarbejder Det Kgl. Bibliotek med Aarhus Universitet, Københavns Universitet og "
         "Rigsarkivet.</p>", ["Aarhus Universitet", "Københavns Universitet", "Rigsarkivet"]),
        ("nn", "<p>Nettverket er eit samarbeid mellom Statsforvaltaren, KS Møre og Romsdal og NVE.</p>",
         ["Statsforvaltaren", "KS Møre og Romsdal", "NVE"]),
        ("en", "<h2>Who we work with</h2><p>Much of our research is done with partners outside the university. Our most "
         "important partners are:</p><ul><li>TNO</li><li>Province of Gelderland</li></ul>", ["TNO", "Province of Gelderland"]),
    ],
)
def test_partners_from_cooperation_sentences_and_a_list_its_intro_names(lang: str, body: str,
                                                                       partners: list[str]) -> None:
    assert _page(f"<h1>Senter for klima</h1><p>{_LEAD}</p>{body}", lang=lang)["partners"] == partners


@pytest.mark.parametrize(
    ("lang", "html_body", "parents"),
    [
        ("de", "<h1>Institut für Küstenprozesse</h1><p>Das Institut für Küstenprozesse (IKS) am Helmholtz-Zentrum Hereon "
         "in Geesthacht untersucht, wie sich Küsten verändern.</p>", ["Helmholtz-Zentrum Hereon"]),
        ("en", "<h1>Polymer Processing Research Group</h1><p>The Polymer Processing Research Group is a research group "
         "within the Department of Polymer Engineering, Faculty of Engineering, at the Technological University of the "
         "Shannon.</p>", ["Technological University of the Shannon", "Faculty of Engineering", "Department of Polymer Engineering"]),
    ],
)
def test_the_opening_sentence_places_the_unit_at_its_institution(lang: str, html_body: str, parents: list[str]) -> None:
    html = (f'<html lang="{lang}"><head><title>Unit | Helmholtz-Zentrum Hereon</title></head><body><main>{html_body}'
            "</main></body></html>")
    record = build(Page(url="https://www.example.org/forschung/unit/", html=html)).record
    assert _names(record["parents"]) == parents


def test_a_unit_named_by_its_topic_is_what_its_text_calls_it_with_a_genitive() -> None:
    record = _page(f"<h1>Staden och vattnet</h1><p>Staden och vattnet är museets forskningsprogram om hur Göteborg har "
                   f"format sina hamnar. {_LEAD}</p>", lang="sv", url="https://goteborgsstadsmuseum.se/forskning/staden/")
    assert (record["name"], record["unit_type"]) == ("Staden och vattnet", "programme")


def test_an_about_heading_is_no_persons_name_and_a_definite_platform_is_no_listing() -> None:
    record = _page("<h1>Om KoRus-Oslo</h1><p>Kompetansesenter rus – Oslo (KoRus-Oslo) er et regionalt senter som "
                   "arbeider med rusforebygging i Oslo.</p>", lang="nb", url="https://www.korusoslo.no/om-korus-oslo/")
    assert record["name"] == "Kompetansesenter rus – Oslo"
    record = _page(f"<h1>Digitaliseringsplattformen</h1><p>{_LEAD}</p>", lang="sv",
                   url="https://www.gu.se/ub/digitaliseringsplattformen")
    assert record["unit_type"] == "core_facility"


@pytest.mark.parametrize(
    ("lang", "sentence", "parents"),
    [
        ("en", "The centre sits within the College of Health at the University of the West of England.",
         ["University of the West of England", "College of Health"]),
        ("sv", "Avdelningen för forskarservice är en av fyra avdelningar inom Stockholms stadsarkiv.",
         ["Stockholms stadsarkiv"]),
        ("de", "Die Abteilung gehört zum Institut für Psychologie im Fachbereich 1 der Universität Hildesheim.",
         ["Universität Hildesheim", "Fachbereich 1", "Institut für Psychologie"]),
    ],
)
def test_parents_that_a_unit_sits_within_in_an_archive_and_through_im(lang: str, sentence: str,
                                                                      parents: list[str]) -> None:
    assert _names(_page(f"<h1>Senter for kyststudier</h1><p>{sentence} {_LEAD}</p>", lang=lang)["parents"]) == parents


def test_a_footer_name_ending_in_a_home_word_keeps_it() -> None:
    html = f"""<html lang="de"><head><title>Abteilung Lernpsychologie</title></head><body><main>
<h1>Abteilung Lernpsychologie</h1><p>{_LEAD}</p></main>
<footer><p><strong>Stiftung Universität Hildesheim</strong><br>Universitätsplatz 1</p></footer></body></html>"""
    record = build(Page(url="https://www.uni-hildesheim.de/fb1/abteilung/", html=html)).record
    assert record["institution"]["name"] == "Stiftung Universität Hildesheim"


@pytest.mark.parametrize(
    ("sentence", "parents"),
    [
        ("Gruppa er en del av Nasjonalt kompetansesenter som arbeider med rus.", ["Nasjonalt kompetansesenter"]),
        ("Gruppa er en del av Senter for risiko og sikkerhet ved UiS.", ["UiS", "Senter for risiko og sikkerhet"]),
    ],
)
def test_a_clause_after_a_parent_ends_it_but_a_name_with_og_stays_whole(sentence: str, parents: list[str]) -> None:
    assert _names(_page(f"<h1>Forskningsgruppe for rus</h1><p>{sentence} {_LEAD}</p>", lang="nb")["parents"]) == parents


def test_sentences_end_after_a_short_place_name_but_not_after_an_abbreviation() -> None:
    assert text.sentences("Instituttet ligger i Ås. Vi forsker på jord. Det Kgl. Bibliotek er stort.") == [
        "Instituttet ligger i Ås.", "Vi forsker på jord.", "Det Kgl. Bibliotek er stort."]


def test_a_mixed_case_acronym_a_research_bodys_abteilung_and_a_site_name_with_its_acronym() -> None:
    record = _page(f"<h1>Regionalt forskningsnettverk for akuttmedisin (RegAkutt)</h1><p>{_LEAD}</p>", lang="nb")
    assert (record["name"], record["acronym"]) == ("Regionalt forskningsnettverk for akuttmedisin", "RegAkutt")
    html = f"""<html lang="sv"><head><title>Institutet för behandlingsforskning | SiS, Statens institutionsstyrelse</title>
</head><body><main><h1>Institutet för behandlingsforskning</h1><p>{_LEAD}</p></main></body></html>"""
    assert build(Page(url="https://www.stat-inst.se/forskning/", html=html)).record["institution"]["name"] == (
        "Statens institutionsstyrelse")
    html = f"""<html lang="de"><head><title>Abteilung Materialkreisläufe | Bundesanstalt für Materialforschung</title>
</head><body><main><h1>Abteilung Materialkreisläufe</h1><p>{_LEAD}</p></main></body></html>"""
    assert build(Page(url="https://www.bam.de/abteilung-4/", html=html)).record["unit_type"] == "division"


def test_a_heading_without_a_kind_over_areas_and_aims_is_a_units_page_and_without_them_is_not() -> None:
    body = ("<h1>Havbunnsdata</h1><p>Vi samler og deler data om havbunnen langs kysten.</p>"
            "<h2>Mål</h2><p>Målet er å gjøre havbunnsdata åpne for forskere og forvaltning.</p>"
            "<h2>Forskningsområder</h2><ul><li>Sedimentkjemi</li><li>Bunnfauna</li></ul>")
    record = _page(body, lang="nb")
    assert (record["name"], record["unit_type"]) == ("Havbunnsdata", "other")
    with pytest.raises(NotAUnitPage):
        _page("<h1>Havbunnsdata</h1><p>Vi samler og deler data om havbunnen langs kysten.</p>", lang="nb")


def test_an_about_page_of_a_group_in_the_definite_singular_is_no_listing() -> None:
    record = _page("<h1>Om forskargruppen</h1><p>Forskargruppen för naturhistoriska samlingar (FNS) är en forskargrupp "
                   "vid museet.</p>", lang="sv", title="Forskargruppen för naturhistoriska samlingar | Vänersborgs museum")
    assert (record["name"], record["unit_type"]) == ("Forskargruppen för naturhistoriska samlingar", "research_group")


def test_subunits_come_from_list_items_and_cards_but_never_from_mail_links() -> None:
    record = _page(f"""<h1>Department of Ruminant Health</h1><p>{_LEAD}</p><h2>Research groups</h2>
<div class="grid"><a class="card" href="/groups/helminth-vaccines"><h3>Helminth Vaccines Group</h3></a>
<a class="card" href="/groups/virology"><h3>Virology and Surveillance Group</h3></a></div>
<h2>Våra enheter</h2><ul><li><a href="mailto:karin@museum.se">Karin Lindqvist Ahl</a></li></ul>""")
    assert [(s["name"], s["url"]) for s in record["subunits"]] == [
        ("Helminth Vaccines Group", "https://www.example.org/groups/helminth-vaccines"),
        ("Virology and Surveillance Group", "https://www.example.org/groups/virology"),
    ]


def test_an_about_page_is_not_named_by_a_clause_beside_an_acronym() -> None:
    record = _page("<h1>Om senteret</h1><p>Senteret er finansiert av Direktoratet for høgare utdanning og kompetanse "
                   "(HK-dir) og fylkeskommunen.</p>", lang="nn", title="Om senteret | Senter for grøn byggkompetanse")
    assert record["name"] == "Senter for grøn byggkompetanse"


def test_a_crumb_of_wards_and_clinics_is_no_parent() -> None:
    trail = ('<nav class="breadcrumb"><a href="/">Startsida</a> › <a href="/avd/">Avdelningar och mottagningar</a> › '
             "<span>Senter for kystklima</span></nav>")
    assert _page(f"{trail}<h1>Senter for kystklima</h1><p>{_LEAD}</p>", lang="sv")["parents"] == []


@pytest.mark.parametrize(
    ("h1", "title", "name", "lang"),
    [("Om skulen", "Om skulen - Eidfjord skule - Eidfjord kommune", "Eidfjord skule", "nn"),
     ("Wer wir sind", "Forschungsgruppe Provenienz: Wer wir sind | Museum", "Forschungsgruppe Provenienz", "de")],
)
def test_an_about_heading_takes_the_name_the_title_gives(h1: str, title: str, name: str, lang: str) -> None:
    assert _page(f"<h1>{h1}</h1><p>{_LEAD}</p>", lang=lang, title=title)["name"] == name


def test_the_kind_a_text_states_in_the_plural_of_one_of_many() -> None:
    record = _page("<h1>Kyst i endring</h1><p>Kyst i endring er et av forskningsprogrammene i Framsenteret.</p>",
                   lang="nb")
    assert record["unit_type"] == "programme"


def test_review_cases_a_first_name_like_a_degree_a_layout_class_and_a_lead_in_before_a_name() -> None:
    record = _page(f"""<h1>Centre for Coastal Hydrology</h1><p>{_LEAD}</p><h2>Contact</h2>
<p class="position-relative">Dr. Phil Jones<br><a href="mailto:p.jones@example.ac.uk">p.jones@example.ac.uk</a></p>""")
    assert [c["name"] for c in record["contacts"]] == ["Phil Jones"]
    about = _page("<h1>Om senteret</h1><p>Les om Senter for kystklima (SK) og hva vi gjør.</p>", lang="nb")
    assert about["name"] == "Senter for kystklima"


def test_review_cases_no_areas_from_ror_sig_om() -> None:
    assert _page("<h1>Senter for klima</h1><p>Det rör sig om allt från klimat, hälsa och miljö.</p>",
                 lang="sv")["research_areas"] == []


def test_review_cases_owned_in_danish_and_a_school_named_by_its_place_as_a_crumb() -> None:
    assert _names(_page(f"<h1>Senter for klima</h1><p>Senteret er ejet af Aarhus Universitet. {_LEAD}</p>",
                        lang="da")["parents"]) == ["Aarhus Universitet"]
    trail = ('<nav class="breadcrumb"><a href="/">Heim</a> › <a href="/skule/">Eidfjord skule</a> › '
             "<span>Musikkavdelinga</span></nav>")
    assert _names(_page(f"{trail}<h1>Musikkavdelinga</h1><p>{_LEAD}</p>", lang="nn")["parents"]) == ["Eidfjord skule"]


@pytest.mark.parametrize(
    ("sentence", "owner", "parents"),
    [
        ("Forskargruppen är en forskargrupp vid Armémuseum i Stockholm.", "Armémuseum", ["Armémuseum"]),
        ("Gruppen samarbeider tett med forskere ved Universitetet i Bergen.", "Universitetet i Bergen", []),
    ],
)
def test_a_sentence_on_the_unit_by_its_kind_places_it_at_the_institution(sentence: str, owner: str,
                                                                         parents: list[str]) -> None:
    html = (f'<html lang="sv"><head><title>Forskargruppen för vardagsliv</title></head><body><header><a href="/" '
            f'class="logo"><img src="/logo.svg" alt="{owner}"></a></header><main><h1>Forskargruppen för vardagsliv'
            f"</h1><p>{sentence} Vi studerar soldaters liv.</p></main></body></html>")
    assert _names(build(Page(url="https://www.example.se/forskning/", html=html)).record["parents"]) == parents


def test_a_university_after_a_colon_in_the_title_owns_the_page_and_a_building_is_no_person() -> None:
    record = _page(f"""<h1>Fachbereich Maritime Technik</h1><p>{_LEAD}</p><h2>Kontakt</h2>
<p>Gebäude Oslo<br><a href="mailto:info@hs-emden-leer.de">info@hs-emden-leer.de</a></p>""",
                   lang="de", title="Fachbereich Maritime Technik: Hochschule Emden/Leer")
    assert record["institution"]["name"] == "Hochschule Emden/Leer"
    assert record["contacts"] == []


def test_research_and_teaching_at_a_department_names_the_department() -> None:
    record = _page(f"<h1>Research and teaching at the Department of Coastal Studies</h1><p>{_LEAD}</p>")
    assert (record["name"], record["unit_type"]) == ("Department of Coastal Studies", "department")


@pytest.mark.parametrize(
    ("lang", "sentence", "parents"),
    [
        ("en", "The Department of X is a department of the Faculty of Biology and Medicine of the University of "
         "Lausanne.", ["University of Lausanne", "Faculty of Biology and Medicine"]),
        ("en", "The MAF is a Scientific Service Unit of the Institute of Science and Technology Austria (ISTA).",
         ["Institute of Science and Technology Austria"]),
        ("en", "It is one of four departments of The Roslin Institute, part of the Royal (Dick) School of Veterinary "
         "Studies at the University of Edinburgh.",
         ["University of Edinburgh", "Royal (Dick) School of Veterinary Studies", "Roslin Institute"]),
        ("nn", "Senteret er ein del av Norsk Fjellmuseum i Lom og vart skipa i 2022.", ["Norsk Fjellmuseum"]),
        ("nb", "Gruppen er en forskningsgruppe ved RKBU Midt-Norge, Institutt for psykisk helse, NTNU.",
         ["NTNU", "Institutt for psykisk helse", "RKBU Midt-Norge"]),
        ("nb", "IMI er et av to institutter i Fafo.", ["Fafo"]),
        ("en", "The institute is part of the Division of Surgery and Anaesthesiology of Maastricht UMC+.",
         ["Maastricht UMC+", "Division of Surgery and Anaesthesiology"]),
        ("da", "Afdelingen er en del af Center for Klinisk Forskning og Forebyggelse, Bispebjerg og Frederiksberg "
         "Hospital.", ["Bispebjerg og Frederiksberg Hospital", "Center for Klinisk Forskning og Forebyggelse"]),
        ("en", "The group is part of the Department of Hospital Medicine.", ["Department of Hospital Medicine"]),
        ("nb", "Nettverket er ett av de nasjonale museumsnettverkene i Norge.", []),
        ("nn", "Ål er ein av kommunane i Buskerud som er med i programmet.", []),
    ],
)
def test_parents_of_the_university_of_through_a_bracket_and_an_acronym_but_no_country(
    lang: str, sentence: str, parents: list[str]
) -> None:
    assert _names(_page(f"<h1>Senter for kyststudier</h1><p>{sentence} {_LEAD}</p>", lang=lang)["parents"]) == parents


def test_a_later_phrase_names_the_owner_of_the_earlier_and_a_name_with_common_words_is_kept() -> None:
    sentence = ("Avdelningen är en del av Beroendecentrum Stockholm inom Stockholms läns sjukvårdsområde (SLSO), som "
                "drivs av Region Stockholm.")
    record = _page(f"<h1>Avdelningen för beroendeforskning</h1><p>{sentence} {_LEAD}</p>", lang="sv")
    assert _names(record["parents"]) == ["Region Stockholm", "Stockholms läns sjukvårdsområde", "Beroendecentrum Stockholm"]


@pytest.mark.parametrize(
    ("lang", "heading", "sentence"),
    [
        # the phrase of place is the unit's own name
        ("nn", "Lærings- og meistringssenteret i Tokke",
         "Lærings- og meistringssenteret i Tokke (LMS) tilbyr kurs, samtalegrupper og rettleiing til innbyggjarane."),
        # the genitive is the sentence going on, not a name
        ("de", "Fakultät für Umwelt- und Raumwissenschaften",
         "An der jüngsten Fakultät der Universität arbeiten rund 140 Wissenschaftlerinnen und Wissenschaftler."),
        ("de", "Fachbereich Oecotrophologie", "Neben dem Studium bietet der Fachbereich Weiterbildungen an. "
         "Einrichtungen des Fachbereichs sind zwei Labore."),
    ],
)
def test_a_sentence_that_only_seems_to_place_the_unit_names_no_parent(lang: str, heading: str, sentence: str) -> None:
    assert _page(f"<h1>{heading}</h1><p>{sentence} {_LEAD}</p>", lang=lang)["parents"] == []


def test_crumbs_an_acronym_written_out_by_the_text_the_units_own_acronym_and_a_definite_unit() -> None:
    trail = ('<nav class="breadcrumb"><a href="/">Home</a> › <a href="https://www.unige.ch/en/">UNIGE</a> › '
             '<a href="/rd/">FoU-avdelingen</a> › <a href="/diam/">DIAM</a> › <span>Om instituttet</span></nav>')
    text = "The institute is a department within the Faculty of Science at the University of Geneva."
    record = _page(f"{trail}<h1>Dansk Institut for Akustisk Musikforskning</h1><p>{text} {_LEAD}</p>")
    assert _names(record["parents"]) == ["University of Geneva", "Faculty of Science", "FoU-avdelingen"]


def test_a_crumb_of_departments_and_staff_is_a_section_and_a_titled_name_under_it_is_a_person() -> None:
    trail = ('<nav class="breadcrumb"><a href="/">Home</a> › <a href="/science/departments-and-staff.html">'
             'Departments and staff</a> › <span>{}</span></nav>')
    unit = _page(f"{trail.format('Earth Materials')}<h1>Department of Earth Materials</h1><p>{_LEAD}</p>",
                 url="https://www.nhm.ac.uk/science/departments-and-staff/earth-materials.html")
    assert unit["parents"] == []
    with pytest.raises(NotAUnitPage) as raised:
        _page(f"{trail.format('Helen Cartwright')}<h1>Dr Helen Cartwright</h1><p>{_LEAD}</p>",
              url="https://www.nhm.ac.uk/science/departments-and-staff/staff-directory/helen-cartwright.html")
    assert raised.value.kind == "people"


def test_a_menus_hidden_heading_is_not_the_pages_and_research_department_is_a_name() -> None:
    html = (f'<html lang="en"><head><title>XTCF - Empa</title></head><body><nav id="navigation">'
            f'<h1 class="hide-accessible">Navigation</h1><a href="/">Home</a></nav><main><h1>Research Department</h1>'
            f"<p>{_LEAD}</p></main></body></html>")
    record = build(Page(url="https://www.vliz.be/en/research-department", html=html)).record
    assert (record["name"], record["unit_type"]) == ("Research Department", "department")


def test_a_research_institutes_abteilung_is_a_division_and_a_hochschule_owns_its_fachbereich() -> None:
    izw = build(Page(url="https://www.izw-berlin.de/de/abteilung.html", html=(
        '<html lang="de"><head><title>Abteilung für Ökophysiologie | Leibniz-Institut für Zoo- und Wildtierforschung'
        f"</title></head><body><main><h1>Abteilung für Ökophysiologie</h1><p>{_LEAD}</p></main></body></html>"))).record
    assert izw["unit_type"] == "division"
    trail = '<nav class="breadcrumb"><a href="/">Hochschule Darmstadt</a> › <span>Klimatechnik</span></nav>'
    hda = _page(f"{trail}<h1>Fachbereich Klimatechnik</h1><p>{_LEAD}</p>", lang="de", title="Fachbereich Klimatechnik | h_da")
    assert hda["institution"]["name"] == "Hochschule Darmstadt"


def test_the_institution_keeps_the_titles_form_without_a_town_or_a_gloss() -> None:
    logo = '<header><a class="logo" href="/"><img src="/logo.svg" alt="{}"></a></header>'
    html = (f'<html lang="da"><head><title>Forskning | Vikingeskibsmuseet</title></head><body>'
            f'{logo.format("Vikingeskibsmuseet i Roskilde")}<main><h1>Forskningsgruppen for skibsarkæologi</h1>'
            f"<p>{_LEAD}</p></main></body></html>")
    assert build(Page(url="https://www.vikingeskibsmuseet.dk/forskning", html=html)).record["institution"]["name"] == (
        "Vikingeskibsmuseet")
    fulda = _page(f"<h1>Fachbereich Oecotrophologie</h1><p>{_LEAD}</p>", lang="de", title="Fachbereich | Hochschule Fulda",
                  footer='<a class="logo" href="/"><img src="/l.svg" alt="Hochschule Fulda – University of Applied Sciences"></a>')
    assert fulda["institution"]["name"] == "Hochschule Fulda"


def test_a_unit_named_only_in_a_sentence_belongs_to_the_organisation_it_names() -> None:
    html = (f'<html lang="nb"><head><title>Senter for kystkultur</title></head><body><main><h1>Senter for kystkultur'
            f"</h1><p>Senteret er en del av Høgskulen på Vestlandet. {_LEAD}</p></main></body></html>")
    record = build(Page(url="https://www.example.no/senter/kyst", html=html)).record
    assert record["institution"]["name"] == "Høgskulen på Vestlandet"


def test_the_units_whole_name_at_its_institution_anywhere_and_a_crumbs_short_form_written_out() -> None:
    logo = '<header><a class="logo" href="/"><img src="/logo.svg" alt="{}"></a></header>'
    html = (f'<html lang="sv"><head><title>Forskargruppen för vardagsliv</title></head><body>{logo.format("Armémuseum")}'
            "<main><h1>Forskargruppen för vardagsliv</h1><p>Hur levde soldaterna? Det är frågor som Forskargruppen "
            f"för vardagsliv vid Armémuseum försöker besvara. {_LEAD}</p></main></body></html>")
    assert _names(build(Page(url="https://www.armemuseum.se/forskning/", html=html)).record["parents"]) == ["Armémuseum"]
    trail = '<nav class="breadcrumb"><a href="https://www.tu.berlin/">TU Berlin</a> › <span>Zentrum</span></nav>'
    text = "Das Zentrum ist eine wissenschaftliche Einrichtung der Technischen Universität Berlin."
    record = _page(f"{trail}<h1>Zentrum für Stadtklima</h1><p>{text} {_LEAD}</p>", lang="de")
    assert _names(record["parents"]) == ["Technische Universität Berlin"]


def test_a_danish_platform_in_the_definite_singular_is_a_unit_not_a_listing() -> None:
    record = _page(f"<h1>3D-platformen</h1><p>{_LEAD}</p>", lang="da")
    assert (record["name"], record["unit_type"]) == ("3D-platformen", "core_facility")


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Max-Planck-Institut für Meteorologie: Über das Institut", "Max-Planck-Institut für Meteorologie"),
        ("Über uns: Leibniz-Institut für Agrartechnik und Bioökonomie", "Leibniz-Institut für Agrartechnik und Bioökonomie"),
    ],
)
def test_an_about_heading_on_either_side_of_a_title_colon_is_not_the_name(title: str, name: str) -> None:
    assert _page(f"<h1>Über uns</h1><p>{_LEAD}</p>", lang="de", title=title)["name"] == name


@pytest.mark.parametrize(
    ("title_site", "footer", "institution"),
    [
        ("Deutsches Primatenzentrum", "<p>Deutsches Primatenzentrum GmbH – Leibniz-Institut für Primatenforschung</p>",
         "Deutsches Primatenzentrum"),
        ("Vårdanalys", "<p>Myndigheten för vård- och omsorgsanalys</p>", "Myndigheten för vård- och omsorgsanalys"),
    ],
)
def test_the_institution_without_a_company_forms_tagline_and_written_out(
    title_site: str, footer: str, institution: str
) -> None:
    record = _page(f"<h1>Avdelningen för primärvård</h1><p>{_LEAD}</p>", lang="sv",
                   title=f"Avdelningen för primärvård | {title_site}", footer=footer)
    assert record["institution"]["name"] == institution


@pytest.mark.parametrize(
    ("lang", "sentence", "parents"),
    [
        ("sv", "Plattformen är en forskningsinfrastruktur vid Bergianska trädgården, som drivs gemensamt av Stockholms "
         "universitet och Kungl. Vetenskapsakademien.",
         ["Stockholms universitet", "Kungl. Vetenskapsakademien"]),
        ("nn", "Skulen er ein kombinert barne- og ungdomsskule i Utsira kommune.", ["Utsira kommune"]),
        ("nb", "Instituttet er et institutt ved Norges arktiske universitetsmuseum og akademi for kunstfag ved UiT.",
         ["UiT", "Norges arktiske universitetsmuseum og akademi for kunstfag"]),
    ],
)
def test_parents_past_an_abbreviation_in_a_municipality_and_a_name_going_on_in_lower_case(
    lang: str, sentence: str, parents: list[str]
) -> None:
    assert sorted(_names(_page(f"<h1>Senter for kyststudier</h1><p>{sentence} {_LEAD}</p>", lang=lang)["parents"])) == (
        sorted(parents))


def test_a_municipality_and_a_one_word_name_the_text_writes_with_a_capital_are_crumb_parents() -> None:
    trail = ('<nav class="breadcrumb"><a href="/">Hareid kommune</a> › <a href="/tenester">Tenester</a> › '
             '<a href="/g/">Gustavianum</a> › <a href="/k/">Klima</a> › <span>Hareid læringssenter</span></nav>')
    text = "Senteret held til på Gustavianum og arbeider med klima og vaksenopplæring."
    record = _page(f"{trail}<h1>Hareid læringssenter</h1><p>{text} {_LEAD}</p>", lang="nn")
    assert _names(record["parents"]) == ["Hareid kommune", "Gustavianum"]


@pytest.mark.parametrize(
    ("lang", "paragraph", "names"),
    [
        ("sv", "Kontakta programansvarig Maja Lindqvist, maja.lindqvist@skansen.se, eller Skansens veterinär Erik "
         "Sandahl, erik.sandahl@skansen.se.", ["Maja Lindqvist", "Erik Sandahl"]),
        ("de", "Bitte wenden Sie sich an die Referentin des Dekanats, Jana Pietsch-Olszewska, Tel. +49 335 5534 2417.",
         ["Jana Pietsch-Olszewska"]),
        ("en", "Contact the facility manager, Marta Zielińska-Rudnik, or the microscopy specialist Paweł Grabowski "
         "at bicf@cent.uw.edu.pl.", ["Marta Zielińska-Rudnik", "Paweł Grabowski"]),
        ("nb", "Kommandørkaptein Eirik Haugland leder instituttet, tlf. 55 50 00 00.", ["Eirik Haugland"]),
    ],
)
def test_contacts_after_a_role_word_with_polish_letters_and_without_a_military_title(
    lang: str, paragraph: str, names: list[str]
) -> None:
    record = _page(f"<h1>Senter for kyststudier</h1><p>{_LEAD}</p><h2>Kontakt</h2><p>{paragraph}</p>"
                   '<div class="share"><span>Del</span> <a href="https://www.facebook.com/sharer.php">Facebook</a></div>',
                   lang=lang)
    assert _names(record["contacts"]) == names


@pytest.mark.parametrize(
    ("lang", "body", "areas"),
    [
        ("en", "<h2>Areas of specialism</h2><ul><li>Harpsichord performance</li><li>Organology</li></ul>",
         ["Harpsichord performance", "Organology"]),
        ("en", "<p>Our research and practice work on music in healthcare settings, early years music education and "
         "community ensembles.</p>", ["music in healthcare settings", "early years music education", "community ensembles"]),
        ("sv", "<p>Gruppen arbetar med psalmtradition, uppbyggelselitteratur under 1600- och 1700-talen och "
         "bikttraditionens historia.</p>",
         ["psalmtradition", "uppbyggelselitteratur under 1600- och 1700-talen", "bikttraditionens historia"]),
        ("da", "<p>Forskningsgruppen arbejder med at forstå, hvorfor mennesker og genstande endte i mosen.</p><p>Vi "
         "arbejder med jernalderens moselig, ofringer i søer og moser samt klimaets betydning for bebyggelsen.</p>",
         ["jernalderens moselig", "ofringer i søer og moser", "klimaets betydning for bebyggelsen"]),
    ],
)
def test_areas_under_new_headings_and_sentences_keep_shared_compounds_and_items_before_samt_whole(
    lang: str, body: str, areas: list[str]
) -> None:
    assert _page(f"<h1>Senter for kyststudier</h1><p>{_LEAD}</p>{body}", lang=lang)["research_areas"] == areas


@pytest.mark.parametrize(
    ("lang", "body", "areas"),
    [
        ("de", "<h2>Forschungsbereiche</h2><ul><li>Sehnenheilung</li><li>Knorpelregeneration</li></ul>",
         ["Sehnenheilung", "Knorpelregeneration"]),
        ("nb", "<p>Vi forsker særlig på revmatiske sykdommer, langvarige smerter og fysisk aktivitet.</p>",
         ["revmatiske sykdommer", "langvarige smerter", "fysisk aktivitet"]),
        ("nn", "<p>I perioden 2023–2026 arbeider nettverket med lesing og skriving, inkluderande læringsmiljø og digital "
         "kompetanse.</p>", ["lesing og skriving", "inkluderande læringsmiljø", "digital kompetanse"]),
        ("de", "<h2>Forschungsschwerpunkte</h2><ul><li>Bohlenwege</li><li>Moorleichen</li></ul><div class='box'>"
         "<h3>Gefördert von</h3><ul><li>Deutsche Forschungsgemeinschaft</li></ul></div>", ["Bohlenwege", "Moorleichen"]),
    ],
)
def test_areas_under_forschungsbereiche_after_an_adverb_or_an_inverted_subject_and_not_under_a_funders_box(
    lang: str, body: str, areas: list[str]
) -> None:
    assert _page(f"<h1>Senter for kyststudier</h1><p>{_LEAD}</p>{body}", lang=lang)["research_areas"] == areas


def test_a_funders_box_under_the_areas_gives_funders() -> None:
    body = ("<h2>Forschungsschwerpunkte</h2><ul><li>Bohlenwege</li></ul><div class='box'><h3>Gefördert von</h3><ul>"
            "<li>Deutsche Forschungsgemeinschaft</li></ul></div>")
    assert _page(f"<h1>Forschungsgruppe Moor</h1><p>{_LEAD}</p>{body}", lang="de")["funders"] == [
        "Deutsche Forschungsgemeinschaft"]


@pytest.mark.parametrize(
    ("lang", "sentence", "parents"),
    [
        ("en", "The lab is a core facility within the Observations Division of the Icelandic Meteorological Office.",
         ["Icelandic Meteorological Office", "Observations Division"]),
        ("nb", "Kompetansesenteret er et senter ved Senter for nordlige folk og Kåfjord kommune.",
         ["Senter for nordlige folk", "Kåfjord kommune"]),
    ],
)
def test_parents_of_the_office_and_a_municipality_beside_a_centre(lang: str, sentence: str, parents: list[str]) -> None:
    assert _names(_page(f"<h1>Calibration Laboratory</h1><p>{sentence} {_LEAD}</p>", lang=lang)["parents"]) == parents


def test_science_and_collections_crumbs_are_sections() -> None:
    trail = ('<nav class="breadcrumb"><a href="/">Home</a> › <a href="/science">Science</a> › '
             '<a href="/cr">Collections &amp; Research</a> › <span>Department of Conservation</span></nav>')
    assert _page(f"{trail}<h1>Department of Conservation</h1><p>{_LEAD}</p>")["parents"] == []


def test_the_x_group_names_a_topic_named_unit_as_a_group() -> None:
    text = "The Surface Exchange and Urban Climate group studies how cities exchange heat with the atmosphere."
    record = _page(f"<h1>Surface Exchange and Urban Climate</h1><p>{text} {_LEAD}</p>")
    assert (record["name"], record["unit_type"]) == ("Surface Exchange and Urban Climate", "research_group")


def test_no_parents_from_partners_a_headquarters_a_domain_or_an_areas_crumb() -> None:
    trail = ('<nav class="breadcrumb"><a href="/">Polisen.se</a> › <a href="/a">Areas of Activity</a> › '
             "<span>Senter for kyststudier</span></nav>")
    text = ("Samarbetspartner är Uppsala universitet, Svenska institutet i Athen och Cyprus Museum i Nicosia. "
            "It was established in 2021 at the Marine Institute headquarters in Oranmore.")
    assert _page(f"{trail}<h1>Senter for kyststudier</h1><p>{text} {_LEAD}</p>")["parents"] == []


def test_sub_headings_that_only_contain_a_fields_word_stay_areas_but_a_funding_heading_is_funders() -> None:
    body = ("<h2>Research areas</h2><h3>Collaborative robotics</h3><ul><li>Safe motion planning</li></ul>"
            "<h3>Sustainable Development Goals</h3><ul><li>Clean water</li></ul>"
            "<h3>Our research is funded by</h3><ul><li>Innovate UK</li></ul>")
    record = _page(f"<h1>Centre for Robotics</h1><p>{_LEAD}</p>{body}")
    assert record["research_areas"] == ["Collaborative robotics", "Safe motion planning",
                                         "Sustainable Development Goals", "Clean water"]
    assert (record["partners"], record["aims"], record["funders"]) == ([], [], ["Innovate UK"])


@pytest.mark.parametrize(
    ("crumb", "unit", "sentence", "parents"),
    [
        # an acronym is a name's word starts, not its letters in order
        ("NTNU", "Forskningsgruppe for læring", "Gruppen er en del av Nasjonalt senter for nevrovitenskap og utdanning.",
         ["NTNU", "Nasjonalt senter for nevrovitenskap og utdanning"]),
        ("SLU", "Senter for landskapsutvikling", "", ["SLU"]),
        ("Science for Life Laboratory", "Core Facility for Imaging", "", ["Science for Life Laboratory"]),
        ("Start", "Abteilung für Neurologie", "Die Abteilung gehört zum Klinikum rechts der Isar der Technischen "
         "Universität München.", ["Technische Universität München", "Klinikum rechts der Isar"]),
    ],
)
def test_crumbs_and_sentences_the_review_found_wrong(crumb: str, unit: str, sentence: str, parents: list[str]) -> None:
    trail = f'<nav class="breadcrumb"><a href="/x/">{crumb}</a> › <span>{unit}</span></nav>'
    assert _names(_page(f"{trail}<h1>{unit}</h1><p>{sentence} {_LEAD}</p>", lang="nb")["parents"]) == parents


def test_a_german_noun_crumb_is_a_subject_and_a_responsive_hidden_class_keeps_the_heading() -> None:
    trail = '<nav class="breadcrumb"><a href="/">Startseite</a> › <a href="/k">Klimawandel</a> › <span>X</span></nav>'
    text = "Wir erforschen den Klimawandel und seine Folgen für Küsten."
    assert _page(f"{trail}<h1>Institut für Küstenforschung</h1><p>{text} {_LEAD}</p>", lang="de")["parents"] == []
    html = (f'<html lang="nb"><head><title>Institutt for biologi</title></head><body><header><h1 class="site-logo">'
            f'Universitetet i X</h1></header><main><h1 class="hidden-print">Institutt for biologi</h1><p>{_LEAD}</p>'
            "</main></body></html>")
    assert build(Page(url="https://www.uix.no/ib/", html=html)).record["name"] == "Universitetet i X"


def test_the_institution_from_the_parents_is_an_institution_not_a_department() -> None:
    html = (f'<html lang="nb"><head><title>Forskningsgruppe for celler</title></head><body><main><h1>Forskningsgruppe '
            f"for celler</h1><p>Forskningsgruppen er en del av Institutt for biovitenskap. {_LEAD}</p></main></body></html>")
    assert build(Page(url="https://www.example.no/celler", html=html)).record["institution"] is None


@pytest.mark.parametrize(
    ("lang", "sentence", "parents"),
    [
        ("sv", "ISM är en verksamhet inom Regionhälsan, Västra Götalandsregionen.",
         ["Västra Götalandsregionen", "Regionhälsan"]),
        ("nn", "Læringssenteret er ei eining i Oppvekst og kultur, Vågå kommune.", ["Vågå kommune", "Oppvekst og kultur"]),
        ("nn", "Programmet er eit samarbeid med Universitetet i Stavanger, Rogaland fylkeskommune og Idrettsrådet i Hå.", []),
    ],
)
def test_a_unit_within_a_region_or_a_municipalitys_sector_and_no_parents_from_a_collaboration(
    lang: str, sentence: str, parents: list[str]
) -> None:
    assert _names(_page(f"<h1>Senter for kyststudier</h1><p>{sentence} {_LEAD}</p>", lang=lang)["parents"]) == parents


def test_an_acronym_in_brief_page_is_the_organisations_own_and_a_chain_through_a_clinic() -> None:
    html = (f'<html lang="en"><head><title>PSI in brief | Paul Scherrer Institute (PSI)</title></head><body><main>'
            f"<h1>PSI in brief</h1><p>The Paul Scherrer Institute PSI is the largest research institute for natural "
            f"and engineering sciences in Switzerland. {_LEAD}</p></main></body></html>")
    record = build(Page(url="https://www.psi.ch/en/about/psi-in-brief", html=html)).record
    assert (record["name"], record["acronym"], record["unit_type"]) == ("Paul Scherrer Institute", "PSI", "institute")
    text = ("Gruppen hører til Avdeling for kreftbehandling i Kreftklinikken. Gruppa er en del av Netherlands Institute "
            "for Neuroscience in Amsterdam.")
    parents = _names(_page(f"<h1>Forskningsgruppe for palliasjon</h1><p>{text} {_LEAD}</p>", lang="nb")["parents"])
    assert parents == ["Kreftklinikken", "Avdeling for kreftbehandling", "Netherlands Institute for Neuroscience"]


def _site(title: str, h1: str, body: str, *, logo: str = "", footer: str = "", lang: str = "en", head: str = "",
          crumbs: list[str] | None = None) -> dict:
    """A page with the site's chrome: a logo link in the header, a breadcrumb trail and a footer."""
    trail = "".join(f'<a href="/s{i}/">{c}</a> › ' for i, c in enumerate(crumbs or []))
    html = (f'<html lang="{lang}"><head><title>{title}</title>{head}</head><body><header><a class="logo" href="/">'
            f'<img src="/logo.svg" alt="{logo}"></a></header><main><nav class="breadcrumb">{trail}<span>{h1}</span></nav>'
            f"<h1>{h1}</h1><p>{body} {_LEAD}</p></main><footer>{footer}</footer></body></html>")
    return build(Page(url="https://www.example.org/research/unit/", html=html)).record


@pytest.mark.parametrize(
    ("logo", "footer", "institution"),
    [
        ("i3S - Instituto de Investigação e Inovação em Saúde", "", "Instituto de Investigação e Inovação em Saúde"),
        ("CNIO - Stop Cancer", "<p>Spanish National Cancer Research Centre (CNIO)<br>Madrid, Spain</p>",
         "Spanish National Cancer Research Centre"),
        ("Ospedale San Raffaele Research", "", "Ospedale San Raffaele"),
        ("CeMM logo", "<p><strong>CeMM</strong><br>Research Center for Molecular Medicine<br>of the Austrian Academy of "
         "Sciences<br>Vienna, Austria</p>", "CeMM"),
    ],
)
def test_the_logo_names_the_owner_in_full_but_not_by_its_slogan_research_site_or_a_names_second_line(
    logo: str, footer: str, institution: str
) -> None:
    record = _site("Imaging Platform", "Imaging Platform", "The platform serves research groups.", logo=logo, footer=footer)
    assert record["institution"]["name"] == institution


def test_a_jsonld_list_of_parent_organisations_names_the_first_as_the_institution() -> None:
    jsonld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "ResearchOrganization", '
              '"name": "Institute for Tissue Biology", "parentOrganization": [{"@type": "ResearchOrganization", '
              '"name": "Centre for Molecular Medicine Vienna"}, {"@type": "Organization", "name": "Boltzmann Society"}]}'
              "</script>")
    record = _site("Institute for Tissue Biology", "Institute for Tissue Biology", "It studies tissue.", head=jsonld)
    assert record["institution"]["name"] == "Centre for Molecular Medicine Vienna"


def test_a_folk_high_school_is_a_school_and_its_own_institution() -> None:
    record = _site("Om skulen - Manger folkehøgskule", "Manger folkehøgskule", "Skulen har linjer i musikk og friluftsliv.",
                   logo="Manger folkehøgskule", lang="nn")
    assert (record["unit_type"], record["institution"]["name"]) == ("school", "Manger folkehøgskule")


@pytest.mark.parametrize(
    ("name", "kind"),
    [("Instituto Superior Técnico", "institute"), ("Universidade de Lisboa", "university"),
     ("Ospedale San Raffaele", "hospital"), ("Centro de Investigação em Saúde", "centre"),
     ("Folkhögskolan i Kalix", "school"), ("Høgskulen i Volda", "university")],
)
def test_kinds_in_portuguese_italian_and_spanish_names_and_folk_high_schools(name: str, kind: str) -> None:
    from normalize.unit import unit_type

    assert unit_type(name) == kind


@pytest.mark.parametrize(
    ("logo", "h1", "sentence", "institution"),
    [
        ("Skrivesenteret", "Nettverk for skriving i yrkesfag", "NSY er et nettverk ved Skrivesenteret, som er en del av "
         "Institutt for lærerutdanning ved NTNU.", "NTNU"),
        ("Olav H. Hauge-senteret", "Olav H. Hauge-senteret", "Senteret er ei eining i Hardanger og Voss museum.",
         "Hardanger og Voss museum"),
    ],
)
def test_a_site_owner_the_text_places_inside_another_organisation_belongs_to_it(
    logo: str, h1: str, sentence: str, institution: str
) -> None:
    assert _site(h1, h1, sentence, logo=logo, lang="nb")["institution"]["name"] == institution


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("de", "Ein großer Teil der Forschung findet in den Reinräumen des Zentrums für Mikro- und Nanotechnologien statt."),
        ("nb", "Vi har ansvar for depotarkivet for kommunene i østre del av Agder."),
        ("nb", "En stor del av forskningen skjer i felt."),
    ],
)
def test_part_of_a_quantity_or_a_region_is_no_parent(lang: str, sentence: str) -> None:
    assert _page(f"<h1>Avdeling for arkiv</h1><p>{sentence} {_LEAD}</p>", lang=lang)["parents"] == []


@pytest.mark.parametrize("crumb", ["Users & Science", "Support & Infrastructure", "Program og utlysingar"])
def test_service_sections_in_the_breadcrumbs_are_no_parents(crumb: str) -> None:
    assert _site("Cryo Facility", "Cryo Facility", "The facility prepares samples.", crumbs=[crumb])["parents"] == []


def test_parents_stand_outermost_first_when_the_text_names_the_university_above_the_crumbs_school() -> None:
    record = _site("Department of Linguistics", "Department of Linguistics", "The department is part of the College of "
                   "Arts at the University of Eastbury.", crumbs=["School of Languages"])
    assert _names(record["parents"]) == ["University of Eastbury", "College of Arts", "School of Languages"]
    record = _site("Department of Pathophysiology", "Department of Pathophysiology", "It is a department within the "
                   "Faculty of Medicine at Semmelweis University, Budapest.", crumbs=["Semmelweis University"])
    assert _names(record["parents"]) == ["Semmelweis University", "Faculty of Medicine"]


def test_an_acronym_institution_is_written_out_as_the_text_gives_it_and_a_german_article_is_no_part_of_a_name() -> None:
    record = _site("Cryo Facility | ESRF", "Cryo Facility", "The facility serves users of the European Synchrotron "
                   "Radiation Facility (ESRF) before their beamtime.", logo="ESRF")
    assert record["institution"]["name"] == "European Synchrotron Radiation Facility"
    record = _site("Über das Institut | Kiel Institut für Weltwirtschaft", "Über das Institut", "Das Kiel Institut für "
                   "Weltwirtschaft (IfW Kiel) ist ein unabhängiges Forschungsinstitut.", lang="de")
    assert record["name"] == "Kiel Institut für Weltwirtschaft"
