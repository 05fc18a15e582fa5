"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "d942c471e2c8247e2367b419e58cadc670ae1b3fc5145e2189a6a2d64e77f039"
__version__ = "0+document.d80d1114d508"
