"""The cassettes held against openapi.yaml: documented exchanges validate, fallbacks match no
documented member, and every status, oneOf member and task status has a cassette."""

import json
from functools import cache
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse

from .spec import SPEC_PATH, resolve, spec, stop_operation
from .variants import VARIANTS, Kind, Variant
from .vcr_config import recorded


@cache
def openapi() -> OpenAPI:
    return OpenAPI.from_file_path(str(SPEC_PATH))


def _mock_exchange(variant: Variant) -> tuple[MockRequest, MockResponse]:
    answer = recorded(variant)
    request = MockRequest(
        "https://api.katapult.io",
        "post",
        "/core/v1/virtual_machines/virtual_machine/stop",
        headers={"Authorization": "Bearer token", "Content-Type": "application/json"},
        data=answer.request_body,
    )
    headers = {name: values[0] for name, values in answer.response_headers.items()}
    return request, MockResponse(answer.body, answer.status, headers, headers["content-type"])


SPEC_VALID = [variant for variant in VARIANTS if variant.kind is not Kind.FALLBACK]
FALLBACKS = [variant for variant in VARIANTS if variant.kind is Kind.FALLBACK]


@pytest.mark.parametrize("variant", SPEC_VALID, ids=[variant.name for variant in SPEC_VALID])
def test_documented_exchange_validates_against_the_spec_with_openapi_core(variant: Variant) -> None:
    request, response = _mock_exchange(variant)

    openapi().validate_request(request)
    openapi().validate_response(request, response)


def _documented_members(status: int) -> list[dict[str, Any]]:
    """The schemas for answers the spec documents under `status`, without the generic fallback."""
    responses = stop_operation()["responses"]
    if str(status) not in responses:
        return []
    schema = responses[str(status)]["content"]["application/json"]["schema"]
    if "oneOf" in schema:
        return [member for member in schema["oneOf"] if "const" in member["properties"]["error"]["properties"]["code"]]
    task_status = resolve({"$ref": "#/components/schemas/TaskStatus"})
    strict = json.loads(json.dumps(schema))
    strict["properties"]["task"]["properties"]["status"] = task_status
    return [strict]


@pytest.mark.parametrize("variant", FALLBACKS, ids=[variant.name for variant in FALLBACKS])
def test_real_world_variant_matches_no_documented_member(variant: Variant) -> None:
    answer = recorded(variant)
    try:
        body = answer.json()
    except ValueError:
        return  # not JSON at all: no member can match
    matching = [m for m in _documented_members(variant.status) if Draft202012Validator(m).is_valid(body)]

    assert matching == []


def test_every_status_oneof_member_and_enum_value_has_a_cassette() -> None:
    responses = stop_operation()["responses"]
    wanted: set[str] = set()
    for status, response in responses.items():
        schema = response["content"]["application/json"]["schema"]
        wanted |= {f"{status} member {index}" for index in range(len(schema.get("oneOf", [schema])))}
    wanted |= {f"task status {value}" for value in spec()["components"]["schemas"]["TaskStatus"]["enum"]}

    covered: set[str] = set()
    for variant in VARIANTS:
        try:
            body = recorded(variant).json()
        except ValueError:
            continue
        status = str(variant.status) if str(variant.status) in responses else "default"
        schema = responses[status]["content"]["application/json"]["schema"]
        for index, member in enumerate(schema.get("oneOf", [schema])):
            if Draft202012Validator(member).is_valid(body):
                covered.add(f"{status} member {index}")
        if variant.kind is Kind.DOCUMENTED and variant.status == 200:
            covered.add(f"task status {body['task']['status']}")

    assert sorted(wanted - covered) == []
