"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "6255716ea979724acd51d91cb3c7e31b6a79c27f350c644dbc7220a12c3cf9b8"
__version__ = "0+document.d80d1114d508"
