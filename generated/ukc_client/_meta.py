"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "1e3a62e7fd476a6c8f43b1e2f4c34e26192d971f963d2cd85bae334808b67b4a"
__version__ = "0+document.d80d1114d508"
