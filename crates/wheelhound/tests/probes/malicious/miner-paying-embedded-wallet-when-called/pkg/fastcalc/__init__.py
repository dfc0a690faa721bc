from .accel import enable_acceleration
