"""Webhooks out to the tenant's CRM (outbox + delivery worker) and CRM updates in.

Nothing is lost: events are rows of the `outbox` table written in the transaction of the state
change; a worker delivers them with retries, a per-destination circuit breaker and dead letters.
See docs/webhooks-csat.md.
"""
