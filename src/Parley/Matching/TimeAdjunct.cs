using Parley.Documents;
using Parley.Mentions;

namespace Parley.Matching;

/// <summary>
/// A date told between the words of a cue ("vowed on Sunday to retaliate", "demanded late on Friday that"),
/// which matchers read through: the cue is the same with or without its day.
/// </summary>
public static class TimeAdjunct
{
    // Words that lead such a date ("late on Monday", "in July").
    private static readonly FewWords Leads = new("on", "in", "at", "late", "early");

    /// <summary>Whether the word at <paramref name="token"/> may lead a time adjunct ("on", "late", "in").</summary>
    public static bool IsLead(Document document, int token) => Leads.Contains(document.MatchWord(token));

    /// <summary>
    /// The token after a time adjunct starting at <paramref name="token"/> — a date the recogniser found, with
    /// the words that lead it ("on Sunday", "late on Monday", "in July", "last week") — or -1 when none starts there
    /// or it reaches <paramref name="limit"/>.
    /// </summary>
    public static int After(Document document, int token, int limit)
    {
        var first = token;
        while (first < limit && first - token < 2 && Leads.Contains(document.MatchWord(first)))
            first++;
        if (first >= limit)
            return -1;
        var mentions = document.Mentions.AsSpan();
        var start = document.Tokens[first].Start;
        int lo = 0, hi = mentions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (mentions[mid].Start < start)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (var i = lo; i < mentions.Length && mentions[i].Start == start; i++)
        {
            if (mentions[i].Kind != MentionKind.Date)
                continue;
            var after = first;
            while (after < limit && document.Tokens[after].End <= mentions[i].End)
                after++;
            return after < limit ? after : -1;
        }
        return -1;
    }
}
