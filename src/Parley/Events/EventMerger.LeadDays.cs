using Parley.Documents;
using Parley.Mentions;

namespace Parley.Events;

public sealed partial class EventMerger
{
    /// <summary>
    /// "Iran frees five Americans" and the lead's "landed in Doha on Monday after their release by Tehran", "U.S. expels South
    /// Africa's envoy" and "has expelled …, Rubio announced on Friday": a headline's news that the lead retells in a sentence
    /// naming one time, a day, took place that day, whichever clause the day belongs to. A lead naming two times
    /// ("recalled their ambassadors on Sunday over the downing … of April 1") leaves the act's day to the other rules.
    /// </summary>
    private static Mention? RetellingLeadDay(Document document, List<PloverEvent> mentions)
    {
        var lead = mentions.Find(m => document.Sentences[m.Sentence].Block == LeadBlock);
        if (lead is null)
            return null;
        var sentence = document.Sentences[lead.Sentence];
        Mention? day = null;
        foreach (var m in document.Mentions)
        {
            if (m.Start >= sentence.End)
                break;
            if (m.Kind != MentionKind.Date || m.Start < sentence.Start || m.IsDateline || m.Time is null)
                continue;
            if (day is not null || m.Time.Precision != TimePrecision.Day)
                return null;
            day = m;
        }
        return day;
    }
}
