"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "d88c1a6aa48aeb16a19ce4836a324e02bf944ce7d40307a03ea586eec1e8c6f9"
__version__ = "0+document.d80d1114d508"
