"""The generated client drives the API's flows against the mock, with keyword arguments and
prepared request models (``body=``).

An instance is created with a new volume and a new service group, listed, read, updated,
stopped, waited for and deleted; bulk deletes fail item by item; a rejected token and a request
the spec refuses surface as the client's errors.
"""

from __future__ import annotations

from collections.abc import Iterator
from uuid import UUID

import pytest
from ukc_client import (
    OPERATIONS,
    ApiError,
    AuthenticationError,
    Client,
    ConflictError,
    PartialFailureError,
    failed_items,
)
from ukc_client.models import (
    AttachVolumeByUUIDRequestBody,
    AutoscalePolicy,
    AutoscalePolicyAdjustmentType,
    AutoscalePolicyMetric,
    BodyInstanceID,
    CreateAutoscaleConfigurationsRequestConfiguration,
    CreateCertificateRequest,
    CreateInstanceRequest,
    CreateInstanceRequestServiceGroupNew,
    CreateInstanceRequestVolume,
    CreateServiceGroupRequest,
    CreateServiceGroupRequestDomain,
    CreateVolumeRequest,
    DetachVolumesRequest,
    DetachVolumesRequestInstanceID,
    Instance,
    InstanceState,
    NameOrUUIDByName,
    ResponseStatus,
    Service,
    StopInstancesRequestID,
    UpdateInstanceByUUIDRequestBody,
    UpdateInstanceProperty,
    UpdateOperation,
)

from generator.mock.handlers import HANDLERS

pytest_plugins = ("generator.mock.pytest_plugin",)

# The mock's per-item error codes (see the README's "A mock of the API").
NOT_FOUND = 8
IN_USE = 16
WAIT_TIMED_OUT = 110


@pytest.fixture
def client(ukc_mock_url: str, ukc_mock_token: str) -> Iterator[Client]:
    with Client(ukc_mock_token, base_url=ukc_mock_url, allow_http=True) as client:
        yield client


@pytest.fixture
def lenient_client(ukc_mock_url: str, ukc_mock_token: str) -> Iterator[Client]:
    """A client that returns envelopes with failed items instead of raising."""
    with Client(
        ukc_mock_token, base_url=ukc_mock_url, allow_http=True, raise_on_partial_failure=False
    ) as client:
        yield client


@pytest.fixture
def web(client: Client) -> Instance:
    """A running instance ``web`` with a new volume ``web-data`` and a new service group."""
    created = client.instances.create(
        name="web",
        image="nginx:latest",
        memory_mb=256,
        service_group=CreateInstanceRequestServiceGroupNew(
            services=[Service(port=443, destination_port=8080)]
        ),
        volumes=[CreateInstanceRequestVolume(name="web-data", size_mb=64, at="/data")],
        autostart=True,
    )
    return created.instances[0]


@pytest.fixture
def deleted_web(client: Client, web: Instance) -> Instance:
    """``web`` after the whole lifecycle: stopped, waited for until stopped, deleted."""
    client.instances.stop([StopInstancesRequestID(name="web")])
    client.instances.wait(["web"], state="stopped")
    client.instances.delete_by_uuid(known_uuid(web.uuid))
    return web


def known_uuid(uuid: UUID | None) -> UUID:
    """The UUID the mock always sends, though the spec leaves it optional."""
    assert isinstance(uuid, UUID)
    return uuid


def service_group_uuid(instance: Instance) -> str:
    assert instance.service_group
    return str(instance.service_group.uuid)


def test_created_instance_runs_with_its_new_volume_mounted(web: Instance) -> None:
    assert web.state == InstanceState.RUNNING
    assert [(v.name, v.at) for v in web.volumes] == [("web-data", "/data")]


def test_created_instance_belongs_to_a_new_service_group_that_lists_it(
    client: Client, web: Instance
) -> None:
    group = client.service_groups.get_by_uuid(service_group_uuid(web))
    members = group.service_groups[0].instances
    assert [member.name for member in members] == ["web"]


def test_new_volume_is_attached_to_the_instance_it_was_created_with(
    client: Client, web: Instance
) -> None:
    (volume,) = client.volumes.get().volumes
    assert volume.name == "web-data"
    assert [owner.uuid for owner in volume.attached_to] == [web.uuid]


def test_listing_shows_the_created_instance(client: Client, web: Instance) -> None:
    listed = client.instances.get()
    assert [(item.uuid, item.name) for item in listed.instances] == [(web.uuid, "web")]


def test_get_by_uuid_returns_the_instance(client: Client, web: Instance) -> None:
    fetched = client.instances.get_by_uuid(known_uuid(web.uuid))
    assert fetched.instances[0] == web


