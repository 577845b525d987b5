using Parley.Documents;
using Parley.Mentions;
using Parley.Pipeline;

namespace Parley.Events;

/// <summary>
/// The "quality" component: counts what a document gives an analyst to check — named people and
/// organisations, dates, numbers, quotations — against its length, and how much of it is hedged, then
/// flags it:
/// <list type="bullet">
/// <item><c>low-information</c>: fewer than <see cref="LowFactDensity"/> checkable facts per 100 words
/// (distinct named people and organisations, dates, numbers, quotations);</item>
/// <item><c>speculative</c>: fewer than half of its events (at least <see cref="MinimumEvents"/>) are asserted,
/// or at least <see cref="SpeculativeShare"/> of its sentences hedge or speculate;</item>
/// <item><c>no-events</c>, <c>undated</c> (no publication date).</item>
/// </list>
/// </summary>
public sealed class QualityAssessor(EventLexicon lexicon) : IPipelineComponent
{
    /// <summary>Below this many named actors, dates, numbers and quotes per 100 words a text is low-information.</summary>
    public const double LowFactDensity = 1.0;

    /// <summary>From this share of hedged or speculative sentences on a text is speculative.</summary>
    public const double SpeculativeShare = 0.6;

    /// <summary>Fewer events than this say too little to call a text speculative by their share.</summary>
    public const int MinimumEvents = 3;

    /// <summary>An assessor using the shipped event lexicon.</summary>
    public QualityAssessor() : this(EventLexicon.Shipped) { }

    /// <inheritdoc />
    public string Name => "quality";

    /// <inheritdoc />
    public IReadOnlyList<string> Requires => [Annotations.Mentions, Annotations.Merged];

    /// <inheritdoc />
    public IReadOnlyList<string> Assigns => [Annotations.Quality];

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        var words = 0;
        var numbers = 0;
        var quoteMarks = 0;
        foreach (var token in document.Tokens)
        {
            switch (token.Kind)
            {
                case TokenKind.Word or TokenKind.Abbreviation:
                    words++;
                    break;
                case TokenKind.Number:
                    numbers++;
                    words++;
                    break;
                case TokenKind.Punctuation when document.MatchText[token.Start] == '"':
                    quoteMarks++;
                    break;
            }
        }
        // Each named person or organisation counts once: a scraped page repeating "the EU envoy" says no more.
        var named = document.Mentions.Where(m => m.Actor?.Name is not null).Select(m => m.Actor!.Name).Distinct(StringComparer.Ordinal).Count();
        var dates = document.Mentions.Count(m => m.Kind == MentionKind.Date);
        var hedged = 0;
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (SentenceCues.Find(document, sentence, lexicon).Cues.Exists(c => c.Cue is ModalityCue.Hedge or ModalityCue.Hypothetical or ModalityCue.Condition))
                hedged++;
        }
        var quotes = quoteMarks / 2;
        double Per100(int count) => words == 0 ? 0 : Math.Round(100.0 * count / words, 2);
        var factDensity = Per100(named + dates + numbers + quotes);
        var hedgeRatio = document.Sentences.Length == 0 ? 0 : Math.Round((double)hedged / document.Sentences.Length, 3);
        var asserted = document.Events.Count(e => e.Modality == EventModality.Asserted);
        var attributionRatio = document.Events.Length == 0 ? 0 : Math.Round((double)document.Events.Count(e => e.Attribution is not null) / document.Events.Length, 3);
        var flags = new List<string>();
        if (factDensity < LowFactDensity)
            flags.Add("low-information");
        if (hedgeRatio >= SpeculativeShare || (document.Events.Length >= MinimumEvents && asserted * 2 < document.Events.Length))
            flags.Add("speculative");
        if (document.Events.Length == 0)
            flags.Add("no-events");
        if (document.Metadata.Published is null)
            flags.Add("undated");
        document.Quality = new DocumentQuality(words, Per100(named), Per100(dates), Per100(numbers), Per100(quotes), factDensity,
            hedgeRatio, attributionRatio, document.Events.Length, asserted, flags);
    }
}
