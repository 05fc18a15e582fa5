"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "73b0cd8c189102bbb22e726f7fd53f2f78a31a1e51056ddc01be4164273f3b60"
__version__ = "0+document.d80d1114d508"
