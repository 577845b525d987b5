using System.Collections.Frozen;
using Parley.Documents;
using Parley.Mentions;

namespace Parley.Events;

/// <summary>
/// A weekday that dates an event told as still to come is the coming one: "said he would speak by phone with Putin on
/// Monday", written on a Saturday, means the Monday after, though a bare weekday in news most often names the last one
/// (the date recognizer reads it forward only when words of the future stand in its sentence, and "would" is too often
/// a past sentence's conditional to count there).
/// </summary>
internal static class ScheduledWeekday
{
    // Verbs whose day a weekday right after them gives ("said on Monday it would …"): the day of the telling, behind the writer.
    private static readonly FrozenSet<string> SayingVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "said", "told", "announced", "added", "stated", "confirmed", "wrote", "says", "tells");

    /// <summary>
    /// Moves the date of <paramref name="e"/> a week on when the event is future, its date is a bare weekday named after
    /// its cue and not right after a verb of saying, and that weekday was read as one of the six days before publication.
    /// </summary>
    public static void Advance(Document document, PloverEvent e, DateOnly? published)
    {
        if (e.Modality != EventModality.Future || published is not { } day || e.Date is not { Time: { Precision: TimePrecision.Day } time } date
            || date.Start < e.Trigger.End || time.First >= day || day.DayNumber - time.First.DayNumber >= 7
            || !IsWeekdayName(document.Text.AsSpan(date.Start, date.End - date.Start)) || AfterSaying(document.Text, date.Start))
            return;
        var coming = time.First.AddDays(7);
        e.Date = date with { Time = TimeReference.OnDay(coming) };
        e.Explanations["date"] = "events: a weekday dating an event still to come, the coming one";
    }

    private static bool IsWeekdayName(ReadOnlySpan<char> text)
    {
        if (text.StartsWith("on ", StringComparison.OrdinalIgnoreCase))
            text = text[3..];
        return text.Length > 0 && char.IsUpper(text[0]) && !text.Contains(',') && Enum.TryParse<DayOfWeek>(text, ignoreCase: false, out _);
    }

    private static bool AfterSaying(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        if (before.EndsWith(" on", StringComparison.OrdinalIgnoreCase))
            before = before[..^3].TrimEnd();
        var space = before.LastIndexOf(' ');
        return SayingVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before[(space + 1)..]);
    }
}
