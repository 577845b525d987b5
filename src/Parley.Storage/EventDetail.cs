namespace Parley.Storage;

/// <summary>An event with its evidence and every article telling the same happening.</summary>
/// <param name="Event">The event.</param>
/// <param name="Evidence">Its mentions, first first.</param>
/// <param name="Reports">Articles telling the same happening, this one included.</param>
public sealed record EventDetail(EventRecord Event, IReadOnlyList<EvidenceRecord> Evidence, IReadOnlyList<ReportRecord> Reports)
{
    /// <summary>When the happening was first reported: the earliest publication date of its reports, or null when none is dated.</summary>
    public string? FirstReport => Reports.Select(r => r.Published).OfType<string>().Min(StringComparer.Ordinal);

    /// <summary>When the happening was last reported: the latest publication date of its reports, or null when none is dated.</summary>
    public string? LastReport => Reports.Select(r => r.Published).OfType<string>().Max(StringComparer.Ordinal);
}
