"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "e24b33af8e2c37a85682c0f1c77bc212fbbfb62b1b8a0740bba13c7f222d2e76"
__version__ = "0+document.d80d1114d508"
