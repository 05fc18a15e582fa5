"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "bade316570ef4a61c29e78c1a876cc5cf9bf04d5bad91622b0bd3f9d84a9dadb"
__version__ = "0+document.d80d1114d508"
