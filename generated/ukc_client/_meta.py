"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "14d6ce392a40f3c6b857721b89ca2dfa8471129fa1177a288c2057154e2c5af5"
__version__ = "0+document.d80d1114d508"
