namespace Parley.Storage.Briefs;

/// <summary>The citation number of each event a brief cites, in order of first citation (1, 2, …).</summary>
internal sealed class BriefCitations
{
    private readonly Dictionary<long, int> numbers = [];

    public BriefCitations(Brief brief)
    {
        foreach (var e in brief.Citations)
            numbers[e.Id] = numbers.Count + 1;
        Events = brief.Citations;
    }

    /// <summary>The cited events, in number order.</summary>
    public IReadOnlyList<EventRecord> Events { get; }

    /// <summary>The number of an event's citation.</summary>
    public int Of(EventRecord e) => numbers[e.Id];

    /// <summary>A web address safe to link to: http or https only (article text is hostile input: no <c>javascript:</c>).</summary>
    public static string? SafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.AbsoluteUri : null;
}
