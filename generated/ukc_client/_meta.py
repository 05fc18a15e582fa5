"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "9925f00657ea64375d0e8b67535f960d1dddfcd6fe80a65c5367dde1a7b9ef2e"
__version__ = "0+document.d80d1114d508"
