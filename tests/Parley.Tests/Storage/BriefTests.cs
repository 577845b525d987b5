using Parley.Mentions;
using Parley.Storage.Briefs;
using Parley.Storage.Commitments;
using Parley.Storage.Sqlite;
using Parley.Tests.Support;

namespace Parley.Tests.Storage;

/// <summary>Briefs written from a real SQLite store, each test with articles of its own.</summary>
public sealed class BriefTests : IDisposable
{
    private readonly TempDirectory temp = new();

    private static readonly BriefBuilder Builder = new(new ActorNames(EntityLexicon.Shipped.Actors), CommitmentLedger.Shipped);

    private Brief Write(BriefQuery query, params (string Text, string Published, string Source, string Url, string Title)[] articles)
    {
        using var store = SqliteEventStore.Open(Path.Combine(temp.Path, "parley.db"));
        store.Store([.. articles.Select(a => StoreArticles.Make(a.Text, a.Published, url: a.Url, source: a.Source, title: a.Title))]);
        return Builder.Build(store, query);
    }

    private const string Visit = "KYIV, Feb 20, 2023 (Parley Wire) - US President Joe Biden visited Kyiv on Monday and met Ukrainian President Volodymyr Zelensky.";
    private const string VisitRetold = "KYIV, Feb 20, 2023 (Harbour Times) - Joe Biden, the US president, visited Kyiv on Monday for talks with President Volodymyr Zelensky.";
    private const string Expected = "WASHINGTON, Feb 21, 2023 (Parley Wire) - The United States is expected to send more air defence systems to Ukraine, analysts said.";

    [Fact]
    public void AHappeningToldByTwoOutlets_IsOneTimelineLine_ConfirmedAndCited()
    {
        var brief = Write(new BriefQuery { Dyad = ("USA", "UKR") },
            (Visit, "2023-02-20", "Parley Wire", "https://example.test/1", "Biden in Kyiv"),
            (VisitRetold, "2023-02-20", "Harbour Times", "https://example.test/2", "Biden visits Kyiv"));
        var visit = Assert.Single(brief.Timeline, l => l.Evidence.PloverType == "CONSULT");
        Assert.Contains("United States met Ukraine in Kyiv", visit.Text);
        Assert.Contains("confirmed by 2 sources", visit.Text);
        Assert.Equal("United States and Ukraine", brief.Subject);
        Assert.Contains(brief.Citations, e => e.Id == visit.Evidence.Id);
    }

    [Fact]
    public void WhatIsOnlyExpected_IsKeptOutOfTheTimeline()
    {
        var brief = Write(new BriefQuery { Dyad = ("USA", "UKR") }, (Expected, "2023-02-21", "Parley Wire", "https://example.test/3", "More air defence"));
        Assert.DoesNotContain(brief.Timeline, l => l.Evidence.Modality != "asserted");
        Assert.Contains(brief.Speculative, l => l.Text.StartsWith("Speculated", StringComparison.Ordinal) || l.Text.StartsWith("Expected", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_EncodesHostileArticleText_AndLinksOnlyWebAddresses()
    {
        var brief = Write(new BriefQuery(),
            (Visit, "2023-02-20", "Parley <b>Wire</b>", "javascript:alert(1)", "<script>alert('x')</script> Biden in Kyiv"));
        using var html = new StringWriter();
        HtmlBriefWriter.Write(brief, html);
        var page = html.ToString();
        Assert.DoesNotContain("<script>", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Content-Security-Policy", page, StringComparison.Ordinal);
        using var markdown = new StringWriter();
        MarkdownBriefWriter.Write(brief, markdown);
        Assert.DoesNotContain("<script>", markdown.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ThePartOfAPackage_IsListedAsSuch_AndTheSummaryCountsThePackageOnce()
    {
        var brief = Write(new BriefQuery(),
            ("WASHINGTON, May 6, 2024 (Parley Wire) - The United States approved a $50 billion aid package for Ukraine and Moldova on Monday. It includes $20 billion for Moldova.",
                "2024-05-06", "Parley Wire", "https://example.test/4", "A $50 billion package"));
        Assert.Contains("1 aid commitment worth about $50 billion in all, plus 1 part of it listed but not counted again.", brief.Summary);
        var lines = MarkdownBriefWriter.CommitmentLines(brief);
        Assert.Equal(2, lines.Count);
        Assert.Contains(lines, l => l.Text.Contains("20,000,000,000 USD", StringComparison.Ordinal)
                                    && l.Text.EndsWith("part of the 50,000,000,000 USD commitment of 2024-05-06, not counted again", StringComparison.Ordinal));
    }

    public void Dispose() => temp.Dispose();
}
