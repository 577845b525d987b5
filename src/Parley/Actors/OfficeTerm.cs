namespace Parley.Actors;

/// <summary>One term of one person in one office: a line of <c>actors/office-holders.tsv</c>.</summary>
/// <param name="Code">Country or organisation code.</param>
/// <param name="Sector">Sector code.</param>
/// <param name="Office">Office title in lower case ("president", "foreign minister").</param>
/// <param name="Name">The person's full name.</param>
/// <param name="Aliases">Other surface forms (surname, transliterations).</param>
/// <param name="From">First day of the term (the first day of the month or year when only those are known).</param>
/// <param name="To">Last day of the term, or null while it lasts.</param>
/// <param name="Line">Where it was defined.</param>
/// <param name="Slack">Days of uncertainty in the bounds: 0 when both are exact days, up to 365 when one is a bare year.</param>
public sealed record OfficeTerm(string Code, string Sector, string Office, string Name, IReadOnlyList<string> Aliases, DateOnly From, DateOnly? To,
    LexiconSource Line, int Slack = 0)
{
    /// <summary>True when the term covers <paramref name="date"/>.</summary>
    public bool Covers(DateOnly date) => From <= date && (To is null || date <= To);

    /// <summary>Days between <paramref name="date"/> and the term (0 inside it).</summary>
    public int DistanceInDays(DateOnly date) =>
        date < From ? From.DayNumber - date.DayNumber
        : To is { } end && date > end ? date.DayNumber - end.DayNumber
        : 0;
}
