using System.Buffers;
using Parley.Documents;
using Parley.Pipeline;

namespace Parley.Text;

/// <summary>
/// The "normalise" component: folds typographic variants to their plain forms, one character for one,
/// so that matchers see "Envoy's" for "Envoy‘s" or "Envoy’s" while every offset stays that of the original text.
/// </summary>
public sealed class MatchTextFolder : IPipelineComponent
{
    // Each variant maps to the plain character at the same index of Plain.
    private const string Variants = "\u2018\u2019\u201A\u201B\u2032\u02BC\u00B4\u0060\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00A0\u2007\u2009\u200A\u202F\u2002\u2003\u3000";
    private const string Plain = "''''''''\"\"\"\"\"\"\"--------       ";

    private static readonly SearchValues<char> VariantSet = SearchValues.Create(Variants);

    /// <inheritdoc />
    public string Name => "normalise";

    /// <inheritdoc />
    public IReadOnlyList<string> Requires => [];

    /// <inheritdoc />
    public IReadOnlyList<string> Assigns => [Annotations.MatchText];

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken) =>
        document.MatchText = Fold(document.Text);

    /// <summary>Returns <paramref name="text"/> with typographic variants folded; the same string when none occur.</summary>
    public static string Fold(string text)
    {
        var first = text.AsSpan().IndexOfAny(VariantSet);
        if (first < 0)
            return text;
        return string.Create(text.Length, (text, first), static (destination, state) =>
        {
            state.text.AsSpan().CopyTo(destination);
            var rest = destination[state.first..];
            int index;
            while ((index = rest.IndexOfAny(VariantSet)) >= 0)
            {
                rest[index] = Plain[Variants.IndexOf(rest[index], StringComparison.Ordinal)];
                rest = rest[(index + 1)..];
            }
        });
    }
}
