"""A typed client of the Unikraft Cloud Platform API (version document-d80d1114d508).

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any

from ._meta import INPUTS_SHA256, SPEC_VERSION, __version__
from .errors import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    DecodeError,
    EncodeError,
    NotFoundError,
    PartialFailureError,
    PermissionDeniedError,
    RateLimitedError,
    RequestTimeoutError,
    ResponseFormatError,
    ResponseTooLargeError,
    ServerError,
    TransportError,
    UkcError,
    WaitTimeoutError,
)
from .types import UNSET, Unset

if TYPE_CHECKING:
    from urllib3 import Timeout

    from ._retry import RetryPolicy
    from .client import OPERATIONS, AsyncClient, Client, Operation, RawResponse, failed_items
    from .converter import converter, structure, unstructure
    from .models import MODELS

# The models, the converter and the HTTP layer (urllib3 and the client) load on first use:
# importing the package for its errors or its version costs little, and code that only reads
# and writes models, such as a consumer's tests, does not pay for importing urllib3.
_LAZY = {
    "AsyncClient": ".client",
    "MODELS": ".models",
    "converter": ".converter",
    "structure": ".converter",
    "unstructure": ".converter",
    "Client": ".client",
    "OPERATIONS": ".client",
    "Operation": ".client",
    "RawResponse": ".client",
    "failed_items": ".client",
    "RetryPolicy": "._retry",
    "Timeout": "urllib3",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "INPUTS_SHA256",
    "MODELS",
    "OPERATIONS",
    "SPEC_VERSION",
    "UNSET",
    "ApiError",
    "AsyncClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConfigurationError",
    "ConflictError",
    "DecodeError",
    "EncodeError",
    "NotFoundError",
    "Operation",
    "PartialFailureError",
    "PermissionDeniedError",
    "RateLimitedError",
    "RawResponse",
    "RequestTimeoutError",
    "ResponseFormatError",
    "ResponseTooLargeError",
    "RetryPolicy",
    "ServerError",
    "Timeout",
    "TransportError",
    "UkcError",
    "Unset",
    "WaitTimeoutError",
    "__version__",
    "converter",
    "failed_items",
    "structure",
    "unstructure",
]
