using Parley.Actors;

namespace Parley.Lexicons;

/// <summary>A data line of a lexicon file together with the file it came from.</summary>
public readonly record struct SourcedLine(string[] Fields, LexiconSource Source)
{
    /// <summary>An exception for a malformed value on this line.</summary>
    public LexiconFormatException Error(string reason) => new(Source.File, Source.Line, reason);
}
