"""A typed client of the Unikraft Cloud Platform API (version document-d80d1114d508).

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from ._meta import INPUTS_SHA256, SPEC_VERSION, __version__
from .converter import converter, structure, unstructure
from .errors import DecodeError, UkcError
from .models import MODELS
from .types import UNSET, Unset

__all__ = [
    "INPUTS_SHA256",
    "MODELS",
    "SPEC_VERSION",
    "UNSET",
    "DecodeError",
    "UkcError",
    "Unset",
    "__version__",
    "converter",
    "structure",
    "unstructure",
]
