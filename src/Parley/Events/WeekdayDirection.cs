using System.Collections.Frozen;
using Parley.Documents;
using Parley.Mentions;

namespace Parley.Events;

/// <summary>
/// A bare weekday that dates an event lies on the side of publication the event's modality says. One told as still to
/// come is the coming day: "said he would speak by phone with Putin on Monday", written on a Saturday, means the Monday
/// after, though a bare weekday in news most often names the last one (the date recognizer reads it forward only when
/// words of the future stand in its sentence, and "would" is too often a past sentence's conditional to count there).
/// One told as done is behind the writer: "signed the accord on Monday" in a sentence that also looks ahead is last Monday.
/// </summary>
internal static class WeekdayDirection
{
    // Verbs whose day a weekday right after them gives ("said on Monday it would …"): the day of the telling, behind the writer.
    private static readonly FrozenSet<string> SayingVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "said", "told", "announced", "added", "stated", "confirmed", "wrote", "says", "tells");

    /// <summary>
    /// Moves the date of <paramref name="e"/>, a bare weekday read within a week of publication, a week on when the event
    /// is future, the weekday named after its cue and not right after a verb of saying, and the day before publication;
    /// a week back when the event is told as done (asserted or historical) and the day after publication.
    /// </summary>
    public static void Settle(Document document, PloverEvent e, DateOnly? published)
    {
        if (published is not { } day || e.Date is not { Time: { Precision: TimePrecision.Day } time } date
            || Math.Abs(day.DayNumber - time.First.DayNumber) >= 7 || !IsWeekdayName(document.Text.AsSpan(date.Start, date.End - date.Start)))
            return;
        if (e.Modality == EventModality.Future && time.First < day && date.Start >= e.Trigger.End && !AfterSaying(document.Text, date.Start))
        {
            e.Date = date with { Time = TimeReference.OnDay(time.First.AddDays(7)) };
            e.Explanations["date"] = "events: a weekday dating an event still to come, the coming one";
        }
        else if (e.Modality is EventModality.Asserted or EventModality.Historical && time.First > day)
        {
            e.Date = date with { Time = TimeReference.OnDay(time.First.AddDays(-7)) };
            e.Explanations["date"] = "events: a weekday dating an event told as done, the last one";
        }
    }

    /// <summary>Whether the date's words are a bare weekday, "Tuesday" or "on Tuesday".</summary>
    internal static bool IsWeekdayName(ReadOnlySpan<char> text)
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
