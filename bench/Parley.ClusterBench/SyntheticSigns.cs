using Parley.Storage.Linking;

namespace Parley.ClusterBench;

/// <summary>
/// The event signs of a synthetic stream of news documents, in publication order: a steady
/// <see cref="DocumentsPerDay"/> from 2015-01-01, three events each, of eight PLOVER types; actor and recipient
/// from 150 country codes with a Zipf skew (a few dyads are very common, as in news); a fifth with no recipient,
/// a third placed in a country, half dated to the day by their report, the others filed a day or two after.
/// Seeded, so every run sees the same stream.
/// </summary>
internal sealed class SyntheticSigns(int seed)
{
    public const int DocumentsPerDay = 400;
    public const int EventsPerDocument = 3;

    private static readonly string[] Types = ["CONSULT", "CONSULT", "CONSULT", "ASSAULT", "ASSAULT", "AID", "AGREE", "ACCUSE", "SANCTION", "COOPERATE", "THREATEN"];
    private static readonly DateOnly Start = new(2015, 1, 1);

    private readonly Random random = new(seed);
    private readonly string[] countries = [.. Enumerable.Range(0, 150).Select(i => $"C{i:D3}")];
    private readonly double[] cumulative = Zipf(150);

    /// <summary>The signs of document number <paramref name="document"/> (from 0) into <paramref name="signs"/>.</summary>
    public void Document(long document, List<HappeningSign> signs)
    {
        signs.Clear();
        var published = Start.AddDays((int)(document / DocumentsPerDay));
        for (var i = 0; i < EventsPerDocument; i++)
        {
            var actor = Country();
            var recipient = random.NextDouble() < 0.2 ? null : Country();
            var exact = random.NextDouble() < 0.5;
            var day = exact ? published.AddDays(-random.Next(0, 3)) : published;
            var place = random.NextDouble() < 0.33 ? (random.NextDouble() < 0.5 ? actor : recipient ?? actor) : null;
            signs.Add(new HappeningSign(Types[random.Next(Types.Length)], actor, recipient, place, day, exact));
        }
    }

    private string Country()
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble());
        return countries[index < 0 ? ~index : index];
    }

    private static double[] Zipf(int n)
    {
        var weights = Enumerable.Range(1, n).Select(rank => 1.0 / rank).ToArray();
        var total = weights.Sum();
        var cumulative = new double[n];
        var sum = 0.0;
        for (var i = 0; i < n; i++)
            cumulative[i] = sum += weights[i] / total;
        return cumulative;
    }
}
