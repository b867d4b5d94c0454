"""Seeded builder of the labelled pt-BR ISP support corpus."""
