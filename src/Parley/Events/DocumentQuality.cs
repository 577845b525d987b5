namespace Parley.Events;

/// <summary>
/// How much a document asserts: figures per 100 words and the share of hedged sentences, with flags an
/// analyst filters on. Written under <c>document.quality</c>.
/// </summary>
/// <param name="Words">Word tokens.</param>
/// <param name="NamedActors">Distinct people and organisations named, per 100 words.</param>
/// <param name="Dates">Date mentions per 100 words.</param>
/// <param name="Numbers">Numbers per 100 words.</param>
/// <param name="Quotes">Quotations per 100 words.</param>
/// <param name="FactDensity">Named actors, dates, numbers and quotes together, per 100 words.</param>
/// <param name="HedgeRatio">Share of sentences with a hedge, a speculation or a condition.</param>
/// <param name="AttributionRatio">Share of events that the text attributes to someone ("officials said", "according to").</param>
/// <param name="Events">Events after merging.</param>
/// <param name="AssertedEvents">Events reported as fact.</param>
/// <param name="Flags">low-information, speculative, no-events, undated.</param>
public sealed record DocumentQuality(int Words, double NamedActors, double Dates, double Numbers, double Quotes, double FactDensity,
    double HedgeRatio, double AttributionRatio, int Events, int AssertedEvents, IReadOnlyList<string> Flags);
