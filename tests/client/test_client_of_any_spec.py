"""The clients of the corpus' operation documents against a real loopback server: what goes on
the wire for each security scheme, parameter place, body media type, answer and HTTP method.

Each document of ``tests/fixtures/openapi-corpus/`` that has operations is generated once for
the module; every case runs with ``Client`` and with ``AsyncClient``.
"""

from __future__ import annotations

import base64
import email.parser
import importlib
import inspect
import uuid
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest

from tests.support.client_support import BlockingAsyncClient
from tests.support.generated_packages import generate_package, import_generated
from tests.support.loopback_server import LoopbackServer, ScriptedResponse
from tests.support.paths import ROOT

CORPUS = ROOT / "tests" / "fixtures" / "openapi-corpus"
PET = {"name": "Rex"}

Packages = dict[str, ModuleType]
ClientMaker = Callable[..., Any]


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Packages:
    """The package of each operation document of the corpus, by the document's stem."""
    made: Packages = {}
    for stem in (
        "api-key-header",
        "api-key-query",
        "api-key-cookie",
        "basic-auth",
        "no-security",
        "security-alternatives",
        "oauth2",
        "responses",
        "text-and-binary-bodies",
        "multipart-upload",
        "request-body-ref",
        "header-and-cookie-parameters",
        "http-methods",
    ):
        output = tmp_path_factory.mktemp(stem)
        generate_package(CORPUS / f"{stem}.yaml", output)
        name = f"wire_{stem.replace('-', '_')}_{uuid.uuid4().hex}"
        made[stem] = import_generated(output, name)
    return made


@pytest.fixture(params=["sync", "async"])
def make_client(
    request: pytest.FixtureRequest, packages: Packages, loopback: LoopbackServer
) -> ClientMaker:
    """``make_client(stem, **credentials)``: a client of that document's package, aimed at the
    loopback server, of the kind under test; closed after the test."""
    made: list[Any] = []

    def make(stem: str, **options: Any) -> Any:
        package = packages[stem]
        options = {"base_url": loopback.url, "allow_http": True, "retry": None, **options}
        if request.param == "async":
            client: Any = BlockingAsyncClient(package.AsyncClient(**options))
        else:
            client = package.Client(**options)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


def errors_of(package: ModuleType) -> ModuleType:
    return importlib.import_module(package.__name__ + ".errors")


@pytest.fixture(autouse=True)
def no_token_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("UKC_TOKEN", raising=False)


def test_an_api_key_in_a_header_is_sent_there_and_no_authorization(
    make_client: ClientMaker, loopback: LoopbackServer
) -> None:
    loopback.script(ScriptedResponse(body={"status": "success", "data": PET}))
    client = make_client("api-key-header", api_key="k-123")
    assert client.pets.get_v1_by_id("p1", limit=5).name == "Rex"
    sent = loopback.requests[-1]
    assert sent.headers["x-key"] == "k-123"
    assert "authorization" not in sent.headers
    assert sent.target == "/v1/pets/p1?limit=5"


def test_a_client_without_the_api_key_every_operation_needs_is_refused(
    packages: Packages, loopback: LoopbackServer
) -> None:
    package = packages["api-key-header"]
    with pytest.raises(errors_of(package).ConfigurationError, match="api_key="):
        package.Client(base_url=loopback.url, allow_http=True)
    assert "token" not in inspect.signature(package.Client).parameters


def test_an_api_key_in_the_query_is_sent_there(
    make_client: ClientMaker, loopback: LoopbackServer
) -> None:
    loopback.script(ScriptedResponse(body=[PET, {"name": "Tom"}]))
    client = make_client("api-key-query", api_key="k&1")
    pets = client.pets.list()
    assert [pet.name for pet in pets] == ["Rex", "Tom"]
    sent = loopback.requests[-1]
    assert sent.target == "/pets?api_key=k%261"
    assert "authorization" not in sent.headers


def test_an_api_key_in_a_cookie_is_sent_as_a_cookie(
    make_client: ClientMaker, loopback: LoopbackServer
) -> None:
    loopback.script(ScriptedResponse(body=PET))
    make_client("api-key-cookie", api_key="s3ss10n").pets.get("Rex")
    sent = loopback.requests[-1]
    assert sent.headers["cookie"] == "SESSION=s3ss10n"
    assert "authorization" not in sent.headers


