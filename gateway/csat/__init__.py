"""Customer satisfaction: surveys after a resolution, answer parsing, scores in the KPIs."""
