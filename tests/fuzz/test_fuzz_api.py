"""Property-based requests to every API operation, generated from its OpenAPI schema.

The app is the real one, over a store built by ingesting the two seed articles. Every
response must be a non-5xx that matches the schema (status, content type, body)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import checks

from newsdossier.api import create_app
from newsdossier.runner import RunConfig, ingest
from newsdossier.store import Store


@pytest.fixture(scope="module")
def seed_store(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("fuzz") / "seeds.db"
    with Store(db) as store:
        summary = ingest([str(seeds_dir)], store, RunConfig())
    assert summary.new == 2
    return db


@pytest.fixture(scope="module")
def api_schema(seed_store: Path) -> Any:
    app = create_app(seed_store, base_url="http://127.0.0.1:8000")
    return schemathesis.openapi.from_asgi("/openapi.json", app, headers={"Host": "127.0.0.1"})


#: No 5xx; status, content type and body as the schema documents them. (Not
#: ``positive_data_acceptance``: a well-formed but meaningless value, such as a date
#: ``2025-13``, is a documented 400, and a name nobody has a documented 404.)
CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
]


def test_fuzz_api_never_5xx_and_matches_schema(api_schema: Any) -> None:
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 10  # every /api route is in the schema

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=12,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def check(case: Any) -> None:
            case.call_and_validate(headers={"Host": "127.0.0.1"}, checks=CHECKS)

        check()
