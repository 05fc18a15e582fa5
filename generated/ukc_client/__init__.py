"""A typed client of the Unikraft Cloud Platform API (version document-d80d1114d508).

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from urllib3 import Timeout

from ._meta import INPUTS_SHA256, SPEC_VERSION, __version__
from ._retry import RetryPolicy
from .client import OPERATIONS, Client, Operation, failed_items
from .converter import converter, structure, unstructure
from .errors import (
    ApiError,
    AuthenticationError,
    ConfigurationError,
    DecodeError,
    NotFoundError,
    PartialFailureError,
    RateLimitedError,
    RequestTimeoutError,
    ResponseFormatError,
    ServerError,
    TransportError,
    UkcError,
)
from .models import MODELS
from .types import UNSET, Unset

__all__ = [
    "INPUTS_SHA256",
    "MODELS",
    "OPERATIONS",
    "SPEC_VERSION",
    "UNSET",
    "ApiError",
    "AuthenticationError",
    "Client",
    "ConfigurationError",
    "DecodeError",
    "NotFoundError",
    "Operation",
    "PartialFailureError",
    "RateLimitedError",
    "RequestTimeoutError",
    "ResponseFormatError",
    "RetryPolicy",
    "ServerError",
    "Timeout",
    "TransportError",
    "UkcError",
    "Unset",
    "__version__",
    "converter",
    "failed_items",
    "structure",
    "unstructure",
]
