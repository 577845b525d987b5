using System.IO.Compression;
using System.Text;
using Parley.Dates;
using Parley.Documents;
using Parley.Reading;
using Parley.Tests.Support;

namespace Parley.Tests.Reading;

public sealed class ReaderTests
{
    private static List<ReadOutcome> Read(string path, InputFormat format = InputFormat.Auto, byte[]? stdin = null) =>
        new DocumentSource(new ReaderOptions { Format = format }).Read([path], () => new MemoryStream(stdin ?? [])).ToList();

    private static Document Single(string path)
    {
        var outcome = Assert.Single(Read(path));
        Assert.Null(outcome.Failure);
        return outcome.Document!;
    }

    [Fact]
    public void Html_ExtractsMainContentAndMetadata_LeavingBoilerplateOut()
    {
        var document = Single(Repository.Sample("html/us-supplemental-95bn-signed-2024.html"));
        Assert.Equal("html", document.Metadata.Format);
        Assert.NotNull(document.Metadata.Title);
        Assert.StartsWith("https://example-news.test/", document.Metadata.Url);
        Assert.Equal("2024-04-24", document.Metadata.Published?.Date.ToString());
        Assert.Equal(DateSource.Metadata, document.Metadata.Published?.Source);
        Assert.Contains("95", document.Text);
        Assert.DoesNotContain("cookie", document.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("newsletter", document.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Html_HonoursTheDeclaredCharset()
    {
        var document = Single(Repository.Sample("html/finland-joins-nato-2023.html"));
        Assert.Contains("Niinistö", document.Text);
        Assert.DoesNotContain('\uFFFD', document.Text);
    }

    [Fact]
    public void Html_ReadsTheDateFromJsonLdOrTimeElements()
    {
        var dated = Directory.GetFiles(Repository.Sample("html")).Select(Single).Where(d => d.Metadata.Published is not null).ToList();
        Assert.Equal(Directory.GetFiles(Repository.Sample("html")).Length, dated.Count);
    }

    [Fact]
    public void Rss_MakesADocumentOfEachItem()
    {
        var outcomes = Read(Repository.Sample("feeds/parley-wire-world.rss.xml"));
        Assert.True(outcomes.Count >= 3);
        Assert.All(outcomes, o =>
        {
            Assert.Null(o.Failure);
            Assert.Equal("rss", o.Document!.Metadata.Format);
            Assert.NotNull(o.Document.Metadata.Title);
            Assert.NotNull(o.Document.Metadata.Published);
            Assert.DoesNotContain("<p>", o.Document.Text);
        });
        Assert.EndsWith("#item-2", outcomes[1].Document!.Metadata.Origin);
    }

    [Fact]
    public void Atom_MakesADocumentOfEachEntry()
    {
        var outcomes = Read(Repository.Sample("feeds/meridian-post-international.atom.xml"));
        Assert.True(outcomes.Count >= 2);
        Assert.All(outcomes, o => Assert.NotNull(o.Document?.Metadata.Published));
    }

    [Fact]
    public void Jsonl_ReadsFieldsAndHtmlLines()
    {
        var outcomes = Directory.GetFiles(Repository.Sample("jsonl")).SelectMany(p => Read(p)).ToList();
        Assert.True(outcomes.Count >= 4);
        Assert.All(outcomes, o => Assert.Null(o.Failure));
        Assert.All(outcomes, o => Assert.NotNull(o.Document!.Metadata.Source));
        Assert.Contains(outcomes, o => o.Document!.Metadata.Origin.EndsWith(":2", StringComparison.Ordinal));
    }

    [Fact]
    public void Directory_IsReadRecursivelyInNameOrder()
    {
        var origins = Read(Repository.Samples).Select(o => o.Document?.Metadata.Origin ?? o.Failure!.Origin).ToList();
        Assert.True(origins.Count >= 24);
        var files = origins.Select(o => o.Split('#', ':')[0]).Distinct().ToList();
        Assert.Equal(files.Order(StringComparer.Ordinal), files);
    }

    [Fact]
    public void Gzip_IsReadTransparently_AndStdinIsSniffed()
    {
        using var temp = new TempDirectory();
        var text = "KYIV, Feb 19 (Parley Wire) - The envoy arrived in Kyiv.";
        using (var file = File.Create(Path.Combine(temp.Path, "a.txt.gz")))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
            gzip.Write(Encoding.UTF8.GetBytes(text));
        Assert.Equal(text, Single(Path.Combine(temp.Path, "a.txt.gz")).Text);

        var fromStdin = Assert.Single(Read("-", stdin: Encoding.UTF8.GetBytes("{\"id\":\"s1\",\"text\":\"Envoy meets minister.\"}\n")));
        Assert.Equal("s1", fromStdin.Document!.Metadata.Id);
        Assert.Equal("jsonl", fromStdin.Document.Metadata.Format);
    }

    [Theory]
    [InlineData("<html><body><p>Hi there, this is a page.</p></body></html>", InputFormat.Html)]
    [InlineData("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel></channel></rss>", InputFormat.Rss)]
    [InlineData("{\"text\":\"x\"}", InputFormat.Jsonl)]
    [InlineData("KYIV - Talks began.", InputFormat.Text)]
    public void Sniff_RecognisesTheFormatFromContent(string head, InputFormat expected) =>
        Assert.Equal(expected, FormatDetector.Sniff(Encoding.UTF8.GetBytes(head)));

    [Fact]
    public void InputOverride_ReadsHtmlAsPlainText_WhenAsked()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("page.html", "<p>Envoy arrives.</p>");
        Assert.Equal("<p>Envoy arrives.</p>", Assert.Single(Read(path, InputFormat.Text)).Document!.Text);
    }
}
