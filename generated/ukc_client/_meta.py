"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "709f3330f8e3a5f6a5e41adb8fc77fc48971d5619225f2db25371126c120cf43"
__version__ = "0+document.d80d1114d508"
