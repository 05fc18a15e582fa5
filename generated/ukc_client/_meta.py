"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "263ab15d33071723e2d9b90f37dbc23dc49360daa1d8a82d99b56e4da0f5e90e"
__version__ = "0+document.d80d1114d508"
