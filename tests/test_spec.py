"""openapi.yaml itself: valid, and its examples and oneOf families say what the client relies on."""

from typing import Any

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from .spec import response_media, spec, stop_operation

ERROR_CODES_BY_STATUS = {
    "400": ["missing_api_token"],
    "403": [
        "unauthorized_network_for_api_token",
        "invalid_api_token",
        "invalid_capabilities_token",
        "scope_not_granted",
        "permission_denied",
    ],
    "404": ["virtual_machine_not_found"],
    "406": ["object_in_trash", "task_queueing_error"],
    "429": ["rate_limit_reached"],
    "503": ["service_unavailable"],
}


def test_spec_is_a_valid_openapi_document() -> None:
    validate(spec())


def test_operation_is_named_tagged_and_secured_as_published() -> None:
    operation = stop_operation()

    assert operation["operationId"] == "postVirtualMachineStop"
    assert operation["tags"] == ["Power functions"]
    assert operation["summary"] == "Stop virtual machine"
    assert operation["security"] == [
        {"Authenticator": []},
        {
            "OAuth2": [
                "api.katapult.io/core/v1/virtual_machines",
                "api.katapult.io/core/v1/virtual_machines:power_actions",
            ]
        },
    ]
    assert spec()["servers"][0]["url"] == "https://api.katapult.io/core/v1"


def test_every_documented_error_code_sits_in_its_status_oneof_in_page_order() -> None:
    media = dict(response_media())
    for status, codes in ERROR_CODES_BY_STATUS.items():
        members = media[status]["schema"]["oneOf"]
        member_codes = [member["properties"]["error"]["properties"]["code"].get("const") for member in members]
        # The page's order, then the generic fallback (no const) last: the generator keeps the first member that parses.
        assert member_codes == [*codes, None], status


def test_every_response_variant_has_an_example() -> None:
    media = dict(response_media())

    statuses = sorted(example["value"]["task"]["status"] for example in media["200"]["examples"].values())
    assert statuses == ["completed", "failed", "pending", "running"]
    for status, codes in ERROR_CODES_BY_STATUS.items():
        example_codes = {example["value"]["error"]["code"] for example in media[status]["examples"].values()}
        assert example_codes == set(codes), status


def _matching_members(schema: dict[str, Any], instance: Any) -> list[int]:
    members = schema.get("oneOf", [schema])
    return [index for index, member in enumerate(members) if Draft202012Validator(member).is_valid(instance)]


@pytest.mark.parametrize(("status", "media"), list(response_media()), ids=[status for status, _ in response_media()])
def test_every_example_matches_exactly_one_oneof_member(status: str, media: dict[str, Any]) -> None:
    for name, example in media["examples"].items():
        matches = _matching_members(media["schema"], example["value"])
        assert len(matches) == 1, f"{status} example {name} matches members {matches}"


def test_an_unlisted_code_matches_only_the_generic_member() -> None:
    schema = dict(response_media())["403"]["schema"]
    body = {"error": {"code": "some_new_code", "description": "New", "detail": {}}}

    assert _matching_members(schema, body) == [len(schema["oneOf"]) - 1]


def test_generic_error_excludes_exactly_the_documented_codes() -> None:
    # APIError.code's `not: enum` keeps each oneOf exclusive; a code added to the spec but not
    # to that list would make its answers match two members.
    schemas = spec()["components"]["schemas"]
    documented = {
        schema["properties"]["code"]["const"]
        for schema in schemas.values()
        if "const" in schema.get("properties", {}).get("code", {})
    }

    assert set(schemas["APIError"]["properties"]["code"]["not"]["enum"]) == documented
    assert documented == {code for codes in ERROR_CODES_BY_STATUS.values() for code in codes}
