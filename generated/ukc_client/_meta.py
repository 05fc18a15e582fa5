"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "55ad87e2b8efa0322bc7569eafa5c52449762e0740dd29ac051aabffef0ae704"
__version__ = "0+document.d80d1114d508"
