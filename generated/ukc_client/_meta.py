"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "07a14a4b88469eac6d67f7443ab5a8920ba2a9d79a8bdb7605013ec179efddc6"
__version__ = "0+document.d80d1114d508"
