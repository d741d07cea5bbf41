"""Pure read functions over the store returning typed rows; the CLI, API and UI call these."""
