"""Every recorded exchange, replayed through the generated client and held against openapi.yaml."""

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator
from katapult_client import AuthenticatedClient, Response, RetryPolicy, UnexpectedResponse
from katapult_client.api.power_functions import post_virtual_machine_stop
from katapult_client.models import TaskResponse, TaskStatus
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse

from .record import request_body
from .spec import SPEC_PATH, resolve, spec, stop_operation
from .variants import CASSETTES, VARIANTS, Kind, StopAnswer, Variant
from .vcr_config import TOKEN_PLACEHOLDER, make_vcr
from .wire import BASE_URL, STOP_URL, TOKEN, VM_FQDN, VM_ID

REPLAY = make_vcr("none")  # an exchange the cassette does not hold fails the test
IDS = [variant.name for variant in VARIANTS]


@dataclass(frozen=True)
class Recorded:
    method: str
    uri: str
    request_headers: dict[str, list[str]]
    request_body: bytes
    status: int
    response_headers: dict[str, list[str]]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


def recorded(variant: Variant) -> Recorded:
    return _load(variant.name)


@cache
def _load(name: str) -> Recorded:
    [interaction] = yaml.safe_load((CASSETTES / f"{name}.yaml").read_text())["interactions"]
    request, response = interaction["request"], interaction["response"]
    return Recorded(
        method=request["method"],
        uri=request["uri"],
        request_headers=request["headers"],
        request_body=request["body"].encode(),
        status=response["status"]["code"],
        response_headers=response["headers"],
        body=response["body"]["string"].encode(),
    )


@cache
def replay_client() -> AuthenticatedClient:
    # One client for the module: building its TLS context costs more than a replay.
    return AuthenticatedClient(base_url=BASE_URL, token=TOKEN, retry=RetryPolicy.disabled())


async def replay(variant: Variant, style: str) -> Response[StopAnswer] | UnexpectedResponse:
    """The response (or the UnexpectedResponse) the client makes of the cassette."""
    body = request_body(variant)
    result: Response[StopAnswer] | UnexpectedResponse
    with REPLAY.use_cassette(variant.cassette.name) as cassette:
        try:
            if style == "sync":
                result = post_virtual_machine_stop.sync_detailed(client=replay_client(), body=body)
            else:
                result = await post_virtual_machine_stop.asyncio_detailed(client=replay_client(), body=body)
        except UnexpectedResponse as exc:
            result = exc
        assert cassette.all_played
    return result


# --- the fixtures themselves -------------------------------------------------------------------


def test_every_variant_has_a_cassette_and_every_cassette_a_variant() -> None:
    assert sorted(path.stem for path in CASSETTES.glob("*.yaml")) == sorted(IDS)


def test_no_cassette_holds_a_token() -> None:
    for path in CASSETTES.glob("*.yaml"):
        text = path.read_text()
        assert TOKEN not in text, path.name
        assert re.findall(r"Bearer (?!<API_TOKEN>)\S+", text) == [], path.name
        assert yaml.safe_load(text)["interactions"][0]["request"]["headers"]["authorization"] == [TOKEN_PLACEHOLDER]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_recorded_request_is_the_exact_stop_request(variant: Variant) -> None:
    request = recorded(variant)
    lookup = {"id": VM_ID} if variant.lookup == "id" else {"fqdn": VM_FQDN}

    assert (request.method, request.uri) == ("POST", STOP_URL)
    assert request.request_headers == {"authorization": [TOKEN_PLACEHOLDER], "content-type": ["application/json"]}
    assert json.loads(request.request_body) == {"virtual_machine": lookup}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_recorded_answers_carry_the_live_header_set(variant: Variant) -> None:
    headers = recorded(variant).response_headers

    assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", headers["x-request-id"][0])
    if headers["content-type"] == ["application/json"]:
        assert headers["x-ratelimit-permitted"] == ["1000"]
        assert ("x-api-schema" in headers) == (variant.status >= 400)


# --- replayed through the client ---------------------------------------------------------------


@pytest.mark.parametrize("style", ["sync", "async"])
@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
async def test_cassette_parses_into_its_exact_class_with_its_values(variant: Variant, style: str) -> None:
    result = await replay(variant, style)
    answer = recorded(variant)

    assert (result.status_code, result.content) == (variant.status, answer.body)
    if variant.parsed_as is None:
        assert type(result) is UnexpectedResponse
        return
    assert isinstance(result, Response)
    assert result.request_id == answer.response_headers["x-request-id"][0]
    parsed = result.parsed
    assert type(parsed) is variant.parsed_as
    assert parsed.to_dict() == answer.json()  # every field kept, unknown ones too
    if isinstance(parsed, TaskResponse):
        assert variant.code is not None
        expected_status = variant.code if variant.kind is Kind.FALLBACK else TaskStatus(variant.code)
        assert type(parsed.task.status) is type(expected_status)
        assert parsed.task.status == expected_status
    else:
        assert parsed.error.code == variant.code
        assert parsed.error.description == answer.json()["error"]["description"]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
async def test_token_never_shows_in_client_response_or_exception(variant: Variant) -> None:
    result = await replay(variant, "sync")
    shown = [repr(replay_client()), str(replay_client()), repr(result), str(result)]
    if isinstance(result, Response):
        shown += [repr(result.parsed), str(result.parsed)]

    assert all(TOKEN not in text for text in shown)


# --- held against the spec ---------------------------------------------------------------------


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
