"""Projects and what hangs off them: stages, involvements, exchanges, fundings, lists."""
