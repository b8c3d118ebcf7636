"""Items: kinds, fields and relations declared as data; images (assets)."""
