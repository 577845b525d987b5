namespace Parley.Web.Tests.Browser;

/// <summary>The browser tests share one server and one Chromium: starting Chromium costs more than most of the tests.</summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserSession>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "browser";
}
