using System.Text.RegularExpressions;

namespace Parley.Web.Tests.Browser;

/// <summary>A browser page that records what must never happen on Parley's pages: a dialog (alert, confirm) or a Content-Security-Policy violation.</summary>
public sealed class WatchedPage : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly List<string> dialogs = [];
    private readonly List<string> violations = [];

    internal WatchedPage(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
        page.Dialog += (_, dialog) =>
        {
            lock (dialogs)
                dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (violations)
                    violations.Add(message.Text);
            }
        };
    }

    /// <summary>The page.</summary>
    public IPage Page { get; }

    /// <summary>Dialogs opened so far.</summary>
    public IReadOnlyList<string> Dialogs
    {
        get
        {
            lock (dialogs)
                return [.. dialogs];
        }
    }

    /// <summary>Policy violations reported so far (a blocked inline script or style, or a request elsewhere).</summary>
    public IReadOnlyList<string> Violations
    {
        get
        {
            lock (violations)
                return [.. violations];
        }
    }

    /// <summary>Opens <paramref name="path"/> and fails unless the server answered <paramref name="status"/>.</summary>
    public async Task GoAsync(string path, int status = 200)
    {
        var response = await Page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Commit });
        Assert.NotNull(response);
        Assert.True(response.Status == status, $"{path}: HTTP {response.Status}");
        await Parsed();
    }

    /// <summary>Clicks the first element <paramref name="selector"/> finds and waits for the page it leads to (<paramref name="urlPattern"/>, a regular expression).</summary>
    public async Task FollowAsync(string selector, string urlPattern)
    {
        await Page.Locator(selector).First.ClickAsync();
        await ArriveAsync(urlPattern);
    }

    /// <summary>
    /// Waits until the page's address matches <paramref name="urlPattern"/> (a regular expression) and its document
    /// is parsed. Both are polled rather than awaited as lifecycle events: on a machine under heavy load
    /// Playwright was seen to miss those after a form submission, though the page had arrived.
    /// </summary>
    public async Task ArriveAsync(string urlPattern)
    {
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex(urlPattern), new() { Timeout = 60_000 });
        await Parsed();
    }

    private async Task Parsed()
    {
        var ready = await Page.WaitForFunctionAsync("() => document.readyState !== 'loading'", null, new() { Timeout = 60_000 });
        await ready.DisposeAsync();
    }

    /// <summary>How many elements <paramref name="selector"/> finds.</summary>
    public Task<int> CountAsync(string selector) => Page.Locator(selector).CountAsync();

    /// <summary>Saves what the viewport shows as artifacts/screenshots/NAME.png.</summary>
    public Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repository.Artifacts("screenshots"), name + ".png") });

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
