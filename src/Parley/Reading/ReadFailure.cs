namespace Parley.Reading;

/// <summary>An input, or part of one, that could not be read, and why, in words a user can act on.</summary>
/// <param name="Origin">The file, with <c>:line</c> or <c>#item</c> where the failure is local to one part.</param>
/// <param name="Reason">What is wrong.</param>
public sealed record ReadFailure(string Origin, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{Origin}: {Reason}";
}
