"""sourcetrace."""
