"""The omnichat gateway: omnichannel message API in front of the model server (HTTP only)."""
