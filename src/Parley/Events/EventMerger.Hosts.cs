using System.Collections.Frozen;
using Parley.Documents;

namespace Parley.Events;

public sealed partial class EventMerger
{
    // Verbs by which a party keeps the venue of a meeting: "with Anwar Ibrahim hosting the talks", "The talks, hosted by Switzerland".
    private static readonly FrozenSet<string> HostingVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "host", "hosts", "hosted", "hosting");

    /// <summary>
    /// "Thai and Cambodian leaders met in Malaysia …, with Anwar Ibrahim hosting the talks", "The talks, hosted by Switzerland,
    /// were led by …": a hosting told after a meeting in its sentence is where that meeting was held, not a meeting of its own.
    /// The meeting, told first, is the one a later hosting in its sentence names.
    /// </summary>
    private static PloverEvent? HostedMeeting(Document document, List<PloverEvent> kept, Dictionary<PloverEvent, List<PloverEvent>> told, PloverEvent e)
    {
        if (e.Category.Type != "CONSULT" || !Hosting(document, e))
            return null;
        return kept.FindLast(k => k.Category.Type == "CONSULT"
                                  && told[k].Exists(m => m.Sentence == e.Sentence && m.Trigger.End <= e.Trigger.Start && !Hosting(document, m)));
    }

    /// <summary>
    /// Whether the cue is a verb of hosting alone ("hosted by Switzerland") or with a meeting named again ("hosting the talks").
    /// One that brings a meeting in ("hosted a summit of more than 20 leaders") tells a meeting of its own.
    /// </summary>
    private static bool Hosting(Document document, PloverEvent e) =>
        e.Pattern.Form == EventForm.Verb && document.CharSpan(e.Trigger.Start, e.Trigger.End, Alignment.Expand) is { } span
        && HostingVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(span.First))
        && (span.End - span.First == 1 || DefiniteDeterminers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(span.First + 1)));

    /// <summary>
    /// The hosting <paramref name="host"/> joins the <paramref name="meeting"/> as its evidence only: its parties are the host
    /// and its guests, not the meeting's sides. A meeting of kind untold whose host is none of its sides is held through that
    /// host (PLOVER CONSULT, third-party).
    /// </summary>
    private void JoinHost(PloverEvent meeting, PloverEvent host)
    {
        Join(meeting, host, lendsDetails: false);
        if (meeting.Category.Mode is null && host.Actors.Count > 0
            && !host.Actors.Exists(a => meeting.Actors.Exists(p => p.Code == a.Code) || meeting.Recipients.Exists(p => p.Code == a.Code)))
            TakeMode(meeting, lexicon.Category("CONSULT", ThirdParty), "merge, hosted by a party that is none of its sides");
    }
}
