"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "7c0dbff375d1c9d50ea625e8b1ccda980717b2c9ebdd4811bc6b31f9d03e199c"
__version__ = "0+document.d80d1114d508"
