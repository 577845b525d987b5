using System.Text;
using System.Text.Json;
using Parley.Tests.Support;

namespace Parley.Tests.Storage;

/// <summary>Builds JSON Lines corpora for store tests from the bundled text samples, each article with a URL of its own.</summary>
internal static class StoreCorpus
{
    /// <summary>Writes <paramref name="count"/> distinct articles to <paramref name="path"/>.</summary>
    public static void WriteJsonl(string path, int count)
    {
        var texts = Directory.GetFiles(Repository.Sample("text"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        for (var i = 0; i < count; i++)
        {
            var line = JsonSerializer.Serialize(new
            {
                id = $"gen-{i}",
                url = $"https://generated.test/{i}",
                title = $"Generated article {i}",
                source = i % 3 == 0 ? "Parley Wire" : i % 3 == 1 ? "Meridian Post" : "Harbour Times",
                published = new DateOnly(2023, 1, 1).AddDays(i % 365).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                text = texts[i % texts.Length],
            });
            writer.WriteLine(line);
        }
    }
}
