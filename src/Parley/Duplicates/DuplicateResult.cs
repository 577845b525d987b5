namespace Parley.Duplicates;

/// <summary>What <see cref="DuplicateDetector.Add(string, DateOnly?, MinHashSignature)"/> found for a document.</summary>
/// <param name="Document">The document added.</param>
/// <param name="Original">The earliest document of its group of copies (the document itself when it is the first, or has no copy).</param>
/// <param name="Nearest">The most similar earlier-indexed document it duplicates, or null when it duplicates none.</param>
/// <param name="Verdict">The verifier's verdict on the document and <paramref name="Nearest"/> (default when none).</param>
/// <param name="PreviousOriginals">
/// Originals of the groups this document joined that are no longer their group's original (it came out
/// earlier than they did, or it joined two groups): a store re-points their copies to <paramref name="Original"/>.
/// </param>
public sealed record DuplicateResult(string Document, string Original, string? Nearest, DuplicateVerdict Verdict, IReadOnlyList<string> PreviousOriginals)
{
    /// <summary>True when the document duplicates an earlier-indexed one.</summary>
    public bool IsDuplicate => Nearest is not null;

    /// <summary>True when the document is a copy: its group's original is another document.</summary>
    public bool IsCopy => !string.Equals(Original, Document, StringComparison.Ordinal);
}
