"""Test and benchmark infrastructure that does not ship in the bundle (the bundle collects
``trainer`` only): a throwaway PostgreSQL cluster and the real sync service on loopback."""
