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
            if (lexicon.Modality.LongestAt(document, i, sentence.EndToken) is { } match)
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
}
