"""Scrapy settings for unitcrawl (found through scrapy.cfg and the ``scrapy`` entry point).

Each setting that differs from Scrapy's default says the default and why.
Defaults are for unattended runs against sites we do not own: polite first.
"""

from output.schema import FIELDS

BOT_NAME = "unitcrawl"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

# Who we are and how to reach us; set UNITCRAWL_CONTACT_URL to your own page.
UNITCRAWL_CONTACT_URL = "https://github.com/unitcrawl/unitcrawl"
USER_AGENT = f"unitcrawl/0.1 (+{UNITCRAWL_CONTACT_URL})"  # default "Scrapy/VERSION (+https://scrapy.org)"

ROBOTSTXT_OBEY = True  # default False
CONCURRENT_REQUESTS_PER_DOMAIN = 2  # default 8: university web servers are shared infrastructure
AUTOTHROTTLE_ENABLED = True  # default False: back off when the site slows down
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0  # default 1.0
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]  # default, listed for visibility
DEPTH_PRIORITY = 1  # default 0: breadth first, so a page cap keeps the pages nearest the start
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"  # default LIFO; FIFO for breadth first
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"
CLOSESPIDER_PAGECOUNT = 5000  # default 0 (no cap): a run never walks a whole university by accident
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024  # default 1 GiB: unit pages are HTML, not data dumps
TELNETCONSOLE_ENABLED = False  # default True: nothing listens on a port in unattended runs
LOG_LEVEL = "INFO"  # default DEBUG

ITEM_PIPELINES = {
    "pipelines.normalize.NormalizePipeline": 100,
    "pipelines.validate.ValidatePipeline": 200,
    "pipelines.dedupe.DedupePipeline": 300,
}
EXTENSIONS = {
    "output.report.RunReport": 500,
}

# Feeds: JSONL in UTF-8 (no \u escapes), keys in the schema's order, written to a
# temporary file and renamed into place only when the run finished.
FEED_EXPORT_ENCODING = "utf-8"  # default None, which escapes å, ø, æ
FEED_EXPORT_FIELDS = list(FIELDS)
FEED_STORAGES = {"": "output.storage.AtomicFileFeedStorage", "file": "output.storage.AtomicFileFeedStorage"}

# Runs that end this way publish their output; any other end leaves the last good output in place.
UNITCRAWL_PUBLISH_REASONS = ["finished", "closespider_pagecount", "closespider_itemcount", "closespider_timeout"]
