using System.Collections.Frozen;
using Parley.Documents;

namespace Parley.Matching;

/// <summary>
/// What a cue's words may have between them and still be the same cue: a date (<see cref="TimeAdjunct"/>, "vowed on Sunday
/// to retaliate") and the channel the words were said through ("warned in a statement that", "pledged in a televised speech
/// to send", "threatened on social media to strike", "denied through a spokesman that"), or both ("in a speech on Tuesday").
/// The channel is a phrase led by a preposition that ends at a noun of speech or media, read from the lexicon.
/// </summary>
public sealed class CueAdjuncts(FrozenSet<string> mediumNouns)
{
    // The nouns of speech and media, looked up by span at every word a channel may hold.
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> mediumNouns = mediumNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that lead a channel: "in a statement", "on television", "through a spokesman", "via Telegram", "at a news conference".
    private static readonly FewWords Leads = new("in", "on", "through", "via", "at");

    // Words that take a channel on to the one it was given to: "in an interview with state television", "in a post on X".
    private static readonly FewWords Continuations = new("with", "on", "to");

    // The most words from the lead to the medium noun ("in a rare televised address").
    private const int MaxChannelWords = 5;

    /// <summary>
    /// The token after the adjuncts starting at <paramref name="token"/> (one or more, dates and channels in any order),
    /// or -1 when none starts there or they reach <paramref name="limit"/>.
    /// </summary>
    public int After(Document document, int token, int limit)
    {
        var at = token;
        while (true)
        {
            var next = TimeAdjunct.After(document, at, limit);
            if (next < 0)
                next = ChannelAfter(document, at, limit);
            if (next < 0)
                return at > token && at < limit ? at : -1;
            at = next;
        }
    }

    /// <summary>
    /// Whether the word at <paramref name="token"/> may lead an adjunct ("on Sunday", "in a statement"): a cheap test before
    /// <see cref="After"/>, for callers that would otherwise look at every word of a gap.
    /// </summary>
    public static bool MayLead(Document document, int token) =>
        TimeAdjunct.IsLead(document, token) || Leads.Contains(document.MatchWord(token));

    private int ChannelAfter(Document document, int token, int limit)
    {
        if (token >= limit || !Leads.Contains(document.MatchWord(token)))
            return -1;
        var end = MediumNounAfter(document, token + 1, limit);
        // "in an interview with state television": the channel goes on to whom it was given.
        while (end > 0 && end < limit && Continuations.Contains(document.MatchWord(end))
               && MediumNounAfter(document, end + 1, limit) is > 0 and var further)
            end = further;
        return end < limit ? end : -1;
    }

    /// <summary>The token after the first medium noun within reach of <paramref name="from"/>, in one phrase; -1 when none.</summary>
    private int MediumNounAfter(Document document, int from, int limit)
    {
        for (var i = from; i < limit && i - from < MaxChannelWords; i++)
        {
            if (document.Tokens[i].Kind is TokenKind.Punctuation or TokenKind.Terminal or TokenKind.Number)
                return -1;
            if (mediumNouns.Contains(document.MatchWord(i)))
                return i + 1;
        }
        return -1;
    }
}
