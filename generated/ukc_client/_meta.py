"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "da3526b630e218d7798e98ea225e9d8ced463baf22da4968ee7f5c975fbf2af3"
__version__ = "0+document.d80d1114d508"