def test_update_by_uuid_sets_the_memory_and_echoes_the_operation_id(
    client: Client, web: Instance
) -> None:
    updated = client.instances.update_by_uuid(
        known_uuid(web.uuid), prop="memory_mb", op="set", value=512, id="more"
    )
    assert updated.instances[0].id == "more"
    fetched = client.instances.get_by_uuid(known_uuid(web.uuid))
    assert fetched.instances[0].memory_mb == 512


def test_update_takes_a_prepared_body_as_well(client: Client, web: Instance) -> None:
    client.instances.update_by_uuid(
        known_uuid(web.uuid),
        body=UpdateInstanceByUUIDRequestBody(
            prop=UpdateInstanceProperty.MEMORY_MB, op=UpdateOperation.SET, value=1024
        ),
    )
    assert client.instances.get_by_uuid(known_uuid(web.uuid)).instances[0].memory_mb == 1024


def test_stop_reports_the_previous_and_the_new_state(client: Client, web: Instance) -> None:
    stopped = client.instances.stop([StopInstancesRequestID(name="web")])
    item = stopped.instances[0]
    assert (item.previous_state, item.state) == (InstanceState.RUNNING, InstanceState.STOPPED)


def test_wait_for_stopped_returns_the_stopped_instance(client: Client, web: Instance) -> None:
    client.instances.stop([StopInstancesRequestID(uuid=web.uuid)])
    waited = client.with_raw_response.instances.wait(
        [NameOrUUIDByName(name="web")], state=InstanceState.STOPPED, timeout_ms=1000
    )
    assert waited.envelope.status == ResponseStatus.SUCCESS
    instances = waited.require_data(waited.envelope.data).instances
    assert (instances[0].uuid, instances[0].state) == (web.uuid, InstanceState.STOPPED)


def test_wait_for_a_state_not_reached_fails_its_item_with_a_timeout(
    client: Client, web: Instance
) -> None:
    with pytest.raises(PartialFailureError) as raised:
        client.instances.wait(["web"], state="stopped")
    (item,) = raised.value.failed
    assert (item.name, item.error) == ("web", WAIT_TIMED_OUT)


def test_delete_reports_the_state_the_instance_was_in(client: Client, web: Instance) -> None:
    client.instances.stop([StopInstancesRequestID(name="web")])
    deleted = client.instances.delete_by_uuid(known_uuid(web.uuid))
    assert deleted.instances[0].previous_state == "stopped"


def test_deleted_instance_is_gone_from_the_listing(client: Client, deleted_web: Instance) -> None:
    assert client.instances.get().instances == []


def test_volume_created_with_an_instance_is_deleted_with_it(
    client: Client, deleted_web: Instance
) -> None:
    assert client.volumes.get().volumes == []


def test_service_group_created_with_an_instance_is_deleted_with_it(
    client: Client, deleted_web: Instance
) -> None:
    uuid = service_group_uuid(deleted_web)
    with pytest.raises(ApiError) as raised:
        client.service_groups.get_by_uuid(uuid)
    assert raised.value.status == 404
    assert raised.value.message == f"No service group with UUID '{uuid}'"


def test_bulk_delete_naming_a_missing_instance_raises_partial_failure(
    client: Client, web: Instance
) -> None:
    with pytest.raises(PartialFailureError) as raised:
        client.instances.delete(["web", "gone"])
    (failed,) = raised.value.failed
    (succeeded,) = raised.value.succeeded
    assert (failed.name, failed.error, failed.message) == (
        "gone",
        NOT_FOUND,
        "No instance with name 'gone'",
    )
    assert succeeded.uuid == web.uuid
    assert (
        str(raised.value)
        == "delete_instances: 1 of 2 items failed: gone (No instance with name 'gone')"
    )


def test_bulk_delete_keeps_what_worked_despite_the_failed_item(
    client: Client, web: Instance
) -> None:
    with pytest.raises(PartialFailureError):
        client.instances.delete([NameOrUUIDByName(name="web"), NameOrUUIDByName(name="gone")])
    assert client.instances.get().instances == []


def test_bulk_delete_without_raising_returns_the_data_with_the_failed_item(
    lenient_client: Client, web: Instance
) -> None:
    deleted = lenient_client.instances.delete(["web", "gone"])
    assert [(item.name, item.status) for item in deleted.instances] == [
        ("web", ResponseStatus.SUCCESS),
        ("gone", ResponseStatus.ERROR),
    ]
    failed, succeeded = failed_items(OPERATIONS["delete_instances"], deleted)
    assert ([item.name for item in failed], [item.name for item in succeeded]) == (
        ["gone"],
        ["web"],
    )


def test_bulk_delete_without_raising_keeps_the_error_status_in_the_raw_envelope(
    lenient_client: Client, web: Instance
) -> None:
    deleted = lenient_client.with_raw_response.instances.delete(["web", "gone"])
    assert deleted.envelope.status == ResponseStatus.ERROR


