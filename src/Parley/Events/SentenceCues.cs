using Parley.Documents;
using Parley.Mentions;

namespace Parley.Events;

/// <summary>The modality cues of one sentence, found once and shared by its events.</summary>
internal readonly record struct SentenceCues(List<(int First, int End, ModalityCue Cue)> Cues)
{
    public static SentenceCues Find(Document document, Sentence sentence, EventLexicon lexicon)
    {
        var cues = new List<(int, int, ModalityCue)>();
        for (var i = sentence.FirstToken; i < sentence.EndToken;)
        {
            if (lexicon.Modality.LongestAt(document, i, sentence.EndToken) is { } match && !IsName(document, sentence, match.Start)
                && !InPastDate(document, sentence, match.Start, match.End))
            {
                foreach (var cue in match.Values)
                    cues.Add((match.Start, match.End, cue));
                i = match.End;
            }
            else
                i++;
        }
        return new SentenceCues(cues);
    }

    /// <summary>
    /// Cue words are lower case: one capitalised inside a sentence of running text is a name ("banned in May", "Will
    /// Smith"). A headline capitalises every word, and a sentence its first.
    /// </summary>
    private static bool IsName(Document document, Sentence sentence, int token) =>
        token > sentence.FirstToken && char.IsUpper(document.Text[document.Tokens[token].Start])
        && document.Blocks[sentence.Block].Kind != BlockKind.Heading;

    /// <summary>
    /// "The next year it sent 109 men to China", told after "in 2014": a cue word inside a date that lies before the
    /// publication date names a step of the story's past time, not the mood of its acts ("next" is the future only when
    /// the date it names is still to come).
    /// </summary>
    private static bool InPastDate(Document document, Sentence sentence, int first, int end)
    {
        if (document.Metadata.Published?.Date.AsDay is not { } published)
            return false;
        var from = document.Tokens[first].Start;
        var to = document.Tokens[end - 1].End;
        // A date holding the cue starts in the cue's sentence, and the mentions are in text order.
        for (var i = document.FirstMentionFrom(sentence.Start); i < document.Mentions.Length && document.Mentions[i].Start <= from; i++)
        {
            if (document.Mentions[i] is { Kind: MentionKind.Date, Time: { } time } m && m.End >= to && time.Last < published)
                return true;
        }
        return false;
    }
}
