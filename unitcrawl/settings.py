"""Scrapy settings for unitcrawl (found through scrapy.cfg and the ``scrapy`` entry point).

Each setting that differs from Scrapy's default says the default and why.
Defaults are for unattended runs against sites we do not own: polite first.
"""

from output.schema import FIELDS

BOT_NAME = "unitcrawl"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

# Who we are and how to reach us: the User-Agent is "unitcrawl/VERSION (+UNITCRAWL_CONTACT_URL)" (default
# "Scrapy/VERSION (+https://scrapy.org)"); set UNITCRAWL_CONTACT_URL to your own page, or USER_AGENT outright.
UNITCRAWL_CONTACT_URL = "https://github.com/unitcrawl/unitcrawl"
ADDONS = {"unitcrawl.addons.ContactUserAgent": 0}

ROBOTSTXT_OBEY = True  # default False
CONCURRENT_REQUESTS_PER_DOMAIN = 2  # default 8: university web servers are shared infrastructure
AUTOTHROTTLE_ENABLED = True  # default False: back off when the site slows down
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0  # default 1.0
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]  # default, listed for visibility
# Default {}: Scrapy's RetryMiddleware retries a 429 or 503 at once and ignores Retry-After; ours, at
# the same place, pauses the whole host for Retry-After or an exponential backoff before the retry.
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "unitcrawl.middlewares.BackoffRetryMiddleware": 550,
    "unitcrawl.redirects.RedirectValidatorsMiddleware": 880,  # after redirects (600), before the HTTP cache (900)
}
# Not Scrapy settings (unitcrawl.middlewares): seconds a host rests after a 429 or 503.
UNITCRAWL_RETRY_AFTER_MAX = 300.0  # the longest Retry-After honoured; a longer one is cut to this
UNITCRAWL_RETRY_BACKOFF_BASE = 2.0  # without Retry-After: the first wait, doubled per retry (RETRY_TIMES, default 2)
UNITCRAWL_RETRY_BACKOFF_MAX = 60.0  # without Retry-After: the longest wait
DEPTH_PRIORITY = 1  # default 0: breadth first, so a page cap keeps the pages nearest the start
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"  # default LIFO; FIFO for breadth first
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"
CLOSESPIDER_PAGECOUNT = 5000  # default 0 (no cap): a run never walks a whole university by accident
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024  # default 1 GiB: unit pages are HTML, not data dumps
TELNETCONSOLE_ENABLED = False  # default True: nothing listens on a port in unattended runs
REMOTE_CONTROL_ENABLED = False  # default True: the same for Scrapy's remote-control port
LOG_LEVEL = "INFO"  # default DEBUG

ITEM_PIPELINES = {
    "pipelines.incremental.IncrementalPipeline": 50,  # off unless UNITCRAWL_PAGES is set (run folders)
    "pipelines.normalize.NormalizePipeline": 100,
    "pipelines.validate.ValidatePipeline": 200,
    "pipelines.dedupe.DedupePipeline": 300,
}
EXTENSIONS = {
    "output.report.RunReport": 500,
    "scrapy.extensions.throttle.AutoThrottle": None,  # replaced: a 304 may lower the delay (unitcrawl/throttle.py)
    "unitcrawl.throttle.AutoThrottle": 0,
}

# Feeds: JSONL in UTF-8 (no \u escapes), keys in the schema's order, written to a
# temporary file and renamed into place only when the run finished.
FEED_EXPORT_ENCODING = "utf-8"  # default None, which escapes å, ø, æ
FEED_EXPORT_FIELDS = list(FIELDS)
FEED_STORAGES = {"": "output.storage.AtomicFileFeedStorage", "file": "output.storage.AtomicFileFeedStorage"}

# Runs that end this way publish their output; any other end leaves the last good output in place.
UNITCRAWL_PUBLISH_REASONS = ["finished", "closespider_pagecount", "closespider_itemcount", "closespider_timeout"]
