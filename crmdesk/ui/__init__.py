"""The Qt interface: widgets and item models only; every action goes through services."""
