"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "84d1c1b04460144ea043d1fd086dab4fef32837f8eba9bc15e2acdabf0071209"
__version__ = "0+document.d80d1114d508"
