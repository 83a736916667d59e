"""The public API is exactly what ``__all__`` lists, and every name is importable."""

from __future__ import annotations

import sourcetrace

EXPECTED = {
    "SCHEMA_ID", "Analysis", "Article", "Attribution", "Citation", "Claim", "DuplicateGroup",
    "Event", "InputError", "MissingExtraError", "ModelMissingError", "Rejection",
    "SourcetraceError", "Speaker", "StoreError", "TimeRef", "UsageError", "__version__",
    "analyze", "load", "open_store",
}


def test_all_is_the_documented_surface() -> None:
    assert set(sourcetrace.__all__) == EXPECTED
    for name in sourcetrace.__all__:
        assert getattr(sourcetrace, name) is not None


def test_errors_share_one_tree_with_codes() -> None:
    for name in ("InputError", "MissingExtraError", "ModelMissingError", "StoreError", "UsageError"):
        cls = getattr(sourcetrace, name)
        assert issubclass(cls, sourcetrace.SourcetraceError)
        assert str(cls("boom")).startswith("[E")
