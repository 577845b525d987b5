using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Parley.Pipeline;
using Parley.Reading;

namespace Parley.Benchmarks;

/// <summary>
/// Reading + normalisation + segmentation of a JSON Lines corpus (about 4 MB) from memory: the
/// path a bulk import takes. Reports MB/s of input.
/// </summary>
[Config(typeof(Columns))]
[MemoryDiagnoser]
public class ReadingBenchmarks
{
    private static readonly byte[] Jsonl = BuildJsonl();
    private static readonly DocumentPipeline Pipeline = StandardPipeline.Create();

    private sealed class Columns : ManualConfig
    {
        public Columns() => AddColumn(new ThroughputColumn("MB/s", _ => Jsonl.Length, 1_000_000));
    }

    private static byte[] BuildJsonl()
    {
        var builder = new StringBuilder();
        var articles = BenchmarkCorpus.Repeat(BenchmarkCorpus.TextArticles(), 4_000_000);
        for (var i = 0; i < articles.Length; i++)
            builder.Append(JsonSerializer.Serialize(new { id = $"a{i}", text = articles[i], source = "Parley Wire" })).Append('\n');
        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    /// <summary>Reads every line and runs the pipeline on it.</summary>
    [Benchmark]
    public int ReadAndSegmentJsonl()
    {
        var sentences = 0;
        foreach (var outcome in JsonLinesReader.Read(new MemoryStream(Jsonl, writable: false), "bench.jsonl", new ReaderOptions(), CancellationToken.None))
            sentences += Pipeline.Process(outcome.Document!).Sentences.Length;
        return sentences;
    }
}
