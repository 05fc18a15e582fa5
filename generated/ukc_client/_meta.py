"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "02e6021a536152124088468ec8bf130f9d1c1c21867be979a0bfc8779266344d"
__version__ = "0+document.d80d1114d508"
