"""forms/expressions."""
