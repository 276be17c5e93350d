"""Hostile files against ``ingenierie import``: regression inputs and a fuzzing harness.

``make test`` runs the regressions and a few hundred generated files; run more by
hand with ``python -m tests.fuzz --examples 5000`` (or ``INGENIERIE_FUZZ_EXAMPLES``).
"""
