"""Scrapy spiders. There is one, ``units``: sites are profiles (unitcrawl/sites/*.toml), not spider classes."""
