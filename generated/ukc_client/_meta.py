"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "b811a69ae150d964ad452b463f675e4e21b68649c29f9757cc89688ee67674bc"
__version__ = "0+document.d80d1114d508"
