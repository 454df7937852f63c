import sys

from newsview.cli import main

sys.exit(main())
