using System.Globalization;
using Parley.Dates;
using Parley.Documents;
using Parley.Events;
using Parley.Pipeline;

namespace Parley.Evaluation;

/// <summary>
/// Scores Parley's events against gold records (<c>eval/gold/events</c>). A found event matches a gold
/// event when one of its evidence spans overlaps the gold trigger — preferring the same type — or, failing
/// that, when it has the gold event's type and sits in the same sentence. Types are compared as PLOVER codes
/// them (<see cref="PloverEvent.PloverCategory"/>), since the gold follows the manual.
/// <list type="bullet">
/// <item><c>type</c>: a found event is right when matched with the same type; unmatched events are false
/// positives, unmatched gold events false negatives.</item>
/// <item><c>mode</c>, <c>actor</c>, <c>recipient</c>, <c>location</c>, <c>date</c>, <c>attribution</c>,
/// <c>contexts</c>, <c>quantities</c>: scored over pairs of the same type; actors and recipients as sets of codes,
/// location by country, date by value, attribution by overlap, contexts as sets of names, quantities as sets of
/// value and unit (the unit's case aside: "Patriot batteries" is not "batteries").</item>
/// <item>modality and hedging: accuracy over all matched pairs.</item>
/// </list>
/// </summary>
public sealed class EventScorer(DocumentPipeline pipeline)
{
    /// <summary>Scores the records.</summary>
    public EventEvaluation Score(IEnumerable<GoldEventRecord> gold, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var evaluation = new EventEvaluation();
        foreach (var record in gold)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                Score(record, evaluation);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A defect of ours: name the record and score the rest.
                evaluation.Problems.Add($"{record.Id}: internal error while scoring ({e.GetType().Name}: {e.Message})");
            }
            evaluation.Records++;
            evaluation.GoldEvents += record.Events.Count;
        }
        return evaluation;
    }

    private void Score(GoldEventRecord record, EventEvaluation evaluation)
    {
        var published = PartialDate.TryParse(record.Published, out var date) ? new PublicationDate(date, DateSource.Option) : (PublicationDate?)null;
        var document = pipeline.Process(new Document(record.Text, new DocumentMetadata { Id = record.Id, Origin = record.Id, Format = "gold", Published = published }));
        var found = document.Events.ToList();
        var expected = new List<(GoldEvent Event, TextSpan Trigger)>();
        foreach (var e in record.Events)
        {
            var start = GoldReader.IndexOfOccurrence(document.Text, e.Trigger, e.Occurrence);
            if (start < 0)
                evaluation.Problems.Add($"{record.Id}: trigger \"{e.Trigger}\" (occurrence {e.Occurrence}) is not in the text");
            else
                expected.Add((e, new TextSpan(start, start + e.Trigger.Length)));
        }
        if (record.Events.Count == 0)
        {
            var (part, whole) = evaluation.AssertedInEmpty;
            evaluation.AssertedInEmpty = (part + (found.Exists(f => f.Modality == EventModality.Asserted) ? 1 : 0), whole + 1);
        }

        var pairs = Pair(document, expected, found);
        foreach (var (g, f) in pairs)
            ScorePair(record.Id, document, g, f, evaluation);
        foreach (var f in found)
        {
            var sameType = pairs.Exists(p => p.Found == f && p.Gold.Event.Type == f.PloverCategory.Type);
            evaluation.TypeScore(f.PloverCategory.Type).Add(1, 0, sameType ? 1 : 0);
            evaluation.Scores["type"].Add(1, 0, sameType ? 1 : 0);
            if (!pairs.Exists(p => p.Found == f))
                evaluation.Disagreements.Add($"{record.Id}\tspurious\t{Describe(document, f)}");
        }
        foreach (var (g, _) in expected)
        {
            evaluation.TypeScore(g.Type).Add(0, 1, 0);
            evaluation.Scores["type"].Add(0, 1, 0);
            if (!pairs.Exists(p => p.Gold.Event == g))
                evaluation.Disagreements.Add($"{record.Id}\tmissed\t{g.Type}/{g.Mode ?? "-"} \"{g.Trigger}\" {g.Modality}");
        }
    }

    private static void ScorePair(string id, Document document, (GoldEvent Event, TextSpan Trigger) gold, PloverEvent f, EventEvaluation evaluation)
    {
        var g = gold.Event;
        var modality = f.Modality.ToString().ToLowerInvariant();
        evaluation.Modality = (evaluation.Modality.Correct + (g.Modality == modality ? 1 : 0), evaluation.Modality.Total + 1);
        evaluation.Hedged = (evaluation.Hedged.Correct + (g.Hedged == f.Hedged ? 1 : 0), evaluation.Hedged.Total + 1);
        if (!evaluation.ModalityConfusion.TryGetValue(g.Modality, out var row))
            evaluation.ModalityConfusion[g.Modality] = row = new SortedDictionary<string, int>(StringComparer.Ordinal);
        row[modality] = row.GetValueOrDefault(modality) + 1;
        if (g.Modality is "hypothetical" or "negated")
            evaluation.SpeculationAsFact = (evaluation.SpeculationAsFact.Asserted + (f.Modality == EventModality.Asserted ? 1 : 0), evaluation.SpeculationAsFact.Total + 1);
        if (g.Modality == "future")
            evaluation.FutureAsFact = (evaluation.FutureAsFact.Asserted + (f.Modality == EventModality.Asserted ? 1 : 0), evaluation.FutureAsFact.Total + 1);
        var problems = new List<string>();
        if (g.Modality != modality)
            problems.Add($"modality {g.Modality}≠{modality}");
        if (g.Type != f.PloverCategory.Type)
        {
            evaluation.Disagreements.Add($"{id}\twrong type\t\"{g.Trigger}\" {g.Type}≠{f.PloverCategory.Type} ({Describe(document, f)})");
            return;
        }
        var mode = f.PloverCategory.Mode;
        evaluation.Scores["mode"].Add(mode is null ? 0 : 1, g.Mode is null ? 0 : 1, mode is not null && mode == g.Mode ? 1 : 0);
        if (mode != g.Mode)
            problems.Add($"mode {g.Mode ?? "-"}≠{mode ?? "-"}");
        Codes(evaluation.Scores["actor"], g.Actor.Select(a => a.Code), f.Actors.Select(a => a.Code), "actor", problems);
        Codes(evaluation.Scores["recipient"], g.Recipient.Select(a => a.Code), f.Recipients.Select(a => a.Code), "recipient", problems);
        Single(evaluation.Scores["location"], g.Location?.Country, f.Location?.Place?.Country, "location", problems);
        Single(evaluation.Scores["date"], g.Date?.Value, f.Date?.Time?.Value, "date", problems);
        var attributionStart = g.Attribution is { } ga0 ? document.Text.IndexOf(ga0.Text, StringComparison.Ordinal) : -1;
        var goldAttribution = attributionStart < 0 ? (TextSpan?)null : new TextSpan(attributionStart, attributionStart + g.Attribution!.Text.Length);
        var attributed = goldAttribution is { } ga && f.Attribution is { } fa && ga.Overlaps(fa);
        evaluation.Scores["attribution"].Add(f.Attribution is null ? 0 : 1, goldAttribution is null ? 0 : 1, attributed ? 1 : 0);
        Codes(evaluation.Scores["contexts"], g.Contexts, f.Contexts, "contexts", problems);
        Codes(evaluation.Scores["quantities"], g.Quantities.Select(q => Amount(q.Value, q.Unit)), f.Quantities.Select(q => Amount(q.Value, q.Unit)), "quantities", problems);
        if (problems.Count > 0)
            evaluation.Disagreements.Add($"{id}\twrong\t\"{g.Trigger}\" {g.Type}: {string.Join(", ", problems)}");
    }

    private static void Codes(FieldScore score, IEnumerable<string> gold, IEnumerable<string> found, string field, List<string> problems)
    {
        var g = gold.ToHashSet(StringComparer.Ordinal);
        var f = found.ToHashSet(StringComparer.Ordinal);
        var common = g.Intersect(f).Count();
        score.Add(f.Count, g.Count, common);
        if (!g.SetEquals(f))
            problems.Add($"{field} {string.Join("+", g.Order(StringComparer.Ordinal))}≠{string.Join("+", f.Order(StringComparer.Ordinal))}");
    }

    // Scale aside: 1.5 billion computed is 1500000000.0, written 1500000000.
    private static string Amount(decimal value, string unit) => $"{value.ToString("0.############", CultureInfo.InvariantCulture)} {unit.ToLowerInvariant()}";

    private static void Single(FieldScore score, string? gold, string? found, string field, List<string> problems)
    {
        score.Add(found is null ? 0 : 1, gold is null ? 0 : 1, gold is not null && gold == found ? 1 : 0);
        if (gold != found)
            problems.Add($"{field} {gold ?? "-"}≠{found ?? "-"}");
    }

    private static List<((GoldEvent Event, TextSpan Trigger) Gold, PloverEvent Found)> Pair(Document document,
        List<(GoldEvent Event, TextSpan Trigger)> expected, List<PloverEvent> found)
    {
        var candidates = new List<(int Rank, int Gold, int Found)>();
        for (var g = 0; g < expected.Count; g++)
        {
            var goldSentence = Serialization.EventJsonWriter.SentenceAt(document, expected[g].Trigger.Start);
            for (var f = 0; f < found.Count; f++)
            {
                var sameType = found[f].PloverCategory.Type == expected[g].Event.Type;
                var overlap = found[f].Evidence.Exists(s => s.Overlaps(expected[g].Trigger));
                var sameSentence = found[f].Evidence.Exists(s => Serialization.EventJsonWriter.SentenceAt(document, s.Start) == goldSentence);
                if (overlap)
                    candidates.Add((sameType ? 3 : 2, g, f));
                else if (sameType && sameSentence)
                    candidates.Add((1, g, f));
            }
        }
        var usedGold = new HashSet<int>();
        var usedFound = new HashSet<int>();
        var pairs = new List<((GoldEvent, TextSpan), PloverEvent)>();
        foreach (var (_, g, f) in candidates.OrderByDescending(c => c.Rank))
        {
            if (!usedGold.Add(g))
                continue;
            if (!usedFound.Add(f))
            {
                usedGold.Remove(g);
                continue;
            }
            pairs.Add((expected[g], found[f]));
        }
        return pairs;
    }

    private static string Describe(Document document, PloverEvent e) =>
        $"{e.PloverCategory.Type}/{e.PloverCategory.Mode ?? "-"} \"{document.Text[e.Trigger.Start..e.Trigger.End]}\" {e.Modality.ToString().ToLowerInvariant()} "
        + $"{string.Join("+", e.Actors.Select(a => a.Code))}→{string.Join("+", e.Recipients.Select(a => a.Code))}";
}
