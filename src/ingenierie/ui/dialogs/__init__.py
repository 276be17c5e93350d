"""Forms that create and edit domain records; each validates as the user types."""
