using Parley.Storage.Briefs;

namespace Parley.Web.Pages;

/// <summary>The analyst's pages: server-rendered HTML, left out of the OpenAPI document.</summary>
public static class PageEndpoints
{
    /// <summary>Maps the pages.</summary>
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription();
        pages.MapGet("/", () => Results.Redirect("/events"));
        pages.MapGet("/events", EventsPage.Render);
        pages.MapGet("/events/{id:long}", EventPage.Render);
        pages.MapGet("/documents/{id:long}", DocumentPage.Render);
        pages.MapGet("/search", SearchPage.Render);
        pages.MapGet("/timeline", TimelinePage.Render);
        pages.MapGet("/network", NetworkPage.Render);
        pages.MapGet("/brief", Brief);
        return app;
    }

    private static IResult Brief(HttpContext context, StoreAccess stores, Lazy<BriefBuilder> builder)
    {
        var (query, errors) = BriefRequest.Read(context.Request.Query);
        if (errors.Count > 0)
            return Layout.Page("Brief", "/brief", "<h1>Brief</h1>" + Layout.Errors(errors), StatusCodes.Status400BadRequest);
        if (stores.Read(s => BriefRequest.Build(s, builder.Value, query, context.RequestAborted)) is not { } brief)
            return Layout.Page("Brief", "/brief", "<h1>Brief</h1>" + Layout.Errors([BriefRequest.TooLarge]), StatusCodes.Status400BadRequest);
        return BriefPages.Html(context, brief, withBackLink: true);
    }
}
