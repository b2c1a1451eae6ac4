"""The domain: models, services, playbooks, metrics. Never imports Qt."""
