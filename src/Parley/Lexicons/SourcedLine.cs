using Parley.Actors;

namespace Parley.Lexicons;

/// <summary>A data line of a lexicon file together with the file it came from.</summary>
/// <remarks>
/// A class rather than a struct: every start-up reads ~19,000 lines through lists and LINQ, whose code over
/// reference types is shared and precompiled, while over a struct each of those methods is JIT-compiled anew.
/// </remarks>
public sealed record SourcedLine(string[] Fields, LexiconSource Source)
{
    /// <summary>An exception for a malformed value on this line.</summary>
    public LexiconFormatException Error(string reason) => new(Source.File, Source.Line, reason);
}
