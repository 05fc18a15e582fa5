"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "0bb7ea26143dbdef8bebd9b74d37a472cf9d603b39c162eb46d310189a80681f"
__version__ = "0+document.d80d1114d508"
