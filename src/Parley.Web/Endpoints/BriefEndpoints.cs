using Parley.Mentions;
using Parley.Storage.Briefs;
using Parley.Storage.Commitments;

namespace Parley.Web.Endpoints;

/// <summary><c>/api/brief</c>: the analyst's brief of <c>parley brief</c> as JSON, Markdown or HTML.</summary>
public static class BriefEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapBriefEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/brief", Get).WithTags("brief")
            .WithSummary("The brief on the events of an actor, dyad (A,B), place or context between since and until: format=json (default), md or html.");
        return app;
    }

    /// <summary>A brief builder with the shipped lexicons' names and ledger (as <c>parley brief</c> uses), built on first use.</summary>
    public static Lazy<BriefBuilder> Builder() => new(() => new BriefBuilder(new ActorNames(EntityLexicon.Shipped.Actors), CommitmentLedger.Shipped));

    private static IResult Get(HttpContext context, StoreAccess stores, Lazy<BriefBuilder> builder, string? format)
    {
        if (format is not (null or "" or "json" or "md" or "html"))
            return Problems.BadRequest([$"format '{format}' must be json, md or html."]);
        var (query, errors) = BriefRequest.Read(context.Request.Query);
        if (errors.Count > 0)
            return Problems.BadRequest(errors);
        if (stores.Read(s => BriefRequest.Build(s, builder.Value, query, context.RequestAborted)) is not { } brief)
            return Problems.BadRequest([BriefRequest.TooLarge]);
        switch (format)
        {
            case "html":
                return BriefPages.Html(context, brief, withBackLink: false);
            case "md":
            {
                using var writer = new StringWriter();
                MarkdownBriefWriter.Write(brief, writer);
                return Results.Text(writer.ToString(), "text/markdown; charset=utf-8");
            }
            default:
                return Results.Json(Json(brief));
        }
    }

    private static object Json(Brief brief)
    {
        static object Line(BriefLine l) => new { text = l.Text, event_id = l.Evidence.Id, document_id = l.Evidence.DocumentId };
        return new
        {
            subject = brief.Subject,
            events = brief.Events,
            summary = brief.Summary,
            timeline = brief.Timeline.Select(Line),
            meetings = brief.Meetings.Select(Line),
            commitments = MarkdownBriefWriter.CommitmentLines(brief).Select(Line),
            disputes = brief.Disputes.Select(Line),
            speculative = brief.Speculative.Select(Line),
            agenda = brief.Agenda.Select(a => new { context = a.Context, events = a.Events }),
            index = brief.Index.Select(m => new { month = m.Month, events = m.Events, score = Math.Round(m.Score, 2) }),
        };
    }
}
