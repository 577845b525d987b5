using Parley.Actors;

namespace Parley.Mentions;

/// <summary>A person of the office-holder lexicon with all their terms.</summary>
public sealed record PersonEntry(string Name, IReadOnlyList<OfficeTerm> Terms)
{
    /// <summary>
    /// The term that best explains a mention on <paramref name="date"/>: one in the office the text names
    /// (<paramref name="office"/>) if any; among those, the one covering the date, else the nearest in
    /// time; without a date, the most recent.
    /// </summary>
    public OfficeTerm TermAt(DateOnly? date, string? office)
    {
        IEnumerable<OfficeTerm> candidates = Terms;
        if (office is not null && Terms.Any(t => OfficeMatches(t.Office, office)))
            candidates = Terms.Where(t => OfficeMatches(t.Office, office));
        return date is { } day
            ? candidates.MinBy(t => t.DistanceInDays(day))!
            : candidates.MaxBy(t => t.From)!;
    }

    /// <summary>True when the person held any office on <paramref name="date"/>.</summary>
    public bool ServedOn(DateOnly date)
    {
        foreach (var term in Terms)
        {
            if (term.Covers(date))
                return true;
        }
        return false;
    }

    /// <summary>True when the person held an office of <paramref name="code"/>'s (a country or organisation).</summary>
    public bool HeldOfficeIn(string code)
    {
        foreach (var term in Terms)
        {
            if (term.Code == code)
                return true;
        }
        return false;
    }

    /// <summary>An office matches a title it equals or ends with ("foreign minister" for "minister"), except a deputy's or vice's.</summary>
    private static bool OfficeMatches(string office, string title) =>
        string.Equals(office, title, StringComparison.OrdinalIgnoreCase)
        || office.EndsWith(" " + title, StringComparison.OrdinalIgnoreCase) && !office.StartsWith("vice", StringComparison.OrdinalIgnoreCase) && !office.StartsWith("deputy", StringComparison.OrdinalIgnoreCase);
}
