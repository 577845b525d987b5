using Parley.Documents;

namespace Parley.Events;

/// <summary>The modality cues of one sentence, found once and shared by its events.</summary>
internal readonly record struct SentenceCues(List<(int First, int End, ModalityCue Cue)> Cues)
{
    public static SentenceCues Find(Document document, Sentence sentence, EventLexicon lexicon)
    {
        var cues = new List<(int, int, ModalityCue)>();
        for (var i = sentence.FirstToken; i < sentence.EndToken;)
        {
            if (lexicon.Modality.LongestAt(document, i, sentence.EndToken) is { } match && !IsName(document, sentence, match.Start))
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
}
