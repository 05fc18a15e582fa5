"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "15d466be8afaeaed071a9ee575bd4bbc72ae720e88eaefaef719dc75b9d35850"
__version__ = "0+document.d80d1114d508"
