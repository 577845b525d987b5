using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Parley.Web.Tests.Support;

/// <summary>The real application (its Program) in a test server, over the store and settings a test gives.</summary>
/// <param name="database">The store's file.</param>
/// <param name="settings">More <c>Parley:…</c> settings (ApiKey, ReadOnly, MaxRequestBytes).</param>
public sealed class ParleyWebFactory(string database, params (string Key, string Value)[] settings) : WebApplicationFactory<Program>
{
    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Parley:Database", database);
        // Whatever the machine's environment says: a test without a key must not find one there.
        builder.UseSetting("PARLEY_API_KEY", "");
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
    }
}
