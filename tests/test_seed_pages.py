"""Per seed page: the record's identity, place, language and facts, and none of the seed's boilerplate."""

from __future__ import annotations

import pytest

from tests.conftest import demo_record

# The boilerplate the seed pages carried (../shared/seeds/README.md) and each site's banner wording.
BOILERPLATE = [
    "Norwegian version", "English version", "Current research news", "Published Jan", "Last modified",
    "Publisert", "Sist endret", "Surgeons in an operation room", "Photo:", "Foto:",
    "See Research Strategy for 2012-2022", "Loading", "Laster", "To main content", "Skip to main content",
    "Contact person", "Selected Projects", "Employees in Health Services", "Cookies on this website",
    "We use cookies", "Vi bruker informasjonskapsler", "This website uses cookies", "Accept all", "Godta alle",
    "Find out more", "Share on Facebook", "Dette nettstedet bruker",
]

SEEDS = {
    "uio-faculty-en": ("uio", "/english/research/"),
    "uio-faculty-nb": ("uio", "/forskning/"),
    "uio-iemr-en": ("uio", "/iemr/english/research/strategy/"),
    "uio-iemr-nb": ("uio", "/iemr/forskning/strategi/"),
    "oslomet-network-en": ("oslomet", "/en/research/research-groups/network-for-educational-research/"),
    "oslomet-network-nb": ("oslomet", "/forskning/forskningsgrupper/nettverk-for-utdanningsforskning/"),
    "sintef-group": ("sintef", "/en/digital/health/health-services-research/"),
    "oxford-division": ("oxford-medsci", "/research/"),
}


def record(key: str) -> dict:
    return demo_record(*SEEDS[key]).record


@pytest.mark.parametrize("key", SEEDS)
def test_no_boilerplate_in_text_summary_or_sections(key: str) -> None:
    rec = record(key)
    texts = [rec["text"], rec["summary"] or ""] + [
        " ".join([s["heading"] or "", s["text"], *s["items"]]) for s in rec["sections"]
    ]
    for phrase in BOILERPLATE:
        assert not any(phrase in t for t in texts), f"{phrase!r} left in {key}"


@pytest.mark.parametrize(
    ("key", "name", "acronym", "unit_type", "language"),
    [
        ("uio-faculty-en", "Faculty of Medicine", None, "faculty", "en"),
        ("uio-faculty-nb", "Det medisinske fakultet", None, "faculty", "nb"),
        ("uio-iemr-en", "Institute for Experimental Medical Research", "IEMR", "institute", "en"),
        ("uio-iemr-nb", "Institutt for eksperimentell medisinsk forskning", "IEMF", "institute", "nb"),
        ("oslomet-network-en", "Network for Educational Research", None, "network", "en"),
        ("oslomet-network-nb", "Nettverk for utdanningsforskning", None, "network", "nb"),
        ("sintef-group", "Health Services Research Group", None, "research_group", "en"),
        ("oxford-division", "Medical Sciences Division", None, "division", "en"),
    ],
)
def test_identity_and_language(key: str, name: str, acronym: str | None, unit_type: str, language: str) -> None:
    rec = record(key)
    assert (rec["name"], rec["acronym"], rec["unit_type"], rec["language"]) == (name, acronym, unit_type, language)


@pytest.mark.parametrize(
    ("key", "institution", "parents"),
    [
        ("uio-faculty-en", "University of Oslo", ["University of Oslo"]),
        ("uio-iemr-en", "University of Oslo",
         ["University of Oslo", "Oslo University Hospital", "Division of Cardiovascular and Pulmonary Diseases"]),
        ("oslomet-network-en", "OsloMet – Oslo Metropolitan University",
         ["OsloMet – Oslo Metropolitan University", "Faculty of Health Sciences"]),
        ("sintef-group", "SINTEF", ["SINTEF", "SINTEF Digital", "Health Research"]),
        ("oxford-division", "University of Oxford", ["University of Oxford"]),
    ],
)
def test_institution_and_parents(key: str, institution: str, parents: list[str]) -> None:
    rec = record(key)
    assert rec["institution"]["name"] == institution
    assert [p["name"] for p in rec["parents"]] == parents


def test_language_versions_name_each_other_and_share_unit_id() -> None:
    for en, nb in (("uio-faculty-en", "uio-faculty-nb"), ("uio-iemr-en", "uio-iemr-nb"),
                   ("oslomet-network-en", "oslomet-network-nb")):
        english, norwegian = record(en), record(nb)
        assert english["alternates"] == {"nb": norwegian["canonical_url"]}
        assert norwegian["alternates"] == {"en": english["canonical_url"]}
        assert english["unit_id"] == norwegian["unit_id"]
        assert english["record_id"] != norwegian["record_id"]
    assert record("sintef-group")["alternates"] == {}  # its "Norsk" link goes to the home page, not a version


