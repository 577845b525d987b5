using System.Net;

namespace Parley.Web.Tests.Api;

/// <summary>The read endpoints of the API over a store of the samples: what they return, and the problems they answer wrong requests with.</summary>
public sealed class ReadApiTests(SampleSite site) : IClassFixture<SampleSite>
{
    private readonly HttpClient client = site.Client;

    [Fact]
    public async Task Events_FilteredByActor_AreAllThatActors()
    {
        var json = await Json("/api/events?actor=USA&limit=100");

        var events = json.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Contains("USA", e.GetProperty("actor_codes").EnumerateArray().Select(c => c.GetString())));
        Assert.All(events, e => Assert.Equal("asserted", e.GetProperty("modality").GetString()));
    }

    [Fact]
    public async Task Events_Paged_NextPageContinuesWhereTheFirstEnds()
    {
        var first = await Json("/api/events?modality=any&limit=5");
        var next = first.GetProperty("next").GetString()!;
        var second = await Json(next);

        Assert.Equal(5, first.GetProperty("count").GetInt32());
        Assert.Contains("offset=5", next, StringComparison.Ordinal);
        Assert.Contains("modality=any", next, StringComparison.Ordinal);
        var firstIds = Ids(first);
        Assert.Empty(Ids(second).Intersect(firstIds));
        var whole = Ids(await Json("/api/events?modality=any&limit=10"));
        Assert.Equal(whole, firstIds.Concat(Ids(second)).ToList());
    }

    [Theory]
    [InlineData("/api/events?since=yesterday", "since 'yesterday' is not a date")]
    [InlineData("/api/events?limit=100000", "limit '100000' must be a whole number from 1 to 500")]
    [InlineData("/api/events?dyad=USA", "dyad 'USA' must be two codes")]
    [InlineData("/api/events?modality=maybe", "modality 'maybe' must be one of")]
    [InlineData("/api/events?format=xml", "format 'xml' must be json, csv or jsonl")]
    [InlineData("/api/search?q=", "q must give some words")]
    [InlineData("/api/brief?until=13-13", "until '13-13' is not a date")]
    public async Task WrongRequest_IsAProblem400NamingTheValue(string url, string detail)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/events/987654")]
    [InlineData("/api/documents/987654")]
    [InlineData("/events/987654")]
    [InlineData("/no/such/page")]
    public async Task Missing_IsAProblem404(string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Event_HasItsEvidenceSentencesSourcesAndCluster()
    {
        var id = Ids(await Json("/api/events?limit=1"))[0];

        var json = await Json($"/api/events/{id}");

        Assert.Equal(id, json.GetProperty("event").GetProperty("event_id").GetInt64());
        var evidence = json.GetProperty("evidence").EnumerateArray().ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, v => Assert.Contains(v.GetProperty("text").GetString()!, v.GetProperty("sentence_text").GetString(), StringComparison.Ordinal));
        var cluster = json.GetProperty("cluster");
        Assert.NotEmpty(cluster.GetProperty("key").GetString()!);
        Assert.NotEmpty(cluster.GetProperty("reports").EnumerateArray());
    }

    [Fact]
    public async Task Document_EvidenceAndMentionOffsets_PointIntoItsText()
    {
        var documentId = (await Json("/api/events?limit=1")).GetProperty("events")[0].GetProperty("story_id").GetInt64();

        var json = await Json($"/api/documents/{documentId}");

        var text = json.GetProperty("text").GetString()!;
        var mentions = json.GetProperty("mentions").EnumerateArray().ToList();
        var events = json.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(mentions);
        Assert.NotEmpty(events);
        Assert.All(mentions, m => Assert.Equal(m.GetProperty("text").GetString(), Slice(text, m)));
        Assert.All(events.SelectMany(e => e.GetProperty("evidence").EnumerateArray()), v => Assert.Equal(v.GetProperty("text").GetString(), Slice(text, v).Replace('\n', ' ')));
    }

    [Fact]
    public async Task Search_FindsAPhrase_AndTheEventsItsSentenceTells()
    {
        var json = await Json("/api/search?q=%22prisoner%20swap%22");

        var hits = json.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        // The store marks the phrase's words between ** (joined or one by one).
        Assert.All(hits, h => Assert.Matches(@"(?i)\*\*prisoner(\*\* \*\*| )swap\*\*", h.GetProperty("snippet").GetString()));
        Assert.Contains(hits, h => h.GetProperty("events").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Stats_CountTheStoreAndTheFilter()
    {
        var all = await Json("/api/stats");
        var usa = await Json("/api/stats?actor=USA");

        Assert.True(all.GetProperty("documents").GetInt64() >= 30);
        Assert.True(usa.GetProperty("matching_events").GetInt64() < all.GetProperty("matching_events").GetInt64());
        Assert.NotEmpty(all.GetProperty("by_dyad").EnumerateArray());
    }

    [Theory]
    [InlineData("json", "application/json", "\"subject\":\"United States and Ukraine\"")]
    [InlineData("md", "text/markdown", "# Brief: United States and Ukraine")]
    [InlineData("html", "text/html", "<h1>Brief: United States and Ukraine</h1>")]
    public async Task Brief_InEachFormat(string format, string mediaType, string expected)
    {
        var response = await client.GetAsync(new Uri($"/api/brief?dyad=USA,UKR&format={format}", UriKind.Relative));

        response.EnsureSuccessStatusCode();
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CsvDownload_HasTheGdeltHeaderAndOneLinePerEvent()
    {
        var count = Ids(await Json("/api/events?actor=USA&limit=500")).Count;

        var response = await client.GetAsync(new Uri("/api/events?actor=USA&format=csv", UriKind.Relative));

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("GLOBALEVENTID,SQLDATE,Actor1Code", lines[0], StringComparison.Ordinal);
        Assert.Equal(count, lines.Length - 1);
    }

    [Fact]
    public async Task JsonLinesDownload_IsOneEventPerLine()
    {
        var text = await client.GetStringAsync(new Uri("/api/events?dyad=USA,UKR&format=jsonl", UriKind.Relative));

        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.True(JsonDocument.Parse(l).RootElement.TryGetProperty("event_type", out _)));
    }

    [Fact]
    public async Task Health_SaysTheStoreCanBeRead()
    {
        var json = await Json("/health");

        Assert.Equal("ok", json.GetProperty("status").GetString());
        Assert.True(json.GetProperty("documents").GetInt64() > 0);
    }

    [Fact]
    public async Task OpenApiDocument_ListsTheEndpointsAndNoPage()
    {
        var json = await Json("/openapi/v1.json");

        var paths = json.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/events", "/api/events/{id}", "/api/documents/{id}", "/api/documents", "/api/search", "/api/stats", "/api/brief", "/health" })
            Assert.Contains(path, paths);
        Assert.DoesNotContain("/events", paths);
    }

    [Fact]
    public async Task EveryResponse_CarriesAStrictContentSecurityPolicy()
    {
        var response = await client.GetAsync(new Uri("/events", UriKind.Relative));

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    private async Task<JsonElement> Json(string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static List<long> Ids(JsonElement page) => page.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("event_id").GetInt64()).ToList();

    private static string Slice(string text, JsonElement span) =>
        text[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()];
}
