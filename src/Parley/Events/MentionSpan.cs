using Parley.Documents;
using Parley.Mentions;

namespace Parley.Events;

/// <summary>A mention with the tokens it covers, so event rules can reason about words between mentions.</summary>
/// <param name="Mention">The mention.</param>
/// <param name="FirstToken">Its first token.</param>
/// <param name="EndToken">The token after its last.</param>
public readonly record struct MentionSpan(Mention Mention, int FirstToken, int EndToken)
{
    /// <summary>The mentions of one sentence with their tokens, in text order.</summary>
    public static List<MentionSpan> InSentence(Document document, Sentence sentence, ref int cursor)
    {
        var mentions = document.Mentions;
        var found = new List<MentionSpan>();
        while (cursor < mentions.Length && mentions[cursor].Start < sentence.Start)
            cursor++;
        for (var i = cursor; i < mentions.Length && mentions[i].Start < sentence.End; i++)
        {
            // A dateline's place is where the story was filed, not a word of the sentence's grammar.
            if (mentions[i].IsDateline)
                continue;
            if (document.CharSpan(mentions[i].Start, mentions[i].End, Alignment.Expand) is { } range)
                found.Add(new MentionSpan(mentions[i], range.First, range.End));
        }
        return found;
    }
}
