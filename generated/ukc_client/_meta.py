"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "52005646b83d8c386a029b758a1888a2b711b9e67b4adcc7f5bdc7f1552cffcc"
__version__ = "0+document.d80d1114d508"
