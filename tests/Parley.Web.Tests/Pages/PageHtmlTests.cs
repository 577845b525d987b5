using System.Net;
using System.Text.RegularExpressions;

namespace Parley.Web.Tests.Pages;

/// <summary>The HTML the pages send, read as text: hostile article strings arrive encoded, forms are labelled, the brief's style is allowed by hash.</summary>
public sealed partial class PageHtmlTests(SampleSite site) : IClassFixture<SampleSite>
{
    private readonly HttpClient client = site.Client;

    [Fact]
    public async Task HostileDocuments_AreEncoded_AndTheirJavascriptUrlsAreNoLinks()
    {
        var pages = new List<string>();
        foreach (var id in await HostileDocumentIds())
        {
            var html = await client.GetStringAsync(new Uri($"/documents/{id}", UriKind.Relative));
            pages.Add(html);
            var main = html[html.IndexOf("<main", StringComparison.Ordinal)..];

            Assert.DoesNotContain("<script", main, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", main, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<svg onload", main, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"javascript:", main, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"data:", main, StringComparison.OrdinalIgnoreCase);
            Assert.Contains(HostileArticles.Marker, main, StringComparison.Ordinal);
        }
        Assert.Contains(pages, html => html.Contains("<h1><bdi>&lt;script&gt;window.__xss=&#39;title&#39;&lt;/script&gt;Biden in Kyiv", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EventsPage_EveryControlHasALabel()
    {
        var html = await client.GetStringAsync(new Uri("/events?actor=USA", UriKind.Relative));

        var controls = ControlIds().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.True(controls.Count >= 14, $"only {controls.Count} controls");
        Assert.All(controls, id => Assert.Contains($"<label for=\"{id}\">", html, StringComparison.Ordinal));
        Assert.Contains("value=\"USA\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EventsPage_WrongFilter_ShowsTheErrorBesideTheForm()
    {
        var response = await client.GetAsync(new Uri("/events?since=soon", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("since &#39;soon&#39; is not a date", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BriefPage_AllowsItsOwnStyleByHashOnly()
    {
        var response = await client.GetAsync(new Uri("/brief?dyad=USA,UKR", UriKind.Relative));

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Matches("style-src 'sha256-[A-Za-z0-9+/=]{44}'", policy);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Contains("<h1>Brief: United States and Ukraine</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/timeline?dyad=USA,UKR", "Conflict–cooperation index")]
    [InlineData("/network", "<svg class=\"network\"")]
    [InlineData("/search?q=Kyiv", "<mark>Kyiv</mark>")]
    public async Task OtherPages_Render(string url, string expected)
    {
        var html = await client.GetStringAsync(new Uri(url, UriKind.Relative));

        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    private async Task<List<long>> HostileDocumentIds()
    {
        var json = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/search?q={HostileArticles.Marker}", UriKind.Relative))).RootElement;
        var ids = json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("document_id").GetInt64()).Distinct().ToList();
        Assert.Equal(3, ids.Count);
        return ids;
    }

    [GeneratedRegex("<(?:input|select) id=\"([^\"]+)\"")]
    private static partial Regex ControlIds();
}
