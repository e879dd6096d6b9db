"""flutr model_training."""
