"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "85a3397e496591fdb1b512f0edf2556a5abd46fa2c45ed32c6bfe920b08b351e"
__version__ = "0+document.d80d1114d508"
