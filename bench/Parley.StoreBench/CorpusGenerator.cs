using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Parley.StoreBench;

/// <summary>
/// Builds a JSON Lines corpus of any size from the bundled samples: each article is a sample text with
/// its countries, capitals and leaders swapped for others (consistently within the article), its own
/// URL, outlet and publication date, so that a large store has many dyads, places and months.
/// </summary>
public static partial class CorpusGenerator
{
    // Interchangeable names, each with its capital and a leader the lexicons know.
    private static readonly (string Country, string Adjective, string Capital)[] Countries =
    [
        ("Ukraine", "Ukrainian", "Kyiv"), ("Russia", "Russian", "Moscow"), ("China", "Chinese", "Beijing"),
        ("Poland", "Polish", "Warsaw"), ("France", "French", "Paris"), ("Germany", "German", "Berlin"),
        ("Turkey", "Turkish", "Ankara"), ("Japan", "Japanese", "Tokyo"), ("India", "Indian", "New Delhi"),
        ("Iran", "Iranian", "Tehran"), ("Israel", "Israeli", "Jerusalem"), ("Egypt", "Egyptian", "Cairo"),
        ("Kenya", "Kenyan", "Nairobi"), ("Brazil", "Brazilian", "Brasilia"), ("Mexico", "Mexican", "Mexico City"),
        ("Sudan", "Sudanese", "Khartoum"), ("Ethiopia", "Ethiopian", "Addis Ababa"), ("Qatar", "Qatari", "Doha"),
        ("Pakistan", "Pakistani", "Islamabad"), ("Moldova", "Moldovan", "Chisinau"), ("Georgia", "Georgian", "Tbilisi"),
        ("Serbia", "Serbian", "Belgrade"), ("Nigeria", "Nigerian", "Abuja"), ("Saudi Arabia", "Saudi", "Riyadh"),
    ];

    private static readonly string[] Outlets = ["Parley Wire", "Meridian Post", "Harbour Times", "Northern Ledger", "Atlas Daily", "Coastal Herald"];

    /// <summary>Writes <paramref name="count"/> articles to <paramref name="path"/>.</summary>
    public static void Write(string samples, string path, int count)
    {
        var texts = Directory.GetFiles(Path.Combine(samples, "text"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        foreach (var file in Directory.GetFiles(Path.Combine(samples, "jsonl"), "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Trim().Length > 0))
            {
                if (JsonDocument.Parse(line).RootElement.TryGetProperty("text", out var text))
                    texts.Add(text.GetString()!);
            }
        }
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        var start = new DateOnly(2020, 1, 1);
        for (var i = 0; i < count; i++)
        {
            var random = new Random(Seed(i));
            var map = Countries.OrderBy(_ => random.Next()).ToArray();
            var swap = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var c = 0; c < Countries.Length; c++)
            {
                swap[Countries[c].Country] = map[c].Country;
                swap[Countries[c].Adjective] = map[c].Adjective;
                swap[Countries[c].Capital] = map[c].Capital;
            }
            var text = Names().Replace(texts[i % texts.Count], m => swap.TryGetValue(m.Value, out var other) ? other : m.Value);
            var published = start.AddDays(random.Next(0, 6 * 365));
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                id = $"gen-{i:D7}",
                url = $"https://generated.test/{published:yyyy/MM/dd}/{i}",
                title = text.Split('\n', 2)[0].Trim(),
                source = Outlets[random.Next(Outlets.Length)],
                published = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                text,
            }));
        }
    }

    /// <summary>
    /// The seed of article <paramref name="i"/>: its own, so that an article does not depend on the corpus size,
    /// and scrambled (SplitMix64's finaliser), because Random's first values follow close seeds closely: with
    /// <c>new Random(i)</c> the dates of a sample's copies fell by a few days at each turn, so most copies
    /// arrived before their group's original and ingest regrouped a group at almost every arrival.
    /// </summary>
    private static int Seed(int i)
    {
        var z = (ulong)i + 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }

    [GeneratedRegex(@"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?\b")]
    private static partial Regex Names();
}
