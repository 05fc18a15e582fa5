"""A validating, stateful mock server of the API, driven by its OpenAPI spec.

``running_mock()`` runs one for a ``with`` block and yields its base URL; the pytest plugin
``generator.mock.pytest_plugin`` offers it as the fixture ``ukc_mock_url``.
"""

from generator.mock.app import MockApplication
from generator.mock.server import MockServer, running_mock

__all__ = ["MockApplication", "MockServer", "running_mock"]
