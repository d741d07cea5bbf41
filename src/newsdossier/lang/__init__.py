"""The shared language layer: tokens, salience, morphology, lexicons per language."""
