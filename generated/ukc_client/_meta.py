"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "4e7948849ca1c56aaacb08441ffb4ef156fbaaeb66468a5958649650b0e2dbaa"
__version__ = "0+document.d80d1114d508"
