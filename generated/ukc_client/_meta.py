"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "bd8919787d04ba4a7c6f03270d9a644c73e26452028dfb34cdbdca2ae7edaebe"
__version__ = "0+document.d80d1114d508"
