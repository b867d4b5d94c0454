"""`python -m serving [--host H] [--port P]`: the model server in the foreground (Ctrl-C stops it).

Replaces this process with `bentoml serve serving.service:ModelServer`, run from the repository
root so the default `sqlite:///mlruns/mlflow.db` store resolves there.
"""

from __future__ import annotations

import argparse
import os

from serving.launcher import NO_TRACKING, REPO_ROOT, serve_command


def main() -> None:
    """Parse the options and exec `bentoml serve`."""
    parser = argparse.ArgumentParser(prog="python -m serving", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="interface (0.0.0.0 for all)")
    parser.add_argument("--port", type=int, default=3000)
    args = parser.parse_args()
    command = serve_command(args.port, args.host)
    print(f"model server: http://{args.host}:{args.port} (ready when /readyz answers 200)")
    os.chdir(REPO_ROOT)
    os.execve(command[0], command, {**NO_TRACKING, **os.environ})


if __name__ == "__main__":
    main()
