namespace Parley.Events;

/// <summary>What a word of <c>events/quantity-units.tsv</c> is.</summary>
public enum QuantityWordKind : byte
{
    /// <summary>Money: "$", "euros".</summary>
    Currency,

    /// <summary>A multiplier: "billion".</summary>
    Scale,

    /// <summary>A counted noun: "troops".</summary>
    Count,

    /// <summary>People whose fate a nearby word tells: "civilians"; "soldiers" count as troops when none does.</summary>
    Victim,

    /// <summary>What happened to them: "killed".</summary>
    Fate,

    /// <summary>A number in words: "three", "dozens".</summary>
    Number,

    /// <summary>A unit of time an event lasts: "days", "weeks" (as 7 days).</summary>
    Duration,

    /// <summary>A word that makes the time after it how long the event lasts: "for", "within".</summary>
    Lasting,
}
