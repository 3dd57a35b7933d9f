"""Site profiles: the bundled ones load; a broken one fails at start, naming the file and the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_unitcrawl
from unitcrawl.profiles import ProfileError, available, load_profile


def test_bundled_profiles_load_and_extend_generic() -> None:
    assert set(available()) >= {"generic", "uio", "oslomet", "sintef", "oxford-medsci"}
    generic = load_profile("generic")
    for name in available():
        profile = load_profile(name)
        assert profile.name == name
        # the generic knowledge of news/people/event URLs applies to every site
        for kind, patterns in generic.pages.items():
            assert set(patterns) <= set(profile.pages[kind])
    assert load_profile("uio").institution.ror_id == "https://ror.org/01xtthb56"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "broken.toml"
    path.write_text(text, encoding="utf-8")
    return path


GOOD = 'start_urls = ["https://x.example/"]\nallowed_domains = ["x.example"]\n'


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ('allowed_domains = ["x.example"]\n', "start_urls"),
        (GOOD + "[[units]]\npattern = '(unclosed'\ntype = 'faculty'\n", "units.0.pattern"),
        (GOOD + "[[units]]\npattern = '^/a/'\ntype = 'castle'\n", "units.0.type"),
        (GOOD + "colour = 'blue'\n", "colour"),
        (GOOD + "[links]\nfollow = ['[a-']\n", "links.follow"),
        (GOOD + "[extract]\nboilerplate = ['div[[']\n", "extract.boilerplate"),
        (GOOD + "[institution]\nname = 'X'\nror_id = 'not-a-ror'\n", "institution.ror_id"),
        ('start_urls = ["ftp://x.example/"]\nallowed_domains = ["x.example"]\n', "start_urls"),
        ("start_urls = [\n", "not valid TOML"),
    ],
)
def test_broken_profile_names_file_and_field(tmp_path: Path, text: str, field: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ProfileError) as raised:
        load_profile(str(path))
    assert str(path) in str(raised.value)
    assert field in str(raised.value)


def test_unknown_profile_lists_the_bundled_ones() -> None:
    with pytest.raises(ProfileError, match="bundled profiles: .*uio"):
        load_profile("no-such-site")


def test_crawl_with_broken_profile_exits_2_before_any_request(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + "[[units]]\npattern = '(('\ntype = 'faculty'\n")
    out = tmp_path / "runs"
    result = run_unitcrawl("crawl", str(path), "--out-dir", str(out), timeout=60)
    assert result.returncode == 2
    assert "units.0.pattern" in result.stderr and str(path) in result.stderr
    assert not out.exists()  # no run folder, no lock: nothing started
