"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "808100e98896895b3125e0f2f2032d983afb69ac7e14261aac679392478487ae"
__version__ = "0+document.d80d1114d508"
