"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "6eb06723e38996acc7913cae5b62e1bd7babcd442446df2df1f3d88620f60bca"
__version__ = "0+document.d80d1114d508"
