"""Scrapy add-ons: settings derived from other settings, after ``--set``/``-s`` values are in."""

from __future__ import annotations

from scrapy.settings import SETTINGS_PRIORITIES, Settings

from unitcrawl import __version__


class ContactUserAgent:
    """The User-Agent names unitcrawl and the operator's contact page (``UNITCRAWL_CONTACT_URL``), so a
    site's webmaster can reach whoever runs the crawl. A USER_AGENT given outright wins."""

    def update_settings(self, settings: Settings) -> None:
        if settings.getpriority("USER_AGENT") < SETTINGS_PRIORITIES["project"]:
            contact = settings.get("UNITCRAWL_CONTACT_URL")
            settings.set("USER_AGENT", f"unitcrawl/{__version__} (+{contact})", priority="addon")
