"""Quality measurement on annotated data (`sourcetrace eval ...`)."""
