"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "9d455551325416e4744e39c8f4f91fc9e72764d25f800c1e7987528201cbf771"
__version__ = "0+document.d80d1114d508"
