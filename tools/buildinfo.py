"""Print the build facts (commit, date) that ``make dist`` freezes into the bundle."""

import json
import subprocess
from datetime import UTC, datetime

commit = subprocess.run(
    ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
).stdout.strip()
print(json.dumps({"commit": commit, "built": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")}))
