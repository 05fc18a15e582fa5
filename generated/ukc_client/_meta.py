"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "e923146e82d3d2dc8d87d1c23b47fc63a2433c0785a9a1c74e77732744dca554"
__version__ = "0+document.d80d1114d508"
