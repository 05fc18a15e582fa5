"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "5964140c37ac01df8d74f273c30d193815182d87fede9f2411fc623e6eab73c6"
__version__ = "0+document.d80d1114d508"
