namespace Parley.Storage;

/// <summary>An event with its evidence and every article telling the same happening.</summary>
/// <param name="Event">The event.</param>
/// <param name="Evidence">Its mentions, first first.</param>
/// <param name="Reports">Articles telling the same happening, this one included.</param>
public sealed record EventDetail(EventRecord Event, IReadOnlyList<EvidenceRecord> Evidence, IReadOnlyList<ReportRecord> Reports);
