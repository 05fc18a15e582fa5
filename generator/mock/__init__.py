"""A validating, stateful mock server of the API, driven by its OpenAPI spec.

``running_mock()`` runs one for a ``with`` block and yields its base URL (a ``MockURL``, whose
``app`` holds the failure rehearsal controls); the pytest plugin
``generator.mock.pytest_plugin`` offers it as the fixtures ``ukc_mock`` and ``ukc_mock_url``.
"""

from generator.mock.app import MockApplication
from generator.mock.rehearsal import InvalidControl
from generator.mock.server import MockServer, MockURL, running_mock

__all__ = ["InvalidControl", "MockApplication", "MockServer", "MockURL", "running_mock"]
