using System.Globalization;
using Parley.Storage.Commitments;

namespace Parley.Storage.Briefs;

/// <summary>
/// Writes an analyst's brief from the stored events a <see cref="BriefQuery"/> selects: a summary made from
/// the events' counts and the most reported of them, a timeline of asserted happenings (each once, however
/// many articles tell it), meetings, commitments, disputes and threats, what is only expected, the agenda
/// as PLOVER contexts, and a monthly conflict–cooperation index. Every line cites one stored event.
/// </summary>
/// <param name="names">Names for actor codes.</param>
/// <param name="ledger">The commitments ledger.</param>
public sealed class BriefBuilder(ActorNames names, CommitmentLedger ledger)
{
    // How a PLOVER type reads: before a recipient, and without one.
    private static readonly Dictionary<string, (string To, string Alone)> Verbs = new(StringComparer.Ordinal)
    {
        ["AGREE"] = ("agreed with", "agreed"), ["CONSULT"] = ("met", "met"), ["SUPPORT"] = ("backed", "voiced support"),
        ["CONCEDE"] = ("made concessions to", "made concessions"), ["COOPERATE"] = ("cooperated with", "cooperated"),
        ["AID"] = ("gave aid to", "gave aid"), ["RETREAT"] = ("pulled back from", "pulled back"), ["REQUEST"] = ("asked", "made a request"),
        ["ACCUSE"] = ("accused", "made accusations"), ["REJECT"] = ("rejected", "refused"), ["THREATEN"] = ("threatened", "issued threats"),
        ["PROTEST"] = ("protested against", "protested"), ["SANCTION"] = ("sanctioned", "imposed sanctions"),
        ["MOBILIZE"] = ("mobilised against", "mobilised"), ["COERCE"] = ("coerced", "used coercion"), ["ASSAULT"] = ("attacked", "carried out an attack"),
    };

