"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "3123710b31a947a994ee9ffbcea7be58bac0e7c74bf522f02cf489eae38951ee"
__version__ = "0+document.d80d1114d508"
