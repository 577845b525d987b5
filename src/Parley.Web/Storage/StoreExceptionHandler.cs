using Microsoft.AspNetCore.Diagnostics;

namespace Parley.Web.Storage;

/// <summary>
/// Turns a store that cannot be opened or read into a 503 problem. The client learns only that the store
/// is unavailable; the reason (which names the server's files) goes to the server's log.
/// </summary>
/// <param name="problems">Writes the problem in the format the client accepts.</param>
/// <param name="logger">Where the reason goes.</param>
public sealed partial class StoreExceptionHandler(IProblemDetailsService problems, ILogger<StoreExceptionHandler> logger) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not EventStoreException)
            return false;
        LogUnavailable(logger, exception.Message);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The event store is unavailable.",
                Detail = "The server cannot read its event store; the reason is in the server's log.",
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Event store unavailable: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string reason);
}
