"""The change list for data teams: how two outputs and the new run's page index become new, changed,
moved and gone units."""

from __future__ import annotations

from output.changes import changes, counts


def _record(url: str, name: str, **fields: object) -> dict:
    return {"record_id": f"id:{url}", "unit_id": f"unit:{name}", "url": url, "canonical_url": url, "name": name,
            "fetched_at": "2026-11-21T00:00:00Z", "content_hash": "0" * 64, **fields}


def test_fetch_time_alone_is_no_change_and_a_redirected_page_is_moved_with_its_changed_fields() -> None:
    old = [_record("https://u.example/a/", "Centre A", research_areas=["Soil"]),
           _record("https://u.example/b/", "Centre B", research_areas=["Ice"])]
    new = [{**old[0], "fetched_at": "2026-11-22T00:00:00Z", "content_hash": "1" * 64},
           _record("https://u.example/b2/", "Centre B", research_areas=["Ice", "Snow"])]
    pages = [{"url": "https://u.example/b2/", "record_id": "id:https://u.example/b2/",
              "redirected_from": [["https://u.example/b/", 301]]}]
    lines = changes(old, new, pages)
    assert lines == [{"change": "moved", "record_id": "id:https://u.example/b2/", "unit_id": "unit:Centre B",
                      "url": "https://u.example/b2/", "name": "Centre B", "from_url": "https://u.example/b/",
                      "fields": ["research_areas"]}]


def test_gone_says_why_and_a_temporary_redirect_is_no_move() -> None:
    old = [_record("https://u.example/a/", "A"), _record("https://u.example/b/", "B"),
           _record("https://u.example/c/", "C"), _record("https://u.example/d/", "D")]
    new = [_record("https://u.example/d2/", "D")]
    pages = [{"url": "https://u.example/a/", "error": "http_410"},
             {"url": "https://u.example/b/", "status": 200, "sha256": "x", "skip": "news"},
             {"url": "https://u.example/d2/", "record_id": "id:https://u.example/d2/",
              "redirected_from": [["https://u.example/d/", 302]]}]
    lines = changes(old, new, pages)
    reasons = {line["url"]: line.get("reason") for line in lines if line["change"] == "gone"}
    assert reasons == {"https://u.example/a/": "http_410", "https://u.example/b/": "not_a_unit_page",
                       "https://u.example/c/": "not_linked", "https://u.example/d/": "not_linked"}
    assert counts(lines) == {"new": 1, "changed": 0, "moved": 0, "gone": 4}
