"""luckyspin: a random wheel for picking winners."""
import random


def spin(names):
    return random.choice(list(names))
