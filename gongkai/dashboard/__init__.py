"""The static offline dashboard (`gongkai dashboard`): see `gongkai.dashboard.build`."""