def test_faculty_research_areas_partners_funders_and_dates() -> None:
    rec = record("uio-faculty-en")
    assert rec["research_areas"] == ["clinical research", "basic medical research", "health research", "public health"]
    assert rec["partners"] == ["university hospitals in Oslo and Akershus"]
    assert rec["funders"] == [
        "Norwegian Ministry of Health and Care Services", "Research Council of Norway", "EU framework programmes",
        "South-Eastern Norway Regional Health Authority", "Norwegian Cancer Society",
    ]
    assert (rec["published"], rec["modified"]) == ("2022-01-19", "2023-09-05")
    assert [s["name"] for s in rec["subunits"]] == [
        "Institute of Basic Medical Sciences", "Institute of Clinical Medicine", "Institute of Health and Society",
    ]
    assert rec["title"] == "Research at the Faculty of Medicine"
    assert rec["summary"].startswith("The Faculty has a broad profile, focusing on clinical research")


def test_norwegian_date_line_read_and_removed() -> None:
    rec = record("uio-faculty-nb")
    assert (rec["published"], rec["modified"]) == ("2022-01-19", "2023-09-05")
    assert rec["language_evidence"] == {"declared": "no", "detected": "nb", "url": None, "mixed": None}


def test_iemr_aim_goals_and_objectives() -> None:
    rec = record("uio-iemr-en")
    assert rec["aims"][0].startswith("Understand cardiac biology and disease mechanisms")
    assert "Understanding the heart for the benefit of patients." in rec["aims"]
    assert len(rec["aims"]) == 2 + 3 + 5  # aim, vision, three scientific goals, five strategic objectives
    assert rec["aims"][-1].startswith("Educate and develop future leaders")
    assert rec["published"] is None and rec["modified"] is None  # the page states no dates
    assert rec["title"] == "Research Strategy"


def test_oslomet_accordion_labels_stay_headings_and_facts() -> None:
    rec = record("oslomet-network-en")
    headings = [s["heading"] for s in rec["sections"]]
    assert headings[1:] == ["More about the network", "Ambition", "Collaboration", "Work environments and projects"]
    assert rec["aims"] == [
        "Establish a leading international research environment in health education that addresses the future "
        "competency needs in healthcare services and society, while also contributing to service innovation."
    ]
    assert rec["partners"] == ["OsloMetSim", "Centre for the Study of Professions", "DIGIN"]  # names, not acronyms
    assert rec["contacts"] == [{
        "name": "Ola Hansen", "role": "Head of network", "email": "ola.hansen@oslomet.no",
        "phone": "+47 67 23 50 00", "url": "https://www.oslomet.no/en/about/employee/olahan/",
    }]


def test_sintef_themes_methods_and_funder() -> None:
    rec = record("sintef-group")
    assert rec["research_areas"] == [
        "Design, Organization, and Management of Health and Care Services", "Patient and User Experiences",
        "Work Practices", "Prevention and Health Promotion",
    ]
    assert rec["methods"][:2] == [
        "Register data studies, combining various national health- and population-based registries", "Surveys",
    ]
    assert len(rec["methods"]) == 5
    assert rec["funders"] == ["Research Council of Norway"]
    assert rec["contacts"] == []  # the page's contact block is empty


def test_oxford_banner_gone_content_kept() -> None:
    rec = record("oxford-division")
    assert rec["text"].startswith("Research\n\nThe University of Oxford is at the forefront of medical research.")
    assert "Browse both clinical and non-clinical departmental websites" in rec["text"]
    assert rec["funders"] == []  # "the newly funded ... Centre" is funded, not a funder


@pytest.mark.parametrize(
    ("site", "path", "kind"),
    [
        ("uio", "/english/research/news/2023/heart-failure-study.html", "news"),
        ("uio", "/english/people/aca/kjnord/", "people"),
        ("oslomet", "/en/events/educational-research-seminar-2024/", "event"),
        ("sintef", "/en/digital/health/health-services-research/employees/", "people"),
        ("oxford-medsci", "/news/new-doctoral-training-centre.html", "news"),
    ],
)
def test_non_unit_pages_give_no_record(site: str, path: str, kind: str) -> None:
    from normalize import NotAUnitPage

    with pytest.raises(NotAUnitPage) as raised:
        demo_record(site, path)
    assert raised.value.kind == kind
