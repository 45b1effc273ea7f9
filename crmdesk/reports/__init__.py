"""Charts (matplotlib Figures), report sheets and Excel writers; no Qt."""
