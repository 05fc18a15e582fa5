"""The generated client drives the API's flows against the mock, with typed request models.

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
    PartialFailureError,
    Unset,
)
from ukc_client.models import (
    AttachVolumeByUUIDRequestBody,
    AutoscalePolicy,
    AutoscalePolicyAdjustmentType,
    AutoscalePolicyMetric,
    BodyInstanceID,
    CreateAutoscaleConfigurationPolicyRequest,
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
        CreateInstanceRequest(
            name="web",
            image="nginx:latest",
            memory_mb=256,
            service_group=CreateInstanceRequestServiceGroupNew(
                services=[Service(port=443, destination_port=8080)]
            ),
            volumes=[CreateInstanceRequestVolume(name="web-data", size_mb=64, at="/data")],
            autostart=True,
        )
    )
    assert created.data and created.data.instances
    return created.data.instances[0]


@pytest.fixture
def deleted_web(client: Client, web: Instance) -> Instance:
    """``web`` after the whole lifecycle: stopped, waited for until stopped, deleted."""
    client.instances.stop([StopInstancesRequestID(name="web")])
    client.instances.wait([NameOrUUIDByName(name="web")], state=InstanceState.STOPPED)
    client.instances.delete_by_uuid(known_uuid(web.uuid))
    return web


def known_uuid(uuid: UUID | Unset | None) -> UUID:
    """The UUID the mock always sends, though the spec leaves it optional."""
    assert isinstance(uuid, UUID)
    return uuid


def service_group_uuid(instance: Instance) -> str:
    assert instance.service_group
    return str(instance.service_group.uuid)


def test_created_instance_runs_with_its_new_volume_mounted(web: Instance) -> None:
    assert web.state == InstanceState.RUNNING
    assert web.volumes and [(v.name, v.at) for v in web.volumes] == [("web-data", "/data")]


def test_created_instance_belongs_to_a_new_service_group_that_lists_it(
    client: Client, web: Instance
) -> None:
    group = client.service_groups.get_by_uuid(service_group_uuid(web))
    assert group.data and group.data.service_groups
    members = group.data.service_groups[0].instances
    assert members and [member.name for member in members] == ["web"]


def test_new_volume_is_attached_to_the_instance_it_was_created_with(
    client: Client, web: Instance
) -> None:
    volumes = client.volumes.get()
    assert volumes.data and volumes.data.volumes
    (volume,) = volumes.data.volumes
    assert volume.name == "web-data"
    assert volume.attached_to and [owner.uuid for owner in volume.attached_to] == [web.uuid]


def test_listing_shows_the_created_instance(client: Client, web: Instance) -> None:
    listed = client.instances.get()
    assert listed.data and listed.data.instances
    assert [(item.uuid, item.name) for item in listed.data.instances] == [(web.uuid, "web")]


def test_get_by_uuid_returns_the_instance(client: Client, web: Instance) -> None:
    fetched = client.instances.get_by_uuid(known_uuid(web.uuid))
    assert fetched.data and fetched.data.instances
    assert fetched.data.instances[0] == web


def test_update_by_uuid_sets_the_memory_and_echoes_the_operation_id(
    client: Client, web: Instance
) -> None:
    updated = client.instances.update_by_uuid(
        known_uuid(web.uuid),
        UpdateInstanceByUUIDRequestBody(
            prop=UpdateInstanceProperty.MEMORY_MB, op=UpdateOperation.SET, value=512, id="more"
        ),
    )
    assert updated.data and updated.data.instances
    assert updated.data.instances[0].id == "more"
    fetched = client.instances.get_by_uuid(known_uuid(web.uuid))
    assert fetched.data and fetched.data.instances
    assert fetched.data.instances[0].memory_mb == 512


def test_stop_reports_the_previous_and_the_new_state(client: Client, web: Instance) -> None:
    stopped = client.instances.stop([StopInstancesRequestID(name="web")])
    assert stopped.data and stopped.data.instances
    item = stopped.data.instances[0]
    assert (item.previous_state, item.state) == (InstanceState.RUNNING, InstanceState.STOPPED)


def test_wait_for_stopped_returns_the_stopped_instance(client: Client, web: Instance) -> None:
    client.instances.stop([StopInstancesRequestID(uuid=web.uuid)])
    waited = client.instances.wait(
        [NameOrUUIDByName(name="web")], state=InstanceState.STOPPED, timeout_ms=1000
    )
    assert waited.status == ResponseStatus.SUCCESS
    assert waited.data and waited.data.instances
    assert (waited.data.instances[0].uuid, waited.data.instances[0].state) == (
        web.uuid,
        InstanceState.STOPPED,
    )


def test_wait_for_a_state_not_reached_fails_its_item_with_a_timeout(
    client: Client, web: Instance
) -> None:
    with pytest.raises(PartialFailureError) as raised:
        client.instances.wait([NameOrUUIDByName(name="web")], state=InstanceState.STOPPED)
    (item,) = raised.value.failed
    assert (item.name, item.error) == ("web", WAIT_TIMED_OUT)


def test_delete_reports_the_state_the_instance_was_in(client: Client, web: Instance) -> None:
    client.instances.stop([StopInstancesRequestID(name="web")])
    deleted = client.instances.delete_by_uuid(known_uuid(web.uuid))
    assert deleted.data and deleted.data.instances
    assert deleted.data.instances[0].previous_state == "stopped"


def test_deleted_instance_is_gone_from_the_listing(client: Client, deleted_web: Instance) -> None:
    listed = client.instances.get()
    assert listed.data and listed.data.instances == []


def test_volume_created_with_an_instance_is_deleted_with_it(
    client: Client, deleted_web: Instance
) -> None:
    volumes = client.volumes.get()
    assert volumes.data and volumes.data.volumes == []


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
        client.instances.delete([NameOrUUIDByName(name="web"), NameOrUUIDByName(name="gone")])
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
    listed = client.instances.get()
    assert listed.data and listed.data.instances == []


def test_bulk_delete_without_raising_returns_the_envelope_with_the_failed_item(
    lenient_client: Client, web: Instance
) -> None:
    deleted = lenient_client.instances.delete(
        [NameOrUUIDByName(name="web"), NameOrUUIDByName(name="gone")]
    )
    assert deleted.status == ResponseStatus.ERROR
    assert deleted.data and deleted.data.instances
    assert [(item.name, item.status) for item in deleted.data.instances] == [
        ("web", ResponseStatus.SUCCESS),
        ("gone", ResponseStatus.ERROR),
    ]


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
            UpdateInstanceByUUIDRequestBody(
                prop=unknown_property, op=UpdateOperation.SET, value="blue"
            ),
        )
    assert raised.value.status == 400
    assert raised.value.message == (
        "Invalid request to update_instance_by_uuid: body.prop: 'colour' is not one of "
        "['image', 'args', 'env', 'memory_mb', 'vcpus', 'scale_to_zero', 'tags', 'delete_lock']"
    )


def test_volume_in_use_cannot_be_deleted_until_detached(client: Client) -> None:
    client.instances.create(CreateInstanceRequest(name="db", image="postgres:16", autostart=False))
    created = client.volumes.create(CreateVolumeRequest(name="pgdata", size_mb=128))
    assert created.data and created.data.volumes
    volume_uuid = known_uuid(created.data.volumes[0].uuid)
    client.volumes.attach_by_uuid(
        volume_uuid, AttachVolumeByUUIDRequestBody(attach_to=BodyInstanceID(name="db"), at="/pg")
    )
    with pytest.raises(ApiError) as raised:
        client.volumes.delete_by_uuid(volume_uuid)
    assert raised.value.status == 409
    client.volumes.detach(
        DetachVolumesRequest(name="pgdata", from_=DetachVolumesRequestInstanceID(name="db"))
    )
    deleted = client.volumes.delete_by_uuid(volume_uuid)
    assert deleted.status == ResponseStatus.SUCCESS


def test_attached_volume_shows_its_mount_point_on_the_instance(client: Client) -> None:
    client.instances.create(CreateInstanceRequest(name="db", image="postgres:16", autostart=False))
    created = client.volumes.create(CreateVolumeRequest(name="pgdata", size_mb=128))
    assert created.data and created.data.volumes
    client.volumes.attach_by_uuid(
        known_uuid(created.data.volumes[0].uuid),
        AttachVolumeByUUIDRequestBody(attach_to=BodyInstanceID(name="db"), at="/pg"),
    )
    instance = client.instances.get([NameOrUUIDByName(name="db")])
    assert instance.data and instance.data.instances and instance.data.instances[0].volumes
    assert instance.data.instances[0].volumes[0].at == "/pg"


def test_certificate_in_use_by_a_domain_cannot_be_deleted(client: Client) -> None:
    client.certificates.create(
        CreateCertificateRequest(name="tls", cn="example.com", chain="PEM", pkey="PEM")
    )
    client.service_groups.create(
        CreateServiceGroupRequest(
            name="front",
            services=[Service(port=443)],
            domains=[
                CreateServiceGroupRequestDomain(
                    name="example.com", certificate=NameOrUUIDByName(name="tls")
                )
            ],
        )
    )
    with pytest.raises(PartialFailureError) as raised:
        client.certificates.delete([NameOrUUIDByName(name="tls")])
    assert [item.error for item in raised.value.failed] == [IN_USE]


def test_autoscale_policy_of_a_service_group_is_read_back_by_name(client: Client) -> None:
    created = client.service_groups.create(
        CreateServiceGroupRequest(name="scaled", services=[Service(port=80)])
    )
    assert created.data and created.data.service_groups
    group_uuid = known_uuid(created.data.service_groups[0].uuid)
    client.autoscale.create_configurations(
        [CreateAutoscaleConfigurationsRequestConfiguration(name="scaled", min_size=1, max_size=4)]
    )
    client.autoscale.create_configuration_policy(
        # The spec types this route's {uuid} as a plain string.
        str(group_uuid),
        CreateAutoscaleConfigurationPolicyRequest(
            name="cpu",
            type=AutoscalePolicy(
                name="cpu",
                metric=AutoscalePolicyMetric.CPU,
                adjustment_type=AutoscalePolicyAdjustmentType.CHANGE,
            ),
        ),
    )
    policy = client.autoscale.get_configuration_policy_by_name(group_uuid, "cpu")
    assert policy.data and policy.data.policies and policy.data.policies[0].policy
    assert policy.data.policies[0].policy.metric == AutoscalePolicyMetric.CPU
    group = client.service_groups.get_by_uuid(group_uuid)
    assert group.data and group.data.service_groups
    assert group.data.service_groups[0].autoscale is True


def test_quotas_count_what_the_account_holds(client: Client) -> None:
    client.instances.create(CreateInstanceRequest(image="nginx", memory_mb=128))
    quotas = client.users.get()
    assert quotas.data and quotas.data.quotas and quotas.data.quotas[0].used
    used = quotas.data.quotas[0].used
    assert (used.live_instances, used.live_memory_mb) == (1, 128)


def test_every_operation_of_the_client_has_a_behaviour_in_the_mock() -> None:
    assert set(OPERATIONS) == set(HANDLERS)
