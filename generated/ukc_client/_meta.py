"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "8a5ae314fbe0a86fd65bc511648afb0e469d1f13cb1a3a3e57552c65fd9911a8"
__version__ = "0+document.d80d1114d508"