def test_http_basic_sends_the_user_and_password(
    make_client: ClientMaker, loopback: LoopbackServer
) -> None:
    loopback.script(ScriptedResponse(body=PET))
    make_client("basic-auth", basic_auth=("ann", "pä:ss")).pets.get("Rex")
    expected = base64.b64encode("ann:pä:ss".encode()).decode()
    assert loopback.requests[-1].headers["authorization"] == f"Basic {expected}"


def test_a_public_api_needs_no_token_and_sends_no_authorization(
    make_client: ClientMaker, packages: Packages, loopback: LoopbackServer
) -> None:
    loopback.script(ScriptedResponse(body=PET))
    assert make_client("no-security").pets.get("Rex").name == "Rex"
    assert "authorization" not in loopback.requests[-1].headers
    assert "cookie" not in loopback.requests[-1].headers
    parameters = inspect.signature(packages["no-security"].Client).parameters
    assert not {"token", "api_key", "basic_auth"} & set(parameters)


def test_each_operation_sends_the_credentials_of_its_own_security(
    make_client: ClientMaker, loopback: LoopbackServer
) -> None:
    client = make_client("security-alternatives", token="t-1", api_key="k-1")
    loopback.script(
        ScriptedResponse(body=PET),
        ScriptedResponse(status=204, body=b""),
        ScriptedResponse(body=PET),
        ScriptedResponse(body=[PET]),
    )
    client.pets.get("Rex")
    assert client.health.health() is None
    client.pets.put("Rex", body=client_model(client, "Pet")(name="Rex"))
    client.pets.list()
    get, health, put, listed = loopback.requests[-4:]
    assert get.headers["authorization"] == "Bearer t-1"
    assert "authorization" not in health.headers and "x-api-key" not in health.headers
    assert put.headers["x-api-key"] == "k-1" and "authorization" not in put.headers
    assert listed.headers["authorization"] == "Bearer t-1"


def test_an_operation_whose_credentials_were_not_given_is_refused_before_sending(
    make_client: ClientMaker, packages: Packages, loopback: LoopbackServer
) -> None:
    client = make_client("security-alternatives")
    errors = errors_of(packages["security-alternatives"])
    pet = client_model(client, "Pet")(name="Rex")
    with pytest.raises(errors.ConfigurationError, match=r"api_key=\.\.\. or basic_auth=\.\.\."):
        client.pets.put("Rex", body=pet)
    assert not loopback.requests
    loopback.script(ScriptedResponse(body=[PET]), ScriptedResponse(status=204, body=b""))
    client.pets.list()  # the token is optional there
    client.health.health()
    assert all("authorization" not in sent.headers for sent in loopback.requests)


def test_basic_is_the_alternative_taken_when_it_is_the_one_given(
    make_client: ClientMaker, loopback: LoopbackServer
) -> None:
    client = make_client("security-alternatives", basic_auth=("ann", "pw"))
    loopback.script(ScriptedResponse(body=PET))
    client.pets.put("Rex", body=client_model(client, "Pet")(name="Rex"))
    assert loopback.requests[-1].headers["authorization"].startswith("Basic ")


def test_an_oauth2_access_token_is_sent_as_a_bearer_token(
    make_client: ClientMaker, loopback: LoopbackServer
) -> None:
    loopback.script(ScriptedResponse(body=PET))
    make_client("oauth2", token="access-1").pets.get("Rex")
    assert loopback.requests[-1].headers["authorization"] == "Bearer access-1"


