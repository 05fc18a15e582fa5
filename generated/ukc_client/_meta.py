"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "f5c1c00b140d2655a7a7972028d4bd4275cf9a907c386e7596a95e3aab5ec113"
__version__ = "0+document.d80d1114d508"
