"""Pipeline stages. Each module holds one stage; see ``sourcetrace.pipeline`` for their order."""
