"""The classes of ``ukc_client.models``, a module for each group of classes that refer to one
another; import them from ``ukc_client.models``, which loads each module on first use."""
