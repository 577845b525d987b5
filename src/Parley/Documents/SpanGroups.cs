namespace Parley.Documents;

/// <summary>Named, ordered lists of spans (spaCy's <c>Doc.spans</c>).</summary>
public sealed class SpanGroups
{
    private readonly SortedDictionary<string, List<Span>> groups = new(StringComparer.Ordinal);

    /// <summary>The spans of a group, empty when the group does not exist.</summary>
    public IReadOnlyList<Span> this[string name] =>
        groups.TryGetValue(name, out var spans) ? spans : [];

    /// <summary>The names of the groups that exist, in ordinal order.</summary>
    public IEnumerable<string> Names => groups.Keys;

    /// <summary>Adds a span to a group, creating the group if needed.</summary>
    public void Add(string group, Span span)
    {
        ArgumentNullException.ThrowIfNull(span);
        if (!groups.TryGetValue(group, out var spans))
            groups[group] = spans = [];
        spans.Add(span);
    }
}
