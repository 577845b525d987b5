using System.Text.Json;
using Parley.Web.Ingest;
using Parley.Web.Security;

namespace Parley.Web;

/// <summary>
/// Builds Parley's web application: the JSON API under <c>/api</c>, the analyst's pages, <c>/health</c> and the
/// OpenAPI document at <c>/openapi/v1.json</c>. Every error is an RFC 9457 problem without a stack trace.
/// It listens on <c>http://127.0.0.1:5080</c> unless told otherwise (<c>--urls</c>, <c>ASPNETCORE_URLS</c>): loopback only.
/// </summary>
public static class ParleyWebApp
{
    /// <summary>Where the server listens when nothing else is configured.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The application for <paramref name="args"/> (ASP.NET Core's command line) and <paramref name="settings"/> (such as <c>Parley:Database</c>), which win over other configuration.</summary>
    public static WebApplication Create(string[] args, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (settings is not null)
            builder.Configuration.AddInMemoryCollection(settings);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
            builder.WebHost.UseUrls(DefaultUrls);
        // Read when first needed, not now: a test host adds its settings to the configuration after this method.
        builder.Services.AddSingleton(services => WebOptions.From(services.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton<StoreAccess>();
        builder.Services.AddSingleton<DocumentIngest>();
        builder.Services.AddSingleton(BriefEndpoints.Builder());
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<StoreExceptionHandler>();
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        builder.Services.AddOpenApi();

        var app = builder.Build();
        // Ours is the innermost handler: an exception never reaches the developer page, even in Development.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // A request Kestrel finds malformed keeps its own status (400, 413…) rather than becoming a 500.
            StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.MapOpenApi();
        app.MapEventEndpoints();
        app.MapDocumentEndpoints();
        app.MapQueryEndpoints();
        app.MapBriefEndpoints();
        app.MapPages();
        app.MapAssets();
        return app;
    }
}
