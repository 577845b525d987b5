namespace Parley.Web.Endpoints;

/// <summary>The RFC 9457 problem responses the endpoints return; each says what to change.</summary>
public static class Problems
{
    /// <summary>400: the request's values are wrong; <c>errors</c> lists each.</summary>
    public static IResult BadRequest(IReadOnlyList<string> errors) => Results.Problem(
        title: "The request is not valid.",
        detail: string.Join(" ", errors),
        statusCode: StatusCodes.Status400BadRequest,
        extensions: new Dictionary<string, object?> { ["errors"] = errors });

    /// <summary>404: there is nothing with that id.</summary>
    public static IResult NotFound(string detail) => Results.Problem(title: "Not found.", detail: detail, statusCode: StatusCodes.Status404NotFound);

    /// <summary>A problem with its own status.</summary>
    public static IResult Status(int status, string title, string detail) => Results.Problem(title: title, detail: detail, statusCode: status);
}
