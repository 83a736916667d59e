"""Output: the JSON v1 document (``json_v1``), dataclass serialisation (``serialize``) and
exports to CSV, graphs and JSON-LD (``export``)."""
