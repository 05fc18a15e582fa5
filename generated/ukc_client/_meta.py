"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "7823aa40e29ba606aebf817e19884c8593bff520f515afbbc330aefec213168c"
__version__ = "0+document.d80d1114d508"
