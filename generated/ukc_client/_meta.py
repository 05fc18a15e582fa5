"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "3308e190f5fecccd11e072dca000d4b4b17297615fed102eaee4cfa441e16a34"
__version__ = "0+document.d80d1114d508"
