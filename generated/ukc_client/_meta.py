"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "79dc77032b742157d79f34094ba97203e38109e57fb1fd3e21574880ed162891"
__version__ = "0+document.d80d1114d508"