    private static readonly HashSet<string> DisputeTypes = new(StringComparer.Ordinal) { "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "COERCE", "ASSAULT", "MOBILIZE" };

    /// <summary>The brief on the events of <paramref name="store"/> that <paramref name="query"/> selects.</summary>
    public Brief Build(IEventStore store, BriefQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        var events = store.Events(new EventQuery
        {
            Actor = query.Actor, Dyad = query.Dyad, Place = query.Place, Context = query.Context,
            Since = query.Since, Until = query.Until, Modality = null,
        }, cancellationToken).OrderBy(e => e.Day, StringComparer.Ordinal).ThenBy(e => e.Id).ToList();
        return Build(events, Subject(query));
    }

    /// <summary>The brief on <paramref name="events"/> (any modality), titled <paramref name="subject"/>.</summary>
    public Brief Build(IReadOnlyList<EventRecord> events, string subject)
    {
        ArgumentNullException.ThrowIfNull(events);
        var asserted = events.Where(e => e.Modality == "asserted").ToList();
        // One line per happening: the report told by most outlets, then the surest.
        var happenings = asserted.GroupBy(e => (e.Day, e.PloverType, Actor: FirstCode(e.Actors), Recipient: FirstCode(e.Recipients)))
            .Select(g => g.OrderByDescending(e => e.Sources).ThenByDescending(e => e.Confidence).First())
            .OrderBy(e => e.Day, StringComparer.Ordinal).ThenBy(e => e.Id).ToList();
        var timeline = happenings.Select(e => Line(e, withSources: true)).ToList();
        var meetings = happenings.Where(e => e.PloverType == "CONSULT").Select(e => Line(e, withSources: false)).ToList();
        var disputes = happenings.Where(e => DisputeTypes.Contains(e.PloverType)).Select(e => Line(e, withSources: false)).ToList();
        var speculative = events.Where(e => e.Modality is "future" or "hypothetical")
            .DistinctBy(e => (e.PloverType, FirstCode(e.Actors), FirstCode(e.Recipients), e.Trigger))
            .Select(e => new BriefLine($"{(e.Modality == "future" ? "Expected" : "Speculated")}: {Describe(e)}", e)).ToList();
        var commitments = ledger.Build(events);
        var agenda = events.SelectMany(e => e.Contexts).GroupBy(c => c, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count())).OrderByDescending(c => c.Item2).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
        var index = asserted.Where(e => e.Day is { Length: >= 7 }).GroupBy(e => e.Day![..7], StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(), g.Average(e => e.Score))).OrderBy(m => m.Key, StringComparer.Ordinal).ToList();
        var summary = Summarise(subject, events, happenings, meetings, commitments, disputes, speculative, agenda);
        return new Brief(subject, summary, timeline, meetings, commitments, disputes, speculative, agenda, index, events.Count);
    }

    private string Subject(BriefQuery query)
    {
        var parts = new List<string>();
        if (query.Dyad is var (first, second))
            parts.Add($"{names.Of(first)} and {names.Of(second)}");
        if (query.Actor is { } actor)
            parts.Add(names.Of(actor));
        if (query.Place is { } place)
            parts.Add("in " + place);
        if (query.Context is { } context)
            parts.Add($"({context})");
        return parts.Count > 0 ? string.Join(' ', parts) : "the whole store";
    }

    private List<string> Summarise(string subject, IReadOnlyList<EventRecord> events, List<EventRecord> happenings, List<BriefLine> meetings,
        IReadOnlyList<Commitment> commitments, List<BriefLine> disputes, List<BriefLine> speculative, List<(string Context, int Events)> agenda)
    {
        var c = CultureInfo.InvariantCulture;
        if (events.Count == 0)
            return [$"No stored event concerns {subject}."];
        // The span of what happened: asserted happenings, not the background they recall.
        var days = (happenings.Count > 0 ? happenings : events).Select(e => e.Day).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var outlets = events.Select(e => e.Source).OfType<string>().Distinct(StringComparer.Ordinal).Count();
        var articles = events.Select(e => e.DocumentId).Distinct().Count();
        var lines = new List<string>
        {
            string.Create(c, $"{events.Count} events from {days.FirstOrDefault() ?? "?"} to {days.LastOrDefault() ?? "?"}, in {articles} articles from {outlets} outlets; {happenings.Count} distinct happenings asserted, {happenings.Count(e => e.Sources >= 2)} of them confirmed by two or more sources."),
        };
        if (happenings.Count > 0)
        {
            var mean = happenings.Average(e => e.Score);
            lines.Add(string.Create(c, $"The relationship reads as {(mean >= 1 ? "cooperative" : mean <= -1 ? "conflictual" : "mixed")} (mean PLOVER score {mean:+0.0;-0.0;0}){(agenda.Count > 0 ? $", mostly {string.Join(", ", agenda.Take(3).Select(a => a.Context))}" : "")}."));
            // Only a happening several independent sources tell stands out; among single reports none does.
            var top = happenings.OrderByDescending(e => e.Sources).ThenByDescending(e => e.Confidence).First();
            if (top.Sources >= 2)
                lines.Add(string.Create(c, $"Most reported: {Describe(top)} ({top.Sources} independent sources)."));
        }
        if (meetings.Count > 0)
            lines.Add(string.Create(c, $"{meetings.Count} meeting{(meetings.Count == 1 ? "" : "s")}; the latest: {Describe(meetings[^1].Evidence)}."));
        if (commitments.Count > 0)
        {
            // A share told beside its package ("includes $61bn for Ukraine") is neither a commitment of its own nor summed again.
            var totals = CommitmentTotals.Of(commitments);
            var wholes = commitments.Count - totals.Parts;
            var parts = totals.Parts > 0 ? $", plus {totals.Parts} part{(totals.Parts == 1 ? "" : "s")} of {(wholes == 1 ? "it" : "them")} listed but not counted again" : "";
            lines.Add(string.Create(c, $"{wholes} aid commitment{(wholes == 1 ? "" : "s")}{(totals.Usd > 0 ? $" worth about {Dollars(totals.Usd)} in all" : "")}{parts}."));
        }
        if (disputes.Count > 0)
            lines.Add(string.Create(c, $"{disputes.Count} dispute{(disputes.Count == 1 ? "" : "s")}, threat{(disputes.Count == 1 ? "" : "s")} or attack{(disputes.Count == 1 ? "" : "s")}; the latest: {Describe(disputes[^1].Evidence)}."));
        if (speculative.Count > 0)
            lines.Add(string.Create(c, $"{speculative.Count} event{(speculative.Count == 1 ? " is" : "s are")} only expected or speculated, not reported as done."));
        return lines;
    }

    private BriefLine Line(EventRecord e, bool withSources) =>
        new(withSources ? $"{Describe(e)} — {(e.Sources >= 2 ? $"confirmed by {e.Sources} sources" : "one source")}" : Describe(e), e);

    /// <summary>"2023-02-20: United States met Ukraine in Kyiv (visit)".</summary>
    private string Describe(EventRecord e)
    {
        var actor = e.Actors.Count > 0 ? names.Of(e.Actors.Select(a => a.Code)) : "someone";
        var verbs = Verbs.TryGetValue(e.PloverType, out var known) ? known : (To: e.PloverType.ToLowerInvariant(), Alone: e.PloverType.ToLowerInvariant());
        var verb = e.Recipients.Count > 0 ? verbs.To : verbs.Alone;
        var recipient = e.Recipients.Count > 0 ? " " + names.Of(e.Recipients.Select(a => a.Code)) : "";
        var place = e.LocationName is { } p ? $" in {p}" : "";
        var mode = e.PloverMode is { } m ? $" ({m})" : "";
        return $"{e.Day ?? "undated"}: {actor} {verb}{recipient}{place}{mode}";
    }

    private static string? FirstCode(IReadOnlyList<ParticipantRecord> participants) => participants.Count > 0 ? participants[0].Code : null;

    internal static string Dollars(decimal usd) => usd switch
    {
        >= 1_000_000_000 => string.Create(CultureInfo.InvariantCulture, $"${usd / 1_000_000_000:0.##} billion"),
        >= 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"${usd / 1_000_000:0.##} million"),
        _ => string.Create(CultureInfo.InvariantCulture, $"${usd:N0}"),
    };
}
