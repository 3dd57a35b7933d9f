"""unitcrawl: crawl university and research-institute sites into research-unit records.

The package holds what ties the stages together: Scrapy settings, site
profiles, the command line and the bundled demo site. The stages themselves
are the top-level packages ``spiders``, ``pipelines``, ``normalize`` and ``output``.
"""

__version__ = "0.1.0"
