namespace Parley.Benchmarks;

/// <summary>The sample articles of the checkout, loaded once for the benchmarks.</summary>
public static class BenchmarkCorpus
{
    /// <summary>The checkout's samples/ folder.</summary>
    public static string Samples { get; } = FindSamples();

    /// <summary>Every plain-text sample article.</summary>
    public static string[] TextArticles() =>
        Directory.GetFiles(Path.Combine(Samples, "text"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    /// <summary>Articles repeated until they reach <paramref name="characters"/> characters, as separate documents.</summary>
    public static string[] Repeat(string[] articles, long characters)
    {
        var result = new List<string>();
        long total = 0;
        for (var i = 0; total < characters; i++)
        {
            var article = articles[i % articles.Length];
            result.Add(article);
            total += article.Length;
        }
        return [.. result];
    }

    private static string FindSamples()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "samples");
            if (Directory.Exists(Path.Combine(candidate, "text")))
                return candidate;
        }
        throw new InvalidOperationException("Run the benchmarks inside a Parley checkout: no samples/ folder found.");
    }
}
