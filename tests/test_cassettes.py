"""Every recorded exchange, replayed through the generated client, sync and async."""

import json
import re
from functools import cache

import pytest
import yaml
from katapult_client import AuthenticatedClient, Response, RetryPolicy, UnexpectedResponse
from katapult_client.api.power_functions import post_virtual_machine_stop
from katapult_client.models import TaskResponse, TaskStatus

from .variants import CASSETTES, VARIANTS, Kind, StopAnswer, Variant
from .vcr_config import TOKEN_PLACEHOLDER, make_vcr, recorded
from .wire import BASE_URL, STOP_URL, TOKEN, VM_FQDN, VM_ID

REPLAY = make_vcr("none")  # an exchange the cassette does not hold fails the test
IDS = [variant.name for variant in VARIANTS]


@cache
def replay_client() -> AuthenticatedClient:
    # One client for the module: building its TLS context costs more than a replay.
    return AuthenticatedClient(base_url=BASE_URL, token=TOKEN, retry=RetryPolicy.disabled())


async def replay(variant: Variant, style: str) -> Response[StopAnswer] | UnexpectedResponse:
    """The response (or the UnexpectedResponse) the client makes of the cassette."""
    body = variant.body
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
