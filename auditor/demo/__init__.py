"""The bundled demo web: fictional councils' Local Offer websites served on 127.0.0.1.

``localoffer demo`` and the end-to-end tests audit it; see ``auditor.demo.server`` for the server
and ``sites/manifest.toml`` for the authorities and the status each core check is designed to give.
"""
