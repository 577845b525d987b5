namespace Parley.Storage;

/// <summary>One stored event with what an analyst needs beside it: its article, source and how many sources tell it.</summary>
public sealed record EventRecord
{
    /// <summary>The store's id of the event.</summary>
    public required long Id { get; init; }

    /// <summary>The store's id of the document it was found in.</summary>
    public required long DocumentId { get; init; }

    /// <summary>Its id within the document ("e1").</summary>
    public required string LocalId { get; init; }

    /// <summary>The day it is filed under (its own date, else the publication day), YYYY-MM-DD.</summary>
    public string? Day { get; init; }

    /// <summary>Type as worded.</summary>
    public required string Type { get; init; }

    /// <summary>Mode as worded.</summary>
    public string? Mode { get; init; }

    /// <summary>Type under PLOVER's coding rules.</summary>
    public required string PloverType { get; init; }

    /// <summary>Mode under PLOVER's coding rules.</summary>
    public string? PloverMode { get; init; }

    /// <summary>CAMEO code.</summary>
    public required string Cameo { get; init; }

    /// <summary>PLOVER conflict–cooperation score, −10 to +10.</summary>
    public required double Score { get; init; }

    /// <summary>The cue words.</summary>
    public required string Trigger { get; init; }

    /// <summary>asserted, future, hypothetical, negated or historical.</summary>
    public required string Modality { get; init; }

    /// <summary>The wording softens it.</summary>
    public bool Hedged { get; init; }

    /// <summary>The words naming who says so.</summary>
    public string? Attribution { get; init; }

    /// <summary>Code of the actor the attribution names.</summary>
    public string? AttributionSource { get; init; }

    /// <summary>PLOVER contexts.</summary>
    public IReadOnlyList<string> Contexts { get; init; } = [];

    /// <summary>Amounts.</summary>
    public IReadOnlyList<QuantityRecord> Quantities { get; init; } = [];

    /// <summary>How sure Parley is, 0–1.</summary>
    public double Confidence { get; init; }

    /// <summary>Who acts.</summary>
    public IReadOnlyList<ParticipantRecord> Actors { get; init; } = [];

    /// <summary>Whom the act is aimed at.</summary>
    public IReadOnlyList<ParticipantRecord> Recipients { get; init; } = [];

    /// <summary>The words naming the place.</summary>
    public string? LocationText { get; init; }

    /// <summary>The gazetteer name of the place.</summary>
    public string? LocationName { get; init; }

    /// <summary>ISO alpha-3 code of its country.</summary>
    public string? Country { get; init; }

    /// <summary>Latitude of the place.</summary>
    public double? Latitude { get; init; }

    /// <summary>Longitude of the place.</summary>
    public double? Longitude { get; init; }

    /// <summary>The event's own date in ISO 8601 at its precision.</summary>
    public string? DateValue { get; init; }

    /// <summary>day, week, month, quarter, year or decade.</summary>
    public string? DatePrecision { get; init; }

    /// <summary>The sentence of its first mention.</summary>
    public string? SentenceText { get; init; }

    /// <summary>The article's URL.</summary>
    public string? Url { get; init; }

    /// <summary>The article's title.</summary>
    public string? Title { get; init; }

    /// <summary>The outlet.</summary>
    public string? Source { get; init; }

    /// <summary>The article's publication date.</summary>
    public string? Published { get; init; }

    /// <summary>
    /// Independent sources telling the same happening (same day, type, least actor and least recipient code):
    /// distinct outlets, an article and its copies counting once, as the outlet of the earliest.
    /// </summary>
    public int Sources { get; init; } = 1;

    /// <summary>The happening it reports: events with one key are one happening told by several reports (see the store's cluster rule).</summary>
    public string ClusterKey { get; init; } = "";

    /// <summary>How the happening's sources tell it: confirmed, reported, claimed, speculative, disputed or negated.</summary>
    public string ClusterModality { get; init; } = "reported";
}
