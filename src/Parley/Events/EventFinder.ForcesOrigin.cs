using Parley.Documents;

namespace Parley.Events;

public sealed partial class EventFinder
{
    /// <summary>
    /// "Russia is recruiting fighters from Yemen and Nepal", "force Moscow to move troops from eastern Ukraine": forces
    /// raised or moved come from the place named in a "from" phrase after the cue. It is where they start, not whom they
    /// are mobilised against, which is where they go ("sent troops to Belarus").
    /// </summary>
    private static void DropForcesOrigin(Document document, PloverEvent e, int end)
    {
        if (e.Category.Type == "MOBILIZE" && e.Recipients.RemoveAll(r => NamedAfterFrom(document, end, r.Start)) > 0 && e.Recipients.Count == 0)
            e.Explanations.Remove("recipient");
    }

    /// <summary>
    /// Whether the name starting at character <paramref name="start"/>, after the cue ending at token <paramref name="end"/>,
    /// stands in a "from" phrase: the nearest preposition before it, back to the cue, is "from" (also across a list:
    /// "from Yemen and Nepal").
    /// </summary>
    private static bool NamedAfterFrom(Document document, int end, int start)
    {
        var at = end;
        while (at < document.Tokens.Length && document.Tokens[at].Start < start)
            at++;
        var prepositions = Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = at - 1; i >= end; i--)
        {
            if (prepositions.Contains(document.MatchWord(i)))
                return document.MatchWord(i).Equals("from", StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }
}
