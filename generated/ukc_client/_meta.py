"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "73e47f72977d538a8115b98fbd80ef70166585182daf18be8881f37b0b2c3197"
__version__ = "0+document.d80d1114d508"
