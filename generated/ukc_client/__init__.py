"""A typed client of the Unikraft Cloud Platform API (version document-d80d1114d508).

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from .converter import converter, structure, unstructure
from .errors import DecodeError, UkcError
from .models import MODELS
from .types import UNSET, Unset

__all__ = [
    "MODELS",
    "UNSET",
    "DecodeError",
    "UkcError",
    "Unset",
    "converter",
    "structure",
    "unstructure",
]
