using System.Text.Json.Serialization;

namespace Parley.Storage.Export;

/// <summary>
/// One event flattened for JSON Lines, JSON and Parquet, under POLECAT's field names in snake_case
/// (event_type, event_mode, actor_country…; the actor and recipient are the first of each) plus
/// Parley's own (modality, confidence, num_sources).
/// </summary>
public sealed class EventRow
{
    /// <summary>The store's id of the event.</summary>
    [JsonPropertyName("event_id")] public long EventId { get; set; }

    /// <summary>The store's id of its article.</summary>
    [JsonPropertyName("story_id")] public long StoryId { get; set; }

    /// <summary>The day it is filed under, YYYY-MM-DD.</summary>
    [JsonPropertyName("event_date")] public string? EventDate { get; set; }

    /// <summary>PLOVER type under the manual's coding rules.</summary>
    [JsonPropertyName("event_type")] public string EventType { get; set; } = "";

    /// <summary>PLOVER mode.</summary>
    [JsonPropertyName("event_mode")] public string? EventMode { get; set; }

    /// <summary>PLOVER contexts.</summary>
    [JsonPropertyName("contexts")] public List<string> Contexts { get; set; } = [];

    /// <summary>CAMEO code.</summary>
    [JsonPropertyName("cameo")] public string Cameo { get; set; } = "";

    /// <summary>PLOVER conflict–cooperation score.</summary>
    [JsonPropertyName("score")] public double Score { get; set; }

    /// <summary>asserted, future, hypothetical, negated or historical.</summary>
    [JsonPropertyName("modality")] public string Modality { get; set; } = "";

    /// <summary>The wording softens it.</summary>
    [JsonPropertyName("hedged")] public bool Hedged { get; set; }

    /// <summary>How sure Parley is, 0–1.</summary>
    [JsonPropertyName("confidence")] public double Confidence { get; set; }

    /// <summary>First actor's name.</summary>
    [JsonPropertyName("actor_name")] public string? ActorName { get; set; }

    /// <summary>First actor's country or organisation code.</summary>
    [JsonPropertyName("actor_country")] public string? ActorCountry { get; set; }

    /// <summary>First actor's sector.</summary>
    [JsonPropertyName("actor_sector")] public string? ActorSector { get; set; }

    /// <summary>First recipient's name.</summary>
    [JsonPropertyName("recipient_name")] public string? RecipientName { get; set; }

    /// <summary>First recipient's country or organisation code.</summary>
    [JsonPropertyName("recipient_country")] public string? RecipientCountry { get; set; }

    /// <summary>First recipient's sector.</summary>
    [JsonPropertyName("recipient_sector")] public string? RecipientSector { get; set; }

    /// <summary>Codes of every actor, first first (the dyad filter matches any of them).</summary>
    [JsonPropertyName("actor_codes")] public List<string> ActorCodes { get; set; } = [];

    /// <summary>Codes of every recipient.</summary>
    [JsonPropertyName("recipient_codes")] public List<string> RecipientCodes { get; set; } = [];

    /// <summary>Place name.</summary>
    [JsonPropertyName("placename")] public string? Placename { get; set; }

    /// <summary>Country of the place.</summary>
    [JsonPropertyName("country")] public string? Country { get; set; }

    /// <summary>Latitude.</summary>
    [JsonPropertyName("latitude")] public double? Latitude { get; set; }

    /// <summary>Longitude.</summary>
    [JsonPropertyName("longitude")] public double? Longitude { get; set; }

    /// <summary>The sentence of the first mention.</summary>
    [JsonPropertyName("event_text")] public string? EventText { get; set; }

    /// <summary>The cue words.</summary>
    [JsonPropertyName("trigger")] public string Trigger { get; set; } = "";

    /// <summary>The article's publication date.</summary>
    [JsonPropertyName("publication_date")] public string? PublicationDate { get; set; }

    /// <summary>The outlet.</summary>
    [JsonPropertyName("source")] public string? Source { get; set; }

    /// <summary>The article's URL.</summary>
    [JsonPropertyName("url")] public string? Url { get; set; }

    /// <summary>Independent sources telling the same happening (an article and its copies count once).</summary>
    [JsonPropertyName("num_sources")] public int NumSources { get; set; }

    /// <summary>How the happening's sources tell it: confirmed, reported, claimed, speculative, disputed or negated.</summary>
    [JsonPropertyName("cluster_modality")] public string? ClusterModality { get; set; }

    /// <summary>The row of a stored event.</summary>
    public static EventRow From(EventRecord e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var actor = e.Actors.Count > 0 ? e.Actors[0] : null;
        var recipient = e.Recipients.Count > 0 ? e.Recipients[0] : null;
        return new EventRow
        {
            EventId = e.Id,
            StoryId = e.DocumentId,
            EventDate = e.Day,
            EventType = e.PloverType,
            EventMode = e.PloverMode,
            Contexts = [.. e.Contexts],
            Cameo = e.Cameo,
            Score = e.Score,
            Modality = e.Modality,
            Hedged = e.Hedged,
            Confidence = e.Confidence,
            ActorName = actor?.Name,
            ActorCountry = actor?.Code,
            ActorSector = actor?.Sector,
            RecipientName = recipient?.Name,
            RecipientCountry = recipient?.Code,
            RecipientSector = recipient?.Sector,
            ActorCodes = [.. e.Actors.Select(p => p.Code)],
            RecipientCodes = [.. e.Recipients.Select(p => p.Code)],
            Placename = e.LocationName,
            Country = e.Country,
            Latitude = e.Latitude,
            Longitude = e.Longitude,
            EventText = e.SentenceText,
            Trigger = e.Trigger,
            PublicationDate = e.Published,
            Source = e.Source,
            Url = e.Url,
            NumSources = e.Sources,
            ClusterModality = e.ClusterModality,
        };
    }
}
