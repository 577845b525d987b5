namespace Parley.Documents;

/// <summary>
/// A labelled range of text found by a component, kept in a named span group of the document
/// (for example <c>doc.Spans["actor"]</c>). <see cref="Component"/> says who made it, so every fact can show its origin.
/// </summary>
public sealed record Span(int Start, int End, string Label, string Component)
{
    /// <summary>The span's character range.</summary>
    public TextSpan Range => new(Start, End);
}
