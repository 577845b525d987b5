using System.Reflection;

namespace Parley.Web.Pages;

/// <summary>
/// <c>/assets/parley.css</c> and <c>/assets/parley.js</c>, embedded in the assembly: the pages' only style and
/// script, same origin, so the Content-Security-Policy needs no inline allowance.
/// </summary>
public static class AssetEndpoints
{
    /// <summary>Maps the assets.</summary>
    public static IEndpointRouteBuilder MapAssets(this IEndpointRouteBuilder app)
    {
        foreach (var (name, type) in new[] { ("parley.css", "text/css; charset=utf-8"), ("parley.js", "text/javascript; charset=utf-8") })
        {
            var bytes = Load(name);
            app.MapGet("/assets/" + name, (HttpContext context) =>
            {
                context.Response.Headers.CacheControl = "public, max-age=3600";
                return Results.Bytes(bytes, type);
            }).ExcludeFromDescription();
        }
        return app;
    }

    private static byte[] Load(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("assets/" + name)
            ?? throw new InvalidOperationException($"The asset {name} is not embedded in Parley.Web; check Parley.Web.csproj.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
