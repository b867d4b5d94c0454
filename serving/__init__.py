"""The model server: a BentoML service answering the HTTP contract of docs/model-server-api.md.

It runs the registered model through `omnichat_model` only; it never imports `training`.
"""
