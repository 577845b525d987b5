using Parley.Documents;

namespace Parley.Events;

public sealed partial class EventMerger
{
    /// <summary>
    /// "the Kyiv Talks", "the Minsk Agreements": an event noun capitalised after a capitalised word, inside its sentence, is
    /// the name the story gave one event; the same name told again is that event, whatever doers the sentence around it guessed.
    /// </summary>
    private static bool SameName(Document document, PloverEvent k, PloverEvent e)
    {
        var name = EventName(document, k);
        return !name.IsEmpty && name.SequenceEqual(EventName(document, e));
    }

    /// <summary>The words of an event's name (the capitalised word before its noun cue and the cue), or nothing when it has none.</summary>
    private static ReadOnlySpan<char> EventName(Document document, PloverEvent e)
    {
        if (e.Pattern.Form != EventForm.Noun || document.CharSpan(e.Trigger.Start, e.Trigger.End, Alignment.Expand) is not { } span
            || span.First - 1 <= document.Sentences[e.Sentence].FirstToken)
            return [];
        var before = document.Tokens[span.First - 1];
        var text = document.Text.AsSpan(before.Start, e.Trigger.End - before.Start);
        return char.IsUpper(text[0]) && char.IsUpper(document.Text[e.Trigger.Start]) ? text : [];
    }
}
