import sys

from ._installer import main

sys.exit(main())
