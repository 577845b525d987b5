using Parley.Documents;

namespace Parley.Events;

public sealed partial class EventMerger
{
    // The shortest word of a lead's cue that names its act in a headline ("summit", "truce"); shorter ones are words of
    // grammar ("a", "up", "with") or too loose to name one act.
    private const int NamingWordLength = 5;

    /// <summary>
    /// "Dozens of nations back Ukraine peace communique at Swiss summit" and the lead's "at the close of a two-day summit": a
    /// headline word no cue took, as a bare noun names no act of its own, is the word of the lead's act whose cue has it;
    /// the headline names that act, whose first mention it then is. Each such word names the first act of the lead with it.
    /// </summary>
    private static void NameByHeadlineWords(Document document, List<PloverEvent> kept, List<TextSpan> cues)
    {
        var headlineEnd = 0;
        for (var s = 0; s < document.Sentences.Length && ModalityTagger.InHeadline(document, s); s++)
            headlineEnd = document.Sentences[s].End;
        for (var s = 0; s < document.Sentences.Length && ModalityTagger.InHeadline(document, s); s++)
        {
            var sentence = document.Sentences[s];
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var token = document.Tokens[i];
                var span = new TextSpan(token.Start, token.End);
                if (token.End - token.Start < NamingWordLength || cues.Exists(c => c.Overlaps(span)))
                    continue;
                if (kept.Find(k => k.Category.Type == "CONSULT" && document.Sentences[k.Sentence].Block == LeadBlock && !k.Evidence.Exists(m => m.Start < headlineEnd)
                                   && CueToken(document, k, t => document.MatchWord(t).Equals(document.MatchWord(i), StringComparison.OrdinalIgnoreCase)) is not null) is { } named)
                {
                    named.Evidence.Insert(0, span);
                    named.Explanations["evidence"] = "merge: the headline names the lead's act by a word of its cue";
                }
            }
        }
    }
}
