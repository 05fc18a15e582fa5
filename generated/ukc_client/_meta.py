"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "67def949929a9ff968b2d053b5eb3e9334b7a20a538dba036d476a9e05a81da4"
__version__ = "0+document.d80d1114d508"
