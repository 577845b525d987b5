namespace Parley.Lexicons;

/// <summary>Something wrong in a lexicon: where, what, and whether it stops Parley from trusting the data.</summary>
/// <param name="Location">File and line ("lexicons/actors/office-holders.tsv:212").</param>
/// <param name="Message">What is wrong.</param>
/// <param name="IsError">Errors fail the check; warnings only inform.</param>
public sealed record LexiconProblem(string Location, string Message, bool IsError)
{
    /// <inheritdoc />
    public override string ToString() => $"{(IsError ? "error" : "warning")}: {Location}: {Message}";
}
