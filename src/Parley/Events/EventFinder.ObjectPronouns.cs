using Parley.Documents;

namespace Parley.Events;

public sealed partial class EventFinder
{
    /// <summary>
    /// "could free him": an object pronoun that ends the cue's own words (taken up by coreference) is whom the act is done
    /// to, as the object after a cue is; null when the cue ends in none.
    /// </summary>
    private static MentionSpan? PronounEndingCue(SentenceClauses clause, int first, int end)
    {
        foreach (var m in clause.Mentions)
        {
            if (m.FirstToken > first && m.EndToken == end && m.EndToken - m.FirstToken == 1 && IsObjectPronoun(clause, m.FirstToken))
                return m;
        }
        return null;
    }

    /// <summary>
    /// "Arce confronted the general and ordered him to pull his troops back": an object pronoun never stands for the subject
    /// of its own clause, so when coreference took it for the subject's person, it means the other person named last before
    /// the cue at <paramref name="first"/> (none when the sentence names no one else).
    /// </summary>
    private static List<MentionSpan> OtherPersonForPronoun(SentenceClauses clause, List<MentionSpan> recipients, List<MentionSpan> subject, int first)
    {
        if (recipients is not [var pronoun] || !IsObjectPronoun(clause, pronoun.FirstToken)
            || !subject.Exists(s => s.Mention.Actor?.Name is { } name && name == pronoun.Mention.Actor?.Name))
            return recipients;
        var other = clause.Mentions.FindLast(m => m.EndToken <= first && m.Mention.Actor is { Name: { } name }
                                                  && !subject.Exists(s => s.Mention.Actor?.Name == name) && !IsObjectPronoun(clause, m.FirstToken));
        return other.Mention is null ? recipients : [other];
    }

    /// <summary>
    /// Whether token <paramref name="i"/> is "him", or "her" as an object: before a preposition ("to") or a stop, not
    /// before the noun it would own ("her troops").
    /// </summary>
    private static bool IsObjectPronoun(SentenceClauses clause, int i) =>
        clause.Word(i).Equals("him", StringComparison.OrdinalIgnoreCase)
        || clause.Word(i).Equals("her", StringComparison.OrdinalIgnoreCase)
           && (i + 1 >= clause.Sentence.EndToken || clause.Document.Tokens[i + 1].Kind is TokenKind.Punctuation or TokenKind.Terminal || clause.Is(i + 1, Prepositions));
}
