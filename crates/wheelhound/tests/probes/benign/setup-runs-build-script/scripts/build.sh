#!/bin/bash
set -e
# fetch nothing: build the vendored library
cd vendor/libfoo && ./configure --prefix="$PWD/out" && make -j2 && make install
