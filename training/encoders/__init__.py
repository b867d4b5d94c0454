"""Offline sentence encoders: convert, export to ONNX, prepare the folders models embed with."""
