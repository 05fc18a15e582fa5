"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "44545fb3ccac2f71bb559beaf1bfd76b01ca2cae7f83f4ea6534076937a7b8f0"
__version__ = "0+document.d80d1114d508"
