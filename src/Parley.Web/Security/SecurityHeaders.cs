namespace Parley.Web.Security;

/// <summary>
/// Headers every response carries. Article text is hostile input, so besides encoding it the pages forbid
/// what an injected fragment could use: no inline script or style, no other origin, no framing, no
/// form posting elsewhere, no plugin, no base URL. A page that needs more (the brief's inline style)
/// replaces the policy with one naming the hash of exactly what it inlines.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The Content-Security-Policy of every page: same-origin CSS and script files only.</summary>
    public const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>Adds the headers to every response.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        return next(context);
    });
}
