namespace Parley.Web.Tests.Browser;

/// <summary>An analyst's way through the pages in a real browser: filter events, sort them, open an article and its highlights, a timeline, the network, a brief.</summary>
[Collection(SharedBrowser.Name)]
public sealed class AnalystFlowTests(BrowserSession session)
{
    [Fact]
    public async Task FilterByActor_ThenOpenTheArticle_ShowsItsHighlights()
    {
        await using var watched = await session.OpenAsync();
        var page = watched.Page;
        await watched.GoAsync("/events");
        var all = await page.Locator("table.events tbody tr").CountAsync();

        await page.GetByLabel("Actor", new() { Exact = true }).FillAsync("USA");
        await page.GetByLabel("Since").FillAsync("2023");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await watched.ArriveAsync(@"/events\?.*actor=USA");

        var rows = page.Locator("table.events tbody tr");
        var count = await rows.CountAsync();
        Assert.InRange(count, 1, all);
        foreach (var date in await page.Locator("table.events tbody tr td:nth-child(2)").AllInnerTextsAsync())
            Assert.True(string.CompareOrdinal(date, "2023") >= 0, date);
        Assert.Contains("USA", string.Join(" ", await page.Locator("table.events tbody tr td:nth-child(4)").AllInnerTextsAsync()), StringComparison.Ordinal);
        await watched.ScreenshotAsync("events");

        await watched.FollowAsync("table.events tbody tr td.evidence a", @"/documents/\d+");
        Assert.True(await watched.CountAsync("article.doc mark.m-actor") > 0);
        Assert.True(await watched.CountAsync("article.doc mark.ev") > 0);
        Assert.True(await watched.CountAsync(".legend mark.ev") > 0);
        // The event the row was about is marked and can be reached by its anchor.
        var fragment = new Uri(page.Url).Fragment;
        Assert.StartsWith("#e", fragment, StringComparison.Ordinal);
        Assert.Equal(1, await watched.CountAsync($"article.doc mark{fragment}"));
        await watched.ScreenshotAsync("document");
        Assert.Empty(watched.Violations);
    }

    [Fact]
    public async Task Highlights_ShowTheirCodesToTheKeyboard()
    {
        await using var watched = await session.OpenAsync();
        var page = watched.Page;
        await watched.GoAsync("/events?dyad=USA,UKR");
        await watched.FollowAsync("table.events tbody tr td.evidence a", @"/documents/\d+");

        var mark = page.Locator("article.doc mark.m-actor").First;
        await mark.FocusAsync();
        var shown = await mark.EvaluateAsync<string>("m => getComputedStyle(m, '::after').content");

        Assert.Contains("actor:", shown, StringComparison.Ordinal);
        Assert.Equal(await mark.GetAttributeAsync("data-info"), shown.Trim('"'));
    }

    [Fact]
    public async Task SortButton_SortsTheRowsByTheColumn()
    {
        await using var watched = await session.OpenAsync();
        var page = watched.Page;
        await watched.GoAsync("/events?modality=any&limit=40");

        var sortById = page.GetByRole(AriaRole.Button, new() { Name = "Id", Exact = true });
        async Task<List<long>> Ids() => (await page.Locator("table.events tbody tr td:first-child").AllInnerTextsAsync())
            .Select(t => long.Parse(t[1..], System.Globalization.CultureInfo.InvariantCulture)).ToList();

        await sortById.ClickAsync();
        var ascending = await Ids();
        await sortById.ClickAsync();
        var descending = await Ids();

        Assert.Equal(40, ascending.Count);
        Assert.Equal(ascending.Order().ToList(), ascending);
        Assert.Equal(ascending.OrderDescending().ToList(), descending);
        Assert.Equal("descending", await page.Locator("th:has(button:text-is('Id'))").GetAttributeAsync("aria-sort"));
    }

    [Fact]
    public async Task EventPage_ShowsEvidenceAndSources()
    {
        await using var watched = await session.OpenAsync();
        var page = watched.Page;
        await watched.GoAsync("/events?dyad=USA,UKR");
        await watched.FollowAsync("table.events tbody tr td:first-child a", @"/events/\d+");

        Assert.StartsWith("Event e", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await watched.CountAsync("ol.evidence blockquote") > 0);
        Assert.True(await watched.CountAsync("h2:text-is('Sources') + table tbody tr") > 0);
        await watched.ScreenshotAsync("event");
        Assert.Empty(watched.Violations);
    }

    [Fact]
    public async Task TimelineAndNetwork_DrawTheirCharts()
    {
        await using var watched = await session.OpenAsync();

        await watched.GoAsync("/timeline?dyad=USA,UKR");
        Assert.Equal(2, await watched.CountAsync("svg.chart"));
        Assert.True(await watched.CountAsync("svg.chart rect") >= 2);
        await watched.ScreenshotAsync("timeline");

        await watched.GoAsync("/network");
        Assert.True(await watched.CountAsync("svg.network line") > 1);
        Assert.True(await watched.CountAsync("table.sortable tbody tr") > 1);
        await watched.ScreenshotAsync("network");
        Assert.Empty(watched.Violations);
    }

    [Fact]
    public async Task BriefFromTheEventsForm_RendersWithItsStyle()
    {
        await using var watched = await session.OpenAsync();
        var page = watched.Page;
        await watched.GoAsync("/events");
        await page.GetByLabel("Dyad").FillAsync("USA,UKR");

        await page.GetByRole(AriaRole.Button, new() { Name = "Brief" }).ClickAsync();
        await watched.ArriveAsync(@"/brief\?");

        Assert.Equal("Brief: United States and Ukraine", await page.Locator("h1").InnerTextAsync());
        // The inline style is allowed by its hash: had the policy blocked it, the body would be in the default font.
        Assert.Contains("Georgia", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).fontFamily"), StringComparison.Ordinal);
        Assert.True(await page.Locator("svg rect").CountAsync() > 0);
        await watched.ScreenshotAsync("brief");
        Assert.Empty(watched.Violations);
    }

    [Fact]
    public async Task PhoneWidth_TheEventsPageDoesNotScrollSideways()
    {
        await using var watched = await session.OpenAsync(390, 844);
        var page = watched.Page;
        await watched.GoAsync("/events?actor=USA");
        // GoAsync returns once the page is parsed; its stylesheet may still be on the way (it was, under load in
        // CI), and a table laid out without it is wider than any phone.
        await page.WaitForLoadStateAsync(LoadState.Load);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.True(overflow <= 0, $"the page is {overflow}px wider than the phone");
        Assert.True(await page.GetByLabel("Actor", new() { Exact = true }).IsVisibleAsync());
        await watched.ScreenshotAsync("events-phone");
    }

    [Fact]
    public async Task KeyboardOnly_SkipLinkThenFilterFormIsReachable()
    {
        await using var watched = await session.OpenAsync();
        var page = watched.Page;
        await watched.GoAsync("/events");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("f-actor", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.TypeAsync("USA");
        // Typed, and seen typed, before Enter submits the form.
        Assert.Equal("USA", await page.Locator("#f-actor").InputValueAsync());
        try
        {
            await page.Keyboard.PressAsync("Enter");
            await watched.ArriveAsync(@"/events\?.*actor=USA");
        }
        catch (PlaywrightException)
        {
            Assert.Fail($"no navigation: url {page.Url}, focus {await page.EvaluateAsync<string>("() => document.activeElement.id + '/' + document.activeElement.value")}");
        }
    }
}
