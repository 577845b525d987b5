using System.Globalization;
using Parley.Commitments;
using Parley.Events;

namespace Parley.Storage.Commitments;

/// <summary>
/// The commitments ledger: every AID event, and every AGREE event that names an amount of money, read as a
/// commitment with its amount, category, named systems and status, repeats merged. Speculation ("could
/// send") is no commitment; a denied one is disputed.
/// </summary>
/// <param name="rates">Rates for the USD estimate.</param>
/// <param name="cues">Words for status and category.</param>
public sealed class CommitmentLedger(UsdRates rates, CommitmentCues cues)
{
    // Reports of one amount between the same parties this many days apart are the same pledge.
    private const int SamePledgeDays = 31;

    /// <summary>A ledger with the shipped rates and cues.</summary>
    public static CommitmentLedger Shipped { get; } = new(UsdRates.Shipped, CommitmentCues.Shipped);

    /// <summary>The commitments in <paramref name="store"/> that <paramref name="query"/> selects, earliest first.</summary>
    public IReadOnlyList<Commitment> List(IEventStore store, CommitmentQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        var events = new List<EventRecord>();
        var seen = new HashSet<long>();
        foreach (var type in new[] { "AID", "AGREE" })
        {
            var filter = new EventQuery
            {
                Type = type, Modality = null, Actor = query.Donor, Recipient = query.Recipient, Since = query.Since, Until = query.Until,
            };
            foreach (var e in store.Events(filter, cancellationToken))
            {
                if (seen.Add(e.Id))
                    events.Add(e);
            }
        }
        return Build(events).Where(c => query.Category is null || c.Category == query.Category).ToList();
    }

    /// <summary>The commitments among <paramref name="events"/>, repeats merged, earliest first.</summary>
    public IReadOnlyList<Commitment> Build(IEnumerable<EventRecord> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var merged = new List<Commitment>();
        foreach (var commitment in events.Select(Read).OfType<Commitment>().OrderBy(c => c.Day, StringComparer.Ordinal).ThenBy(c => c.Evidence.Id))
        {
            var same = merged.FindLastIndex(m => IsSamePledge(m, commitment));
            if (same < 0)
                merged.Add(commitment);
            else
                merged[same] = Merge(merged[same], commitment);
        }
        return merged;
    }

    /// <summary>An event as a commitment, or null when it is none.</summary>
    private Commitment? Read(EventRecord e)
    {
        var money = e.Quantities.FirstOrDefault(q => IsCurrency(q.Unit));
        var isAid = e.Type == "AID" || e.PloverType == "AID";
        if (!(isAid || (e.PloverType == "AGREE" && money is not null)) || e.Modality == "hypothetical" || e.Actors.Count == 0)
            return null;
        var sentence = e.SentenceText ?? e.Trigger;
        var systems = e.Quantities.Where(q => !IsCurrency(q.Unit) && q.Unit is not ("killed" or "wounded"))
            .Select(q => string.Create(CultureInfo.InvariantCulture, $"{q.Value:0.##} {q.Unit}")).ToList();
        var named = cues.CategoryIn(sentence);
        // An act of giving says what it gives: money, counted systems, or aid words ("sent a delegation" gives nothing).
        if (money is null && systems.Count == 0 && named is null)
            return null;
        var status = e.Modality == "negated" ? "disputed"
            : cues.StatusIn(sentence) ?? (e.Modality == "future" ? "pledged" : "announced");
        var category = named
            ?? (e.Contexts.Contains("military") ? "military" : e.Contexts.Contains("humanitarian") ? "humanitarian"
                : e.Contexts.Contains("economic") || money is not null ? "financial" : "unspecified");
        var year = e.Day is { Length: >= 4 } day ? int.Parse(day.AsSpan(0, 4), CultureInfo.InvariantCulture) : (int?)null;
        var usd = money is not null && year is { } y ? rates.ToUsd(money.Value, money.Unit, y) : null;
        return new Commitment(Codes(e.Actors), Codes(e.Recipients), category, status, money?.Value, money?.Unit, usd, systems, e.Day, [e]);
    }

    private static string[] Codes(IReadOnlyList<ParticipantRecord> participants) =>
        participants.Select(p => p.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    private static bool IsCurrency(string unit) => unit.Length == 3 && unit.All(char.IsAsciiLetterUpper);

    /// <summary>The same amount between the same parties within a month: one pledge told again (by another outlet, or later).</summary>
    private static bool IsSamePledge(Commitment a, Commitment b) =>
        a.Amount is not null && a.Amount == b.Amount && a.Currency == b.Currency
        && a.Donors.SequenceEqual(b.Donors) && (a.Recipients.Count == 0 || b.Recipients.Count == 0 || a.Recipients.SequenceEqual(b.Recipients))
        && DaysBetween(a.Day, b.Day) <= SamePledgeDays;

    private static int DaysBetween(string? a, string? b) =>
        a is null || b is null ? 0 : Math.Abs(DateOnly.ParseExact(a, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber - DateOnly.ParseExact(b, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber);

    /// <summary>
    /// A later report of a pledge: counted, its recipients and systems added when the first lacked them, and
    /// its status kept when further on (delivered after pledged; disputed once any report disputes it).
    /// </summary>
    private static Commitment Merge(Commitment first, Commitment later) => first with
    {
        Recipients = first.Recipients.Count > 0 ? first.Recipients : later.Recipients,
        Systems = first.Systems.Count > 0 ? first.Systems : later.Systems,
        Status = Rank(later.Status) > Rank(first.Status) ? later.Status : first.Status,
        Category = first.Category == "unspecified" ? later.Category : first.Category,
        Reports = [.. first.Reports, .. later.Reports],
    };

    private static int Rank(string status) => status switch
    {
        "disputed" => 3,
        "delivered" => 2,
        "pledged" => 1,
        _ => 0,
    };
}
