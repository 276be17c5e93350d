"""Use cases: validate input, decide, write in one transaction, return plain data.

Nothing here imports Qt, so the CLI, the tests and the benchmarks run every
use case headless.
"""
