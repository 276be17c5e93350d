"""People and organisations: records, affiliations, duplicates, merging, lists."""