def test_success_answers_other_than_200_return_their_model_or_none(
    make_client: ClientMaker, loopback: LoopbackServer
) -> None:
    client = make_client("responses")
    pet = client_model(client, "Pet")(name="Rex")
    loopback.script(
        ScriptedResponse(status=201, body=PET),
        ScriptedResponse(status=200, body=PET),
        ScriptedResponse(status=204, body=b""),
        ScriptedResponse(status=204, body=b""),
        ScriptedResponse(status=202, body=b"", content_type=None),
        ScriptedResponse(status=200, body={"count": 3}),
    )
    assert client.pets.create(body=pet) == pet
    assert client.pets.get("Rex") == pet
    assert client.pets.get("Rex") is None
    assert client.pets.delete("Rex") is None
    assert client.pets.wash("Rex") is None
    assert client.stats.stats().count == 3
    assert [sent.method for sent in loopback.requests] == [
        "POST",
        "GET",
        "GET",
        "DELETE",
        "POST",
        "GET",
    ]


def test_an_error_answer_of_a_generic_spec_is_an_api_error_with_its_message(
    make_client: ClientMaker, packages: Packages, loopback: LoopbackServer
) -> None:
    client = make_client("responses")
    loopback.script(ScriptedResponse(status=404, body={"message": "no such pet"}))
    with pytest.raises(errors_of(packages["responses"]).NotFoundError) as caught:
        client.pets.get("Rex")
    assert caught.value.message == "no such pet"


def test_text_and_bytes_bodies_go_as_given_with_their_content_type(
    make_client: ClientMaker, loopback: LoopbackServer
) -> None:
    client = make_client("text-and-binary-bodies")
    blob = bytes(range(256))
    loopback.script(
        ScriptedResponse(status=204, body=b""),
        ScriptedResponse(body="Grüße\n".encode(), content_type="text/plain; charset=utf-8"),
        ScriptedResponse(status=201, body={"size": 256}),
        ScriptedResponse(body=blob, content_type="application/octet-stream"),
    )
    assert client.notes.put("n1", "Grüße\n") is None
    assert client.notes.get("n1") == "Grüße\n"
    assert client.blobs.put("b1", blob).size == 256
    assert client.blobs.get("b1") == blob
    put_note, get_note, put_blob, get_blob = loopback.requests
    assert put_note.headers["content-type"] == "text/plain; charset=utf-8"
    assert put_note.body == "Grüße\n".encode()
    assert get_note.headers["accept"] == "text/plain"
    assert put_blob.headers["content-type"] == "application/octet-stream"
    assert put_blob.body == blob
    assert get_blob.headers["accept"] == "application/octet-stream"


def test_text_in_the_charset_the_answer_names_is_decoded_in_it(
    make_client: ClientMaker, loopback: LoopbackServer
) -> None:
    loopback.script(
        ScriptedResponse(body="Grüße".encode("latin-1"), content_type="text/plain; charset=latin-1")
    )
    assert make_client("text-and-binary-bodies").notes.get("n1") == "Grüße"


def test_a_multipart_upload_sends_the_file_and_the_fields(
    make_client: ClientMaker, loopback: LoopbackServer
) -> None:
    loopback.script(ScriptedResponse(status=201, body={"id": "u1"}))
    data = b"\x00\x01binary\r\n--not-a-boundary"
    result = make_client("multipart-upload").uploads.upload(file=data, title="Report", pages=3)
    assert result.id == "u1"
    sent = loopback.requests[-1]
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    message = email.parser.BytesParser().parsebytes(
        b"Content-Type: " + sent.headers["content-type"].encode() + b"\r\n\r\n" + sent.body
    )
    parts = {part.get_param("name", header="content-disposition"): part for part in message.walk()}
    assert parts["file"].get_payload(decode=True) == data
    assert parts["file"].get_filename() == "file"
    assert parts["title"].get_payload(decode=True) == b"Report"
    assert parts["pages"].get_payload(decode=True) == b"3"


def test_an_optional_form_field_not_given_is_left_out(
    make_client: ClientMaker, loopback: LoopbackServer
) -> None:
    loopback.script(ScriptedResponse(status=201, body={"id": "u1"}))
    make_client("multipart-upload").uploads.upload(file=b"x", title="T")
    assert b'name="pages"' not in loopback.requests[-1].body


def test_a_request_body_by_reference_is_sent_as_its_model(
    make_client: ClientMaker, loopback: LoopbackServer
) -> None:
    client = make_client("request-body-ref")
    loopback.script(ScriptedResponse(status=201, body=PET))
    client.pets.create(body=client_model(client, "Pet")(name="Rex"))
    sent = loopback.requests[-1]
    assert sent.json() == PET
    assert sent.headers["content-type"] == "application/json"


