"""Writing records: the record schema, atomic JSONL feed storage and the run report."""
