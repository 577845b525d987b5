using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Parley.Web.Tests.Api;

/// <summary><c>POST /api/documents</c>: what it stores, what it refuses, and the key it needs. Each test has a store of its own.</summary>
public sealed class IngestApiTests : IDisposable
{
    private const string Key = "test-key-0123456789";
    private const string Visit = """{"id":"a1","title":"Biden in Kyiv","published":"2023-02-20","text":"President Joe Biden visited Kyiv on Monday and met President Volodymyr Zelensky."}""";
    private const string Strike = """{"id":"a2","title":"Kharkiv shelled","published":"2023-03-01","text":"Russian forces shelled Kharkiv on Wednesday, Ukrainian officials said."}""";

    private readonly TempStore store = new();

    public IngestApiTests() => store.IngestJsonLines(Strike.Replace("a2", "seed", StringComparison.Ordinal).Replace("Wednesday", "Tuesday", StringComparison.Ordinal));

    public void Dispose() => store.Dispose();

    [Fact]
    public async Task JsonArray_IsStoredArticleByArticle_WithAResultForEach()
    {
        using var factory = Factory(("Parley:ApiKey", Key));
        using var client = factory.CreateClient();

        var response = await Post(client, $"[{Visit},{{\"title\":\"no text\"}},{Visit}]", "application/json", Key);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(1, report.GetProperty("stored").GetInt32());
        Assert.True(report.GetProperty("events").GetInt32() > 0);
        var statuses = report.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("status").GetString()).ToList();
        Assert.Equal(["stored", "failed", "duplicate"], statuses);
        Assert.Contains("\"text\" or an \"html\"", report.GetProperty("documents")[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        var found = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/search?q=Zelensky", UriKind.Relative))).RootElement;
        Assert.NotEmpty(found.GetProperty("hits").EnumerateArray());
    }

    [Fact]
    public async Task SameArticleAgain_IsADuplicate()
    {
        using var factory = Factory(("Parley:ApiKey", Key));
        using var client = factory.CreateClient();
        await Post(client, Visit, "application/json", Key);

        var again = JsonDocument.Parse(await (await Post(client, Visit, "application/json", Key)).Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(0, again.GetProperty("stored").GetInt32());
        Assert.Equal(1, again.GetProperty("duplicates").GetInt32());
    }

    [Fact]
    public async Task JsonLines_AndHtml_AreRead()
    {
        using var factory = Factory(("Parley:ApiKey", Key));
        using var client = factory.CreateClient();

        var lines = JsonDocument.Parse(await (await Post(client, Visit + "\n\n" + Strike + "\n", "application/x-ndjson", Key)).Content.ReadAsStringAsync()).RootElement;
        var html = JsonDocument.Parse(await (await Post(client,
            "<html><head><title>Summit in Woodside</title></head><body><article><h1>Summit in Woodside</h1><p>President Joe Biden met President Xi Jinping in Woodside on Wednesday.</p></article></body></html>",
            "text/html; charset=utf-8", Key)).Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(2, lines.GetProperty("stored").GetInt32());
        Assert.Equal(1, html.GetProperty("stored").GetInt32());
        Assert.Equal("Summit in Woodside", html.GetProperty("documents")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task WithoutAConfiguredKey_WritesAreDisabled()
    {
        using var factory = Factory();
        using var client = factory.CreateClient();

        var response = await Post(client, Visit, "application/json", "anything");

        await AssertProblem(response, HttpStatusCode.Forbidden, "PARLEY_API_KEY");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong")]
    [InlineData(Key + "x")]
    public async Task WrongOrMissingKey_IsUnauthorized_AndNothingIsStored(string? key)
    {
        using var factory = Factory(("Parley:ApiKey", Key));
        using var client = factory.CreateClient();

        var response = await Post(client, Visit, "application/json", key);

        await AssertProblem(response, HttpStatusCode.Unauthorized, "X-Api-Key");
        var health = JsonDocument.Parse(await client.GetStringAsync(new Uri("/health", UriKind.Relative))).RootElement;
        Assert.Equal(1, health.GetProperty("documents").GetInt64());
    }

    [Fact]
    public async Task ReadOnlyServer_RefusesEvenTheRightKey()
    {
        using var factory = Factory(("Parley:ApiKey", Key), ("Parley:ReadOnly", "true"));
        using var client = factory.CreateClient();

        await AssertProblem(await Post(client, Visit, "application/json", Key), HttpStatusCode.Forbidden, "read-only");
    }

    [Fact]
    public async Task BodyOverTheLimit_IsRefusedWith413()
    {
        using var factory = Factory(("Parley:ApiKey", Key), ("Parley:MaxRequestBytes", "1000"));
        using var client = factory.CreateClient();
        var big = "[" + string.Join(",", Enumerable.Repeat(Visit, 10)) + "]";

        await AssertProblem(await Post(client, big, "application/json", Key), HttpStatusCode.RequestEntityTooLarge, "1,000 bytes");
    }

    [Fact]
    public async Task ChunkedBodyOverTheLimit_IsRefusedWith413()
    {
        using var factory = Factory(("Parley:ApiKey", Key), ("Parley:MaxRequestBytes", "1000"));
        using var client = factory.CreateClient();
        var big = Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Repeat(Visit, 10)) + "]");
        // A stream that cannot seek has no length to announce: the body goes in chunks and the limit is found while reading.
        using var content = new StreamContent(System.IO.Pipelines.PipeReader.Create(new MemoryStream(big)).AsStream());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/documents", UriKind.Relative)) { Content = content };
        request.Headers.Add("X-Api-Key", Key);
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request);

        await AssertProblem(response, HttpStatusCode.RequestEntityTooLarge, "1,000 bytes");
    }

    [Theory]
    [InlineData("{\"text\": ", "application/json", HttpStatusCode.BadRequest, "not valid JSON")]
    [InlineData("42", "application/json", HttpStatusCode.BadRequest, "JSON object")]
    [InlineData("[]", "application/json", HttpStatusCode.BadRequest, "no article")]
    public async Task UnreadableBody_IsAProblem(string body, string contentType, HttpStatusCode status, string detail)
    {
        using var factory = Factory(("Parley:ApiKey", Key));
        using var client = factory.CreateClient();

        await AssertProblem(await Post(client, body, contentType, Key), status, detail);
    }

    [Fact]
    public async Task UnknownStore_IsA503ThatDoesNotNameTheServersFiles()
    {
        var missing = Path.Combine(Path.GetTempPath(), "parley-missing-" + Guid.NewGuid().ToString("N"), "none.db");
        using var factory = new ParleyWebFactory(missing);
        using var client = factory.CreateClient();

        foreach (var url in new[] { "/api/events", "/health", "/events" })
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain("none.db", body, StringComparison.Ordinal);
            Assert.DoesNotContain(" at Parley.", body, StringComparison.Ordinal);
        }
    }

    private ParleyWebFactory Factory(params (string, string)[] settings) => new(store.Database, settings);

    private static async Task<HttpResponseMessage> Post(HttpClient client, string body, string contentType, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/documents", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (key is not null)
            request.Headers.Add("X-Api-Key", key);
        return await client.SendAsync(request);
    }

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
