"""Command line front end (argparse). Calls the services layer only."""
