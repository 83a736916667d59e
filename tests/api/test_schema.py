"""Property-based tests of every operation against /openapi.json (schemathesis, few examples)."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings

from sourcetrace.api import create_app


def test_every_operation_conforms_to_openapi(hostile_db: str) -> None:
    # Read-only, so generated uploads never start analyses; POST still answers (403).
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(hostile_db, read_only=True))
    failures: dict[str, str] = {}
    labels = []
    for result in schema.get_all_operations():
        operation = result.ok()
        labels.append(operation.label)

        @given(case=operation.as_strategy())
        @settings(max_examples=8, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case: schemathesis.Case) -> None:
            case.call_and_validate()

        try:
            check()
        except Exception as exc:  # collect every operation's failure, then report them all
            failures[operation.label] = f"{type(exc).__name__}: {exc}"[:2000]
    assert "POST /api/articles" in labels and "GET /api/claims/{item_id}" in labels
    assert len(labels) >= 12
    assert not failures, failures