def test_header_and_cookie_parameters_are_sent_in_their_places(
    make_client: ClientMaker, loopback: LoopbackServer
) -> None:
    loopback.script(ScriptedResponse(body=PET))
    client = make_client("header-and-cookie-parameters")
    client.pets.get("Rex", x_request_id="r-1", x_dry_run=True, tracking="a b;c")
    sent = loopback.requests[-1]
    assert sent.headers["x-request-id"] == "r-1"
    assert sent.headers["x-dry-run"] == "true"
    assert sent.headers["cookie"] == "tracking=a%20b%3Bc"
    assert sent.headers["accept"] == "application/json"


def test_optional_header_and_cookie_parameters_not_given_are_not_sent(
    make_client: ClientMaker, loopback: LoopbackServer
) -> None:
    loopback.script(ScriptedResponse(body=PET))
    make_client("header-and-cookie-parameters").pets.get("Rex", x_request_id="r-1")
    sent = loopback.requests[-1]
    assert "x-dry-run" not in sent.headers
    assert "cookie" not in sent.headers


def test_a_header_parameter_with_a_line_break_is_refused_before_sending(
    make_client: ClientMaker, packages: Packages, loopback: LoopbackServer
) -> None:
    client = make_client("header-and-cookie-parameters")
    errors = errors_of(packages["header-and-cookie-parameters"])
    with pytest.raises(errors.EncodeError, match="X-Request-ID"):
        client.pets.get("Rex", x_request_id="r\r\nX-Injected: 1")
    assert not loopback.requests


def test_a_header_the_client_sets_itself_is_not_a_parameter(packages: Packages) -> None:
    client_module = importlib.import_module(
        packages["header-and-cookie-parameters"].__name__ + ".client"
    )
    parameters = inspect.signature(client_module.PetsOperations.get).parameters
    assert "accept" not in parameters
    assert {"x_request_id", "x_dry_run", "tracking"} <= set(parameters)


@pytest.mark.parametrize(
    ("method_name", "http_method", "answer", "expected"),
    [
        ("get", "GET", ScriptedResponse(body=PET), PET),
        ("post", "POST", ScriptedResponse(body=PET), PET),
        ("delete", "DELETE", ScriptedResponse(status=204, body=b""), None),
        ("options", "OPTIONS", ScriptedResponse(status=204, body=b""), None),
        ("head", "HEAD", ScriptedResponse(body=PET), None),
        ("trace", "TRACE", ScriptedResponse(body=b"TRACE /", content_type="message/http"), b""),
    ],
)
def test_every_http_method_is_sent_as_itself(
    make_client: ClientMaker,
    loopback: LoopbackServer,
    method_name: str,
    http_method: str,
    answer: ScriptedResponse,
    expected: Any,
) -> None:
    loopback.script(answer)
    result = getattr(make_client("http-methods").pets, method_name)("Rex")
    if isinstance(expected, dict):
        assert result.name == expected["name"]
    elif isinstance(expected, bytes):
        assert result == answer.body
    else:
        assert result is None
    assert loopback.requests[-1].method == http_method
    assert loopback.requests[-1].target == "/pets/Rex"


@pytest.mark.parametrize(("method_name", "http_method"), [("put", "PUT"), ("patch", "PATCH")])
def test_put_and_patch_send_their_body(
    make_client: ClientMaker, loopback: LoopbackServer, method_name: str, http_method: str
) -> None:
    loopback.script(ScriptedResponse(body=PET))
    client = make_client("http-methods")
    getattr(client.pets, method_name)("Rex", body=client_model(client, "Pet")(name="Rex"))
    assert loopback.requests[-1].method == http_method
    assert loopback.requests[-1].json() == PET


def client_model(client: Any, name: str) -> Any:
    """The model class ``name`` of the package ``client`` belongs to."""
    inner = client.client if isinstance(client, BlockingAsyncClient) else client
    package = type(inner).__module__.rsplit(".", 1)[0]
    return getattr(importlib.import_module(package + ".models"), name)
