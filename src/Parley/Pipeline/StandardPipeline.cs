using Parley.Dates;
using Parley.Events;
using Parley.Mentions;
using Parley.Text;

namespace Parley.Pipeline;

/// <summary>
/// The pipeline Parley runs by default: normalise → layout → tokens → sentences → headline →
/// publication date → entities (actors, places) → dates → events → modality → contexts → quantities →
/// merge → quality.
/// </summary>
public static class StandardPipeline
{
    /// <summary>Builds the default pipeline.</summary>
    /// <param name="userDate">A publication date given by the user, which overrides what the input says.</param>
    /// <param name="lexicon">Actor and place lexicon; the shipped one when null.</param>
    /// <param name="monthFirst">Read numeric dates such as 03/04/2024 month first (US usage) rather than day first.</param>
    /// <param name="events">Event lexicon; the shipped one when null.</param>
    public static DocumentPipeline Create(PartialDate? userDate = null, EntityLexicon? lexicon = null, bool monthFirst = false, EventLexicon? events = null)
    {
        var eventLexicon = events ?? EventLexicon.Shipped;
        var entityLexicon = lexicon ?? EntityLexicon.Shipped;
        return DocumentPipeline.Build(
            new MatchTextFolder(),
            new LayoutAnalyzer(),
            new Tokenizer(),
            new SentenceSplitter(),
            new HeadlineFinder(),
            new PublicationDateResolver(userDate),
            new EntityRecognizer(entityLexicon),
            new DateRecognizer(monthFirst),
            new EventFinder(eventLexicon, entityLexicon),
            new ModalityTagger(eventLexicon),
            new ContextTagger(eventLexicon),
            new QuantityRecognizer(eventLexicon),
            new EventMerger(eventLexicon),
            new QualityAssessor(eventLexicon));
    }
}
