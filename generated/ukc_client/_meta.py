"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "2fab48695354776820a09196e5e7811e19b7f85ce7ce207437cc9a41dcc09bed"
__version__ = "0+document.d80d1114d508"
