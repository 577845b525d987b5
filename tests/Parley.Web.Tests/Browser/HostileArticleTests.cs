namespace Parley.Web.Tests.Browser;

/// <summary>
/// The XSS corpus rendered in a real browser: on every page that shows a hostile article's title, outlet, URL
/// or text, no script runs (no <c>window.__xss</c>, no dialog), no policy violation is reported, and the page
/// still renders the hostile strings as text.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class HostileArticleTests(BrowserSession session)
{
    [Fact]
    public async Task NoScriptRuns_OnAnyPageShowingHostileArticles()
    {
        await using var watched = await session.OpenAsync();
        var page = watched.Page;
        var paths = new List<string> { $"/search?q={HostileArticles.Marker}", "/events?since=2023-02&until=2023-04&modality=any", "/network", "/timeline", "/brief" };
        foreach (var id in await HostileDocumentIds(page))
            paths.Add($"/documents/{id}");
        await watched.GoAsync($"/documents/{(await HostileDocumentIds(page))[0]}");
        foreach (var id in await EventIdsOf(page))
            paths.Add($"/events/{id}");

        foreach (var path in paths)
        {
            await watched.GoAsync(path);
            // Hover and focus every mark too: an injected handler would fire then.
            foreach (var mark in (await page.Locator("article.doc mark").AllAsync()).Take(30))
                await mark.HoverAsync();
            Assert.True(await page.EvaluateAsync<bool>("() => typeof window.__xss === 'undefined'"), $"{path}: a script ran");
            Assert.True(await page.Locator("main, body h1").First.IsVisibleAsync(), $"{path}: nothing rendered");
        }

        Assert.Empty(watched.Dialogs);
        Assert.Empty(watched.Violations);
    }

    [Fact]
    public async Task HostileTitleAndOutlet_ShowAsText_AndTheJavascriptUrlIsNoLink()
    {
        await using var watched = await session.OpenAsync();
        var page = watched.Page;
        await watched.GoAsync($"/search?q={HostileArticles.Marker}");
        await page.Locator("ol.hits a", new() { HasText = "Biden in Kyiv" }).ClickAsync();
        await watched.ArriveAsync(@"/documents/\d+");

        Assert.Equal(HostileArticles.ScriptTitle, await page.Locator("h1").InnerTextAsync());
        Assert.Contains(HostileArticles.HostileSource, await page.Locator("p.meta").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("main a[href^='javascript:'], main a[href^='data:']").CountAsync());
        Assert.Equal(0, await page.Locator("main script, main img, main iframe").CountAsync());
        Assert.True(await page.Locator("article.doc mark.ev").CountAsync() > 0);
        await watched.ScreenshotAsync("hostile-document");
        Assert.Empty(watched.Dialogs);
    }

    private static async Task<List<long>> HostileDocumentIds(IPage page)
    {
        var response = await page.APIRequest.GetAsync($"/api/search?q={HostileArticles.Marker}");
        var json = JsonDocument.Parse(await response.TextAsync()).RootElement;
        var ids = json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("document_id").GetInt64()).Distinct().ToList();
        Assert.Equal(3, ids.Count);
        return ids;
    }

    private static async Task<List<long>> EventIdsOf(IPage page)
    {
        var links = await page.Locator("main table a[href^='/events/']").AllAsync();
        var ids = new List<long>();
        foreach (var link in links)
            ids.Add(long.Parse((await link.GetAttributeAsync("href"))!["/events/".Length..], System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotEmpty(ids);
        return ids;
    }
}
