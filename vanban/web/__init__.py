"""The WEB layer: vanban's Datasette site (plugin, metadata, templates, server).

``vanban serve`` runs :func:`vanban.web.server.serve`; the plugin
(:mod:`vanban.web.plugin`) is also a ``datasette`` entry point. The web layer
is the top of the stack: it may call the archive, the conveyor and the
exporters; no stage imports it.
"""
