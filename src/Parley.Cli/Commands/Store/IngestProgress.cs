using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace Parley.Cli.Commands.Store;

/// <summary>
/// Shows how an ingest goes: a Spectre.Console bar with articles/s and an ETA on a terminal; otherwise
/// (a log, CI, a pipe) one plain line every few seconds, since progress bars are not drawn there.
/// </summary>
public sealed class IngestProgress
{
    private static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(5);
    private readonly CliIo io;
    private readonly string verb;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan lastLine;

    private IngestProgress(CliIo io, string verb)
    {
        this.io = io;
        this.verb = verb;
    }

    /// <summary>Time since the run started.</summary>
    public TimeSpan Elapsed => clock.Elapsed;

    /// <summary>
    /// Runs <paramref name="work"/>, which calls the action it is given whenever its counts change.
    /// <paramref name="expected"/> is the estimated number of articles, if known (for the ETA).
    /// </summary>
    public static IngestSummary Run(CliIo io, string verb, long? expected, Func<Action<IngestSummary>, IngestSummary> work)
    {
        ArgumentNullException.ThrowIfNull(io);
        ArgumentNullException.ThrowIfNull(work);
        var progress = new IngestProgress(io, verb);
        if (!io.IsInteractive)
            return work(progress.Line(expected));
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(io.Error) });
        var result = default(IngestSummary);
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask(verb, maxValue: Math.Max(1, expected ?? 1));
                task.IsIndeterminate = expected is null;
                result = work(counts =>
                {
                    if (counts.Read > task.MaxValue)
                        task.MaxValue = counts.Read;
                    task.Value = counts.Read;
                    task.Description = Markup.Escape($"{verb}: {progress.Describe(counts)}");
                });
            });
        return result;
    }

    private Action<IngestSummary> Line(long? expected) => counts =>
    {
        var now = clock.Elapsed;
        if (now - lastLine < LineInterval)
            return;
        lastLine = now;
        var eta = expected is { } total && counts.Read > 0 && total > counts.Read
            ? string.Create(CultureInfo.InvariantCulture, $", ETA {TimeSpan.FromSeconds(Math.Round((total - counts.Read) * now.TotalSeconds / counts.Read)):c}")
            : "";
        io.Error.WriteLine($"parley: {verb}: {Describe(counts)}{eta}");
    };

    private string Describe(IngestSummary counts) => string.Create(CultureInfo.InvariantCulture,
        $"{counts.Read:N0} articles ({Rate(counts.Read):N0}/s), {counts.Documents:N0} stored, {counts.Duplicates:N0} already stored, {counts.Failures:N0} failed");

    /// <summary>Articles per second so far.</summary>
    public double Rate(long articles) => clock.Elapsed.TotalSeconds > 0 ? articles / clock.Elapsed.TotalSeconds : 0;
}
