"""Map Studio: an offline desktop editor for customer-journey maps."""

__version__ = "0.1.0"
APP_NAME = "Map Studio"
