using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Parley.Documents;
using Parley.Pipeline;
using Parley.Text;

namespace Parley.Benchmarks;

/// <summary>
/// Segmentation — normalisation, layout, tokens and sentences — over about 4 MB of news text, as many
/// documents. Reports MB/s of UTF-8 input and sentences/s next to the time.
/// </summary>
[Config(typeof(Columns))]
[MemoryDiagnoser]
public class SegmentationBenchmarks
{
    private const long CorpusCharacters = 4_000_000;
    private static readonly DocumentPipeline Pipeline = DocumentPipeline.Build(
        new MatchTextFolder(), new LayoutAnalyzer(), new Tokenizer(), new SentenceSplitter());
    private static readonly string[] Corpus = BenchmarkCorpus.Repeat(BenchmarkCorpus.TextArticles(), CorpusCharacters);
    private static readonly long CorpusBytes = Corpus.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a));
    private static readonly long CorpusSentences = Corpus.Sum(a => (long)Pipeline.Process(NewDocument(a)).Sentences.Length);

    private sealed class Columns : ManualConfig
    {
        public Columns()
        {
            AddColumn(new ThroughputColumn("MB/s", _ => CorpusBytes, 1_000_000));
            AddColumn(new ThroughputColumn("sentences/s", _ => CorpusSentences, 1));
        }
    }

    private static Document NewDocument(string text) =>
        new(text, new DocumentMetadata { Id = "bench", Origin = "bench", Format = "text" });

    /// <summary>Segmentation of the corpus.</summary>
    [Benchmark]
    public int ProcessCorpus()
    {
        var sentences = 0;
        foreach (var article in Corpus)
            sentences += Pipeline.Process(NewDocument(article)).Sentences.Length;
        return sentences;
    }
}
