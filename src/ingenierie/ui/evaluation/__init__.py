"""The evaluation of a project (its page's Évaluation tab) and of the portfolio (the dashboard)."""
