"""Use-cases and domain rules: plain Python over the models, no Qt."""
