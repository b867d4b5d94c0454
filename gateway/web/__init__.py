"""The staff dashboard and agent desk: server-rendered pages under /dashboard."""
