using System.Globalization;
using Parley.Commitments;
using Parley.Events;

namespace Parley.Storage.Commitments;

/// <summary>
/// The commitments ledger: every AID event, and every AGREE event that names an amount of money, read as a
/// commitment with its amount, category, named systems and status, repeats merged. Speculation ("could
/// send") is no commitment; a denied one is disputed. A sum told as part of a larger one ("the bill includes $61bn
/// for Ukraine") is listed and marked, so that totals count it once, in its whole.
/// </summary>
/// <param name="rates">Rates for the USD estimate.</param>
/// <param name="cues">Words for status and category, and those that tell a sum as part of a larger one.</param>
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

    /// <summary>
    /// The commitments among <paramref name="events"/>, repeats merged, earliest first; a sum the text ties to a
    /// larger one of the same donor in the same article by a part cue is marked as part of it (<see cref="Commitment.PartOf"/>).
    /// </summary>
    public IReadOnlyList<Commitment> Build(IEnumerable<EventRecord> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var read = events.Select(Read).OfType<Commitment>().ToList();
        var byDocument = read.ToLookup(c => c.Evidence.DocumentId);
        var merged = new List<Commitment>();
        foreach (var commitment in read.Select(c => c with { PartOf = WholeOf(c, byDocument[c.Evidence.DocumentId])?.Evidence.Id })
                     .OrderBy(c => c.Day, StringComparer.Ordinal).ThenBy(c => c.Evidence.Id))
        {
            var same = merged.FindLastIndex(m => IsSamePledge(m, commitment));
            if (same < 0)
                merged.Add(commitment);
            else
                merged[same] = Merge(merged[same], commitment);
        }
        // A whole told again by another outlet is cited by its earliest report: the part points there.
        var citedAs = merged.SelectMany(m => m.Reports.Select(r => (Report: r.Id, Cited: m.Evidence.Id))).ToDictionary(r => r.Report, r => r.Cited);
        return merged.Select(m => m.PartOf is { } whole ? m with { PartOf = citedAs[whole] } : m).ToList();
    }

    /// <summary>An event as a commitment, or null when it is none.</summary>
    private Commitment? Read(EventRecord e)
    {
        var money = MoneyOf(e);
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

    /// <summary>
    /// The larger commitment of the same donors in the same article that <paramref name="part"/>'s sentence tells it
    /// is part of, or null: the one whose amount follows a whole-follows cue there ("$20bn of the $50bn package"),
    /// else, when a part-follows cue stands before its own amount ("it includes $20bn"), the one told in the same
    /// sentence or the nearest one before it.
    /// </summary>
    private Commitment? WholeOf(Commitment part, IEnumerable<Commitment> sameArticle)
    {
        var sentence = part.Evidence.SentenceText;
        if (MoneyOf(part.Evidence) is not { } money || sentence is null || sentence.IndexOf(money.Text, StringComparison.Ordinal) is not (>= 0 and var at))
            return null;
        var larger = sameArticle.Where(w => w.Evidence.Id != part.Evidence.Id && w.Donors.SequenceEqual(part.Donors) && IsLarger(w, part))
            .OrderBy(w => w.Evidence.Id).ToList();
        foreach (var whole in larger)
        {
            // The whole's amount as its own report words it, or as the part's sentence does.
            foreach (var text in whole.Evidence.Quantities.Concat(part.Evidence.Quantities).Where(q => q.Unit == whole.Currency && q.Value == whole.Amount).Select(q => q.Text))
            {
                var named = sentence.IndexOf(text, StringComparison.Ordinal);
                if (named >= 0 && named != at && cues.IsWholeAt(sentence, named))
                    return whole;
            }
        }
        if (!cues.IsPartAt(sentence, at))
            return null;
        return larger.FirstOrDefault(w => w.Evidence.SentenceText == sentence) ?? larger.LastOrDefault(w => w.Evidence.Id < part.Evidence.Id);
    }

    /// <summary>Whether <paramref name="whole"/> is the larger sum: in dollars when both have an estimate, else in one currency.</summary>
    private static bool IsLarger(Commitment whole, Commitment part) =>
        whole.Usd is { } wholeUsd && part.Usd is { } partUsd ? wholeUsd > partUsd
            : whole.Currency is not null && whole.Currency == part.Currency && whole.Amount > part.Amount;

    /// <summary>
    /// The event's amount of money: its first one in a currency that its sentence does not name as the whole another
    /// is part of ("out of the $50bn package, $20bn goes to Moldova" gives $20bn), else its first one.
    /// </summary>
    private QuantityRecord? MoneyOf(EventRecord e)
    {
        QuantityRecord? first = null;
        foreach (var quantity in e.Quantities)
        {
            if (!IsCurrency(quantity.Unit))
                continue;
            first ??= quantity;
            if (e.SentenceText?.IndexOf(quantity.Text, StringComparison.Ordinal) is not (>= 0 and var at) || !cues.IsWholeAt(e.SentenceText, at))
                return quantity;
        }
        return first;
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
    /// A later report of a pledge: counted, its recipients and systems added when the first lacked them, its
    /// status kept when further on (delivered after pledged; disputed once any report disputes it), and a part
    /// once any report tells it as part of a larger sum.
    /// </summary>
    private static Commitment Merge(Commitment first, Commitment later) => first with
    {
        Recipients = first.Recipients.Count > 0 ? first.Recipients : later.Recipients,
        Systems = first.Systems.Count > 0 ? first.Systems : later.Systems,
        Status = Rank(later.Status) > Rank(first.Status) ? later.Status : first.Status,
        Category = first.Category == "unspecified" ? later.Category : first.Category,
        PartOf = first.PartOf ?? later.PartOf,
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
