"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "6048ec72d51f57e29023b4b8c284af52b3495a91bc5af58e754f26a4fb3b3a04"
__version__ = "0+document.d80d1114d508"
