using Parley.Documents;
using Parley.Pipeline;

namespace Parley.Events;

/// <summary>
/// The "contexts" component: gives each event the PLOVER contexts its type and mode always have
/// (<c>events/types.tsv</c>) and those the words of its sentence point to (<c>events/context-cues.tsv</c>).
/// </summary>
public sealed class ContextTagger(EventLexicon lexicon) : IPipelineComponent
{
    // The context of a cue line whose words name none (events/context-cues.tsv).
    private const string NoContext = "-";

    // The mark of words naming a crowd in the street ("protesters", events/context-cues.tsv): they give no context of
    // their own, but force used in their sentence is repression, not war or a court's work.
    private const string Crowd = "crowd";

    private const string Repression = "repression";

    // The contexts an act of force takes from its type that a crowd makes repression: "police fired on protesters" is
    // not military, "police arrested dozens of protesters" not legal.
    private static readonly string[] ForceContexts = ["military", "legal"];

    /// <summary>A tagger using the shipped event lexicon.</summary>
    public ContextTagger() : this(EventLexicon.Shipped) { }

    /// <inheritdoc />
    public string Name => "contexts";

    /// <inheritdoc />
    public IReadOnlyList<string> Requires => [Annotations.Events, Annotations.Modality];

    /// <inheritdoc />
    public IReadOnlyList<string> Assigns => [Annotations.Contexts];

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        var sentence = -1;
        var cues = new List<(string Context, string Words)>();
        foreach (var e in document.Events)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (e.Sentence != sentence)
            {
                sentence = e.Sentence;
                Find(document, document.Sentences[sentence], cues);
            }
            foreach (var context in e.PloverCategory.Contexts.Concat(e.Category.Contexts))
                e.Contexts.Add(context);
            var crowd = false;
            foreach (var (context, _) in cues)
            {
                if (context == Crowd)
                    crowd = true;
                else
                    e.Contexts.Add(context);
            }
            if (crowd && IsForce(e))
            {
                foreach (var context in ForceContexts)
                    e.Contexts.Remove(context);
                e.Contexts.Add(Repression);
            }
            if (e.Contexts.Count > 0)
            {
                var words = cues.Count == 0 ? "" : "; cues " + string.Join(", ", cues.Select(c => $"'{c.Words}' → {c.Context}").Distinct());
                e.Explanations["contexts"] = $"contexts: {e.Category.Type}{(e.Category.Mode is null ? "" : " " + e.Category.Mode)} ({e.Category.Line}){words}";
            }
        }
    }

    /// <summary>An act of force on people: an assault or an arrest.</summary>
    private static bool IsForce(PloverEvent e) => e.PloverCategory is { Type: "ASSAULT" } or { Type: "COERCE", Mode: "arrest" };

    private void Find(Document document, Sentence sentence, List<(string, string)> cues)
    {
        cues.Clear();
        for (var i = sentence.FirstToken; i < sentence.EndToken;)
        {
            if (lexicon.Contexts.LongestAt(document, i, sentence.EndToken) is { } match)
            {
                var words = document.Text[document.Tokens[match.Start].Start..document.Tokens[match.End - 1].End];
                foreach (var context in match.Values)
                {
                    // '-' marks words that hold a cue but point to no context ("security forces" are not the military).
                    if (context != NoContext)
                        cues.Add((context, words));
                }
                i = match.End;
            }
            else
                i++;
        }
    }
}
