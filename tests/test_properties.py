"""Property-based: any body the spec allows parses into its class and round-trips; any mangled
body gets a documented outcome (a value the spec allows for that class, or UnexpectedResponse)."""

import json
from functools import cache
from typing import Any

import httpx
import katapult_client.models
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from jsonschema import Draft202012Validator
from katapult_client import AuthenticatedClient, UnexpectedResponse
from katapult_client.api.power_functions import post_virtual_machine_stop
from katapult_client.models import APIErrorResponse

from .conftest import client_for
from .spec import resolve, spec
from .variants import StopAnswer
from .wire import BY_ID

PROPERTY_SETTINGS = settings(
    max_examples=30, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)


def _members() -> list[tuple[int, str]]:
    """(status, schema name) for every member of every response, walked from openapi.yaml."""
    found = []
    for status, response in spec()["paths"]["/virtual_machines/virtual_machine/stop"]["post"]["responses"].items():
        if "$ref" in response:
            response = spec()["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
        schema = response["content"]["application/json"]["schema"]
        for member in schema.get("oneOf", [schema]):
            # `default` covers any status the spec does not list; 500 stands for them all.
            found.append((500 if status == "default" else int(status), member["$ref"].rsplit("/", 1)[1]))
    return found


MEMBERS = _members()


@cache
def schema_of(name: str) -> dict[str, Any]:
    resolved: dict[str, Any] = resolve({"$ref": f"#/components/schemas/{name}"})
    return resolved


@cache
def bodies(name: str) -> st.SearchStrategy[Any]:
    return from_schema(schema_of(name))


class Answering:
    """One client for every example: building an httpx client costs more than parsing."""

    def __init__(self) -> None:
        self.status = 200
        self.content = b""
        self.client: AuthenticatedClient = client_for(httpx.MockTransport(self._answer))

    def _answer(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(self.status, content=self.content, headers={"Content-Type": "application/json"})

    def stop(self, status: int, body: Any) -> StopAnswer:
        self.status, self.content = status, json.dumps(body).encode()
        return post_virtual_machine_stop.sync(client=self.client, body=BY_ID)


ANSWERING = Answering()


@pytest.mark.parametrize(("status", "name"), MEMBERS, ids=[f"{status}-{name}" for status, name in MEMBERS])
@PROPERTY_SETTINGS
@given(data=st.data())
def test_any_body_the_spec_allows_parses_into_its_class_and_round_trips(
    status: int, name: str, data: st.DataObject
) -> None:
    body = data.draw(bodies(name))

    parsed = ANSWERING.stop(status, body)

    assert type(parsed) is getattr(katapult_client.models, name)
    assert parsed.to_dict() == body


# --- mangled bodies ----------------------------------------------------------------------------

WRONG_TYPED = [0, 1.5, "text", True, None, [], {}, [1, 2]]


def _paths(node: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    if not isinstance(node, dict):
        return []
    found = []
    for key, value in node.items():
        found.append((*prefix, key))
        found += _paths(value, (*prefix, key))
    return found


def _json_type(value: Any) -> str:
    return type(value).__name__ if not isinstance(value, bool) else "bool"


@st.composite
def mangled(draw: st.DrawFn) -> tuple[int, Any]:
    status, name = draw(st.sampled_from(MEMBERS))
    body = draw(bodies(name))
    how = draw(st.sampled_from(["drop", "retype", "recode", "not-an-object"]))
    if how == "not-an-object":
        return status, draw(st.sampled_from([[], [body], "error", 403, None, True]))
    paths = _paths(body)
    if how == "recode":
        paths = [path for path in paths if path[-1] in ("code", "status")]
    if not paths:
        return status, body
    path = draw(st.sampled_from(paths))
    parent = body
    for key in path[:-1]:
        parent = parent[key]
    if how == "drop":
        del parent[path[-1]]
    elif how == "recode":
        parent[path[-1]] = draw(st.text(min_size=1, max_size=12))
    else:
        current = _json_type(parent[path[-1]])
        parent[path[-1]] = draw(st.sampled_from([v for v in WRONG_TYPED if _json_type(v) != current]))
    return status, body


def _accepted_schema(parsed: object) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(json.dumps(schema_of(type(parsed).__name__)))
    if isinstance(parsed, APIErrorResponse):
        # The generic class keeps any code, the listed ones included (a known code whose detail
        # is mistyped lands here); the spec's `not` only keeps the oneOf exclusive.
        del schema["properties"]["error"]["properties"]["code"]["not"]
    return schema


@settings(max_examples=250, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(mangled())
def test_a_mangled_body_is_refused_or_parsed_into_a_class_that_allows_it(case: tuple[int, Any]) -> None:
    status, body = case
    refused: UnexpectedResponse | None = None
    try:
        parsed = ANSWERING.stop(status, body)
    except UnexpectedResponse as exc:
        refused = exc
    if refused is not None:
        assert refused.status_code == status
        assert json.loads(refused.content) == body
        return

    # Whatever the client accepts as a class is a body that class's schema allows:
    # a mistyped field never hides behind a typed attribute.
    assert Draft202012Validator(_accepted_schema(parsed)).is_valid(body)
    assert parsed.to_dict() == body
