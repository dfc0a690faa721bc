from setuptools import setup
setup(name="emojiparse", version="1.0.0", packages=["emojiparse"])
