"""The web app and JSON API: ``create_app(db)`` gives a FastAPI application."""

from sourcetrace.api.app import TOKEN_ENV, create_app

__all__ = ["TOKEN_ENV", "create_app"]