def test_a_token_the_mock_does_not_accept_raises_authentication_error(
    ukc_mock_url: str, ukc_mock_token: str
) -> None:
    with Client(ukc_mock_token + "-wrong", base_url=ukc_mock_url, allow_http=True) as client:
        with pytest.raises(AuthenticationError) as raised:
            client.instances.get()
    assert raised.value.status == 401
    assert raised.value.message == "The bearer token is not accepted"


def test_a_request_the_spec_rejects_gets_400_naming_the_violation(
    client: Client, web: Instance
) -> None:
    # An open enum carries a value the spec does not list to the server unchanged.
    unknown_property = UpdateInstanceProperty("colour")
    with pytest.raises(ApiError) as raised:
        client.instances.update_by_uuid(
            known_uuid(web.uuid),
            body=UpdateInstanceByUUIDRequestBody(
                prop=unknown_property, op=UpdateOperation.SET, value="blue"
            ),
        )
    assert raised.value.status == 400
    assert raised.value.message == (
        "Invalid request to update_instance_by_uuid: body.prop: 'colour' is not one of "
        "['image', 'args', 'env', 'memory_mb', 'vcpus', 'scale_to_zero', 'tags', 'delete_lock']"
    )


def test_volume_in_use_cannot_be_deleted_until_detached(client: Client) -> None:
    client.instances.create(name="db", image="postgres:16", autostart=False)
    created = client.volumes.create(name="pgdata", size_mb=128)
    volume_uuid = known_uuid(created.volumes[0].uuid)
    client.volumes.attach_by_uuid(volume_uuid, attach_to=BodyInstanceID(name="db"), at="/pg")
    with pytest.raises(ConflictError) as raised:
        client.volumes.delete_by_uuid(volume_uuid)
    assert raised.value.status == 409
    client.volumes.detach(
        body=DetachVolumesRequest(name="pgdata", from_=DetachVolumesRequestInstanceID(name="db"))
    )
    deleted = client.with_raw_response.volumes.delete_by_uuid(volume_uuid)
    assert deleted.envelope.status == ResponseStatus.SUCCESS


def test_attached_volume_shows_its_mount_point_on_the_instance(client: Client) -> None:
    client.instances.create(body=CreateInstanceRequest(name="db", image="postgres:16"))
    created = client.volumes.create(body=CreateVolumeRequest(name="pgdata", size_mb=128))
    client.volumes.attach_by_uuid(
        known_uuid(created.volumes[0].uuid),
        body=AttachVolumeByUUIDRequestBody(attach_to=BodyInstanceID(name="db"), at="/pg"),
    )
    instance = client.instances.get(["db"])
    assert instance.instances[0].volumes[0].at == "/pg"


def test_certificate_in_use_by_a_domain_cannot_be_deleted(client: Client) -> None:
    client.certificates.create(
        body=CreateCertificateRequest(name="tls", cn="example.com", chain="PEM", pkey="PEM")
    )
    client.service_groups.create(
        name="front",
        services=[Service(port=443)],
        domains=[
            CreateServiceGroupRequestDomain(
                name="example.com", certificate=NameOrUUIDByName(name="tls")
            )
        ],
    )
    with pytest.raises(PartialFailureError) as raised:
        client.certificates.delete(["tls"])
    assert [item.error for item in raised.value.failed] == [IN_USE]


def test_autoscale_policy_of_a_service_group_is_read_back_by_name(client: Client) -> None:
    created = client.service_groups.create(
        body=CreateServiceGroupRequest(name="scaled", services=[Service(port=80)])
    )
    group_uuid = known_uuid(created.service_groups[0].uuid)
    client.autoscale.create_configurations(
        [CreateAutoscaleConfigurationsRequestConfiguration(name="scaled", min_size=1, max_size=4)]
    )
    client.autoscale.create_configuration_policy(
        # The spec types this route's {uuid} as a plain string.
        str(group_uuid),
        name="cpu",
        type=AutoscalePolicy(
            name="cpu",
            metric=AutoscalePolicyMetric.CPU,
            adjustment_type=AutoscalePolicyAdjustmentType.CHANGE,
        ),
    )
    policy = client.autoscale.get_configuration_policy_by_name(group_uuid, "cpu").policies[0]
    assert policy.policy is not None
    assert policy.policy.metric == AutoscalePolicyMetric.CPU
    group = client.service_groups.get_by_uuid(group_uuid)
    assert group.service_groups[0].autoscale is True


def test_quotas_count_what_the_account_holds(client: Client) -> None:
    client.instances.create(image="nginx", memory_mb=128)
    used = client.users.get().quotas[0].used
    assert used is not None
    assert (used.live_instances, used.live_memory_mb) == (1, 128)


def test_every_operation_of_the_client_has_a_behaviour_in_the_mock() -> None:
    assert set(OPERATIONS) == set(HANDLERS)
