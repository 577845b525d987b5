using Parley.Documents;
using Parley.Pipeline;
using Parley.Text;

namespace Parley.Tests.Pipeline;

public sealed class DocumentPipelineTests
{
    private sealed class Recorder(string name, string[] requires, string[] assigns, List<string> log) : IPipelineComponent
    {
        public string Name => name;
        public IReadOnlyList<string> Requires => requires;
        public IReadOnlyList<string> Assigns => assigns;
        public void Process(Document document, CancellationToken cancellationToken) => log.Add(name);
    }

    private static Document NewDocument() => new("Text.", new DocumentMetadata { Id = "x", Origin = "x", Format = "text" });

    [Fact]
    public void Build_Fails_WhenAComponentRequiresWhatNoEarlierComponentAssigns()
    {
        var error = Assert.Throws<PipelineBuildException>(() => DocumentPipeline.Build(new SentenceSplitter(), new Tokenizer(), new LayoutAnalyzer(), new MatchTextFolder()));
        Assert.Contains("'sentences'", error.Message);
        Assert.Contains("'match_text'", error.Message);
    }

    [Fact]
    public void Build_Fails_WhenANameRepeats()
    {
        var log = new List<string>();
        Assert.Throws<PipelineBuildException>(() => DocumentPipeline.Build(new Recorder("a", [], [], log), new Recorder("a", [], [], log)));
    }

    [Fact]
    public void Process_RunsComponentsInTheGivenOrder_NeverReordering()
    {
        var log = new List<string>();
        var pipeline = DocumentPipeline.Build(
            new Recorder("third-by-name", [], ["x"], log),
            new Recorder("first-by-name", ["x"], ["y"], log),
            new Recorder("second-by-name", [], [], log));
        pipeline.Process(NewDocument());
        Assert.Equal(["third-by-name", "first-by-name", "second-by-name"], log);
    }

    [Fact]
    public void Process_StopsWhenCancelled()
    {
        var log = new List<string>();
        var pipeline = DocumentPipeline.Build(new Recorder("a", [], [], log));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => pipeline.Process(NewDocument(), cancelled.Token));
        Assert.Empty(log);
    }

    [Fact]
    public void StandardPipeline_DeclaresEveryAnnotationItUses()
    {
        var pipeline = StandardPipeline.Create();
        Assert.Equal(["normalise", "layout", "tokenizer", "sentences", "headline", "publication-date", "entities", "dates",
            "events", "modality", "contexts", "quantities", "merge", "quality"], pipeline.Components.Select(c => c.Name));
    }
}
