using BenchmarkDotNet.Attributes;
using Parley.Duplicates;

namespace Parley.Benchmarks;

/// <summary>
/// Near-duplicate detection per document against an index of 10,000 or 100,000 documents: signing a
/// document alone, looking a signed document up in the LSH index and verifying the candidates alone, and
/// both together. Lookups must cost the same at both sizes (no all-pairs comparison). Documents are 300 words drawn
/// from the samples' vocabulary by frequency; half the looked-up documents are edited copies of
/// indexed ones (every tenth word replaced), half are new.
/// </summary>
[MemoryDiagnoser]
public class DuplicateBenchmarks
{
    private const int Queries = 1_000;
    private const int WordsPerDocument = 300;

    private DuplicateDetector detector = null!;
    private MinHasher hasher = null!;
    private string[] queries = [];
    private MinHashSignature[] signed = [];
    private long postingsAfterSetup;
    private long lookups;
    private long matches;

    /// <summary>Documents indexed before the measurement.</summary>
    [Params(10_000, 100_000)]
    public int Documents { get; set; }

    /// <summary>Builds the index (outside the measurement).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var vocabulary = Vocabulary();
        var random = new Random(2026);
        hasher = MinHasher.CreateDefault();
        detector = new DuplicateDetector(DuplicateOptions.Default, hasher);
        var kept = new List<string>();
        for (var i = 0; i < Documents; i++)
        {
            var text = Document(vocabulary, random);
            detector.Add("d" + i, null, text);
            if (kept.Count < Queries / 2)
                kept.Add(text);
        }
        queries = new string[Queries];
        for (var i = 0; i < Queries; i++)
            queries[i] = i % 2 == 0 ? Edit(kept[i / 2], vocabulary, random) : Document(vocabulary, random);
        signed = Array.ConvertAll(queries, q => hasher.Sign(q));
        postingsAfterSetup = detector.Index.PostingsRead;
    }

    /// <summary>Reports how many index postings a measured lookup read on average, and how many queries matched.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        if (lookups > 0)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"// {Documents} documents indexed: {(double)(detector.Index.PostingsRead - postingsAfterSetup) / lookups:0.00} postings read per lookup, {(double)matches / lookups:P0} of lookups matched"));
        }
    }

    /// <summary>Signing alone: shingling and MinHash.</summary>
    [Benchmark(OperationsPerInvoke = Queries)]
    public int Sign()
    {
        var total = 0;
        foreach (var query in queries)
            total += hasher.Sign(query).ShingleCount;
        return total;
    }

    /// <summary>Signing, LSH lookup and verification of the candidates.</summary>
    [Benchmark(OperationsPerInvoke = Queries)]
    public int SignAndMatch()
    {
        var found = 0;
        foreach (var query in queries)
        {
            if (detector.Match(hasher.Sign(query)) is not null)
                found++;
        }
        lookups += queries.Length;
        matches += found;
        return found;
    }

    /// <summary>LSH lookup and verification alone, of documents signed beforehand: the part that must not grow with the index.</summary>
    [Benchmark(OperationsPerInvoke = Queries)]
    public int Match()
    {
        var found = 0;
        foreach (var signature in signed)
        {
            if (detector.Match(signature) is not null)
                found++;
        }
        lookups += signed.Length;
        matches += found;
        return found;
    }

    private static string[] Vocabulary()
    {
        // Words with their frequency in the samples, as a list with repeats: sampling it follows the frequency.
        var words = new List<string>();
        foreach (var article in BenchmarkCorpus.TextArticles())
            words.AddRange(article.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return [.. words];
    }

    private static string Document(string[] vocabulary, Random random)
    {
        var words = new string[WordsPerDocument];
        for (var i = 0; i < words.Length; i++)
            words[i] = vocabulary[random.Next(vocabulary.Length)];
        return string.Join(' ', words);
    }

    private static string Edit(string text, string[] vocabulary, Random random)
    {
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i += 10)
            words[i] = vocabulary[random.Next(vocabulary.Length)];
        return string.Join(' ', words);
    }
}
