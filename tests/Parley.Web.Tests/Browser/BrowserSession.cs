using Microsoft.AspNetCore.Builder;

namespace Parley.Web.Tests.Browser;

/// <summary>
/// What the browser tests share: a store of the samples and the hostile corpus, the real server (Kestrel, in
/// process, on a free loopback port) and one headless Chromium, the system's (/usr/bin/chromium; tests/run.sh
/// installs it when missing). Each test opens its own browser context.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime, IDisposable
{
    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"];

    private readonly SampleStore store = new();
    private WebApplication? server;
    private IPlaywright? playwright;

    /// <summary>The server's address ("http://127.0.0.1:41234").</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Starts the server and the browser.</summary>
    public async Task InitializeAsync()
    {
        server = ParleyWebApp.Create(["--urls", "http://127.0.0.1:0"], new Dictionary<string, string?>
        {
            ["Parley:Database"] = store.Database,
            ["PARLEY_API_KEY"] = "",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        await server.StartAsync();
        BaseUrl = server.Urls.First().TrimEnd('/');
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("PARLEY_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A page in a fresh context of <paramref name="width"/>×<paramref name="height"/>, recording every dialog and Content-Security-Policy violation.</summary>
    public async Task<WatchedPage> OpenAsync(int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, BaseURL = BaseUrl });
        // Generous: the machines these tests run on are shared, and a page may wait its turn for a core.
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        return new WatchedPage(context, page);
    }

    /// <summary>Stops the browser and the server.</summary>
    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        playwright?.Dispose();
        if (server is not null)
        {
            await server.StopAsync();
            await server.DisposeAsync();
        }
    }

    /// <summary>Deletes the store, once the server is stopped.</summary>
    public void Dispose() => store.Dispose();
}
