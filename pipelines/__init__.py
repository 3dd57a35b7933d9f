"""Item pipelines: thin Scrapy adapters around normalize/ and output/ (normalise, validate, de-duplicate)."""
