namespace Parley.Events;

/// <summary>Whether an event pattern is a verb ("arrived in") or a noun ("the visit").</summary>
public enum EventForm : byte
{
    /// <summary>A verb or verb phrase: tells the event.</summary>
    Verb,

    /// <summary>A noun: names an event, often one told before.</summary>
    Noun,
}
