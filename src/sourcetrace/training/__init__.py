"""Training commands for the small models that ship inside the package."""
