"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "f9d4900353f99766211ab8d3f1b72ff378411a38eba45cb3028932a3362f73d7"
__version__ = "0+document.d80d1114d508"
