using Parley.Documents;
using Parley.Tests.Support;

namespace Parley.Tests.Text;

public sealed class LayoutAnalyzerTests
{
    // Scraped text in which every inline link landed on a line of its own.
    private const string Scraped =
        "The spotlight turns to Moldova as a senior EU Envoy lands in Chisinau, opening the way for the upcoming\n" +
        "Chisinau Talks\n" +
        ". The arrival of the\n" +
        "EU Envoy\n" +
        "in the Moldovan capital signals a renewed commitment.\n" +
        "Why the Envoy's Visit Matters Now\n" +
        "The timing of the\n" +
        "EU Envoy\n" +
        "‘s arrival is no accident. Energy is on the agenda:\n" +
        "- Energy Resilience: To diversify supply.\n" +
        "- Reform Momentum: To support the courts.\n" +
        "What Could the Talks Deliver?\n" +
        "Key Agenda Items for the Chisinau Talks\n" +
        "The\n" +
        "Chisinau Talks\n" +
        "are expected to be broad.";

    [Fact]
    public void Layout_RejoinsLinkFragmentsIntoTheirSentences()
    {
        var sentences = Pipelines.Sentences(Scraped);
        Assert.Contains("The spotlight turns to Moldova as a senior EU Envoy lands in Chisinau, opening the way for the upcoming Chisinau Talks .", sentences);
        Assert.Contains("The arrival of the EU Envoy in the Moldovan capital signals a renewed commitment.", sentences);
        Assert.Contains("The timing of the EU Envoy ‘s arrival is no accident.", sentences);
        Assert.Contains("The Chisinau Talks are expected to be broad.", sentences);
    }

    [Fact]
    public void Layout_KeepsHeadingsAndBulletsApart()
    {
        var document = Pipelines.Process(Scraped);
        var blocks = document.Blocks.Select(b => (b.Kind, Text: document.Slice(b.Span).Replace('\n', ' '))).ToArray();
        Assert.Contains((BlockKind.Heading, "Why the Envoy's Visit Matters Now"), blocks);
        Assert.Contains((BlockKind.Heading, "What Could the Talks Deliver?"), blocks);
        Assert.Contains((BlockKind.Heading, "Key Agenda Items for the Chisinau Talks"), blocks);
        Assert.Contains((BlockKind.ListItem, "- Energy Resilience: To diversify supply."), blocks);
        Assert.Contains((BlockKind.ListItem, "- Reform Momentum: To support the courts."), blocks);
        Assert.Equal(8, blocks.Length);
    }

    [Fact]
    public void Layout_TreatsSingleLineBreaksAsWrapping_WhenParagraphsAreSeparatedByBlankLines()
    {
        var text = "Kyiv talks end\n\nThe envoy met the president.\nThey spoke for two hours.\n\nA second round is planned.";
        var document = Pipelines.Process(text);
        Assert.Equal([BlockKind.Heading, BlockKind.Paragraph, BlockKind.Paragraph], document.Blocks.Select(b => b.Kind));
        Assert.Equal("The envoy met the president.\nThey spoke for two hours.", document.Slice(document.Blocks[1].Span));
    }

    [Fact]
    public void Layout_FindsTheSeoSampleStructure()
    {
        // Own sample written in the scraped style (no blank lines, link fragments, headings, bullets).
        var document = Pipelines.Process(File.ReadAllText(Repository.Sample("text/seo-envoy-chisinau.txt")));
        var kinds = document.Sentences.Select(s => document.Blocks[s.Block].Kind).ToArray();
        Assert.InRange(kinds.Length, 45, 60);
        Assert.Equal(9, kinds.Count(k => k == BlockKind.Heading));
        Assert.Equal(7, kinds.Count(k => k == BlockKind.ListItem));
        Assert.DoesNotContain(document.Sentences, s => document.Slice(s.Span) is "EU Envoy" or "Chisinau Talks" or ".");
    }
}
