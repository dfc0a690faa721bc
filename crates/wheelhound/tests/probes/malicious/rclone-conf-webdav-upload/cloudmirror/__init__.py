"""Mirror folders between cloud remotes."""
__version__ = "0.6.1"
