namespace Parley.Pipeline;

/// <summary>Thrown when a pipeline is assembled in an order that leaves a requirement unmet.</summary>
public sealed class PipelineBuildException(string message) : Exception(message);
