using System.Text;
using Parley.Documents;
using Parley.Tests.Support;

namespace Parley.Tests.Documents;

public sealed class DocumentTests
{
    public static TheoryData<string> SampleFiles() =>
        new(Directory.GetFiles(Repository.Sample("text"), "*.txt").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Tokens_RebuildTheTextExactly_WithTheGapsBetweenThem(string file)
    {
        // Given a sample article processed by the standard pipeline
        var document = Pipelines.Process(File.ReadAllText(Path.Combine(Repository.Sample("text"), file)));

        // When the text is rebuilt from the tokens and the whitespace gaps between them
        var rebuilt = new StringBuilder();
        var position = 0;
        foreach (var token in document.Tokens)
        {
            var gap = document.Text.AsSpan(position, token.Start - position);
            Assert.True(gap.IsWhiteSpace(), $"Non-whitespace left between tokens at {position}: '{gap}'");
            rebuilt.Append(gap).Append(document.TextOf(token));
            position = token.End;
        }
        rebuilt.Append(document.Text.AsSpan(position));

        // Then it equals the original, and only whitespace was left outside tokens
        Assert.Equal(document.Text, rebuilt.ToString());
        Assert.True(document.Text.AsSpan(position).IsWhiteSpace());
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void FirstMentionFrom_IsTheFirstMentionStartingThereOrLater(string file)
    {
        var document = Pipelines.Process(File.ReadAllText(Path.Combine(Repository.Sample("text"), file)));
        Assert.NotEmpty(document.Mentions);

        // At every offset of the text, and past its end, the search finds what a walk from the first mention finds
        for (var start = 0; start <= document.Text.Length + 1; start++)
        {
            var walked = 0;
            while (walked < document.Mentions.Length && document.Mentions[walked].Start < start)
                walked++;
            Assert.Equal(walked, document.FirstMentionFrom(start));
        }
    }

    [Theory]
    [InlineData("Hello\r\nworld\r", "Hello\nworld\n")]
    [InlineData("\uFEFFKyiv", "Kyiv")]
    [InlineData("Cafe\u0301", "Café")]
    [InlineData("a\u0000b", "a b")]
    public void Text_IsCanonicalised_WhenTheDocumentIsCreated(string raw, string expected)
    {
        var document = new Document(raw, new DocumentMetadata { Id = "x", Origin = "x", Format = "text" });
        Assert.Equal(expected, document.Text);
    }

    [Fact]
    public void LowerMatchWord_IsTheFoldedWordInLowerCase_AndFollowsANewMatchText()
    {
        // Given a processed document whose match text folds the typographic apostrophe
        var document = Pipelines.Process("The Envoy\u2019s TALKS in Kyiv.");

        // Then the lower-case word is the match word lowered, offsets unchanged
        Assert.Equal("envoy", document.LowerMatchWord(1).ToString());
        Assert.Equal("'s", document.LowerMatchWord(2).ToString());
        Assert.Equal("talks", document.LowerMatchWord(3).ToString());
        Assert.Equal("", document.LowerMatchWord(-1).ToString());

        // And when a component sets the match text anew, the lower-case words follow it rather than a stale copy
        document.MatchText = document.Text.Replace("TALKS", "MEETS", StringComparison.Ordinal);
        Assert.Equal("meets", document.LowerMatchWord(3).ToString());
    }

    [Theory]
    [InlineData(0, 8, Alignment.Strict, "US Envoy")]
    [InlineData(1, 8, Alignment.Contract, "Envoy")]
    [InlineData(1, 6, Alignment.Expand, "US Envoy")]
    [InlineData(3, 17, Alignment.Contract, "Envoy arrives")]
    public void CharSpan_MapsCharacterRangesOntoTokens(int start, int end, Alignment alignment, string expected)
    {
        var document = Pipelines.Process("US Envoy arrives in Kyiv.");
        var range = document.CharSpan(start, end, alignment);
        Assert.NotNull(range);
        Assert.Equal(expected, document.Slice(range.Value.Span));
    }

    [Fact]
    public void CharSpan_Strict_RejectsARangeThatCutsAToken()
    {
        var document = Pipelines.Process("US Envoy arrives in Kyiv.");
        Assert.Null(document.CharSpan(0, 6, Alignment.Strict));
    }

    [Fact]
    public void CharSpan_ReturnsNull_WhenContractLeavesNoWholeToken()
    {
        var document = Pipelines.Process("US Envoy arrives");
        Assert.Null(document.CharSpan(4, 6, Alignment.Contract));
    }

    [Fact]
    public void MatchText_MustKeepTheLengthOfTheText()
    {
        var document = new Document("Envoy‘s", new DocumentMetadata { Id = "x", Origin = "x", Format = "text" });
        Assert.Throws<ArgumentException>(() => document.MatchText = "Envoy's!");
    }
}
