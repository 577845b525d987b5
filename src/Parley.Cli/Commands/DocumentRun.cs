using Parley.Documents;
using Parley.Pipeline;
using Parley.Reading;

namespace Parley.Cli.Commands;

/// <summary>
/// Drives read outcomes through the pipeline: documents go to a sink, failures to stderr with the
/// file and reason. One bad input never stops the others.
/// </summary>
public sealed class DocumentRun(CliIo io, DocumentPipeline pipeline)
{
    /// <summary>Counts of one run.</summary>
    public readonly record struct Summary(int Documents, int Failures);

    /// <summary>Processes every outcome; returns how many documents went through and how many inputs failed.</summary>
    public Summary Execute(IEnumerable<ReadOutcome> outcomes, Action<Document> sink, CancellationToken cancellationToken)
    {
        var documents = 0;
        var failures = 0;
        foreach (var outcome in outcomes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (outcome.Failure is { } failure)
            {
                failures++;
                io.Report(failure.ToString());
                continue;
            }
            var document = outcome.Document!;
            try
            {
                pipeline.Process(document, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A defect of ours, not the user's: name the document and go on with the rest.
                failures++;
                io.Report($"{document.Metadata.Origin}: internal error while processing ({e.GetType().Name}: {e.Message}); please report it.");
                continue;
            }
            sink(document);
            documents++;
        }
        return new Summary(documents, failures);
    }
}
