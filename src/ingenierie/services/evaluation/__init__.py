"""Evaluation: campaigns, criteria scores, recommendations, indicators, maturity grids,
and what the records show beside what partners declare. Qt-free; rows are plain data."""
