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
        // Index loops, not LINQ or foreach over the interface (an enumerator each): this runs for every person named.
        var named = false;
        if (office is not null)
        {
            for (var i = 0; i < Terms.Count; i++)
                named |= OfficeMatches(Terms[i].Office, office);
        }
        OfficeTerm? best = null;
        for (var i = 0; i < Terms.Count; i++)
        {
            var term = Terms[i];
            if (named && !OfficeMatches(term.Office, office!))
                continue;
            if (best is null || (date is { } day ? term.DistanceInDays(day) < best.DistanceInDays(day) : term.From > best.From))
                best = term;
        }
        return best!;
    }

    /// <summary>True when the person held any office on <paramref name="date"/>.</summary>
    public bool ServedOn(DateOnly date)
    {
        for (var i = 0; i < Terms.Count; i++)
        {
            if (Terms[i].Covers(date))
                return true;
        }
        return false;
    }

    /// <summary>Days between <paramref name="date"/> and the person's nearest term (0 while in office).</summary>
    public int DistanceInDays(DateOnly date)
    {
        var nearest = int.MaxValue;
        for (var i = 0; i < Terms.Count; i++)
            nearest = Math.Min(nearest, Terms[i].DistanceInDays(date));
        return nearest;
    }

    /// <summary>True when the person held an office of <paramref name="code"/>'s (a country or organisation).</summary>
    public bool HeldOfficeIn(string code)
    {
        for (var i = 0; i < Terms.Count; i++)
        {
            if (Terms[i].Code == code)
                return true;
        }
        return false;
    }

    /// <summary>An office matches a title it equals or ends with ("foreign minister" for "minister"), except a deputy's or vice's.</summary>
    private static bool OfficeMatches(string office, string title) =>
        string.Equals(office, title, StringComparison.OrdinalIgnoreCase)
        || office.EndsWith(" " + title, StringComparison.OrdinalIgnoreCase) && !office.StartsWith("vice", StringComparison.OrdinalIgnoreCase) && !office.StartsWith("deputy", StringComparison.OrdinalIgnoreCase);
}
