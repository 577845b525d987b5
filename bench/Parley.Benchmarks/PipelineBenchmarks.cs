using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Parley.Dates;
using Parley.Documents;
using Parley.Events;
using Parley.Mentions;
using Parley.Pipeline;
using Parley.Text;

namespace Parley.Benchmarks;

/// <summary>
/// The pipeline over about 4 MB of news text, as many documents: <c>segmentation</c> (normalisation,
/// layout, tokens, sentences), <c>mentions</c> (actor, place and date recognition alone, over documents
/// segmented beforehand), <c>events</c> (event coding alone: events, modality, contexts, quantities, merge
/// and quality, over documents whose mentions were found beforehand) or <c>standard</c> (all of it). Every
/// document is published on a fixed day so that relative dates resolve. Reports MB/s of UTF-8 input and sentences/s.
/// </summary>
[Config(typeof(Columns))]
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private const long CorpusCharacters = 4_000_000;
    private static readonly string[] Corpus = BenchmarkCorpus.Repeat(BenchmarkCorpus.TextArticles(), CorpusCharacters);
    private static readonly long CorpusBytes = Corpus.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a));
    private static readonly long CorpusSentences = Corpus.Sum(a => (long)Segmentation().Process(NewDocument(a)).Sentences.Length);

    private static readonly PartialDate Published = PartialDate.FromDate(new DateOnly(2025, 2, 19));

    private DocumentPipeline pipeline = null!;
    private Document[] segmented = [];
    private IPipelineComponent[] measured = [];

    /// <summary>Which stages to run.</summary>
    [Params("segmentation", "mentions", "events", "standard")]
    public string Stages { get; set; } = "";

    private sealed class Columns : ManualConfig
    {
        public Columns()
        {
            AddColumn(new ThroughputColumn("MB/s", _ => CorpusBytes, 1_000_000));
            AddColumn(new ThroughputColumn("sentences/s", _ => CorpusSentences, 1));
        }
    }

    /// <summary>Builds the pipeline once, outside the measurement (the lexicons load here).</summary>
    [GlobalSetup]
    public void Setup()
    {
        pipeline = Stages == "segmentation" ? Segmentation() : StandardPipeline.Create(Published);
        if (Stages is not ("mentions" or "events"))
            return;
        // Everything before the measured components runs here, once; the measurement repeats only them:
        // the recognisers up to event coding, or event coding to the end.
        var standard = pipeline.Components;
        bool IsFirst(IPipelineComponent c) => Stages == "mentions" ? c is EntityRecognizer : c is EventFinder;
        var before = DocumentPipeline.Build(standard.TakeWhile(c => !IsFirst(c)));
        segmented = Corpus.Select(a => before.Process(NewDocument(a))).ToArray();
        measured = standard.SkipWhile(c => !IsFirst(c)).TakeWhile(c => Stages == "events" || c is not EventFinder).ToArray();
    }

    /// <summary>The chosen stages over the corpus.</summary>
    [Benchmark]
    public int ProcessCorpus()
    {
        var sentences = 0;
        if (Stages is "mentions" or "events")
        {
            foreach (var document in segmented)
            {
                if (Stages == "mentions")
                    document.Mentions = [];
                document.Events = [];
                document.Quality = null;
                foreach (var component in measured)
                    component.Process(document, CancellationToken.None);
                sentences += document.Sentences.Length;
            }
            return sentences;
        }
        foreach (var article in Corpus)
            sentences += pipeline.Process(NewDocument(article)).Sentences.Length;
        return sentences;
    }

    private static DocumentPipeline Segmentation() =>
        DocumentPipeline.Build(new MatchTextFolder(), new LayoutAnalyzer(), new Tokenizer(), new SentenceSplitter());

    private static Document NewDocument(string text) =>
        new(text, new DocumentMetadata { Id = "bench", Origin = "bench", Format = "text" });
}
