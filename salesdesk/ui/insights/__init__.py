"""The Insights page: the figures of core/metrics drawn as charts with the tables
behind them, for a chosen period and pipeline (View ▸ Insights, Ctrl+G)."""
